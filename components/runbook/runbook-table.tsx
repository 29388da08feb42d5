import type { ReactNode } from "react";
import Link from "next/link";
import type { TRunbookListItem } from "@/lib/server/readers/find-runbooks";
import type { TRunbookRiskIndicator } from "@/lib/server/readers/get-runbook-risk";
import { Badge } from "@/components/ui/badge";
import { formatMinutes } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { RiskBadge } from "@/components/ui/risk-badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { RiskCountsIndicator } from "./risk-summary";

type Props = {
  runbooks: TRunbookListItem[];
  /** SQL risk lint of each runbook's latest published version, by runbook id; omitted: no column */
  lintRisks?: Readonly<Record<string, TRunbookRiskIndicator>>;
  /** per-row actions for people who may take them (e.g. "Edit draft"), shown under the version */
  actionsFor?: (runbook: TRunbookListItem) => ReactNode;
};

const th = "px-4 py-2.5 text-left text-xs font-medium uppercase tracking-wide text-muted";
const td = "px-4 py-3 align-top";

export function RunbookTable({ runbooks, lintRisks, actionsFor }: Readonly<Props>) {
  // relative: the scroller is the containing block of the screen-reader-only text in its cells,
  // which would otherwise widen the page on a phone (issue 18 item 1)
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">Runbooks</caption>
        <thead className="border-b border-line bg-surface-muted">
          <tr>
            <th scope="col" className={th}>
              Runbook
            </th>
            <th scope="col" className={th}>
              Version
            </th>
            <th scope="col" className={th}>
              Risk
            </th>
            {lintRisks ? (
              <th scope="col" className={th}>
                SQL lint
              </th>
            ) : null}
            <th scope="col" className={th}>
              Estimate
            </th>
            <th scope="col" className={th}>
              Owner
            </th>
            <th scope="col" className={`${th} text-right`}>
              Deployments
            </th>
            <th scope="col" className={th}>
              Last deployment
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {runbooks.map((runbook) => (
            <tr key={runbook.id} className="hover:bg-surface-muted/60">
              <td className={`${td} max-w-md`}>
                <Link href={`/runbooks/${runbook.id}`} className="font-medium text-ink hover:text-accent-ink hover:underline">
                  {runbook.title}
                </Link>
                {runbook.summary ? <p className="mt-0.5 line-clamp-2 text-xs text-muted">{runbook.summary}</p> : null}
              </td>
              <td className={td}>
                {runbook.latestVersionNumber !== null ? <span className="font-mono tabular-nums">v{runbook.latestVersionNumber}</span> : <Badge tone="outline">Draft only</Badge>}
                {runbook.latestVersionNumber !== null && runbook.hasDraft ? <span className="ml-2 text-xs text-muted">+ draft</span> : null}
                {actionsFor ? <div className="mt-1.5">{actionsFor(runbook)}</div> : null}
              </td>
              <td className={td}>
                <RiskBadge level={runbook.riskLevel} />
              </td>
              {lintRisks ? (
                <td className={td}>
                  {lintRisks[runbook.id] ? (
                    <Link
                      href={`/runbooks/${runbook.id}/versions/${lintRisks[runbook.id]!.versionNumber}#risk-summary-title`}
                      className="hover:underline"
                      title={`SQL risk lint of v${lintRisks[runbook.id]!.versionNumber}`}
                    >
                      <RiskCountsIndicator summary={lintRisks[runbook.id]!.summary} />
                    </Link>
                  ) : (
                    <RiskCountsIndicator summary={null} />
                  )}
                </td>
              ) : null}
              <td className={`${td} whitespace-nowrap tabular-nums`}>{formatMinutes(runbook.estimatedMinutes)}</td>
              <td className={`${td} whitespace-nowrap`}>{runbook.owner.name}</td>
              <td className={`${td} text-right tabular-nums`}>{runbook.deploymentCount}</td>
              <td className={td}>
                {runbook.lastDeployment ? (
                  <div className="flex flex-col items-start gap-1">
                    <StatusBadge kind="deployment" status={runbook.lastDeployment.status} />
                    <Link href={`/deployments/${runbook.lastDeployment.id}`} className="text-xs text-muted hover:text-accent-ink hover:underline">
                      {runbook.lastDeployment.name}
                    </Link>
                  </div>
                ) : (
                  <span className="text-faint">Never deployed</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
