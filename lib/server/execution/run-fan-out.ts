// Fan-out over target schemas (issue 15 item 2). A SQL or QUERY_CHECK step whose fanOut names
// schemas — a list, or a read-only query on the target — runs once per schema, each through the
// kind's own executor with search_path set to that schema (quoted) beside the step's limits, each
// in its own transaction (or autocommit when the step is outside a transaction), at most
// `concurrency` at a time. The step succeeds when every schema did; policy STOP starts no schema
// after the first failure, FINISH_ALL runs them all first. A new attempt (rule 5) runs only the
// schemas that failed or never ran: the earlier successes are carried (`carried`), never re-run.
//
// No Prisma: the worker records each target through the hooks as it starts and finishes, so the
// cockpit shows progress live.
import "server-only";
import { FAN_OUT_LIMITS, quoteSchemaName, readFanOut, type TFanOut } from "@/lib/domain/runbook/fan-out";
import type { TExecutableStep, TExecutionContext, TExecutionOutcome } from "./execute-step";
import { formatSqlError, runOnTarget, sqlLimitsOf } from "./run-sql";

/** the output kept per target (the row's `output`); the start and the end, cut in the middle */
export const TARGET_OUTPUT_CAP = 4000;

export type TFanOutTarget = { position: number; schemaName: string; carriedFromAttempt: number | null };

export type TFanOutTargetResult = {
  schemaName: string;
  status: "SUCCEEDED" | "FAILED";
  durationMs: number;
  rowCount: number | null;
  summary: string;
  output: string;
  errorMessage: string | null;
  errorCode: string | null;
  result: Record<string, unknown>;
};

export type TFanOutHooks = {
  /** schemas that succeeded in an earlier attempt of this step: name → the attempt that ran it */
  loadCarried: () => Promise<Map<string, number>>;
  /** the targets in order, once resolved (carried ones included) */
  onResolved: (targets: TFanOutTarget[]) => Promise<void>;
  onTargetStarted: (schemaName: string) => Promise<void>;
  onTargetFinished: (result: TFanOutTargetResult) => Promise<void>;
};

export type TFanOutCounts = { total: number; succeeded: number; failed: number; notRun: number; carried: number };

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** The step's fan-out, or null when it runs once. */
export function fanOutOf(step: Pick<TExecutableStep, "kind" | "fanOut">): TFanOut | null {
  if (step.kind !== "SQL" && step.kind !== "QUERY_CHECK") return null;
  return readFanOut(step.fanOut);
}

function trimOutput(text: string): string {
  if (text.length <= TARGET_OUTPUT_CAP) return text;
  const half = Math.floor(TARGET_OUTPUT_CAP / 2) - 20;
  return `${text.slice(0, half)}\n[… ${(text.length - 2 * half).toLocaleString("en")} characters cut …]\n${text.slice(-half)}`;
}

const sqlLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;

type TResolved = { ok: true; schemas: string[]; missing: string[] } | { ok: false; message: string; code: string | null };

/**
 * The schemas, in order: the list as written, or the first column of the query's last result set
 * (read-only, rolled back). Names that are not schemas of the target are reported, not run.
 */
export async function resolveFanOutTargets(fanOut: TFanOut, step: Pick<TExecutableStep, "statementTimeoutMs" | "lockTimeoutMs">, ctx: TExecutionContext): Promise<TResolved> {
  const limits = sqlLimitsOf(step);
  let names: string[];
  if (fanOut.query) {
    const run = await runOnTarget({
      ctx: { ...ctx, searchPath: null },
      sql: fanOut.query,
      statementCount: 1,
      limits,
      access: "READ ONLY",
      finish: "ROLLBACK",
      keepRows: FAN_OUT_LIMITS.resolvedMax,
      maxRows: {
        count: FAN_OUT_LIMITS.resolvedMax,
        error: { code: null, message: `The fan-out query returned more than ${FAN_OUT_LIMITS.resolvedMax.toLocaleString("en")} schemas: narrow it.` },
      },
    });
    if (!run.ok) return { ok: false, message: `The fan-out query failed: ${formatSqlError(run.error)}`, code: run.error.code };
    const set = run.results.findLast((r) => r.columns.length > 0);
    if (!set) return { ok: false, message: "The fan-out query returned no result set: it must be a SELECT whose first column names the schemas.", code: null };
    names = [...new Set(set.rows.map((row) => row[0]).filter((v): v is string => typeof v === "string" && v !== ""))];
  } else {
    names = fanOut.schemas ?? [];
  }
  if (names.length === 0) return { ok: true, schemas: [], missing: [] };
  // which of them exist: one read-only query, every name a quoted literal
  const check = await runOnTarget({
    ctx: { ...ctx, searchPath: null },
    sql: `SELECT nspname::text FROM pg_namespace WHERE nspname = ANY (ARRAY[${names.map(sqlLiteral).join(", ")}]::text[])`,
    statementCount: 1,
    limits,
    access: "READ ONLY",
    finish: "ROLLBACK",
    keepRows: names.length,
  });
  if (!check.ok) return { ok: false, message: `The schemas could not be read from the target: ${formatSqlError(check.error)}`, code: check.error.code };
  const present = new Set(check.results.at(-1)?.rows.map((row) => row[0]) ?? []);
  return { ok: true, schemas: names, missing: names.filter((n) => !present.has(n)) };
}

type TInner = (step: TExecutableStep, ctx: TExecutionContext) => Promise<TExecutionOutcome>;

export async function runFanOut(step: TExecutableStep, fanOut: TFanOut, ctx: TExecutionContext, inner: TInner, hooks: TFanOutHooks): Promise<TExecutionOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const source = fanOut.query ? "query" : "list";
  const resolved = await resolveFanOutTargets(fanOut, step, ctx);
  if (!resolved.ok) {
    ctx.onOutput(`ERROR:  ${resolved.message}\n`);
    return {
      status: "FAILED",
      result: {
        fanOut: { source, concurrency: fanOut.concurrency, onFailure: fanOut.onFailure, total: 0, succeeded: 0, failed: 0, notRun: 0, carried: 0 },
        error: { code: resolved.code, message: resolved.message },
      },
      errorMessage: resolved.message,
      summary: `failed: ${resolved.message.slice(0, 200)}`,
    };
  }
  const earlier = await hooks.loadCarried();
  const targets: TFanOutTarget[] = resolved.schemas.map((schemaName, i) => ({ position: i + 1, schemaName, carriedFromAttempt: earlier.get(schemaName) ?? null }));
  await hooks.onResolved(targets);
  const carried = targets.filter((t) => t.carriedFromAttempt !== null);
  const toRun = targets.filter((t) => t.carriedFromAttempt === null);
  const missing = new Set(resolved.missing);
  ctx.onOutput(
    `Fan-out over ${plural(targets.length, "schema")} (${source === "query" ? "named by the query" : "listed"}), ${fanOut.concurrency === 1 ? "one at a time" : `${fanOut.concurrency} at a time`}, ${fanOut.onFailure === "STOP" ? "stopping at the first failure" : "finishing every schema"}${carried.length ? `; ${plural(carried.length, "schema")} succeeded in an earlier attempt and ${carried.length === 1 ? "is" : "are"} not run again` : ""}.\n`,
  );

  let succeeded = carried.length;
  let failed = 0;
  let isHalted = false;
  const failures: { schemaName: string; message: string }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let next = 0;

  const runOne = async (target: TFanOutTarget): Promise<void> => {
    await hooks.onTargetStarted(target.schemaName);
    const targetStarted = performance.now();
    let output = "";
    let outcome: TExecutionOutcome;
    if (missing.has(target.schemaName)) {
      const message = `The schema ${quoteSchemaName(target.schemaName)} does not exist on the target.`;
      output = `ERROR:  ${message}\n`;
      outcome = { status: "FAILED", result: { error: { code: "3F000", message } }, errorMessage: message, summary: `failed: ${message}` };
    } else {
      outcome = await inner(step, {
        ...ctx,
        searchPath: target.schemaName,
        applicationName: ctx.applicationName,
        onOutput: (chunk) => {
          if (output.length < TARGET_OUTPUT_CAP * 4) output += chunk;
        },
      });
    }
    const result = outcome.result;
    const error = (result.error ?? null) as { code?: unknown } | null;
    const rowCount = typeof result.rowsAffected === "number" ? result.rowsAffected : typeof result.rowCount === "number" ? result.rowCount : null;
    const durationMs = Math.round(performance.now() - targetStarted);
    const targetResult: TFanOutTargetResult = {
      schemaName: target.schemaName,
      status: outcome.status,
      durationMs,
      rowCount,
      summary: outcome.summary.slice(0, 500),
      output: trimOutput(output),
      errorMessage: outcome.errorMessage,
      errorCode: error && typeof error.code === "string" ? error.code : null,
      result,
    };
    if (outcome.status === "SUCCEEDED") succeeded++;
    else {
      failed++;
      failures.push({ schemaName: target.schemaName, message: outcome.errorMessage ?? outcome.summary });
      if (fanOut.onFailure === "STOP") isHalted = true;
    }
    ctx.onOutput(`${target.schemaName}: ${outcome.status === "SUCCEEDED" ? "succeeded" : "FAILED"} in ${durationMs.toLocaleString("en")} ms — ${outcome.summary.slice(0, 300)}\n`);
    await hooks.onTargetFinished(targetResult);
  };

  const lane = async () => {
    while (!isHalted && !ctx.signal?.aborted && next < toRun.length) {
      const target = toRun[next++]!;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await runOne(target);
      } finally {
        inFlight--;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(fanOut.concurrency, Math.max(1, toRun.length)) }, lane));

  const notRun = targets.length - succeeded - failed;
  const counts: TFanOutCounts = { total: targets.length, succeeded, failed, notRun, carried: carried.length };
  const isSuccess = targets.length > 0 && failed === 0 && notRun === 0;
  const tally = `${plural(succeeded, "schema")} succeeded, ${failed.toLocaleString("en")} failed${notRun ? `, ${notRun.toLocaleString("en")} not run` : ""}${carried.length ? ` (${carried.length.toLocaleString("en")} from an earlier attempt)` : ""}`;
  ctx.onOutput(`Fan-out done: ${tally}.\n`);
  const first = failures[0];
  const errorMessage = isSuccess
    ? null
    : targets.length === 0
      ? "The fan-out named no schema: nothing ran."
      : first
        ? `${plural(failed, "schema")} of ${targets.length.toLocaleString("en")} failed${notRun ? ` and ${notRun.toLocaleString("en")} did not run (${fanOut.onFailure === "STOP" ? "stopped at the first failure" : "stopped"})` : ""}. First: ${first.schemaName}: ${first.message}`.slice(
            0,
            2000,
          )
        : `${notRun.toLocaleString("en")} of ${targets.length.toLocaleString("en")} schemas did not run: the run was stopped.`;
  return {
    status: isSuccess ? "SUCCEEDED" : "FAILED",
    result: {
      fanOut: { source, concurrency: fanOut.concurrency, onFailure: fanOut.onFailure, maxConcurrent: maxInFlight, ...counts },
      failedSchemas: failures.slice(0, 20).map((f) => f.schemaName),
      durationMs: elapsed(),
    },
    errorMessage,
    summary: `fan-out: ${tally}`,
  };
}
