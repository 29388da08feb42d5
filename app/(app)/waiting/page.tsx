import { LiveRefresh } from "@/components/live/live-feed";
import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { roleLabels } from "@/components/runbook/phase-labels";
import { requireUser } from "@/lib/auth/session";
import { findWaitingSignoffs } from "@/lib/server/readers/find-waiting-signoffs";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Waiting for you" };

/** The sign-offs and approvals the signed-in person could give now, oldest first. */
export default async function WaitingPage() {
  const user = await requireUser();
  const items = await findWaitingSignoffs(user);
  return (
    <>
      <LiveRefresh on="waiting" />
      <PageHeader
        title="Waiting for you"
        description="Phases awaiting a sign-off in a role you hold, points of no return awaiting a DBA's approval, follow-up phases of your deployments that are due, and the sign-off sheets of deployments you took part in. Each opens the deployment where you review and decide."
      />
      {items.length === 0 ? (
        <EmptyState title="Nothing is waiting for you">When a phase needs your sign-off it appears here, and the count in the header goes up.</EmptyState>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
          {items.map((item) => (
            <li key={`${item.phaseRunId}-${item.kind}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-5 py-3 text-sm">
              <Link href={`/deployments/${item.deploymentId}`} className="min-w-0 flex-1 font-medium text-accent-ink hover:underline">
                {item.kind === "PHASE"
                  ? `Sign off “${item.phaseTitle}”`
                  : item.kind === "SHEET"
                    ? `Sign the sheet: “${item.phaseTitle}”`
                    : item.kind === "FOLLOW_UP"
                      ? `Run the follow-up “${item.phaseTitle}” (due)`
                      : `Approve starting “${item.phaseTitle}” (point of no return)`}
              </Link>
              <span className="font-mono text-xs">{item.deploymentName}</span>
              <span>
                {item.environmentName}
                {item.isProduction ? (
                  <span className="ml-1">
                    <Badge tone="bad" icon="⚠">
                      Production
                    </Badge>
                  </span>
                ) : null}
              </span>
              {item.roles.length ? <span className="text-xs text-muted">as {item.roles.map((r) => roleLabels[r as keyof typeof roleLabels] ?? r).join(", ")}</span> : null}
              {item.since ? <RelativeTime date={new Date(item.since)} /> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
