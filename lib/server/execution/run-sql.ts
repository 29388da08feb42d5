// SQL steps (PRODUCT.md "Domain": a script run against the target in one transaction, with
// statement_timeout, lock_timeout and an application_name naming the deployment; a rehearsal is
// the same transaction, then ROLLBACK, with the same output). Also the target session every kind
// that runs SQL shares: QUERY_CHECK and the baselines run through `runOnTarget` read-only.
import "server-only";
import pg from "pg";
import type { TLockRetry } from "@/lib/domain/execution/lock-retries";
import { STEP_DEFAULTS } from "@/lib/domain/runbook/draft";
import { quoteSchemaName } from "@/lib/domain/runbook/fan-out";
import { findExecutorRefusals } from "@/lib/domain/sql/executor-rules";
import { loadSqlParser, parseSqlSync, type TStatement } from "@/lib/domain/sql/parse-sql";
import { APP_DATABASE_MESSAGE, isAppDatabase } from "@/lib/server/environments/app-database-guard";
import type { TExecutableStep, TExecutionContext, TExecutionOutcome } from "./execute-step";
import { runSqlOutsideTransaction } from "./run-sql-outside-transaction";
import { describeStop, stopBackend } from "./stop-backend";
import { describeSqlError, isServerError, statementTimeoutMessage, type TSafeSqlError } from "./sql-error";

export const CONNECT_TIMEOUT_MS = 10_000;
/** rows of each result set an SQL step keeps in its result; the full count is kept too */
export const RESULT_ROWS_CAP = 200;
const RESULT_SETS_CAP = 5;
const NOTICES_CAP = 100;
const TEXT_CAP = 2000;
const CELL_TEXT_CAP = 10_000;
/**
 * The server enforces statement_timeout. Some targets do not (the embedded PGlite ignores it, and
 * a server can be stuck where it does not check): past every statement's allowance and this
 * grace, Phaseline closes the connection itself, and the uncommitted transaction goes with it.
 */
const WATCHDOG_GRACE_MS = 1_000;

export const NO_TARGET_MESSAGE = "This environment has no target database: an administrator sets one under Admin → Environments.";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
const capped = (text: string, cap = TEXT_CAP) => (text.length > cap ? `${text.slice(0, cap - 1)}…` : text);

// ---------------------------------------------------------------------------------------------
// Limits and the script

export type TSqlLimits = { statementTimeoutMs: number; lockTimeoutMs: number };

const positiveInt = (value: number | null, fallback: number) => (value !== null && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback);

/** The step's timeouts, or the defaults a new step starts with. Always whole positive numbers. */
export function sqlLimitsOf(step: Pick<TExecutableStep, "statementTimeoutMs" | "lockTimeoutMs">): TSqlLimits {
  return {
    statementTimeoutMs: positiveInt(step.statementTimeoutMs, STEP_DEFAULTS.statementTimeoutMs),
    lockTimeoutMs: positiveInt(step.lockTimeoutMs, STEP_DEFAULTS.lockTimeoutMs),
  };
}

export type TPreparedScript = { ok: true; sql: string; statements: TStatement[] } | { ok: false; error: TSafeSqlError };

/**
 * Parses the script before anything connects: SQL that does not parse, and whatever the executor's
 * rule set refuses (lib/domain/sql/executor-rules.ts: transaction control, settings that would lift
 * the step's limits), never reach the target. Phaseline owns the transaction — a COMMIT in the
 * script would make a rehearsal real, and would let a read-only check write after it.
 */
export async function prepareScript(sql: string | null, owner: "a SQL step" | "a check", options: { isOutsideTransaction?: boolean } = {}): Promise<TPreparedScript> {
  if (sql === null || sql.trim() === "") return { ok: false, error: { code: null, message: "The step has no SQL to run." } };
  await loadSqlParser();
  const parsed = parseSqlSync(sql);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    return { ok: false, error: { code: "42601", message, line, column } };
  }
  if (parsed.statements.length === 0) return { ok: false, error: { code: null, message: "The SQL holds only comments: there is no statement to run." } };
  const [refusal] = findExecutorRefusals(parsed.statements, { owner, isOutsideTransaction: options.isOutsideTransaction ?? false });
  if (refusal) return { ok: false, error: { code: null, message: `${refusal.message} ${refusal.advice}`, line: refusal.line, column: refusal.column } };
  return { ok: true, sql, statements: parsed.statements };
}

/** "Line 2, column 1: syntax error at or near …" — the location first, as an editor shows it. */
export function formatSqlError(error: TSafeSqlError): string {
  return error.line !== undefined ? `Line ${error.line}, column ${error.column ?? 1}: ${error.message}` : error.message;
}

/** 1-based number of the statement at a line and column (the last one starting before it). */
export function statementAt(statements: TStatement[], line: number | undefined, column: number | undefined): number | undefined {
  if (line === undefined) return undefined;
  let found: number | undefined;
  statements.forEach((statement, i) => {
    if (statement.line < line || (statement.line === line && statement.column <= (column ?? 1))) found = i + 1;
  });
  return found;
}

// ---------------------------------------------------------------------------------------------
// Values

// Dates stay as the server wrote them, or become ISO strings: results are stored as JSON and
// compared with baselines, so they must not depend on this server's time zone.
const targetTypes = new pg.TypeOverrides();
// pg-types' declarations list only scalar type ids; 1009 is text[], whose parser splits any array
const builtinParser = pg.types.getTypeParser as (oid: number) => unknown;
const parseTextArray = builtinParser(1009) as (text: string) => (string | null)[];
const parseTimestamptz = builtinParser(1184) as (text: string) => unknown;
const timestampText = (text: string) => (/^\d{4,}-\d\d-\d\d \d/.test(text) ? text.replace(" ", "T") : text);
const timestamptzText = (text: string) => {
  const parsed = parseTimestamptz(text);
  return parsed instanceof Date && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : text;
};
const arrayOf = (parse: (text: string) => string) => (text: string) => parseTextArray(text).map((item) => (item === null ? null : parse(item)));
targetTypes.setTypeParser(1082, (text: string) => text); // date
targetTypes.setTypeParser(1114, timestampText); // timestamp
targetTypes.setTypeParser(1184, timestamptzText); // timestamptz
targetTypes.setTypeParser(1186, (text: string) => text); // interval
targetTypes.setTypeParser(1182, parseTextArray); // date[]
targetTypes.setTypeParser(1115, arrayOf(timestampText)); // timestamp[]
targetTypes.setTypeParser(1185, arrayOf(timestamptzText)); // timestamptz[]
targetTypes.setTypeParser(1187, parseTextArray); // interval[]

/** A driver value as JSON: numeric and bigint stay exact strings, bytea becomes \x hex. */
export function toJsonValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : String(value); // float8 NaN and Infinity
    case "bigint":
      return value.toString();
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString("hex")}`;
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  return String(value);
}

/** A row as a record; when two columns share a name the first one keeps it, as SQL reads it. */
export function rowRecord(columns: string[], row: unknown[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  columns.forEach((column, i) => {
    if (!Object.hasOwn(record, column)) record[column] = row[i] ?? null;
  });
  return record;
}

export const duplicateColumns = (columns: string[]) => [...new Set(columns.filter((column, i) => columns.indexOf(column) !== i))];

// ---------------------------------------------------------------------------------------------
// The target session

export type TTargetResultSet = {
  /** the command tag's verb: "SELECT", "INSERT", "CREATE"… */
  command: string | null;
  columns: string[];
  /** at most `keepRows` rows, as JSON values */
  rows: unknown[][];
  /** the server's count (rows returned or affected), or null for commands without one */
  rowCount: number | null;
  /** ms the statement took, when the script was sent statement by statement (`eachStatement`) */
  durationMs?: number;
};

/** The guard rails as the server reports them after Phaseline set them (SHOW, not what was asked). */
export type TLimitsInForce = { statementTimeout: string; lockTimeout: string; role: string };

export type TTargetRun =
  | { ok: true; results: TTargetResultSet[]; notices: string[]; isCommitted: boolean; durationMs: number; limitsInForce: TLimitsInForce }
  | { ok: false; error: TSafeSqlError; notices: string[]; durationMs: number; isCommitUnknown: boolean };

export type TTargetRunInput = {
  ctx: TExecutionContext;
  sql: string;
  statementCount: number;
  limits: TSqlLimits;
  access: "READ WRITE" | "READ ONLY";
  finish: "COMMIT" | "ROLLBACK";
  /** rows kept per result set; the rest are counted and dropped as they arrive */
  keepRows: number;
  /** a result set with more rows than this stops the run with this error */
  maxRows?: { count: number; error: TSafeSqlError };
  /**
   * Sends these statements one by one inside the same transaction instead of the script at once,
   * timing each (a rehearsal's evidence per statement, issue 11 item 6). The server answers a
   * multi-statement query only at its end, so this is the one way to time each statement.
   */
  eachStatement?: readonly TStatement[];
  /** called once the limits are set and read back, before the script is sent */
  onLimitsInForce?: (limits: TLimitsInForce) => void;
};

const CONNECTION_CLOSE_WAIT_MS = 2_000;

export const READ_GUARDS_SQL =
  "SELECT pg_backend_pid() AS pid, current_setting('statement_timeout') AS statement_timeout, current_setting('lock_timeout') AS lock_timeout, current_user::text AS role";

export type TGuardRow = { pid: number; statement_timeout: string; lock_timeout: string; role: string };

export const lastRow = (result: pg.QueryResult | pg.QueryResult[]): TGuardRow => {
  const list = Array.isArray(result) ? result : [result];
  return list[list.length - 1]!.rows[0] as TGuardRow;
};

export const inForce = (row: TGuardRow): TLimitsInForce => ({ statementTimeout: row.statement_timeout, lockTimeout: row.lock_timeout, role: row.role });

/** "statement_timeout 1min → 0" for each guard rail that differs; empty when none does. */
export function changedGuards(before: TLimitsInForce, after: TLimitsInForce): string[] {
  const changes: string[] = [];
  if (before.statementTimeout !== after.statementTimeout) changes.push(`statement_timeout ${before.statementTimeout} → ${after.statementTimeout}`);
  if (before.lockTimeout !== after.lockTimeout) changes.push(`lock_timeout ${before.lockTimeout} → ${after.lockTimeout}`);
  if (before.role !== after.role) changes.push(`role ${before.role} → ${after.role}`);
  return changes;
}

/**
 * A fanned-out step's target schema (issue 15 item 2) as a SET: the name always quoted (inner
 * quotes doubled), so a schema called `x"; DROP …` is a schema name and nothing else. Empty when
 * the step does not fan out.
 */
export function searchPathSql(ctx: Pick<TExecutionContext, "searchPath">, scope: "LOCAL" | "SESSION"): string {
  if (ctx.searchPath === undefined || ctx.searchPath === null) return "";
  return ` SET${scope === "LOCAL" ? " LOCAL" : ""} search_path = ${quoteSchemaName(ctx.searchPath)};`;
}

export const describeLimitsInForce = (limits: TLimitsInForce) => `statement_timeout ${limits.statementTimeout}, lock_timeout ${limits.lockTimeout}, as ${limits.role}`;

/**
 * A target session: the client, its backend pid once known, and the one way to stop it — cancel
 * the statement from a second connection and confirm the backend ended (./stop-backend.ts).
 */
export function openTargetClient(ctx: Pick<TExecutionContext, "targetUrl" | "applicationName" | "onOutput">, notices: string[]) {
  const client = new pg.Client({
    connectionString: ctx.targetUrl ?? undefined,
    application_name: ctx.applicationName,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types: targetTypes,
  });
  // an error after connect (the target going away) must not crash the process; the pending
  // query reports it
  client.on("error", () => {});
  client.on("notice", (notice) => {
    const line = capped(`${notice.severity ?? "NOTICE"}:  ${notice.message ?? ""}`);
    if (notices.length < NOTICES_CAP) notices.push(line);
    ctx.onOutput(`${line}\n`);
  });
  let closing: Promise<void> | null = null;
  const close = () => (closing ??= client.end().catch(() => {}));
  let pid: number | null = null;
  let reason: TSafeSqlError | null = null;
  let stopping: Promise<TSafeSqlError> | null = null;
  return {
    client,
    close,
    setPid: (value: number) => {
      pid = value;
    },
    /** Starts stopping the running statement (once); the reason says why. */
    stop: (why: TSafeSqlError) => {
      if (reason) return;
      reason = why;
      const stopped = pid !== null && ctx.targetUrl ? stopBackend({ targetUrl: ctx.targetUrl, pid, closeOwn: close }) : close().then(() => "unconfirmed" as const);
      stopping = stopped.then((how) => {
        ctx.onOutput(`${describeStop(how, ctx.applicationName)}\n`);
        reason = { ...why, message: `${why.message} ${describeStop(how, ctx.applicationName)}` };
        return reason;
      });
    },
    isStopping: () => reason !== null,
    /** The stop's reason once the server confirmed (or could not confirm) the end; null when never stopped. */
    stopped: async (): Promise<TSafeSqlError | null> => (stopping ? await stopping : reason),
    /** Refuses the app's own database. */
    async checkTarget(): Promise<TSafeSqlError | null> {
      return (await isAppDatabase(client)) ? { code: null, message: APP_DATABASE_MESSAGE } : null;
    },
  };
}

/**
 * Opens one session on the target, runs the script as one simple-protocol query inside
 * BEGIN … COMMIT/ROLLBACK with the step's timeouts, and closes the session. Never throws for the
 * target's failures: they come back as person-safe errors. A script that changed a guard rail
 * anyway (inside a DO block, a function) is caught when the limits are read back after it, and
 * rolled back. The session is closed at the end: no setting outlives the step.
 */
export async function runOnTarget(input: TTargetRunInput): Promise<TTargetRun> {
  const { ctx, limits } = input;
  const started = performance.now();
  const notices: string[] = [];
  const elapsed = () => Math.round(performance.now() - started);
  const failed = (error: TSafeSqlError, isCommitUnknown = false): TTargetRun => ({ ok: false, error, notices, durationMs: elapsed(), isCommitUnknown });
  if (!ctx.targetUrl) return failed({ code: null, message: NO_TARGET_MESSAGE });
  const stoppedByPerson: TSafeSqlError = { code: null, message: "The run was stopped before it finished; nothing was committed." };
  if (ctx.signal?.aborted) return failed(stoppedByPerson);

  const session = openTargetClient(ctx, notices);
  const { client } = session;
  let isScriptRunning = false;
  // a stop that comes during COMMIT is too late to undo anything: the commit goes on and is reported
  const onAbort = () => {
    if (isScriptRunning) session.stop(stoppedByPerson);
  };
  ctx.signal?.addEventListener("abort", onAbort);

  let stage: "connect" | "begin" | "script" | "finish" = "connect";
  let watchdog: NodeJS.Timeout | undefined;
  try {
    await client.connect();
    stage = "begin";
    const refusal = await session.checkTarget();
    if (refusal) return failed(refusal);
    // In a read-only transaction the first snapshot is taken by the SELECT: from then on the
    // script cannot switch it to READ WRITE ("must be set before any query").
    const guards = lastRow(
      await client.query(
        `BEGIN ${input.access}; SET LOCAL statement_timeout = ${limits.statementTimeoutMs}; SET LOCAL lock_timeout = ${limits.lockTimeoutMs};${searchPathSql(ctx, "LOCAL")} ${READ_GUARDS_SQL}`,
      ),
    );
    session.setPid(guards.pid);
    const begun = inForce(guards);
    input.onLimitsInForce?.(begun);
    if (ctx.signal?.aborted) return failed(stoppedByPerson);
    stage = "script";
    isScriptRunning = true;
    const allowanceMs = limits.statementTimeoutMs * Math.max(1, input.statementCount) + WATCHDOG_GRACE_MS;
    watchdog = setTimeout(() => {
      session.stop({ code: "57014", message: `${statementTimeoutMessage(limits.statementTimeoutMs)} The server did not stop it itself; nothing was committed.` });
    }, allowanceMs);
    const results = input.eachStatement
      ? await submitEach(client, input.eachStatement, { keepRows: input.keepRows, maxRows: input.maxRows }, session.stop)
      : await submitScript(client, { sql: input.sql, keepRows: input.keepRows, maxRows: input.maxRows }, session.stop);
    clearTimeout(watchdog);
    isScriptRunning = false;
    const stopped = await session.stopped();
    if (stopped) return failed(stopped);

    const after = inForce(lastRow(await client.query(READ_GUARDS_SQL)));
    const changes = changedGuards(begun, after);
    if (changes.length > 0) {
      await client.query("ROLLBACK");
      return failed({
        code: null,
        message: `The script changed the step's limits while it ran (${changes.join("; ")}), so Phaseline rolled the transaction back: nothing was committed. Remove what changes them (a SET inside a DO block or a function).`,
      });
    }

    stage = "finish";
    const ended = await client.query(input.finish);
    // COMMIT answers ROLLBACK when the transaction had failed; never report that as committed
    if (input.finish === "COMMIT" && ended.command !== "COMMIT") {
      return failed({ code: null, message: "The server rolled the transaction back instead of committing it." });
    }
    return { ok: true, results, notices, isCommitted: input.finish === "COMMIT", durationMs: elapsed(), limitsInForce: begun };
  } catch (error) {
    clearTimeout(watchdog);
    isScriptRunning = false;
    const stopped = await session.stopped();
    if (stopped) return failed(stopped);
    // a statement sent on its own: positions in it, moved to the whole script's lines
    const failedAlone = error instanceof StatementFailure ? error.statement : null;
    const safe = describeSqlError(failedAlone ? (error as StatementFailure).cause : error, {
      sql: stage === "script" ? (failedAlone?.text ?? input.sql) : null,
      statementTimeoutMs: limits.statementTimeoutMs,
      lockTimeoutMs: limits.lockTimeoutMs,
      stage: stage === "connect" ? "connect" : "query",
    });
    if (stage === "begin" || stage === "script") await client.query("ROLLBACK").catch(() => {});
    if (failedAlone) Object.assign(safe, inScript(safe, failedAlone));
    // a COMMIT the server refused (a deferred constraint, a serialization failure) rolled back;
    // a COMMIT whose answer never came may or may not have been applied
    const isCommitUnknown = stage === "finish" && input.finish === "COMMIT" && !isServerError(error);
    if (isCommitUnknown) {
      safe.message = `${safe.message} The connection was lost while committing: check the target to see whether the change was applied before running the step again.`;
    }
    return failed(safe, isCommitUnknown);
  } finally {
    ctx.signal?.removeEventListener("abort", onAbort);
    await Promise.race([session.close(), new Promise((resolve) => setTimeout(resolve, CONNECTION_CLOSE_WAIT_MS).unref())]);
  }
}

/** A statement sent on its own failed: which one, and the driver's error. */
class StatementFailure extends Error {
  constructor(
    readonly statement: TStatement,
    override readonly cause: unknown,
  ) {
    super("statement failed");
  }
}

/** A statement's error located in the whole script rather than in the statement alone. */
export function inScript(error: TSafeSqlError, statement: Pick<TStatement, "line" | "column">): TSafeSqlError {
  if (error.line === undefined) return { ...error, line: statement.line, column: statement.column };
  return { ...error, line: error.line + statement.line - 1, column: error.line === 1 ? (error.column ?? 1) + statement.column - 1 : error.column };
}

/** Sends each statement as its own query (in whatever transaction is open), timing each. */
async function submitEach(
  client: pg.Client,
  statements: readonly TStatement[],
  input: Omit<TSubmitInput, "sql">,
  stop: (reason: TSafeSqlError) => void,
): Promise<TTargetResultSet[]> {
  const results: TTargetResultSet[] = [];
  for (const statement of statements) {
    const started = performance.now();
    let sets: TTargetResultSet[];
    try {
      sets = await submitScript(client, { ...input, sql: statement.text }, stop);
    } catch (error) {
      throw new StatementFailure(statement, error);
    }
    const durationMs = Math.round(performance.now() - started);
    for (const set of sets) results.push({ ...set, durationMs });
  }
  return results;
}

export type TSubmitInput = { sql: string; keepRows: number; maxRows?: { count: number; error: TSafeSqlError } };

/** Sends SQL as one simple-protocol query, keeping the first rows of each result set. */
export function submitScript(client: pg.Client, input: TSubmitInput, stop: (reason: TSafeSqlError) => void): Promise<TTargetResultSet[]> {
  return new Promise((resolve, reject) => {
    const config: pg.QueryArrayConfig = { text: input.sql, rowMode: "array" };
    const query = new pg.Query<unknown[]>(config);

    // With a row listener the driver does not accumulate rows: a SELECT of a million rows costs
    // a count, not memory.
    const seen = new Map<object, { rows: unknown[][]; count: number }>();
    query.on("row", (row: unknown[], result?: object) => {
      const key = result ?? query;
      let entry = seen.get(key);
      if (!entry) seen.set(key, (entry = { rows: [], count: 0 }));
      entry.count++;
      if (input.maxRows && entry.count > input.maxRows.count) return stop(input.maxRows.error);
      if (entry.rows.length < input.keepRows) entry.rows.push(row.map(toJsonValue));
    });
    query.on("error", reject);
    query.on("end", (ended: pg.ResultBuilder<unknown[]> | pg.ResultBuilder<unknown[]>[]) => {
      const list = Array.isArray(ended) ? ended : [ended];
      resolve(
        list.map((result) => ({
          command: result.command ?? null,
          columns: (result.fields ?? []).map((field) => field.name),
          rows: seen.get(result)?.rows ?? [],
          rowCount: typeof result.rowCount === "number" ? result.rowCount : null,
        })),
      );
    });
    client.query(query);
  });
}

/** Rows kept for people to read: a long text cell is cut (baselines keep theirs whole, they are compared). */
export function displayRows(rows: unknown[][]): unknown[][] {
  return rows.map((row) => row.map((value) => (typeof value === "string" && value.length > CELL_TEXT_CAP ? `${value.slice(0, CELL_TEXT_CAP - 1)}…` : value)));
}

// ---------------------------------------------------------------------------------------------
// Lock-timeout retries (issue 11 item 3): all inside one attempt of rule 5

export const DEFAULT_LOCK_RETRIES = STEP_DEFAULTS.lockRetries;
const LOCK_RETRY_BASE_MS = 1_000;
const LOCK_RETRY_MAX_MS = 8_000;

export type { TLockRetry };

/** The wait before retry n (1-based): 1 s, 2 s, 4 s, then 8 s, each ± 20 %. */
export function lockRetryDelay(retry: number, random: () => number = Math.random): number {
  const base = Math.min(LOCK_RETRY_BASE_MS * 2 ** (retry - 1), LOCK_RETRY_MAX_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

export const lockRetriesOf = (step: Pick<TExecutableStep, "lockRetries">) =>
  typeof step.lockRetries === "number" && Number.isInteger(step.lockRetries) && step.lockRetries >= 0 ? step.lockRetries : DEFAULT_LOCK_RETRIES;

/** Waits, unless the run is stopped first; answers whether the wait ran to its end. */
export function waitUnlessStopped(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve(ok);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal?.addEventListener("abort", onAbort);
  });
}

/** Whether a failure is a lock that could not be taken in time (SQLSTATE 55P03) — the only kind retried. */
export const isLockNotAvailable = (error: TSafeSqlError) => error.code === "55P03";

/**
 * Runs `once` until it succeeds, fails for another reason, or the step's retries are spent; each
 * lock timeout is written to the output with the wait that follows it, and kept in `retries`.
 */
export async function withLockRetries<T extends { ok: boolean }>(
  ctx: TExecutionContext,
  maxRetries: number,
  once: () => Promise<T>,
  errorOf: (failed: T) => TSafeSqlError,
  retries: TLockRetry[],
): Promise<T> {
  for (let tryNo = 1; ; tryNo++) {
    const startedAt = performance.now();
    const outcome = await once();
    if (outcome.ok) return outcome;
    const error = errorOf(outcome);
    if (!isLockNotAvailable(error) || retries.length >= maxRetries || ctx.signal?.aborted) return outcome;
    const waitMs = lockRetryDelay(retries.length + 1);
    retries.push({ try: tryNo, waitMs, lockWaitMs: Math.round(performance.now() - startedAt), message: error.message });
    // recorded on the running row at once: the cockpit shows the waits while the step still waits
    ctx.onLockRetry?.([...retries]);
    ctx.onOutput(
      `Lock not available on try ${tryNo} of ${maxRetries + 1} (retry ${retries.length} of ${maxRetries}): waiting ${(waitMs / 1000).toFixed(1)} s before trying again.\n`,
    );
    if (!(await waitUnlessStopped(waitMs, ctx.signal))) return outcome;
  }
}

// ---------------------------------------------------------------------------------------------
// The SQL step

const ROW_COUNT_COMMANDS = new Set(["INSERT", "UPDATE", "DELETE", "MERGE"]);
/** statements whose rows and time a result keeps (a script of thousands keeps its first ones) */
export const STATEMENT_STATS_CAP = 500;
const STATEMENT_EXCERPT_CAP = 300;

export async function runSql(step: TExecutableStep, ctx: TExecutionContext): Promise<TExecutionOutcome> {
  if (step.outsideTransaction) return runSqlOutsideTransaction(step, ctx);
  const isRehearsal = ctx.mode === "REHEARSAL";
  const limits = sqlLimitsOf(step);
  const prepared = await prepareScript(step.sql, "a SQL step");
  if (!prepared.ok) {
    ctx.onOutput(`ERROR:  ${formatSqlError(prepared.error)}\nNothing was sent to the target.\n`);
    return sqlFailure(prepared.error, { statements: 0, isRehearsal, notices: [], durationMs: 0 });
  }
  const { statements } = prepared;
  let isHeaderWritten = false;
  const retries: TLockRetry[] = [];
  const run = await withLockRetries(
    ctx,
    lockRetriesOf(step),
    () =>
      runOnTarget({
        ctx,
        sql: prepared.sql,
        statementCount: statements.length,
        limits,
        access: "READ WRITE",
        finish: isRehearsal ? "ROLLBACK" : "COMMIT",
        keepRows: RESULT_ROWS_CAP,
        // a rehearsal times each statement for the reviewer (issue 11 item 6): the same
        // transaction, the statements sent one by one; a run sends the script at once
        ...(isRehearsal ? { eachStatement: statements } : {}),
        onLimitsInForce: (inForceNow) => {
          if (isHeaderWritten) return;
          isHeaderWritten = true;
          ctx.onOutput(`${isRehearsal ? "Rehearsal: " : ""}${plural(statements.length, "statement")} in one transaction (${describeLimitsInForce(inForceNow)})\n`);
        },
      }),
    (failed) => (failed.ok ? { code: null, message: "" } : failed.error),
    retries,
  );
  const retried = retries.length > 0 ? { lockRetries: retries } : {};
  if (!run.ok) {
    ctx.onOutput(`ERROR:  ${formatSqlError(run.error)}\n${run.isCommitUnknown ? "" : "Rolled back: nothing was committed.\n"}`);
    const failedStatement = statementAt(statements, run.error.line, run.error.column);
    return sqlFailure(run.error, {
      statements: statements.length,
      isRehearsal,
      notices: run.notices,
      durationMs: run.durationMs,
      ...retried,
      ...(failedStatement !== undefined ? { failedStatement } : {}),
      ...(run.isCommitUnknown ? { isCommitUnknown: true } : {}),
    });
  }

  // one result per statement, in order, unless a statement expanded into several (rare: rules)
  const isOnePerStatement = run.results.length === statements.length;
  let rowsAffected = 0;
  run.results.forEach((result, i) => {
    if (result.command && ROW_COUNT_COMMANDS.has(result.command)) rowsAffected += result.rowCount ?? 0;
    const label = (isOnePerStatement ? statements[i]?.kind : null) ?? result.command ?? "statement";
    const count = result.rowCount !== null ? ` — ${plural(result.rowCount, "row")}` : "";
    ctx.onOutput(`[${i + 1}/${run.results.length}] ${label}${count}\n`);
  });
  const resultSets = run.results
    .filter((result) => result.columns.length > 0)
    .slice(0, RESULT_SETS_CAP)
    .map((result) => ({
      command: result.command,
      columns: result.columns,
      rows: displayRows(result.rows),
      rowCount: result.rowCount ?? result.rows.length,
      isTruncated: (result.rowCount ?? 0) > result.rows.length,
    }));
  // issue 11 item 6: rows and time of each statement, read beside it on the DBA's review
  const statementStats = isOnePerStatement
    ? run.results.slice(0, STATEMENT_STATS_CAP).map((result, i) => ({
        statement: i + 1,
        line: statements[i]?.line ?? null,
        kind: statements[i]?.kind ?? result.command ?? "statement",
        text: capped((statements[i]?.text ?? "").trim(), STATEMENT_EXCERPT_CAP),
        command: result.command,
        rowCount: result.rowCount,
        durationMs: result.durationMs ?? null,
      }))
    : [];
  const ending = run.isCommitted ? "committed" : "rolled back (rehearsal)";
  ctx.onOutput(run.isCommitted ? "COMMIT\n" : "ROLLBACK: rehearsal, nothing was committed.\n");
  const retriedSummary = retries.length > 0 ? `, after ${plural(retries.length, "lock-timeout retry", "lock-timeout retries")}` : "";
  return {
    status: "SUCCEEDED",
    result: {
      statements: statements.length,
      rowsAffected,
      isCommitted: run.isCommitted,
      isRehearsal,
      notices: run.notices,
      resultSets,
      statementStats,
      durationMs: run.durationMs,
      limitsInForce: run.limitsInForce,
      ...retried,
    },
    errorMessage: null,
    summary: `${plural(statements.length, "statement")}, ${plural(rowsAffected, "row")} affected, ${ending}${retriedSummary}`,
  };
}

export function sqlFailure(error: TSafeSqlError, extra: Record<string, unknown>): TExecutionOutcome {
  const message = formatSqlError(error);
  return {
    status: "FAILED",
    result: { error: sqlErrorResult(error), isCommitted: false, ...extra },
    errorMessage: message,
    summary: `failed: ${capped(message, 200)}`,
  };
}

/** The error as a result stores it: every field present, null when unknown. */
export function sqlErrorResult(error: TSafeSqlError) {
  return {
    code: error.code,
    message: error.message,
    line: error.line ?? null,
    column: error.column ?? null,
    hint: error.hint ?? null,
    detail: error.detail ?? null,
    where: error.where ?? null,
  };
}
