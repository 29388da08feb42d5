import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { AuditEventTable } from "@/components/audit/audit-event-table";
import { ChainStatus } from "@/components/audit/chain-status";
import { findAuditEvents } from "@/lib/server/readers/find-audit-events";
import { verifyAuditTrail } from "@/lib/server/audit/verify-audit-trail";
import { getPrisma } from "@/lib/db/client";
import { getPageUser } from "../_lib/page-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit" };

type Props = { searchParams: Promise<{ before?: string | string[] }> };

export default async function AuditPage({ searchParams }: Readonly<Props>) {
  const user = await getPageUser("audit.view");
  if (!user) return <ForbiddenView what="The audit trail" />;
  const { before } = await searchParams;
  const [page, chain] = await Promise.all([
    findAuditEvents({ before: typeof before === "string" ? before : null }),
    // only the events since the last verified checkpoint: a view never re-reads the whole history
    verifyAuditTrail({ prisma: getPrisma(), scope: "since_checkpoint", actor: { id: user.id, label: user.email }, trigger: "page" }),
  ]);
  return (
    <>
      <PageHeader title="Audit" description="Every state change and every refused attempt, append-only and hash-chained." />
      <ChainStatus result={chain.result} scope={chain.scope} />
      {page.events.length === 0 ? (
        <EmptyState title="No audit events yet">Events appear here as people sign in, plan and run deployments, and sign off.</EmptyState>
      ) : (
        <AuditEventTable events={page.events} />
      )}
      {page.nextCursor ? (
        <div className="mt-4 text-sm">
          <Link href={`/audit?before=${page.nextCursor}`} className="font-medium text-accent-ink hover:underline">
            Older events →
          </Link>
        </div>
      ) : null}
    </>
  );
}
