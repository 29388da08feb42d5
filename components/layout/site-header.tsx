import Link from "next/link";
import type { ReactNode } from "react";
import { MainNav, type TNavItem } from "./main-nav";

type Props = {
  /** the signed-in user's menu (auth fills this slot); nothing is rendered when absent */
  userSlot?: ReactNode;
  navItems: readonly TNavItem[];
};

export function SiteHeader({ userSlot, navItems }: Readonly<Props>) {
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="mx-auto flex h-14 max-w-screen-2xl items-center gap-6 px-6">
        <Link href="/runbooks" className="flex items-center gap-2 text-base font-semibold tracking-tight text-ink">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 rounded bg-accent p-1 text-on-accent">
            <path d="M4 6h10M4 12h16M4 18h7" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" fill="none" />
          </svg>
          Phaseline
        </Link>
        <MainNav items={navItems} />
        <div className="ml-auto flex items-center gap-3" data-slot="user">
          {userSlot}
        </div>
      </div>
    </header>
  );
}
