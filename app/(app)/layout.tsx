import type { ReactNode } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { Providers } from "@/components/providers";
import { UserMenu } from "@/components/layout/user-menu";
import { getSessionUser } from "@/lib/auth/session";
import { navigationFor } from "@/lib/auth/navigation";
import { can } from "@/lib/auth/permissions";
import { WaitingCount, WaitingLink } from "@/components/layout/waiting-link";
import { LiveFeedProvider } from "@/components/live/live-feed";

export default async function AppLayout({ children }: Readonly<{ children: ReactNode }>) {
  // The proxy only decodes the cookie; a deactivated user's cookie still decodes, so the
  // database-backed session is checked here too.
  const user = await getSessionUser();
  if (!user) {
    const path = (await headers()).get("x-phaseline-path") ?? "/runbooks";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  const isWaitedOn = can(user.roles, "signoff.dba") || can(user.roles, "deployment.run");
  return (
    <Providers>
      <LiveFeedProvider>
        <AppShell
          navItems={navigationFor(user.roles)}
          menuBadge={isWaitedOn ? <WaitingCount /> : null}
          userSlot={
            <>
              {isWaitedOn ? <WaitingLink /> : null}
              <UserMenu name={user.name} email={user.email} roles={user.roles} />
            </>
          }
        >
          {children}
        </AppShell>
      </LiveFeedProvider>
    </Providers>
  );
}
