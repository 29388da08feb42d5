import Link from "next/link";
import type { PhaseRunStatus } from "@/lib/generated/prisma/enums";
import type { TDeploymentReport } from "@/lib/server/readers/get-deployment-report";
import {
  deploymentOutcomeLabel,
  formatReportMinutes,
  formatReportTime,
  phaseOutcome,
  phaseOutcomeLabel,
  reportTotals,
  summariseAuditPayload,
  timelineRows,
} from "@/lib/domain/review/report";
import { Card } from "@/components/ui/card";
import { FieldList } from "@/components/ui/field-list";
import { StatusBadge } from "@/components/ui/status-badge";
import { Badge } from "@/components/ui/badge";
import { EnvironmentLabel } from "../environment-label";
import { PhaseRunCard } from "../phase-run-card";
import { SignoffSheetSection } from "@/components/deployment/signoff-sheet-section";
import { SignoffList } from "../signoff-list";
import { PhaseTimelineChart } from "./phase-timeline-chart";

type Props = { report: TDeploymentReport };

const th = "px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-muted";
const td = "px-3 py-2 align-top";

function anchorOf(procedure: string, position: number) {
  return `${procedure === "ROLLBACK" ? "rollback" : "phase"}-run-${position}`;
}

/** The deployment report (PRODUCT.md "Review"): everything a manager needs to tell what happened. */
export function DeploymentReport({ report }: Readonly<Props>) {
  const { deployment: d, audit } = report;
  const rows = timelineRows(d);
  const totals = reportTotals(d);
  const byId = new Map(d.phaseRuns.map((p) => [p.id, p]));
  const sheetSignoffs = d.signoffs.filter((s) => s.scope === "SHEET");
  const ponr = d.signoffs.filter((s) => s.scope === "POINT_OF_NO_RETURN");
  const over = totals.actualMinutes !== null && totals.estimatedMinutes !== null ? totals.actualMinutes - totals.estimatedMinutes : null;

  return (
    <div className="space-y-8">
      <Card as="section" labelledBy="report-summary-title" className="p-5">
        <h2 id="report-summary-title" className="sr-only">
          Summary
        </h2>
        <FieldList
          items={[
            {
              label: "Runbook and version",
              value: (
                <Link href={`/runbooks/${d.runbookVersion.runbookId}/versions/${d.runbookVersion.number}`} className="text-accent-ink hover:underline">
                  {d.runbookVersion.title} v{d.runbookVersion.number}
                </Link>
              ),
            },
            { label: "Environment", value: <EnvironmentLabel environment={d.environment} /> },
            { label: "Lead", value: d.lead.name },
            {
              label: "Planned window",
              value: (
                <span className="tabular-nums">
                  {formatReportTime(d.plannedStart)} to {formatReportTime(d.plannedEnd)}
                </span>
              ),
            },
            { label: "Started", value: <span className="tabular-nums">{formatReportTime(d.startedAt)}</span> },
            { label: "Finished", value: <span className="tabular-nums">{formatReportTime(d.finishedAt)}</span> },
            {
              label: "Outcome",
              value: (
                <>
                  <StatusBadge kind="deployment" status={d.status} />
                  {d.followUpStatus ? <span className="ml-2 text-sm">{deploymentOutcomeLabel(d).replace(/^[^,]*,\s*/, "")}</span> : null}
                </>
              ),
            },
            {
              label: "Total time vs estimate",
              value: (
                <span className="tabular-nums">
                  {formatReportMinutes(totals.actualMinutes)} <span className="text-muted">of {formatReportMinutes(totals.estimatedMinutes)} estimated</span>
                  {over !== null ? (
                    <span className="text-muted">
                      {" "}
                      ({over > 0 ? "+" : ""}
                      {formatReportMinutes(Math.round(over * 10) / 10)})
                    </span>
                  ) : null}
                  {totals.estimateSource === "phases" ? <span className="block text-xs text-muted">estimate: sum of the phases</span> : null}
                </span>
              ),
            },
          ]}
        />
        {d.statusReason ? (
          <p className="mt-4 border-t border-line pt-3 text-sm">
            <span className="font-medium">Why it ended this way: </span>
            {d.statusReason}
            {d.status === "ROLLED_BACK" ? <span className="block text-muted">The rollback procedure completed.</span> : null}
          </p>
        ) : null}
      </Card>

      <nav aria-labelledby="jump-title" className="rounded-lg border border-line bg-surface p-4 print:hidden">
        <h2 id="jump-title" className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">
          Jump to
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1.5 text-sm">
          <li>
            <a href="#timeline-title" className="text-accent-ink hover:underline">
              Timeline
            </a>
          </li>
          {rows.map((r) => {
            const run = byId.get(r.phaseRunId);
            return run ? (
              <li key={r.phaseRunId}>
                <a href={`#${anchorOf(run.procedure, run.position)}`} className="text-accent-ink hover:underline">
                  {r.label}: {r.title}
                </a>
              </li>
            ) : null;
          })}
          <li>
            <a href="#sheet-title" className="text-accent-ink hover:underline">
              Sign-off sheet
            </a>
          </li>
          <li>
            <a href="#audit-title" className="text-accent-ink hover:underline">
              Audit extract
            </a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="timeline-title" className="space-y-3">
        <h2 id="timeline-title" className="text-xl font-semibold tracking-tight">
          Timeline
        </h2>
        <PhaseTimelineChart rows={rows} />
        <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
          <table className="w-full text-sm">
            <caption className="sr-only">Phases, estimated against actual minutes</caption>
            <thead className="border-b border-line bg-surface-muted">
              <tr>
                <th scope="col" className={th}>
                  Phase
                </th>
                <th scope="col" className={th}>
                  Outcome
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Estimated
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Actual
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Difference
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {rows.map((r) => (
                <tr key={r.phaseRunId}>
                  <td className={td}>
                    <span className={`mr-1.5 text-xs ${r.isRollback ? "italic text-ink" : "text-muted"}`}>{r.label}</span>
                    {r.title}
                  </td>
                  <td className={td}>
                    {r.outcome.kind === "status" ? (
                      <StatusBadge kind="phase" status={r.outcome.status as PhaseRunStatus} />
                    ) : (
                      <Badge tone="idle" icon="–">
                        {phaseOutcomeLabel(r.outcome)}
                      </Badge>
                    )}
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{formatReportMinutes(r.estimatedMinutes)}</td>
                  <td className={`${td} text-right tabular-nums`}>{formatReportMinutes(r.actualMinutes)}</td>
                  <td className={`${td} text-right tabular-nums`}>{r.deltaMinutes === null ? "—" : `${r.deltaMinutes > 0 ? "+" : ""}${formatReportMinutes(r.deltaMinutes)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="report-phases-title" className="space-y-4">
        <h2 id="report-phases-title" className="text-xl font-semibold tracking-tight">
          Phases in detail
        </h2>
        {rows.map((r) => {
          const run = byId.get(r.phaseRunId);
          if (!run) return null;
          const outcome = phaseOutcome(d, run);
          return <PhaseRunCard key={run.id} phaseRun={run} className="report-phase" unreachedLabel={outcome.kind === "status" ? undefined : phaseOutcomeLabel(outcome)} />;
        })}
      </section>

      {ponr.length > 0 ? (
        <section aria-labelledby="report-ponr-title" className="space-y-3">
          <h2 id="report-ponr-title" className="text-xl font-semibold tracking-tight">
            Point-of-no-return approvals
          </h2>
          <div className="rounded-lg border border-line bg-surface p-5">
            <SignoffList signoffs={ponr} />
          </div>
        </section>
      ) : null}

      <SignoffSheetSection lines={d.runbookVersion.signoffSheet} signoffs={sheetSignoffs} className="report-phase" />

      <section aria-labelledby="audit-title" className="space-y-3">
        <h2 id="audit-title" className="text-xl font-semibold tracking-tight">
          Audit extract
        </h2>
        <p className="text-sm text-muted">
          {audit.length} events of this deployment in chain order. Seq is the event&apos;s position in the tamper-evident audit chain; the hash is its link.
        </p>
        <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
          <table className="w-full text-xs">
            <caption className="sr-only">Audit events of this deployment</caption>
            <thead className="border-b border-line bg-surface-muted">
              <tr>
                <th scope="col" className={`${th} text-right`}>
                  Seq
                </th>
                <th scope="col" className={th}>
                  Time (UTC)
                </th>
                <th scope="col" className={th}>
                  Actor
                </th>
                <th scope="col" className={th}>
                  Event
                </th>
                <th scope="col" className={th}>
                  Details
                </th>
                <th scope="col" className={th}>
                  Hash
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {audit.map((e) => (
                <tr key={String(e.seq)}>
                  <td className={`${td} text-right font-mono tabular-nums`}>{String(e.seq)}</td>
                  <td className={`${td} whitespace-nowrap tabular-nums`}>{formatReportTime(e.createdAt).replace(" UTC", "")}</td>
                  <td className={`${td} whitespace-nowrap`}>{e.actorLabel}</td>
                  <td className={`${td} whitespace-nowrap font-mono`}>{e.type}</td>
                  <td className={`${td} min-w-64 break-words`}>{summariseAuditPayload(e.payload)}</td>
                  <td className={`${td} font-mono text-muted`}>{e.hash.slice(0, 12)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
