import type { ReactNode } from "react";
import { SiteHeader } from "./site-header";
import type { TNavItem } from "./main-nav";

type Props = {
  children: ReactNode;
  userSlot?: ReactNode;
  navItems: readonly TNavItem[];
};

/** Header with navigation, then the page in the one <main> landmark. */
export function AppShell({ children, userSlot, navItems }: Readonly<Props>) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-1.5 focus:text-sm focus:shadow"
      >
        Skip to content
      </a>
      <SiteHeader userSlot={userSlot} navItems={navItems} />
      <main id="main" className="mx-auto w-full max-w-screen-2xl px-6 py-8">
        {children}
      </main>
    </>
  );
}
