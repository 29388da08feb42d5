import Link from "next/link";
import type { TDeploymentDetail } from "@/lib/server/readers/get-deployment";
import { Card } from "@/components/ui/card";
import { FieldList } from "@/components/ui/field-list";
import { formatAbsolute, formatDuration } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { RiskBadge } from "@/components/ui/risk-badge";
import { EnvironmentLabel } from "./environment-label";

type Props = { deployment: Omit<TDeploymentDetail, "phaseRuns"> };

export function DeploymentSummary({ deployment: d }: Readonly<Props>) {
  const version = d.runbookVersion;
  const isOpen = d.startedAt !== null && d.finishedAt === null;
  return (
    <Card as="section" labelledBy="summary-title" className="p-5">
      <h2 id="summary-title" className="sr-only">
        Summary
      </h2>
      <FieldList
        items={[
          {
            label: "Runbook",
            value: (
              <Link href={`/runbooks/${version.runbookId}/versions/${version.number}`} className="text-accent-ink hover:underline">
                {version.title} v{version.number}
              </Link>
            ),
          },
          { label: "Risk", value: <RiskBadge level={version.riskLevel} /> },
          {
            label: "Environment",
            value: (
              <span className="flex flex-col gap-0.5">
                <EnvironmentLabel environment={d.environment} />
                {d.environment.targetUrlMasked ? <span className="break-all font-mono text-xs text-muted">{d.environment.targetUrlMasked}</span> : null}
              </span>
            ),
          },
          { label: "Lead", value: d.lead.name },
          {
            label: "Planned window",
            value:
              d.plannedStart || d.plannedEnd ? (
                <span className="tabular-nums">
                  {d.plannedStart ? formatAbsolute(d.plannedStart) : "—"}
                  <span className="text-muted"> to </span>
                  {d.plannedEnd ? formatAbsolute(d.plannedEnd) : "—"}
                </span>
              ) : (
                <span className="text-faint">Not planned</span>
              ),
          },
          { label: "Started", value: <RelativeTime date={d.startedAt} layout="stacked" fallback="Not started" /> },
          { label: "Finished", value: <RelativeTime date={d.finishedAt} layout="stacked" fallback={d.startedAt ? "Not finished" : "—"} /> },
          {
            label: "Duration",
            value: isOpen ? `${formatDuration(d.startedAt, new Date())} so far` : formatDuration(d.startedAt, d.finishedAt),
          },
          ...(d.rollbackStartedAt ? [{ label: "Rollback started", value: <RelativeTime date={d.rollbackStartedAt} layout="stacked" /> }] : []),
          {
            label: "Planned by",
            value: (
              <>
                {d.createdBy.name}{" "}
                <span className="text-muted">
                  · <RelativeTime date={d.createdAt} />
                </span>
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
