// BASELINE_CAPTURE and BASELINE_COMPARE steps (PRODUCT.md "Domain": store a named result set
// before the change; later compare a query's result with it, keyed by columns, numeric tolerance
// per column). Both queries run read-only and are rolled back; the worker stores the capture.
import "server-only";
import { compareBaseline, type TBaselineComparison } from "@/lib/domain/execution/compare-baseline";
import type { TExecutableStep, TExecutionContext, TExecutionOutcome } from "./execute-step";
import { duplicateColumns, formatSqlError, prepareScript, rowRecord, runOnTarget, sqlErrorResult, sqlLimitsOf, type TTargetResultSet } from "./run-sql";
import type { TSafeSqlError } from "./sql-error";

/** A baseline is kept as JSON in the app's database and compared in memory: this many rows at most. */
export const MAX_BASELINE_ROWS = 20_000;
const OUTPUT_DETAIL_LINES = 20;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

type TQueried = { ok: true; set: TTargetResultSet; durationMs: number } | { ok: false; error: TSafeSqlError; durationMs: number };

/** Runs the step's query read-only and returns its (last) result set, whole. */
async function queryResultSet(step: TExecutableStep, ctx: TExecutionContext): Promise<TQueried> {
  const prepared = await prepareScript(step.sql, "a check");
  if (!prepared.ok) return { ok: false, error: prepared.error, durationMs: 0 };
  const tooMany = `The query returned more than ${MAX_BASELINE_ROWS.toLocaleString("en")} rows; a baseline holds at most ${MAX_BASELINE_ROWS.toLocaleString("en")}. Aggregate it (per company rather than per product, say) or narrow it.`;
  const run = await runOnTarget({
    ctx,
    sql: prepared.sql,
    statementCount: prepared.statements.length,
    limits: sqlLimitsOf(step),
    access: "READ ONLY",
    finish: "ROLLBACK",
    keepRows: MAX_BASELINE_ROWS,
    maxRows: { count: MAX_BASELINE_ROWS, error: { code: null, message: tooMany } },
  });
  if (!run.ok) return { ok: false, error: run.error, durationMs: run.durationMs };
  const set = run.results.findLast((result) => result.columns.length > 0);
  if (!set) return { ok: false, error: { code: null, message: "The query returned no result set: a baseline query is a SELECT." }, durationMs: run.durationMs };
  const duplicates = duplicateColumns(set.columns);
  if (duplicates.length > 0) {
    const names = duplicates.map((d) => JSON.stringify(d)).join(", ");
    return {
      ok: false,
      error: { code: null, message: `The query returns several columns named ${names}: give each column its own name (… AS name).` },
      durationMs: run.durationMs,
    };
  }
  return { ok: true, set, durationMs: run.durationMs };
}

function failure(ctx: TExecutionContext, error: TSafeSqlError, result: Record<string, unknown>): TExecutionOutcome {
  const message = formatSqlError(error);
  ctx.onOutput(`ERROR:  ${message}\n`);
  return { status: "FAILED", result: { ...result, error: sqlErrorResult(error) }, errorMessage: message, summary: `failed: ${message.slice(0, 200)}` };
}

export async function runBaselineCapture(step: TExecutableStep, ctx: TExecutionContext): Promise<TExecutionOutcome> {
  const baselineName = step.baselineName?.trim();
  if (!baselineName) return failure(ctx, { code: null, message: "The step has no baseline name: edit the step in the runbook." }, { baselineName: null });
  const queried = await queryResultSet(step, ctx);
  if (!queried.ok) return failure(ctx, queried.error, { baselineName, durationMs: queried.durationMs });
  const { columns } = queried.set;
  const rows = queried.set.rows.map((row) => rowRecord(columns, row));
  ctx.onOutput(`Captured ${plural(rows.length, "row")} of ${plural(columns.length, "column")} as baseline ${JSON.stringify(baselineName)}.\n`);
  return {
    status: "SUCCEEDED",
    result: { baselineName, rowCount: rows.length, columns, durationMs: queried.durationMs },
    errorMessage: null,
    summary: `captured ${plural(rows.length, "row")} as baseline ${JSON.stringify(baselineName)}`,
    capturedBaseline: { columns, rows, rowCount: rows.length },
  };
}

/** The step's tolerances, when they are a map of column names to non-negative numbers. */
function readTolerances(value: unknown): Record<string, number> | null {
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>);
  if (!entries.every(([, v]) => typeof v === "number" && Number.isFinite(v) && v >= 0)) return null;
  return Object.fromEntries(entries) as Record<string, number>;
}

export async function runBaselineCompare(step: TExecutableStep, ctx: TExecutionContext): Promise<TExecutionOutcome> {
  const baselineName = step.baselineName?.trim() ?? "";
  const keyColumns = step.baselineKeyColumns;
  const tolerances = readTolerances(step.tolerances);
  const described = { baselineName, keyColumns, tolerances };
  if (!baselineName) return failure(ctx, { code: null, message: "The step has no baseline name: edit the step in the runbook." }, described);
  if (keyColumns.length === 0) return failure(ctx, { code: null, message: "The step names no key columns to match rows by: edit the step in the runbook." }, described);
  if (!tolerances) return failure(ctx, { code: null, message: "The step's tolerances are not numbers per column: edit the step in the runbook." }, described);
  if (!ctx.baseline) {
    return failure(
      ctx,
      { code: null, message: `No baseline named ${JSON.stringify(baselineName)} was captured in this deployment: run its BASELINE_CAPTURE step first.` },
      described,
    );
  }

  const queried = await queryResultSet(step, ctx);
  if (!queried.ok) return failure(ctx, queried.error, { ...described, durationMs: queried.durationMs });
  const { columns } = queried.set;
  const comparison = compareBaseline({
    baseline: ctx.baseline,
    current: { columns, rows: queried.set.rows.map((row) => rowRecord(columns, row)) },
    keyColumns,
    tolerances,
  });
  writeComparison(ctx, comparison, baselineName, keyColumns);
  return {
    status: comparison.passed ? "SUCCEEDED" : "FAILED",
    result: { ...comparison, ...described, durationMs: queried.durationMs },
    errorMessage: comparison.passed ? null : `Baseline ${JSON.stringify(baselineName)}: ${comparison.message}`,
    summary: `${comparison.passed ? "matches" : "differs from"} baseline ${JSON.stringify(baselineName)}: ${comparison.message}`,
  };
}

const shown = (value: unknown) => (typeof value === "string" ? value : (JSON.stringify(value) ?? "NULL"));
const keyText = (key: Record<string, unknown>) =>
  Object.entries(key)
    .map(([column, value]) => `${column}=${value === null ? "NULL" : shown(value)}`)
    .join(", ");

/** "213 rows compared with baseline "product_revenue" by id: 2 mismatches", then the first differences. */
function writeComparison(ctx: TExecutionContext, c: TBaselineComparison, name: string, keyColumns: string[]): void {
  const parts = [plural(c.mismatchCount, "mismatch", "mismatches")];
  if (c.missingKeyCount > 0) parts.push(`${plural(c.missingKeyCount, "baseline row")} missing`);
  if (c.extraKeyCount > 0) parts.push(`${plural(c.extraKeyCount, "row")} not in the baseline`);
  if (c.missingColumns.length > 0) parts.push(`missing column${c.missingColumns.length === 1 ? "" : "s"} ${c.missingColumns.join(", ")}`);
  if (c.duplicateKeyCount > 0) parts.push(`${plural(c.duplicateKeyCount, "duplicate key")}`);
  const lines = [`${plural(c.comparedRows, "row")} compared with baseline ${JSON.stringify(name)} by ${keyColumns.join(", ")}: ${parts.join(", ")}`];
  if (c.comparedRows === 0 && c.mismatchCount === 0 && !c.passed) lines.push(c.message);
  for (const m of c.mismatches.slice(0, OUTPUT_DETAIL_LINES)) {
    const difference = m.difference !== undefined ? ` (difference ${m.difference})` : "";
    lines.push(
      `  ${keyText(m.key)}  ${m.column}: baseline ${m.baseline === null ? "NULL" : shown(m.baseline)}, now ${m.current === null ? "NULL" : shown(m.current)}${difference}`,
    );
  }
  if (c.mismatchCount > OUTPUT_DETAIL_LINES) lines.push(`  … and ${plural(c.mismatchCount - OUTPUT_DETAIL_LINES, "more mismatch", "more mismatches")}`);
  for (const key of c.missingKeys.slice(0, OUTPUT_DETAIL_LINES)) lines.push(`  missing: ${keyText(key)}`);
  for (const key of c.extraKeys.slice(0, OUTPUT_DETAIL_LINES)) lines.push(`  not in the baseline: ${keyText(key)}`);
  for (const d of c.duplicateKeys.slice(0, OUTPUT_DETAIL_LINES)) lines.push(`  duplicate key in the ${d.side === "baseline" ? "baseline" : "query result"}: ${keyText(d.key)}`);
  lines.push(c.passed ? "Passed." : "Failed.");
  ctx.onOutput(`${lines.join("\n")}\n`);
}
