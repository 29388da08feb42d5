// QUERY_CHECK steps (PRODUCT.md "Domain": a read-only query and an expectation → pass or fail,
// with the observed value). The query runs in a READ ONLY transaction that is always rolled back:
// a check never changes the target, rehearsal or not.
import "server-only";
import { ZExpectation } from "@/lib/domain/runbook/draft";
import { evaluateExpectation } from "@/lib/domain/execution/expectation";
import type { TExecutableStep, TExecutionContext, TExecutionOutcome } from "./execute-step";
import { displayRows, formatSqlError, prepareScript, rowRecord, runOnTarget, sqlErrorResult, sqlLimitsOf } from "./run-sql";

/** rows of the checked result kept for people to look at; the verdict counts them all */
const SAMPLE_ROWS = 20;

export async function runQueryCheck(step: TExecutableStep, ctx: TExecutionContext): Promise<TExecutionOutcome> {
  const parsedExpectation = ZExpectation.safeParse(step.expectation);
  if (!parsedExpectation.success) {
    const reason = parsedExpectation.error.issues[0]?.message ?? "it is missing";
    const message = `The step's expectation is not valid (${reason}): edit the step in the runbook.`;
    ctx.onOutput(`${message}\n`);
    return { status: "FAILED", result: { passed: false, observed: null, rowCount: null, expectation: null, message }, errorMessage: message, summary: "invalid expectation" };
  }
  const expectation = parsedExpectation.data;
  const prepared = await prepareScript(step.sql, "a check");
  const failed = (error: Parameters<typeof formatSqlError>[0], durationMs: number): TExecutionOutcome => {
    const message = formatSqlError(error);
    ctx.onOutput(`ERROR:  ${message}\n`);
    return {
      status: "FAILED",
      result: { passed: false, observed: null, rowCount: null, expectation, message, error: sqlErrorResult(error), durationMs },
      errorMessage: message,
      summary: `failed: ${message.slice(0, 200)}`,
    };
  };
  if (!prepared.ok) return failed(prepared.error, 0);

  const run = await runOnTarget({
    ctx,
    sql: prepared.sql,
    statementCount: prepared.statements.length,
    limits: sqlLimitsOf(step),
    access: "READ ONLY",
    finish: "ROLLBACK",
    keepRows: SAMPLE_ROWS,
  });
  if (!run.ok) return failed(run.error, run.durationMs);

  // several statements: the last one that returns rows is the check (earlier ones may SET things)
  const checked = run.results.findLast((result) => result.columns.length > 0);
  if (!checked) return failed({ code: null, message: "The query returned no result set: a check ends with a SELECT." }, run.durationMs);
  const rowCount = checked.rowCount ?? checked.rows.length;
  const verdict = evaluateExpectation(
    expectation,
    checked.rows.map((row) => rowRecord(checked.columns, row)),
    checked.columns,
    { rowCount },
  );
  ctx.onOutput(`${verdict.message} ${verdict.passed ? "Passed." : "Failed."}\n`);
  return {
    status: verdict.passed ? "SUCCEEDED" : "FAILED",
    result: {
      passed: verdict.passed,
      observed: verdict.observed,
      rowCount: verdict.rowCount,
      expectation,
      message: verdict.message,
      durationMs: run.durationMs,
      columns: checked.columns,
      rows: displayRows(checked.rows),
      isTruncated: rowCount > checked.rows.length,
    },
    errorMessage: verdict.passed ? null : verdict.message,
    summary: `${verdict.passed ? "passed" : "failed"}: ${verdict.message}`,
  };
}
