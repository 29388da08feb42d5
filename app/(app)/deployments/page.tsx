import { LiveRefresh } from "@/components/live/live-feed";
import type { Metadata } from "next";
import Link from "next/link";
import { DeploymentTable } from "@/components/deployment/deployment-table";
import { HistoryFilters } from "@/components/deployment/history-filters";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { findDeployments } from "@/lib/server/readers/find-deployments";
import { findHistoryFilterOptions } from "@/lib/server/readers/find-history-filter-options";
import { historyHref, isFiltered, parseHistoryQuery } from "@/lib/domain/review/history-query";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { primaryButtonClass } from "@/components/ui/button-classes";
import { pluralize } from "@/components/ui/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Deployments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DeploymentsPage({ searchParams }: Readonly<Props>) {
  const { query, notes } = parseHistoryQuery(await searchParams);
  const [{ deployments, total, nextCursor }, options, user] = await Promise.all([findDeployments(query), findHistoryFilterOptions(), getSessionUser()]);
  const canPlan = can(user?.roles, "deployment.plan");
  const filtered = isFiltered(query);
  return (
    <>
      <PageHeader
        title="Deployments"
        description="Every run of a published runbook version against an environment. Filter, sort and share the view: it is all in the link."
        aside={
          canPlan ? (
            <Link href="/deployments/new" className={primaryButtonClass}>
              Plan a deployment
            </Link>
          ) : undefined
        }
      />
      <LiveRefresh on="status" minIntervalMs={2_000} />
      <HistoryFilters query={query} options={options} />
      {notes.length > 0 ? (
        <div role="status" className="mb-4 rounded-md border border-warn-line bg-warn px-4 py-2.5 text-sm text-warn-ink">
          <p className="font-medium">Some of the link was not understood and is left out:</p>
          <ul className="mt-1 list-disc pl-5">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="mb-3 text-sm text-muted" data-testid="history-count">
        <span className="font-medium text-ink tabular-nums">
          {pluralize(total, filtered ? "deployment matches" : "deployment", filtered ? "deployments match" : "deployments")}
        </span>
        {filtered ? " these filters" : " in all"}
        {query.after ? " · showing a later page" : ""}
      </p>
      {deployments.length === 0 ? (
        <EmptyState
          title={filtered ? "No deployment matches these filters" : query.after ? "No more deployments" : "No deployments yet"}
          action={
            <Link href={filtered || query.after ? "/deployments" : "/runbooks"} className="text-sm font-medium text-accent-ink hover:underline">
              {filtered ? "Clear the filters" : query.after ? "Back to the first page" : "Browse runbooks"}
            </Link>
          }
        >
          {filtered
            ? "Widen the date range, pick more statuses or clear the search text. Only started deployments fall in a date range."
            : "A deployment is planned from a published runbook version: pick the runbook, the environment and the window. Past and running deployments will be listed here."}
        </EmptyState>
      ) : (
        <>
          <DeploymentTable deployments={deployments} />
          <nav aria-label="Pages" className="mt-4 flex justify-between text-sm">
            {query.after ? (
              <Link href={historyHref(query)} className="font-medium text-accent-ink hover:underline">
                ← First page
              </Link>
            ) : (
              <span />
            )}
            {nextCursor ? (
              <Link href={historyHref({ ...query, after: nextCursor }, { keepCursor: true })} className="font-medium text-accent-ink hover:underline">
                Next page →
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </>
  );
}
