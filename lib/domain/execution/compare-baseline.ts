// BASELINE_COMPARE verdicts (PRODUCT.md "Domain": compare a query's result with a stored baseline,
// keyed by columns, numeric tolerance per column → pass or fail, with a table of mismatching
// rows). Pure: the executor runs the query and hands both result sets here.
//
// Numbers are compared as exact decimals, not floats: Postgres numeric comes back as text, and a
// revenue that moved by exactly the 0.01 tolerance must pass — in floating point
// |100.00 − 100.01| is 0.010000000000005 and would not.
import { NUMERIC_TEXT } from "./expectation";

export type TResultSet = { columns: string[]; rows: Record<string, unknown>[] };

export type TBaselineMismatch = {
  key: Record<string, unknown>;
  column: string;
  baseline: unknown;
  current: unknown;
  /** current − baseline, when both are numbers */
  difference?: number;
};

export type TBaselineComparison = {
  passed: boolean;
  /** one sentence: what was compared and what differs */
  message: string;
  /** rows whose key is in both results */
  comparedRows: number;
  /** at most LIST_CAP entries; mismatchCount is the full count */
  mismatches: TBaselineMismatch[];
  mismatchCount: number;
  /** rows with at least one mismatching value */
  mismatchedRowCount: number;
  /** keys in the baseline and not in the current result */
  missingKeys: Record<string, unknown>[];
  missingKeyCount: number;
  /** keys in the current result and not in the baseline */
  extraKeys: Record<string, unknown>[];
  extraKeyCount: number;
  /** baseline columns the current result does not have */
  missingColumns: string[];
  /** a key shared by several rows of one side: rows cannot be matched one to one */
  duplicateKeys: { side: "baseline" | "current"; key: Record<string, unknown> }[];
  duplicateKeyCount: number;
};

/** Each list in the comparison keeps this many entries; the counts stay exact. */
export const LIST_CAP = 200;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

// ---------------------------------------------------------------------------------------------
// Exact decimals

type TDecimal = { units: bigint; scale: number };

// beyond this an exponent is not a value a database column holds; compare such numbers as floats
const MAX_EXPONENT = 400;

/** value = units × 10^−scale, or null when the value is not a finite number. */
function toDecimal(value: unknown): TDecimal | null {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    text = String(value);
  } else if (typeof value === "string" && NUMERIC_TEXT.test(value)) {
    text = value.trim();
  } else {
    return null;
  }
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return null;
  const [, sign = "", whole = "", fraction = "", exponentText = "0"] = match;
  const exponent = Number(exponentText);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_EXPONENT) return null;
  let units = BigInt(`${whole}${fraction}` || "0");
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: sign === "-" ? -units : units, scale };
}

function atScale(d: TDecimal, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

function decimalToNumber(units: bigint, scale: number): number {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return Number(`${negative ? "-" : ""}${text}`);
}

/** Whether |current − baseline| <= tolerance, and current − baseline as a number. */
function compareNumbers(baseline: TDecimal, current: TDecimal, tolerance: number): { isEqual: boolean; difference: number } {
  const tol = toDecimal(tolerance) ?? { units: 0n, scale: 0 };
  const scale = Math.max(baseline.scale, current.scale, tol.scale);
  const difference = atScale(current, scale) - atScale(baseline, scale);
  const magnitude = difference < 0n ? -difference : difference;
  return { isEqual: magnitude <= atScale(tol, scale), difference: decimalToNumber(difference, scale) };
}

// ---------------------------------------------------------------------------------------------
// Keys and values

/** JSON with object keys sorted: jsonb read back may order keys differently. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const isNull = (value: unknown) => value === null || value === undefined;

/** The string form a value is matched by: 1 and "1" are the same key. */
function keyPart(value: unknown): string | null {
  if (isNull(value)) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return stableJson(value);
}

function textForm(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : stableJson(value);
}

function compareValues(baseline: unknown, current: unknown, tolerance: number): { isEqual: boolean; difference?: number } {
  // NULL equals NULL and nothing else (unlike SQL's =, where NULL equals nothing)
  if (isNull(baseline) || isNull(current)) return { isEqual: isNull(baseline) && isNull(current) };
  const b = toDecimal(baseline);
  const c = toDecimal(current);
  if (b && c) return compareNumbers(b, c, tolerance);
  return { isEqual: textForm(baseline) === textForm(current) };
}

type TIndexed = { byKey: Map<string, Record<string, unknown>>; duplicates: Record<string, unknown>[]; duplicateCount: number };

function indexRows(rows: Record<string, unknown>[], keyColumns: string[]): TIndexed {
  const byKey = new Map<string, Record<string, unknown>>();
  const duplicates: Record<string, unknown>[] = [];
  let duplicateCount = 0;
  for (const row of rows) {
    const key = JSON.stringify(keyColumns.map((column) => keyPart(row[column])));
    if (byKey.has(key)) {
      duplicateCount++;
      if (duplicates.length < LIST_CAP) duplicates.push(keyOf(row, keyColumns));
      continue; // the first row with a key is compared; the duplicates fail the comparison
    }
    byKey.set(key, row);
  }
  return { byKey, duplicates, duplicateCount };
}

function keyOf(row: Record<string, unknown>, keyColumns: string[]): Record<string, unknown> {
  return Object.fromEntries(keyColumns.map((column) => [column, row[column] ?? null]));
}

// ---------------------------------------------------------------------------------------------

export function compareBaseline(input: {
  baseline: TResultSet;
  current: TResultSet;
  keyColumns: string[];
  /** absolute tolerance per numeric column; a column without one must match exactly */
  tolerances: Record<string, number>;
}): TBaselineComparison {
  const { baseline, current, keyColumns, tolerances } = input;
  const currentColumns = new Set(current.columns);
  const missingColumns = baseline.columns.filter((column) => !currentColumns.has(column));

  const empty: TBaselineComparison = {
    passed: false,
    message: "",
    comparedRows: 0,
    mismatches: [],
    mismatchCount: 0,
    mismatchedRowCount: 0,
    missingKeys: [],
    missingKeyCount: 0,
    extraKeys: [],
    extraKeyCount: 0,
    missingColumns,
    duplicateKeys: [],
    duplicateKeyCount: 0,
  };
  if (keyColumns.length === 0) return { ...empty, message: "No key columns: name the columns that identify a row, so rows can be matched." };
  const keysNotInBaseline = keyColumns.filter((column) => !baseline.columns.includes(column));
  if (keysNotInBaseline.length > 0) {
    return { ...empty, message: `The baseline has no column ${keysNotInBaseline.map((c) => JSON.stringify(c)).join(", ")} to match rows by: check the key columns.` };
  }
  const keysNotInCurrent = keyColumns.filter((column) => !currentColumns.has(column));
  if (keysNotInCurrent.length > 0) {
    return { ...empty, message: `The query returns no column ${keysNotInCurrent.map((c) => JSON.stringify(c)).join(", ")} to match rows by, although the baseline has it.` };
  }

  const before = indexRows(baseline.rows, keyColumns);
  const after = indexRows(current.rows, keyColumns);
  const valueColumns = baseline.columns.filter((column) => !keyColumns.includes(column) && currentColumns.has(column));

  const result = { ...empty };
  result.duplicateKeys = [...before.duplicates.map((key) => ({ side: "baseline" as const, key })), ...after.duplicates.map((key) => ({ side: "current" as const, key }))].slice(
    0,
    LIST_CAP,
  );
  result.duplicateKeyCount = before.duplicateCount + after.duplicateCount;

  for (const [key, baselineRow] of before.byKey) {
    const currentRow = after.byKey.get(key);
    if (!currentRow) {
      result.missingKeyCount++;
      if (result.missingKeys.length < LIST_CAP) result.missingKeys.push(keyOf(baselineRow, keyColumns));
      continue;
    }
    result.comparedRows++;
    let isRowMismatched = false;
    for (const column of valueColumns) {
      const b = baselineRow[column] ?? null;
      const c = currentRow[column] ?? null;
      const verdict = compareValues(b, c, tolerances[column] ?? 0);
      if (verdict.isEqual) continue;
      isRowMismatched = true;
      result.mismatchCount++;
      if (result.mismatches.length < LIST_CAP) {
        const mismatch: TBaselineMismatch = { key: keyOf(baselineRow, keyColumns), column, baseline: b, current: c };
        if (verdict.difference !== undefined) mismatch.difference = verdict.difference;
        result.mismatches.push(mismatch);
      }
    }
    if (isRowMismatched) result.mismatchedRowCount++;
  }
  for (const [key, currentRow] of after.byKey) {
    if (before.byKey.has(key)) continue;
    result.extraKeyCount++;
    if (result.extraKeys.length < LIST_CAP) result.extraKeys.push(keyOf(currentRow, keyColumns));
  }

  result.passed = result.mismatchCount === 0 && result.missingKeyCount === 0 && result.extraKeyCount === 0 && missingColumns.length === 0 && result.duplicateKeyCount === 0;
  result.message = describeComparison(result, keyColumns);
  return result;
}

function describeComparison(c: TBaselineComparison, keyColumns: string[]): string {
  const by = keyColumns.join(", ");
  const compared = `${plural(c.comparedRows, "row")} compared by ${by}`;
  if (c.passed) return `${compared}: all match the baseline.`;
  const problems: string[] = [];
  if (c.duplicateKeyCount > 0) {
    problems.push(`${plural(c.duplicateKeyCount, "row")} ${c.duplicateKeyCount === 1 ? "repeats" : "repeat"} a key (${by} must identify one row on each side)`);
  }
  if (c.missingColumns.length > 0)
    problems.push(`column${c.missingColumns.length === 1 ? "" : "s"} ${c.missingColumns.map((m) => JSON.stringify(m)).join(", ")} missing from the query`);
  if (c.mismatchCount > 0) problems.push(`${plural(c.mismatchCount, "mismatch", "mismatches")} in ${plural(c.mismatchedRowCount, "row")}`);
  if (c.missingKeyCount > 0) problems.push(`${plural(c.missingKeyCount, "baseline row")} missing`);
  if (c.extraKeyCount > 0) problems.push(`${plural(c.extraKeyCount, "row")} not in the baseline`);
  return `${compared}: ${problems.join("; ")}.`;
}
