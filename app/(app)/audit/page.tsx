import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit" };

export default function AuditPage() {
  return (
    <>
      <PageHeader
        title="Audit"
        description="Every state change and every refused attempt, append-only and hash-chained."
      />
      <EmptyState title="The audit trail is not shown here yet">
        This page will list audit events as they happen — who did what, to which deployment, and when — filterable by
        deployment, actor and event type, with a check that verifies the hash chain and names the first broken link.
      </EmptyState>
    </>
  );
}
