import type { Metadata } from "next";
import { AppShell } from "@/components/layout/app-shell";
import { NotFoundView } from "@/components/ui/not-found-view";
import { getSessionUser } from "@/lib/auth/session";
import { navigationFor } from "@/lib/auth/navigation";

export const metadata: Metadata = { title: "Not found" };

// Unmatched URLs render outside the (app) group, so this page brings the shell itself —
// with the navigation only for someone signed in.
export default async function NotFound() {
  const user = await getSessionUser();
  return (
    <AppShell navItems={user ? navigationFor(user.roles) : []}>
      <NotFoundView />
    </AppShell>
  );
}
