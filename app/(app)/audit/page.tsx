import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { AuditEventTable } from "@/components/audit/audit-event-table";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTrailActions } from "@/components/audit/audit-trail-actions";
import { ChainStatus } from "@/components/audit/chain-status";
import { secondaryButtonClass, smallButton } from "@/components/ui/button-classes";
import { findAuditEvents, findAuditFilterOptions } from "@/lib/server/readers/find-audit-events";
import { verifyAuditTrail } from "@/lib/server/audit/verify-audit-trail";
import { auditQueryString, parseAuditQuery } from "@/lib/domain/audit/filters";
import { ZAuditEvent } from "@/lib/audit/events";
import { getPageUser } from "../_lib/page-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const EVENT_TYPES = ZAuditEvent.options.map((o) => o.shape.type.value).sort();

export default async function AuditPage({ searchParams }: Readonly<Props>) {
  const user = await getPageUser("audit.view");
  if (!user) return <ForbiddenView what="The audit trail" />;
  const { filters, before, ignored } = parseAuditQuery(await searchParams);
  const [page, chain, options] = await Promise.all([
    findAuditEvents({ filters, before }),
    // only the events since the last verified checkpoint: a view never re-reads the whole history
    verifyAuditTrail({ scope: "since_checkpoint", actor: { id: user.id, label: user.email }, trigger: "page" }),
    findAuditFilterOptions(),
  ]);
  const isFiltered = Object.keys(filters).length > 0;
  return (
    <>
      <PageHeader
        title="Audit"
        description="Every state change and every refused attempt, append-only and hash-chained."
        aside={
          <>
            <a href={`/api/audit/export${auditQueryString(filters, { format: "csv" })}`} className={`${secondaryButtonClass} ${smallButton}`} download>
              Export CSV
            </a>
            <a href={`/api/audit/export${auditQueryString(filters, { format: "jsonl" })}`} className={`${secondaryButtonClass} ${smallButton}`} download>
              Export JSON Lines
            </a>
          </>
        }
      />
      <div className="mb-4 flex flex-col gap-3 lg:flex-row lg:items-start lg:justify-between">
        <div className="flex-1">
          <ChainStatus result={chain.result} scope={chain.scope} />
        </div>
        <AuditTrailActions />
      </div>
      <AuditFilterForm filters={filters} ignored={ignored} options={{ ...options, types: EVENT_TYPES }} />
      {page.events.length === 0 ? (
        <EmptyState title={isFiltered || before ? "No events match" : "No audit events yet"}>
          {isFiltered || before ? (
            <>
              Widen the filters or{" "}
              <Link href="/audit" className="font-medium text-accent-ink underline">
                clear them
              </Link>
              .
            </>
          ) : (
            "Events appear here as people sign in, plan and run deployments, and sign off."
          )}
        </EmptyState>
      ) : (
        <AuditEventTable events={page.events} names={page.names} />
      )}
      <nav aria-label="Pages of events" className="mt-4 flex gap-4 text-sm">
        {before ? (
          <Link href={`/audit${auditQueryString(filters)}`} className="font-medium text-accent-ink hover:underline">
            ← Newest events
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={`/audit${auditQueryString(filters, { before: page.nextCursor })}`} className="font-medium text-accent-ink hover:underline">
            Older events →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
