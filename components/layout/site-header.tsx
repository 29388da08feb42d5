import Link from "next/link";
import type { ReactNode } from "react";
import { HeaderMenu } from "./header-menu";
import { LogoMark } from "./logo-mark";
import { MainNav, type TNavItem } from "./main-nav";

type Props = {
  /** the signed-in user's menu (auth fills this slot); nothing is rendered when absent */
  userSlot?: ReactNode;
  /** shown on the narrow header's Menu button, e.g. the Waiting-for-you count */
  menuBadge?: ReactNode;
  navItems: readonly TNavItem[];
};

export function SiteHeader({ userSlot, menuBadge, navItems }: Readonly<Props>) {
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="relative mx-auto flex h-14 max-w-screen-2xl items-center gap-6 px-4 sm:px-6">
        <Link href="/runbooks" className="flex items-center gap-2 text-base font-semibold tracking-tight text-ink">
          <LogoMark />
          Phaseline
        </Link>
        {navItems.length || userSlot ? (
          <HeaderMenu badge={menuBadge}>
            <MainNav items={navItems} />
            <div className="flex flex-col items-start gap-3 md:ml-auto md:flex-row md:items-center" data-slot="user">
              {userSlot}
            </div>
          </HeaderMenu>
        ) : null}
      </div>
    </header>
  );
}
