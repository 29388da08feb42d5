// SQL steps that run outside a transaction (issue 11 item 1; PRODUCT.md "Domain": CREATE INDEX
// CONCURRENTLY and the like). Autocommit: each statement is sent on its own and commits on its
// own, under the same statement_timeout, lock_timeout and application_name as any step; the output
// shows each one as it ends; the step stops at the first failure and says which statements
// committed. After a CONCURRENTLY build or reindex the index must be valid (pg_index.indisvalid):
// a failed concurrent build leaves an INVALID index behind, which the step names.
//
// Such a step cannot be rolled back, so its rehearsal does not execute it: it parses, lints, and
// asks the target for EXPLAIN (without ANALYZE) of what can be explained — and says so.
import pg from "pg";
import { lintStatements } from "@/lib/domain/sql/lint-sql";
import { EXPLAINABLE_KINDS } from "@/lib/domain/sql/explain";
import { nodeEntry, type TStatement } from "@/lib/domain/sql/parse-sql";
import type { TExecutableStep, TExecutionContext, TExecutionOutcome } from "./execute-step";
import {
  describeLimitsInForce,
  changedGuards,
  formatSqlError,
  inForce,
  inScript,
  lastRow,
  lockRetriesOf,
  searchPathSql,
  NO_TARGET_MESSAGE,
  openTargetClient,
  prepareScript,
  READ_GUARDS_SQL,
  RESULT_ROWS_CAP,
  sqlErrorResult,
  sqlFailure,
  sqlLimitsOf,
  submitScript,
  withLockRetries,
  type TLockRetry,
  type TTargetResultSet,
} from "./run-sql";
import { describeSqlError, statementTimeoutMessage, type TSafeSqlError } from "./sql-error";

const WATCHDOG_GRACE_MS = 1_000;
const CONNECTION_CLOSE_WAIT_MS = 2_000;
const PLAN_LINES_CAP = 50;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

type TBody = Record<string, unknown>;

export type TCommittedStatement = { statement: number; kind: string; rowCount: number | null; durationMs: number };

/** The relation a CONCURRENTLY build or reindex touches, as a quoted name, or null for other statements. */
export function concurrentIndexTarget(statement: TStatement): { relation: string; isIndex: boolean } | null {
  const [type, body] = nodeEntry(statement.node);
  const quoted = (rangeVar: unknown) => {
    const r = (rangeVar ?? {}) as TBody;
    if (typeof r.relname !== "string") return null;
    return typeof r.schemaname === "string" ? `${pg.escapeIdentifier(r.schemaname)}.${pg.escapeIdentifier(r.relname)}` : pg.escapeIdentifier(r.relname);
  };
  if (type === "IndexStmt" && body.concurrent) {
    const relation = quoted(body.relation);
    return relation ? { relation, isIndex: false } : null;
  }
  if (type === "ReindexStmt") {
    const isConcurrent = (Array.isArray(body.params) ? body.params : []).some((p) => nodeEntry(p)[1].defname === "concurrently");
    if (!isConcurrent) return null;
    const relation = quoted(body.relation);
    if (!relation) return null;
    if (body.kind === "REINDEX_OBJECT_INDEX") return { relation, isIndex: true };
    if (body.kind === "REINDEX_OBJECT_TABLE") return { relation, isIndex: false };
  }
  return null;
}

/** Invalid indexes of the table a CONCURRENTLY statement touched ("schema.index"). */
async function findInvalidIndexes(client: pg.Client, target: { relation: string; isIndex: boolean }): Promise<string[]> {
  const table = target.isIndex ? "(SELECT indrelid FROM pg_index WHERE indexrelid = to_regclass($1))" : "to_regclass($1)";
  const { rows } = await client.query<{ name: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT i.indisvalid AND i.indrelid = ${table}
      ORDER BY c.relname`,
    [target.relation],
  );
  return rows.map((row) => row.name);
}

const invalidIndexMessage = (names: string[]) =>
  `The concurrent build left ${names.length === 1 ? `an INVALID index: ${names[0]}` : `INVALID indexes: ${names.join(", ")}`} (pg_index.indisvalid is false), which queries do not use but writes still maintain. Drop it with DROP INDEX CONCURRENTLY ${names[0]}, fix the cause, and run the step again.`;

export async function runSqlOutsideTransaction(step: TExecutableStep, ctx: TExecutionContext): Promise<TExecutionOutcome> {
  const isRehearsal = ctx.mode === "REHEARSAL";
  const prepared = await prepareScript(step.sql, "a SQL step", { isOutsideTransaction: true });
  if (!prepared.ok) {
    ctx.onOutput(`ERROR:  ${formatSqlError(prepared.error)}\nNothing was sent to the target.\n`);
    return sqlFailure(prepared.error, { statements: 0, isRehearsal, outsideTransaction: true, notices: [], durationMs: 0 });
  }
  return isRehearsal ? rehearse(step, ctx, prepared.statements) : run(step, ctx, prepared.statements);
}

async function run(step: TExecutableStep, ctx: TExecutionContext, statements: TStatement[]): Promise<TExecutionOutcome> {
  const limits = sqlLimitsOf(step);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const notices: string[] = [];
  const committed: TCommittedStatement[] = [];
  const retries: TLockRetry[] = [];
  const total = statements.length;
  const base = { statements: total, isRehearsal: false, outsideTransaction: true, notices };

  const fail = (error: TSafeSqlError, failedStatement: number | null, extra: Record<string, unknown> = {}): TExecutionOutcome => {
    const done =
      committed.length === 0 ? "No statement was committed." : `Committed before it: ${committed.map((c) => `${c.statement} (${c.kind})`).join(", ")}; they stay committed.`;
    const where = failedStatement !== null ? `Statement ${failedStatement} of ${total} failed and the step stopped there. ` : "";
    const message = { ...error, message: `${error.message} ${where}${done}` };
    ctx.onOutput(`ERROR:  ${formatSqlError(message)}\n`);
    return sqlFailure(message, {
      ...base,
      durationMs: elapsed(),
      committed,
      isCommitted: committed.length > 0,
      ...(failedStatement !== null ? { failedStatement } : {}),
      ...(retries.length > 0 ? { lockRetries: retries } : {}),
      ...extra,
    });
  };

  if (!ctx.targetUrl) return fail({ code: null, message: NO_TARGET_MESSAGE }, null);
  const stoppedByPerson: TSafeSqlError = { code: null, message: "The run was stopped before it finished." };
  if (ctx.signal?.aborted) return fail(stoppedByPerson, null);

  const session = openTargetClient(ctx, notices);
  const { client } = session;
  let isStatementRunning = false;
  const onAbort = () => {
    if (isStatementRunning) session.stop(stoppedByPerson);
  };
  ctx.signal?.addEventListener("abort", onAbort);
  try {
    try {
      await client.connect();
    } catch (error) {
      return fail(describeSqlError(error, { statementTimeoutMs: limits.statementTimeoutMs, lockTimeoutMs: limits.lockTimeoutMs, stage: "connect" }), null);
    }
    const refusal = await session.checkTarget();
    if (refusal) return fail(refusal, null);
    // session-level settings on a connection of the step's own, closed when the step ends
    const guards = lastRow(
      await client.query(`SET statement_timeout = ${limits.statementTimeoutMs}; SET lock_timeout = ${limits.lockTimeoutMs};${searchPathSql(ctx, "SESSION")} ${READ_GUARDS_SQL}`),
    );
    session.setPid(guards.pid);
    const begun = inForce(guards);
    ctx.onOutput(`${plural(total, "statement")}, each on its own outside a transaction (autocommit) (${describeLimitsInForce(begun)})\n`);

    for (const [i, statement] of statements.entries()) {
      const number = i + 1;
      if (ctx.signal?.aborted) return fail(stoppedByPerson, null);
      const statementStarted = performance.now();
      const once = async (): Promise<{ ok: true; results: TTargetResultSet[] } | { ok: false; error: TSafeSqlError; isStopped: boolean }> => {
        isStatementRunning = true;
        const watchdog = setTimeout(() => {
          session.stop({ code: "57014", message: `${statementTimeoutMessage(limits.statementTimeoutMs)} The server did not stop it itself.` });
        }, limits.statementTimeoutMs + WATCHDOG_GRACE_MS);
        try {
          return { ok: true, results: await submitScript(client, { sql: statement.text, keepRows: RESULT_ROWS_CAP }, session.stop) };
        } catch (error) {
          const stopped = await session.stopped();
          if (stopped) return { ok: false, error: stopped, isStopped: true };
          const safe = describeSqlError(error, { sql: statement.text, statementTimeoutMs: limits.statementTimeoutMs, lockTimeoutMs: limits.lockTimeoutMs });
          return { ok: false, error: inScript(safe, statement), isStopped: false };
        } finally {
          clearTimeout(watchdog);
          isStatementRunning = false;
        }
      };
      const outcome = await withLockRetries(ctx, lockRetriesOf(step), once, (failed) => (failed.ok ? { code: null, message: "" } : failed.error), retries);
      const target = concurrentIndexTarget(statement);
      if (!outcome.ok) {
        const invalid = target && !outcome.isStopped ? await findInvalidIndexes(client, target).catch(() => []) : [];
        const error = invalid.length > 0 ? { ...outcome.error, message: `${outcome.error.message} ${invalidIndexMessage(invalid)}` } : outcome.error;
        return fail(error, number, invalid.length > 0 ? { invalidIndexes: invalid } : {});
      }
      const durationMs = Math.round(performance.now() - statementStarted);
      const last = outcome.results[outcome.results.length - 1];
      const rowCount = last?.rowCount ?? null;
      committed.push({ statement: number, kind: statement.kind, rowCount, durationMs });
      ctx.onOutput(`[${number}/${total}] ${statement.kind}${rowCount !== null ? ` — ${plural(rowCount, "row")}` : ""} — committed (${durationMs.toLocaleString("en")} ms)\n`);

      if (target) {
        const invalid = await findInvalidIndexes(client, target);
        if (invalid.length > 0) return fail({ code: null, message: invalidIndexMessage(invalid) }, number, { invalidIndexes: invalid });
        ctx.onOutput(`Checked: every index of ${target.relation} is valid (pg_index.indisvalid).\n`);
      }
      const changes = changedGuards(begun, inForce(lastRow(await client.query(READ_GUARDS_SQL))));
      if (changes.length > 0) {
        return fail(
          { code: null, message: `Statement ${number} changed the step's limits (${changes.join("; ")}), so Phaseline stopped the step before the next statement.` },
          number,
        );
      }
    }
    ctx.onOutput(`Done: ${plural(total, "statement")} committed one by one.\n`);
    const retriedSummary = retries.length > 0 ? `, after ${plural(retries.length, "lock-timeout retry", "lock-timeout retries")}` : "";
    return {
      status: "SUCCEEDED",
      result: { ...base, committed, isCommitted: true, durationMs: elapsed(), limitsInForce: begun, ...(retries.length > 0 ? { lockRetries: retries } : {}) },
      errorMessage: null,
      summary: `${plural(total, "statement")} committed one by one, outside a transaction${retriedSummary}`,
    };
  } catch (error) {
    const stopped = await session.stopped();
    return fail(stopped ?? describeSqlError(error, { statementTimeoutMs: limits.statementTimeoutMs, lockTimeoutMs: limits.lockTimeoutMs }), null);
  } finally {
    ctx.signal?.removeEventListener("abort", onAbort);
    await Promise.race([session.close(), new Promise((resolve) => setTimeout(resolve, CONNECTION_CLOSE_WAIT_MS).unref())]);
  }
}

/**
 * The rehearsal of a step that cannot be rolled back: nothing is executed. The script is parsed and
 * linted as it will run (outside a transaction); on the target, in a read-only transaction that
 * is rolled back, each DML statement gets EXPLAIN (without ANALYZE) and each CONCURRENTLY build the
 * size of its table.
 */
async function rehearse(step: TExecutableStep, ctx: TExecutionContext, statements: TStatement[]): Promise<TExecutionOutcome> {
  const limits = sqlLimitsOf(step);
  const started = performance.now();
  const notices: string[] = [];
  const findings = lintStatements(statements, { expectsTransaction: false, isStatementByStatement: true });
  ctx.onOutput(
    `Rehearsal: NOT EXECUTED. This step runs outside a transaction, so it cannot be rehearsed and rolled back. Phaseline parsed its ${plural(statements.length, "statement")}, linted them, and asks the target for EXPLAIN where it can.\n`,
  );
  for (const finding of findings) ctx.onOutput(`lint ${finding.severity} (${finding.rule}, line ${finding.line}): ${finding.message}\n`);
  const explained: { statement: number; plan: string[] }[] = [];
  const base = { statements: statements.length, isRehearsal: true, isExecuted: false, isCommitted: false, outsideTransaction: true, findings: findings.length, notices };
  const summary = () => `not executed (outside a transaction): ${plural(statements.length, "statement")} parsed and linted, ${explained.length} explained`;
  if (!ctx.targetUrl) {
    ctx.onOutput(`${NO_TARGET_MESSAGE}\n`);
    return { status: "SUCCEEDED", result: { ...base, explained, durationMs: 0 }, errorMessage: null, summary: summary() };
  }
  const session = openTargetClient(ctx, notices);
  const { client } = session;
  let current: TStatement | null = null;
  try {
    await client.connect();
    const refusal = await session.checkTarget();
    if (refusal) throw Object.assign(new Error("app database"), { safe: refusal });
    await client.query(`BEGIN READ ONLY; SET LOCAL statement_timeout = ${limits.statementTimeoutMs}; SET LOCAL lock_timeout = ${limits.lockTimeoutMs}`);
    for (const [i, statement] of statements.entries()) {
      current = statement;
      const [type] = nodeEntry(statement.node);
      const target = concurrentIndexTarget(statement);
      if (EXPLAINABLE_KINDS.has(type)) {
        const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${statement.text}`);
        const plan = rows.map((row) => row["QUERY PLAN"]).slice(0, PLAN_LINES_CAP);
        explained.push({ statement: i + 1, plan });
        ctx.onOutput(`[${i + 1}/${statements.length}] ${statement.kind}: EXPLAIN\n${plan.map((line) => `    ${line}`).join("\n")}\n`);
      } else if (target) {
        const { rows } = await client.query<{ rows: string | null }>(
          "SELECT (SELECT reltuples::bigint::text FROM pg_class WHERE oid = COALESCE((SELECT indrelid FROM pg_index WHERE indexrelid = to_regclass($1)), to_regclass($1))) AS rows",
          [target.relation],
        );
        const estimate = rows[0]?.rows;
        ctx.onOutput(
          `[${i + 1}/${statements.length}] ${statement.kind}: ${estimate === null || estimate === undefined ? `${target.relation} does not exist on the target` : `${target.relation} holds about ${Math.max(0, Number(estimate)).toLocaleString("en")} rows (pg_class.reltuples)`}\n`,
        );
      } else {
        ctx.onOutput(`[${i + 1}/${statements.length}] ${statement.kind}: not explainable; checked by the parser and the lint only\n`);
      }
    }
    current = null;
    await client.query("ROLLBACK");
    ctx.onOutput("Nothing was executed.\n");
    return { status: "SUCCEEDED", result: { ...base, explained, durationMs: Math.round(performance.now() - started) }, errorMessage: null, summary: summary() };
  } catch (error) {
    const safeOwn = (error as { safe?: TSafeSqlError }).safe;
    const raw =
      safeOwn ?? describeSqlError(error, { sql: current ? `EXPLAIN ${current.text}` : null, statementTimeoutMs: limits.statementTimeoutMs, lockTimeoutMs: limits.lockTimeoutMs });
    // positions point into "EXPLAIN …": name the statement instead
    const located: TSafeSqlError = current ? { ...raw, line: current.line, column: current.column } : raw;
    ctx.onOutput(`ERROR:  ${formatSqlError(located)}\nNothing was executed.\n`);
    return {
      status: "FAILED",
      result: { ...base, explained, error: sqlErrorResult(located), durationMs: Math.round(performance.now() - started) },
      errorMessage: formatSqlError(located),
      summary: `not executed; EXPLAIN failed: ${located.message.slice(0, 200)}`,
    };
  } finally {
    await Promise.race([session.close(), new Promise((resolve) => setTimeout(resolve, CONNECTION_CLOSE_WAIT_MS).unref())]);
  }
}
