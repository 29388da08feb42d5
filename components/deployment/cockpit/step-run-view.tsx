// One attempt of a step as the cockpit shows it: status, who, how long, the result in words, any
// result tables (SELECT results, baseline mismatches: the same component as the record and the
// report) and the streamed output. Props only.
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { describeResult } from "@/components/deployment/describe-result";
import { FanOutTargets } from "@/components/deployment/fan-out-targets";
import { LockWaits } from "@/components/deployment/lock-waits";
import { ResultTables } from "@/components/deployment/result-tables";
import type { TCockpitRun } from "@/lib/domain/deployment/live-view";
import { formatElapsed } from "./use-cockpit";
import { formatAbsolute } from "@/components/ui/format";

type Props = { run: TCockpitRun; label: string; now: number };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function StepRunView({ run, label, now }: Readonly<Props>) {
  const result = isRecord(run.result) ? run.result : null;
  const summary = describeResult(run.result);
  const started = run.startedAt ? new Date(run.startedAt).getTime() : null;
  const ended = run.finishedAt ? new Date(run.finishedAt).getTime() : null;
  const sqlError = result && isRecord(result.error) ? result.error : null;
  return (
    <div className="space-y-2 rounded-md border border-line bg-surface-muted/50 p-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
        <StatusBadge kind="step" status={run.status} />
        <span>
          {run.mode === "REHEARSAL" ? "Rehearsal" : "Run"} · attempt {run.attempt}
        </span>
        {run.mode === "REHEARSAL" ? (
          <Badge tone="outline" icon="↶">
            rolled back
          </Badge>
        ) : null}
        <span>{run.startedBy ? `by ${run.startedBy.name}` : "by the system"}</span>
        {run.startedAt ? <time dateTime={run.startedAt}>at {formatAbsolute(new Date(run.startedAt))}</time> : null}
        {started ? (
          <span className="tabular-nums">{ended ? `took ${formatElapsed(ended - started)}` : run.isQueued ? "queued…" : `running ${formatElapsed(now - started)}`}</span>
        ) : null}
      </div>
      {summary ? (
        <p className="text-sm">
          <span className="font-medium">Result:</span> <span className="font-mono text-[0.8125rem]">{summary}</span>
        </p>
      ) : null}
      <LockWaits run={run} />
      {run.errorMessage ? (
        <p role="alert" className="rounded border border-bad-line bg-bad px-3 py-2 font-mono text-[0.8125rem] text-bad-ink">
          <span className="font-sans font-semibold">Error: </span>
          {run.errorMessage}
          {sqlError && typeof sqlError.line === "number" ? (
            <span className="font-sans">
              {" "}
              (line {String(sqlError.line)}, column {String(sqlError.column ?? "?")})
            </span>
          ) : null}
        </p>
      ) : null}
      {run.note ? (
        <p className="text-sm">
          <span className="font-medium">Note:</span> {run.note}
        </p>
      ) : null}
      {run.reconciledBy ? <p className="text-xs text-muted">Reconciled by {run.reconciledBy.name}.</p> : null}
      {run.targets?.length ? <FanOutTargets targets={run.targets} attempt={run.attempt} label={label} isLive={run.status === "RUNNING" || run.status === "QUEUED"} /> : null}
      <ResultTables result={run.result} label={label} />
      {run.output ? (
        <details open={run.status === "RUNNING" || run.status === "FAILED"}>
          <summary className="cursor-pointer text-xs font-medium text-muted">Output{run.isOutputCut ? " (only the end is shown)" : ""}</summary>
          <pre
            role="region"
            aria-label={`${label} output`}
            tabIndex={0}
            className="mt-1 max-h-72 overflow-auto rounded border border-line bg-code p-2 font-mono text-[0.75rem] leading-5 whitespace-pre-wrap"
          >
            {run.output}
          </pre>
        </details>
      ) : null}
    </div>
  );
}
