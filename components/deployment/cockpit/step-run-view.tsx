// One attempt of a step as the cockpit shows it: status, who, how long, the result in words, any
// result tables (SELECT results, baseline mismatches) and the streamed output. Props only.
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { describeResult } from "@/components/deployment/describe-result";
import type { TCockpitRun } from "@/lib/server/readers/deployment-live-view";
import { formatElapsed } from "./use-cockpit";
import { formatAbsolute } from "@/components/ui/format";

type Props = { run: TCockpitRun; label: string; now: number };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const differ = (n: number) => (n === 1 ? "1 value differs" : `${n} values differ`);
const cell = (v: unknown) => (v === null || v === undefined ? "NULL" : typeof v === "object" ? JSON.stringify(v) : String(v));

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
      {result ? <ResultTables result={result} label={label} /> : null}
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

/** SELECT results of a SQL step, and the mismatching rows of a baseline comparison. */
function ResultTables({ result, label }: Readonly<{ result: Record<string, unknown>; label: string }>) {
  const sets = Array.isArray(result.resultSets) ? result.resultSets.filter(isRecord) : [];
  const mismatches = Array.isArray(result.mismatches) ? result.mismatches.filter(isRecord) : [];
  const missing = Array.isArray(result.missingKeys) ? result.missingKeys.filter(isRecord) : [];
  const extra = Array.isArray(result.extraKeys) ? result.extraKeys.filter(isRecord) : [];
  return (
    <>
      {sets.map((set, i) => {
        const columns = Array.isArray(set.columns) ? set.columns.map(String) : [];
        const rows = Array.isArray(set.rows) ? (set.rows as unknown[]).filter(Array.isArray) : [];
        return (
          <DataTable
            key={i}
            caption={`${label}: ${String(set.command ?? "result")} — ${String(set.rowCount ?? rows.length)} rows${set.isTruncated ? ` (first ${rows.length} shown)` : ""}`}
            columns={columns}
            rows={rows.map((r) => (r as unknown[]).map(cell))}
          />
        );
      })}
      {mismatches.length ? (
        <DataTable
          caption={`${label}: ${differ(Number(result.mismatchCount ?? mismatches.length))} from the baseline`}
          columns={["Key", "Column", "Baseline", "Now", "Difference"]}
          rows={mismatches.map((m) => [cell(m.key), cell(m.column), cell(m.baseline), cell(m.current), m.difference === undefined ? "" : cell(m.difference)])}
          tone="bad"
        />
      ) : null}
      {missing.length ? <DataTable caption={`${label}: rows in the baseline, missing now`} columns={["Key"]} rows={missing.map((k) => [cell(k)])} tone="bad" /> : null}
      {extra.length ? <DataTable caption={`${label}: rows now that the baseline did not have`} columns={["Key"]} rows={extra.map((k) => [cell(k)])} tone="bad" /> : null}
    </>
  );
}

function DataTable({ caption, columns, rows, tone }: Readonly<{ caption: string; columns: string[]; rows: string[][]; tone?: "bad" }>) {
  return (
    <div className={`max-h-72 overflow-auto rounded border ${tone === "bad" ? "border-bad-line" : "border-line"}`}>
      <table className="min-w-full text-left font-mono text-[0.75rem]">
        <caption className="bg-surface-muted px-2 py-1 text-left font-sans text-xs font-medium text-muted">{caption}</caption>
        <thead className="bg-surface-muted">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-2 py-1 font-semibold">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((v, j) => (
                <td key={j} className="px-2 py-0.5 whitespace-pre">
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
