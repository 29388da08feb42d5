import type { ReactNode } from "react";
import { SiteHeader } from "./site-header";
import type { TNavItem } from "./main-nav";

type Props = {
  children: ReactNode;
  userSlot?: ReactNode;
  menuBadge?: ReactNode;
  navItems: readonly TNavItem[];
};

/** Header with navigation, then the page in the one <main> landmark. */
export function AppShell({ children, userSlot, menuBadge, navItems }: Readonly<Props>) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-1.5 focus:text-sm focus:shadow"
      >
        Skip to content
      </a>
      <SiteHeader userSlot={userSlot} menuBadge={menuBadge} navItems={navItems} />
      <main id="main" className="mx-auto w-full max-w-screen-2xl px-4 py-6 sm:px-6 sm:py-8">
        {children}
      </main>
    </>
  );
}
