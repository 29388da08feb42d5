// QUERY_CHECK verdicts (PRODUCT.md "Domain": a read-only query and an expectation → pass or fail,
// with the observed value). Pure: the executor runs the query and hands the rows here.
//
// Postgres numeric and bigint values reach us as strings (the driver keeps them exact), so a
// string that reads as a number is compared as one. Anything else that is not a finite number —
// NULL, no row, text, a boolean — fails with a sentence that says what came back, never passes.
import type { TExpectation } from "@/lib/domain/runbook/draft";

export type TExpectationVerdict = {
  passed: boolean;
  /** the scalar as the query returned it (numeric strings stay exact), or the row count */
  observed: number | string | null;
  rowCount: number;
  message: string;
};

/** Postgres' text form of numeric, int8 and float8 values (no NaN, no Infinity). */
export const NUMERIC_TEXT = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** The value as a finite number when it is one or reads as one, else null. */
export function asFiniteNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && NUMERIC_TEXT.test(value)) {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** A value quoted for a message, short enough for one line. */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);
  if (typeof value === "object" && value !== null) {
    const json = JSON.stringify(value) ?? String(value);
    return json.length > 80 ? `${json.slice(0, 77)}…` : json;
  }
  return String(value);
}

/** What the expectation asks for, as a phrase: "0", "at most 0.01", "between 0 and 20", "3 rows". */
export function describeExpectation(expectation: TExpectation): string {
  switch (expectation.type) {
    case "scalar_equals":
      return `${expectation.value}`;
    case "scalar_at_most":
      return `at most ${expectation.value}`;
    case "scalar_between":
      return `between ${expectation.min} and ${expectation.max}`;
    case "row_count_equals":
      return plural(expectation.value, "row");
  }
}

/**
 * Judges a query's result. The scalar is the first column of the first row. `rowCount` is the
 * query's full row count when the caller kept only the first rows (defaults to `rows.length`).
 */
export function evaluateExpectation(expectation: TExpectation, rows: Record<string, unknown>[], fields: string[], options: { rowCount?: number } = {}): TExpectationVerdict {
  const rowCount = options.rowCount ?? rows.length;
  const expected = describeExpectation(expectation);

  if (expectation.type === "row_count_equals") {
    const passed = rowCount === expectation.value;
    return { passed, observed: rowCount, rowCount, message: `The query returned ${plural(rowCount, "row")}; expected ${expected}.` };
  }

  const fail = (observed: number | string | null, message: string): TExpectationVerdict => ({ passed: false, observed, rowCount, message });
  const firstRow = rows[0];
  const firstField = fields[0];
  if (firstField === undefined) return fail(null, "The query returned no columns: expected one value.");
  if (rowCount === 0 || firstRow === undefined) return fail(null, "The query returned no rows: expected one value.");

  const raw = firstRow[firstField];
  // the first of several rows or columns is the scalar; say so, the author may not have meant it
  const extra = [rowCount > 1 ? `first of ${plural(rowCount, "row")}` : "", fields.length > 1 ? `first of ${plural(fields.length, "column")}` : ""].filter(Boolean).join(", ");
  const where = extra ? ` (${extra})` : "";

  if (raw === null || raw === undefined) return fail(null, `The query returned NULL${where}: expected a number (${expected}).`);
  const observed: number | string = typeof raw === "number" || typeof raw === "string" ? raw : shown(raw);
  const value = asFiniteNumber(raw);
  if (value === null) {
    const advice = typeof raw === "boolean" ? ": cast it, e.g. (…)::int" : "";
    return fail(observed, `The query returned ${shown(raw)}${where}, which is not a number${advice}.`);
  }

  let passed: boolean;
  switch (expectation.type) {
    case "scalar_equals":
      passed = value === expectation.value;
      break;
    case "scalar_at_most":
      passed = value <= expectation.value;
      break;
    case "scalar_between":
      passed = value >= expectation.min && value <= expectation.max;
      break;
  }
  const text = typeof raw === "string" ? raw.trim() : String(raw);
  return { passed, observed, rowCount, message: `Observed ${text}${where}; expected ${expected}.` };
}
