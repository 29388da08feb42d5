// SQL steps (PRODUCT.md "Domain": a script run against the target in one transaction, with
// statement_timeout, lock_timeout and an application_name naming the deployment; a rehearsal is
// the same transaction, then ROLLBACK, with the same output). Also the target session every kind
// that runs SQL shares: QUERY_CHECK and the baselines run through `runOnTarget` read-only.
import "server-only";
import pg from "pg";
import { STEP_DEFAULTS } from "@/lib/domain/runbook/draft";
import { loadSqlParser, nodeEntry, parseSqlSync, type TStatement } from "@/lib/domain/sql/parse-sql";
import type { TExecutableStep, TExecutionContext, TExecutionOutcome } from "./execute-step";
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
 * Parses the script before anything connects: SQL that does not parse, and transaction control,
 * never reach the target. Phaseline owns the transaction — a COMMIT in the script would make a
 * rehearsal real, and would let a read-only check write after it.
 */
export async function prepareScript(sql: string | null, owner: "a SQL step" | "a check"): Promise<TPreparedScript> {
  if (sql === null || sql.trim() === "") return { ok: false, error: { code: null, message: "The step has no SQL to run." } };
  await loadSqlParser();
  const parsed = parseSqlSync(sql);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    return { ok: false, error: { code: "42601", message, line, column } };
  }
  if (parsed.statements.length === 0) return { ok: false, error: { code: null, message: "The SQL holds only comments: there is no statement to run." } };
  const control = parsed.statements.find((statement) => nodeEntry(statement.node)[0] === "TransactionStmt");
  if (control) {
    const ends = owner === "a SQL step" ? "commits it (or rolls it back in a rehearsal)" : "rolls it back";
    return {
      ok: false,
      error: {
        code: null,
        message: `${control.kind} is not allowed here: Phaseline runs ${owner} in one transaction and ${ends} itself. Remove BEGIN, COMMIT, ROLLBACK and SAVEPOINT statements from the script.`,
        line: control.line,
        column: control.column,
      },
    };
  }
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
};

export type TTargetRun =
  | { ok: true; results: TTargetResultSet[]; notices: string[]; isCommitted: boolean; durationMs: number }
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
};

const CONNECTION_CLOSE_WAIT_MS = 2_000;

/**
 * Opens one session on the target, runs the script as one simple-protocol query inside
 * BEGIN … COMMIT/ROLLBACK with the step's timeouts, and closes the session. Never throws for the
 * target's failures: they come back as person-safe errors.
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

  const client = new pg.Client({
    connectionString: ctx.targetUrl,
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
  let stopReason: TSafeSqlError | null = null;
  let isScriptRunning = false;
  // pg closes the socket at once when a query is active: the server rolls the transaction back
  const stop = (reason: TSafeSqlError) => {
    if (stopReason) return;
    stopReason = reason;
    void close();
  };
  // a stop that comes during COMMIT is too late to undo anything: the commit goes on and is reported
  const onAbort = () => {
    if (isScriptRunning) stop(stoppedByPerson);
  };
  ctx.signal?.addEventListener("abort", onAbort);

  let stage: "connect" | "begin" | "script" | "finish" = "connect";
  let watchdog: NodeJS.Timeout | undefined;
  try {
    await client.connect();
    stage = "begin";
    // In a read-only transaction the first snapshot is taken here (SELECT 1): from then on the
    // script cannot switch it to READ WRITE ("must be set before any query").
    await client.query(
      `BEGIN ${input.access}; SET LOCAL statement_timeout = ${limits.statementTimeoutMs}; SET LOCAL lock_timeout = ${limits.lockTimeoutMs}` +
        (input.access === "READ ONLY" ? "; SELECT 1" : ""),
    );
    if (ctx.signal?.aborted) return failed(stoppedByPerson);
    stage = "script";
    isScriptRunning = true;
    const allowanceMs = limits.statementTimeoutMs * Math.max(1, input.statementCount) + WATCHDOG_GRACE_MS;
    watchdog = setTimeout(() => {
      stop({ code: "57014", message: `${statementTimeoutMessage(limits.statementTimeoutMs)} The server did not stop it, so Phaseline closed the connection; nothing was committed.` });
    }, allowanceMs);
    const results = await submitScript(client, input, stop);
    clearTimeout(watchdog);
    isScriptRunning = false;
    if (stopReason) return failed(stopReason);

    stage = "finish";
    const ended = await client.query(input.finish);
    // COMMIT answers ROLLBACK when the transaction had failed; never report that as committed
    if (input.finish === "COMMIT" && ended.command !== "COMMIT") {
      return failed({ code: null, message: "The server rolled the transaction back instead of committing it." });
    }
    return { ok: true, results, notices, isCommitted: input.finish === "COMMIT", durationMs: elapsed() };
  } catch (error) {
    clearTimeout(watchdog);
    isScriptRunning = false;
    if (stopReason) return failed(stopReason);
    const safe = describeSqlError(error, {
      sql: stage === "script" ? input.sql : null,
      statementTimeoutMs: limits.statementTimeoutMs,
      lockTimeoutMs: limits.lockTimeoutMs,
      stage: stage === "connect" ? "connect" : "query",
    });
    if (stage === "begin" || stage === "script") await client.query("ROLLBACK").catch(() => {});
    // a COMMIT the server refused (a deferred constraint, a serialization failure) rolled back;
    // a COMMIT whose answer never came may or may not have been applied
    const isCommitUnknown = stage === "finish" && input.finish === "COMMIT" && !isServerError(error);
    if (isCommitUnknown) {
      safe.message = `${safe.message} The connection was lost while committing: check the target to see whether the change was applied before running the step again.`;
    }
    return failed(safe, isCommitUnknown);
  } finally {
    ctx.signal?.removeEventListener("abort", onAbort);
    await Promise.race([close(), new Promise((resolve) => setTimeout(resolve, CONNECTION_CLOSE_WAIT_MS).unref())]);
  }
}

/** Sends the script as one simple-protocol query, keeping the first rows of each result set. */
function submitScript(client: pg.Client, input: TTargetRunInput, stop: (reason: TSafeSqlError) => void): Promise<TTargetResultSet[]> {
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
// The SQL step

const ROW_COUNT_COMMANDS = new Set(["INSERT", "UPDATE", "DELETE", "MERGE"]);

export async function runSql(step: TExecutableStep, ctx: TExecutionContext): Promise<TExecutionOutcome> {
  const isRehearsal = ctx.mode === "REHEARSAL";
  const limits = sqlLimitsOf(step);
  const prepared = await prepareScript(step.sql, "a SQL step");
  if (!prepared.ok) {
    ctx.onOutput(`ERROR:  ${formatSqlError(prepared.error)}\nNothing was sent to the target.\n`);
    return sqlFailure(prepared.error, { statements: 0, isRehearsal, notices: [], durationMs: 0 });
  }
  const { statements } = prepared;
  ctx.onOutput(
    `${isRehearsal ? "Rehearsal: " : ""}${plural(statements.length, "statement")} in one transaction ` +
      `(statement_timeout ${limits.statementTimeoutMs} ms, lock_timeout ${limits.lockTimeoutMs} ms)\n`,
  );

  const run = await runOnTarget({
    ctx,
    sql: prepared.sql,
    statementCount: statements.length,
    limits,
    access: "READ WRITE",
    finish: isRehearsal ? "ROLLBACK" : "COMMIT",
    keepRows: RESULT_ROWS_CAP,
  });
  if (!run.ok) {
    ctx.onOutput(`ERROR:  ${formatSqlError(run.error)}\n${run.isCommitUnknown ? "" : "Rolled back: nothing was committed.\n"}`);
    const failedStatement = statementAt(statements, run.error.line, run.error.column);
    return sqlFailure(run.error, {
      statements: statements.length,
      isRehearsal,
      notices: run.notices,
      durationMs: run.durationMs,
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
  const ending = run.isCommitted ? "committed" : "rolled back (rehearsal)";
  ctx.onOutput(run.isCommitted ? "COMMIT\n" : "ROLLBACK: rehearsal, nothing was committed.\n");
  return {
    status: "SUCCEEDED",
    result: {
      statements: statements.length,
      rowsAffected,
      isCommitted: run.isCommitted,
      isRehearsal,
      notices: run.notices,
      resultSets,
      durationMs: run.durationMs,
    },
    errorMessage: null,
    summary: `${plural(statements.length, "statement")}, ${plural(rowsAffected, "row")} affected, ${ending}`,
  };
}

function sqlFailure(error: TSafeSqlError, extra: Record<string, unknown>): TExecutionOutcome {
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
