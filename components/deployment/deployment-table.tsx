import Link from "next/link";
import type { TDeploymentListItem } from "@/lib/server/readers/find-deployments";
import { formatDuration } from "@/components/ui/format";
import { TimeRange } from "@/components/ui/time-range";
import { StatusBadge } from "@/components/ui/status-badge";
import { EnvironmentLabel } from "./environment-label";

type Props = { deployments: TDeploymentListItem[] };

const th = "px-3 py-2.5 text-left text-xs font-medium uppercase tracking-wide text-muted";
const td = "px-3 py-3 align-top";

export function DeploymentTable({ deployments }: Readonly<Props>) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">Deployments</caption>
        <thead className="border-b border-line bg-surface-muted">
          <tr>
            <th scope="col" className={th}>
              Deployment and runbook
            </th>
            <th scope="col" className={th}>
              Environment
            </th>
            <th scope="col" className={th}>
              Lead
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={th}>
              Planned window
            </th>
            <th scope="col" className={th}>
              Started → finished
            </th>
            <th scope="col" className={`${th} text-right`}>
              Duration
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {deployments.map((d) => (
            <tr key={d.id} className="hover:bg-surface-muted/60">
              <td className={td}>
                <Link href={`/deployments/${d.id}`} className="whitespace-nowrap font-medium text-ink hover:text-accent-ink hover:underline">
                  {d.name}
                </Link>
                <p className="mt-0.5 text-xs text-muted">
                  <Link href={`/runbooks/${d.runbookVersion.runbookId}/versions/${d.runbookVersion.number}`} className="hover:text-accent-ink hover:underline">
                    {d.runbookVersion.title} <span className="font-mono">v{d.runbookVersion.number}</span>
                  </Link>
                </p>
              </td>
              <td className={`${td} whitespace-nowrap`}>
                <EnvironmentLabel environment={d.environment} />
              </td>
              <td className={`${td} whitespace-nowrap`}>{d.lead.name}</td>
              <td className={td}>
                <StatusBadge kind="deployment" status={d.status} />
                <FollowUpNote status={d.followUpStatus} />
              </td>
              <td className={`${td} whitespace-nowrap`}>
                <TimeRange from={d.plannedStart} to={d.plannedEnd} fallback="Not planned" />
              </td>
              <td className={`${td} whitespace-nowrap`}>
                <TimeRange from={d.startedAt} to={d.finishedAt} fallback="Not started" openLabel="not finished" />
              </td>
              <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
                {d.startedAt && !d.finishedAt ? <span className="text-muted">{formatDuration(d.startedAt, new Date())} so far</span> : formatDuration(d.startedAt, d.finishedAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The follow-ups of a succeeded deployment (issue 15), in words beside its status. */
export function FollowUpNote({ status }: Readonly<{ status: "OPEN" | "PASSED" | "FAILED" | null }>) {
  if (!status) return null;
  const text = status === "OPEN" ? "follow-ups open" : status === "PASSED" ? "follow-ups passed" : "follow-up failed";
  const tone = status === "FAILED" ? "text-bad-ink font-semibold" : status === "OPEN" ? "text-warn-ink" : "text-muted";
  return <span className={`mt-0.5 block whitespace-nowrap text-xs ${tone}`}>{text}</span>;
}
