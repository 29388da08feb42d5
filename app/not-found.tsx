import type { Metadata } from "next";
import { AppShell } from "@/components/layout/app-shell";
import { NotFoundView } from "@/components/ui/not-found-view";

export const metadata: Metadata = { title: "Not found" };

// Unmatched URLs render outside the (app) group, so this page brings the shell itself.
export default function NotFound() {
  return (
    <AppShell>
      <NotFoundView />
    </AppShell>
  );
}
