// Fan-out over target schemas (issue 15 item 2). A SQL or QUERY_CHECK step whose fanOut names
// schemas — a list, or a read-only query on the target — runs once per schema, each through the
// kind's own executor with search_path set to that schema (quoted) beside the step's limits, each
// in its own transaction (or autocommit when the step is outside a transaction), at most
// `concurrency` at a time. The step succeeds when every schema did; policy STOP starts no schema
// after the first failure, FINISH_ALL runs them all first. A new attempt (rule 5) runs only the
// schemas that failed or never ran: the earlier successes are carried (`carried`), never re-run.
//
// Or over the databases of the deployment environment's group (`over: "DATABASES"`): each database
// a connection of its own (its stored URL, so its own least privilege), with the same limits and
// application_name as the main target and the server's default search_path; the same policies,
// child results and carried successes, keyed by the database's name in the group.
//
// No Prisma: the worker records each target through the hooks as it starts and finishes, so the
// cockpit shows progress live.
import "server-only";
import { backupTargets, backupTooLargeMessage, BYTES_PER_MB, formatBytes, isBackupOverDatabases } from "@/lib/domain/execution/backup";
import { STEP_DEFAULTS } from "@/lib/domain/runbook/draft";
import { canFanOut, FAN_OUT_LIMITS, groupDatabaseProblem, quoteSchemaName, readFanOut, type TFanOut } from "@/lib/domain/runbook/fan-out";
import { estimateFanOutBackup, type TStoredBackup } from "./run-backup";
import type { TExecutableStep, TExecutionContext, TExecutionOutcome } from "./execute-step";
import { formatSqlError, runOnTarget, sqlLimitsOf } from "./run-sql";

/** the output kept per target (the row's `output`); the start and the end, cut in the middle */
export const TARGET_OUTPUT_CAP = 4000;

export type TFanOutTarget = { position: number; schemaName: string; isDatabase: boolean; carriedFromAttempt: number | null };

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
  if (!canFanOut(step.kind)) return null;
  return readFanOut(step.fanOut);
}

/**
 * A RESTORE of a fanned-out backup runs once per target schema the backup copied, in the order it
 * copied them, one at a time, every one tried (a rollback puts back as much as it can, and says
 * which target failed); a new attempt restores only the targets that did not succeed.
 */
export function restoreFanOutOf(step: Pick<TExecutableStep, "kind">, backup: TStoredBackup | null | undefined): TFanOut | null {
  if (step.kind !== "RESTORE" || !backup) return null;
  const targets = backupTargets(backup.tables);
  if (targets.length === 0) return null;
  // issue 15 item 2: a backup over the group's databases is restored in each database it copied
  return isBackupOverDatabases(backup.tables)
    ? { over: "DATABASES", databases: targets, schemas: null, query: null, concurrency: 1, onFailure: "FINISH_ALL" }
    : { over: "SCHEMAS", databases: null, schemas: targets, query: null, concurrency: 1, onFailure: "FINISH_ALL" };
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

/**
 * The databases of the environment's group a fan-out over DATABASES runs on, in order: the named
 * ones as listed, or every one in the group's order. No group, or a name the group lacks, fails
 * the step before anything runs (a typo must not silently skip a shard).
 */
export function resolveDatabaseTargets(fanOut: TFanOut, group: readonly TGroupDatabase[] | undefined): { ok: true; databases: TGroupDatabase[] } | { ok: false; message: string } {
  const problem = groupDatabaseProblem(
    fanOut,
    (group ?? []).map((d) => d.name),
  );
  if (problem) return { ok: false, message: problem };
  if (!fanOut.databases) return { ok: true, databases: [...(group ?? [])] };
  const byName = new Map((group ?? []).map((d) => [d.name, d]));
  return { ok: true, databases: fanOut.databases.map((n) => byName.get(n)!) };
}

/** A database of the deployment environment's group, with its decrypted URL (a secret: never in output). */
export type TGroupDatabase = { name: string; targetUrl: string };

type TInner = (step: TExecutableStep, ctx: TExecutionContext) => Promise<TExecutionOutcome>;

export async function runFanOut(step: TExecutableStep, fanOut: TFanOut, ctx: TExecutionContext, inner: TInner, hooks: TFanOutHooks): Promise<TExecutionOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const isOverDatabases = fanOut.over === "DATABASES";
  const unit = isOverDatabases ? "database" : "schema";
  const source = isOverDatabases ? (fanOut.databases ? "list" : "group") : fanOut.query ? "query" : "list";
  const refuse = (message: string, code: string | null = null): TExecutionOutcome => {
    ctx.onOutput(`ERROR:  ${message}\n`);
    return {
      status: "FAILED",
      result: {
        fanOut: { over: fanOut.over, source, concurrency: fanOut.concurrency, onFailure: fanOut.onFailure, total: 0, succeeded: 0, failed: 0, notRun: 0, carried: 0 },
        error: { code, message },
      },
      errorMessage: message,
      summary: `failed: ${message.slice(0, 200)}`,
    };
  };
  // issue 15 item 2: a fan-out over the group's databases — each target its own connection
  const urlOf = new Map<string, string>();
  let resolved: TResolved;
  if (isOverDatabases) {
    const group = resolveDatabaseTargets(fanOut, ctx.groupDatabases);
    if (!group.ok) return refuse(group.message);
    for (const d of group.databases) urlOf.set(d.name, d.targetUrl);
    resolved = { ok: true, schemas: group.databases.map((d) => d.name), missing: [] };
  } else {
    resolved = await resolveFanOutTargets(fanOut, step, ctx);
  }
  if (!resolved.ok) return refuse(resolved.message, resolved.code);
  const earlier = await hooks.loadCarried();
  const targets: TFanOutTarget[] = resolved.schemas.map((schemaName, i) => ({
    position: i + 1,
    schemaName,
    isDatabase: isOverDatabases,
    carriedFromAttempt: earlier.get(schemaName) ?? null,
  }));
  const carried = targets.filter((t) => t.carriedFromAttempt !== null);
  const toRun = targets.filter((t) => t.carriedFromAttempt === null);
  const missing = new Set(resolved.missing);
  if (step.kind === "BACKUP") {
    // issue 15: the backup's size is estimated over every schema it will copy, and refused above the step's limit before any copy
    const refusal = await checkFanOutBackupSize(
      step,
      ctx,
      toRun.filter((t) => !missing.has(t.schemaName)).map((t) => t.schemaName),
      isOverDatabases ? (name) => ({ targetUrl: urlOf.get(name) ?? null, searchPath: null, database: name }) : undefined,
    );
    if (refusal) {
      ctx.onOutput(`ERROR:  ${refusal.message}\nNothing was copied.\n`);
      return {
        status: "FAILED",
        result: {
          fanOut: { over: fanOut.over, source, concurrency: fanOut.concurrency, onFailure: fanOut.onFailure, total: 0, succeeded: 0, failed: 0, notRun: 0, carried: 0 },
          error: { code: null, message: refusal.message },
          ...refusal.result,
        },
        errorMessage: refusal.message,
        summary: `failed: ${refusal.message.slice(0, 200)}`,
      };
    }
  }
  await hooks.onResolved(targets);
  ctx.onOutput(
    `Fan-out over ${plural(targets.length, unit)} (${source === "query" ? "named by the query" : source === "group" ? "every database of the environment's group" : "listed"}), ${fanOut.concurrency === 1 ? "one at a time" : `${fanOut.concurrency} at a time`}, ${fanOut.onFailure === "STOP" ? "stopping at the first failure" : `finishing every ${unit}`}${carried.length ? `; ${plural(carried.length, unit)} succeeded in an earlier attempt and ${carried.length === 1 ? "is" : "are"} not run again` : ""}.\n`,
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
        // a database target: its own URL, the same limits and application_name as the main target, the server's default search_path
        ...(isOverDatabases ? { targetUrl: urlOf.get(target.schemaName) ?? null, searchPath: null, database: target.schemaName } : { searchPath: target.schemaName }),
        applicationName: ctx.applicationName,
        onOutput: (chunk) => {
          if (output.length < TARGET_OUTPUT_CAP * 4) output += chunk;
        },
      });
    }
    const result = outcome.result;
    const error = (result.error ?? null) as { code?: unknown } | null;
    const rowCount = typeof result.rowsAffected === "number" ? result.rowsAffected : typeof result.rowCount === "number" ? result.rowCount : backupRowsOf(result);
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
  const tally = `${plural(succeeded, unit)} succeeded, ${failed.toLocaleString("en")} failed${notRun ? `, ${notRun.toLocaleString("en")} not run` : ""}${carried.length ? ` (${carried.length.toLocaleString("en")} from an earlier attempt)` : ""}`;
  ctx.onOutput(`Fan-out done: ${tally}.\n`);
  const first = failures[0];
  const errorMessage = isSuccess
    ? null
    : targets.length === 0
      ? `The fan-out named no ${unit}: nothing ran.`
      : first
        ? `${plural(failed, unit)} of ${targets.length.toLocaleString("en")} failed${notRun ? ` and ${notRun.toLocaleString("en")} did not run (${fanOut.onFailure === "STOP" ? "stopped at the first failure" : "stopped"})` : ""}. First: ${first.schemaName}: ${first.message}`.slice(
            0,
            2000,
          )
        : `${notRun.toLocaleString("en")} of ${targets.length.toLocaleString("en")} ${unit}s did not run: the run was stopped.`;
  return {
    status: isSuccess ? "SUCCEEDED" : "FAILED",
    result: {
      fanOut: { over: fanOut.over, source, concurrency: fanOut.concurrency, onFailure: fanOut.onFailure, maxConcurrent: maxInFlight, ...counts },
      failedSchemas: failures.slice(0, 20).map((f) => f.schemaName),
      durationMs: elapsed(),
    },
    errorMessage,
    summary: `fan-out: ${tally}`,
  };
}

/** A fanned-out BACKUP's estimate over its schemas (or databases), written to the output; a refusal when it is above the step's limit or cannot be made. */
async function checkFanOutBackupSize(
  step: TExecutableStep,
  ctx: TExecutionContext,
  schemas: string[],
  sessionOf?: (target: string) => Partial<TExecutionContext>,
): Promise<{ message: string; result: Record<string, unknown> } | null> {
  if (schemas.length === 0) return null;
  const maxMb = step.backupMaxMb ?? STEP_DEFAULTS.backupMaxMb;
  // a target whose tables cannot be resolved is not refused here: its own backup fails, naming why
  const estimate = await estimateFanOutBackup({ ...step, kind: "BACKUP" }, { ...ctx, onOutput: () => {} }, schemas, sessionOf);
  const unknown = estimate.perTarget.filter((t) => t.estimatedBytes === null);
  ctx.onOutput(
    `Estimated size over ${plural(schemas.length - unknown.length, sessionOf ? "database" : "schema")}: ${formatBytes(estimate.estimatedBytes)} (limit ${formatBytes(maxMb * BYTES_PER_MB)}; ${estimate.perTarget
      .map((t) => `${t.schemaName} ${t.estimatedBytes === null ? "cannot be estimated" : formatBytes(t.estimatedBytes)}`)
      .join(", ")}).\n`,
  );
  if (estimate.estimatedBytes <= maxMb * BYTES_PER_MB) return null;
  return { message: backupTooLargeMessage(estimate.estimatedBytes, maxMb), result: { estimatedBytes: estimate.estimatedBytes, maxBytes: maxMb * BYTES_PER_MB, isTooLarge: true } };
}

/** A BACKUP's or RESTORE's rows over its tables (the rows copied, or the rows verified), or null for another kind. */
function backupRowsOf(result: Record<string, unknown>): number | null {
  if (typeof result.backupKey !== "string" || !Array.isArray(result.tables)) return null;
  return result.tables.reduce((sum: number, t: unknown) => sum + (typeof (t as { rowCount?: unknown })?.rowCount === "number" ? (t as { rowCount: number }).rowCount : 0), 0);
}
