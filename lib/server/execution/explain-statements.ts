// EXPLAIN on demand for the DBA's review (issue 11 item 6): the plan of each statement of a SQL
// step, asked of the deployment's target — never the statement itself.
//
// How "never executed" is kept, each guard on its own enough for the one before it to fail:
//   1. only statement kinds EXPLAIN plans without running are sent, each as `EXPLAIN <statement>`
//      without ANALYZE (PostgreSQL plans, it does not execute);
//   2. each is sent with the extended protocol, which refuses more than one command in a query
//      ("cannot insert multiple commands into a prepared statement"): a statement text that hid a
//      second statement could not ride along;
//   3. the session is a READ ONLY transaction under the step's own statement_timeout and
//      lock_timeout, rolled back at the end, on a connection of its own that is then closed.
// A statement that cannot be planned (it reads a table an earlier statement creates) is reported
// and the others still are: each EXPLAIN runs under a savepoint.
import type pg from "pg";
import { nodeEntry, type TStatement } from "@/lib/domain/sql/parse-sql";
import { EXPLAINABLE_KINDS, type TExplainedStatement } from "@/lib/domain/sql/explain";
import { describeSqlError } from "./sql-error";
import { NO_TARGET_MESSAGE, openTargetClient, type TSqlLimits, formatSqlError } from "./run-sql";

/** At most this many statements are explained per request, and this many plan lines kept each. */
export const EXPLAIN_STATEMENTS_CAP = 100;
export const EXPLAIN_PLAN_LINES_CAP = 200;
const STATEMENT_TEXT_CAP = 2_000;
const CONNECTION_CLOSE_WAIT_MS = 2_000;

export type TExplainOutcome = { ok: true; statements: TExplainedStatement[]; isCut: boolean; durationMs: number; limits: TSqlLimits } | { ok: false; error: string };

const cut = (text: string) => (text.length > STATEMENT_TEXT_CAP ? `${text.slice(0, STATEMENT_TEXT_CAP - 1)}…` : text);

export async function explainStatements(input: {
  targetUrl: string | null;
  applicationName: string;
  statements: readonly TStatement[];
  limits: TSqlLimits;
}): Promise<TExplainOutcome> {
  const { limits } = input;
  if (!input.targetUrl) return { ok: false, error: NO_TARGET_MESSAGE };
  const started = performance.now();
  const statements = input.statements.slice(0, EXPLAIN_STATEMENTS_CAP);
  const session = openTargetClient({ targetUrl: input.targetUrl, applicationName: input.applicationName, onOutput: () => {} }, []);
  const { client } = session;
  const safe = (error: unknown, sql: string | null) =>
    formatSqlError(describeSqlError(error, { sql, statementTimeoutMs: limits.statementTimeoutMs, lockTimeoutMs: limits.lockTimeoutMs }));
  try {
    try {
      await client.connect();
    } catch (error) {
      return {
        ok: false,
        error: formatSqlError(describeSqlError(error, { statementTimeoutMs: limits.statementTimeoutMs, lockTimeoutMs: limits.lockTimeoutMs, stage: "connect" })),
      };
    }
    const refusal = await session.checkTarget();
    if (refusal) return { ok: false, error: refusal.message };
    await client.query(`BEGIN READ ONLY; SET LOCAL statement_timeout = ${limits.statementTimeoutMs}; SET LOCAL lock_timeout = ${limits.lockTimeoutMs}`);
    const results: TExplainedStatement[] = [];
    for (const [i, statement] of statements.entries()) {
      const base = { statement: i + 1, line: statement.line, kind: statement.kind, text: cut(statement.text.trim()) };
      if (!EXPLAINABLE_KINDS.has(nodeEntry(statement.node)[0])) {
        results.push({ ...base, status: "NOT_EXPLAINABLE" });
        continue;
      }
      await client.query("SAVEPOINT phaseline_explain");
      try {
        // queryMode "extended" (pg ≥ 8.12, not in its type definitions): one command only, whatever the text holds (guard 2)
        const { rows } = await client.query<{ "QUERY PLAN": string }>({ text: `EXPLAIN ${statement.text}`, queryMode: "extended" } as pg.QueryConfig);
        results.push({ ...base, status: "EXPLAINED", plan: rows.map((row) => row["QUERY PLAN"]).slice(0, EXPLAIN_PLAN_LINES_CAP) });
        await client.query("RELEASE SAVEPOINT phaseline_explain");
      } catch (error) {
        // positions would point into "EXPLAIN …": the statement's own line says where it is
        results.push({ ...base, status: "FAILED", error: safe(error, null) });
        await client.query("ROLLBACK TO SAVEPOINT phaseline_explain");
      }
    }
    await client.query("ROLLBACK");
    return { ok: true, statements: results, isCut: input.statements.length > statements.length, durationMs: Math.round(performance.now() - started), limits };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    return { ok: false, error: safe(error, null) };
  } finally {
    await Promise.race([session.close(), new Promise((resolve) => setTimeout(resolve, CONNECTION_CLOSE_WAIT_MS).unref())]);
  }
}
