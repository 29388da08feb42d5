import type { TStepRunDetail } from "@/lib/domain/deployment/record-view";
import { Badge } from "@/components/ui/badge";
import { CodeBlock } from "@/components/ui/code-block";
import { formatDuration } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { describeResult } from "./describe-result";
import { ResultTables } from "./result-tables";
import { FanOutTargets } from "./fan-out-targets";
import { LockWaits } from "./lock-waits";

type Props = { run: TStepRunDetail; label: string };

export function StepRunItem({ run, label }: Readonly<Props>) {
  const summary = describeResult(run.result);
  return (
    <li className="space-y-2 border-l-2 border-line pl-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
        <StatusBadge kind="step" status={run.status} />
        <span>Attempt {run.attempt}</span>
        {run.mode === "REHEARSAL" ? (
          <Badge tone="outline" icon="↶">
            Rehearsal (rolled back)
          </Badge>
        ) : (
          <span>Run</span>
        )}
        <span>{run.startedBy ? `by ${run.startedBy.name}` : "by the system"}</span>
        {run.startedAt ? <RelativeTime date={run.startedAt} /> : <span>not started</span>}
        <span className="tabular-nums">
          {run.finishedAt
            ? `took ${formatDuration(run.startedAt, run.finishedAt)}`
            : run.status === "RUNNING" && run.startedAt
              ? `running for ${formatDuration(run.startedAt, new Date())}`
              : null}
        </span>
      </div>
      {summary ? (
        <p className="text-sm">
          <span className="font-medium">Result:</span> <span className="font-mono text-[0.8125rem]">{summary}</span>
        </p>
      ) : null}
      <LockWaits run={run} />
      {run.errorMessage ? (
        <p className="rounded border border-bad-line bg-bad px-3 py-2 font-mono text-[0.8125rem] text-bad-ink">
          <span className="font-sans font-semibold">Error: </span>
          {run.errorMessage}
        </p>
      ) : null}
      {run.targets.length ? <FanOutTargets targets={run.targets} attempt={run.attempt} label={label} /> : null}
      <ResultTables result={run.result} label={label} />
      {run.note ? (
        <p className="text-sm">
          <span className="font-medium">Note:</span> {run.note}
        </p>
      ) : null}
      {run.reconciledBy ? (
        <p className="text-xs text-muted">
          Reconciled by {run.reconciledBy.name} <RelativeTime date={run.reconciledAt} />
        </p>
      ) : null}
      {run.output ? (
        <div>
          <CodeBlock code={run.output} language="Output" label={`${label} output`} maxHeightClass="max-h-80" />
          {run.isOutputTruncated ? <p className="mt-1 text-xs text-muted">Output truncated: only the beginning is shown.</p> : null}
        </div>
      ) : null}
    </li>
  );
}
