// BASELINE_COMPARE verdicts: rows matched by key, numbers within a per-column tolerance (exact
// decimals, numeric strings included), and every way two results can disagree reported.
import { describe, expect, it } from "vitest";
import { compareBaseline, LIST_CAP, type TResultSet } from "./compare-baseline";

const revenue = (rows: [number | string, string | number | null][]): TResultSet => ({
  columns: ["id", "total_revenue"],
  rows: rows.map(([id, total_revenue]) => ({ id, total_revenue })),
});

const compare = (baseline: TResultSet, current: TResultSet, tolerances: Record<string, number> = {}, keyColumns = ["id"]) =>
  compareBaseline({ baseline, current, keyColumns, tolerances });

describe("compareBaseline", () => {
  it("passes when every row matches, whatever the row order", () => {
    const result = compare(
      revenue([
        [1, "100.00"],
        [2, "250.50"],
      ]),
      revenue([
        [2, "250.50"],
        [1, "100.00"],
      ]),
    );
    expect(result).toMatchObject({ passed: true, comparedRows: 2, mismatchCount: 0, missingKeyCount: 0, extraKeyCount: 0, missingColumns: [], duplicateKeyCount: 0 });
    expect(result.message).toBe("2 rows compared by id: all match the baseline.");
  });

  it('compares numbers as numbers: 0.10 and "0.1", 5 and "5.000" are equal', () => {
    expect(compare(revenue([[1, 0.1]]), revenue([[1, "0.10"]])).passed).toBe(true);
    expect(compare(revenue([[1, "5"]]), revenue([[1, "5.000"]])).passed).toBe(true);
    expect(compare(revenue([[1, "1e2"]]), revenue([[1, 100]])).passed).toBe(true);
  });

  it("without a tolerance a number must match exactly", () => {
    const result = compare(revenue([[1, "100.00"]]), revenue([[1, "100.001"]]));
    expect(result.passed).toBe(false);
    expect(result.mismatches).toEqual([{ key: { id: 1 }, column: "total_revenue", baseline: "100.00", current: "100.001", difference: 0.001 }]);
  });

  it("within a tolerance passes, the bound included, in exact decimals", () => {
    // |100.00 − 100.01| is 0.010000000000005 in floating point: exact decimals keep it at 0.01
    expect(compare(revenue([[1, "100.00"]]), revenue([[1, "100.01"]]), { total_revenue: 0.01 }).passed).toBe(true);
    expect(compare(revenue([[1, "100.01"]]), revenue([[1, "100.00"]]), { total_revenue: 0.01 }).passed).toBe(true);
    expect(compare(revenue([[1, 0.1 + 0.2]]), revenue([[1, "0.3"]]), { total_revenue: 0.01 }).passed).toBe(true);
  });

  it("beyond the tolerance fails with the signed difference (current − baseline)", () => {
    const result = compare(revenue([[7, "100.00"]]), revenue([[7, "99.98"]]), { total_revenue: 0.01 });
    expect(result.passed).toBe(false);
    expect(result.mismatches).toEqual([{ key: { id: 7 }, column: "total_revenue", baseline: "100.00", current: "99.98", difference: -0.02 }]);
    expect(result.message).toBe("1 row compared by id: 1 mismatch in 1 row.");
  });

  it("a tolerance applies to its column only", () => {
    const baseline: TResultSet = { columns: ["id", "a", "b"], rows: [{ id: 1, a: "1.00", b: "1.00" }] };
    const current: TResultSet = { columns: ["id", "a", "b"], rows: [{ id: 1, a: "1.005", b: "1.005" }] };
    const result = compare(baseline, current, { a: 0.01 });
    expect(result.mismatches.map((m) => m.column)).toEqual(["b"]);
  });

  it("NULL equals NULL only", () => {
    expect(compare(revenue([[1, null]]), revenue([[1, null]])).passed).toBe(true);
    const result = compare(revenue([[1, null]]), revenue([[1, "0"]]), { total_revenue: 1 });
    expect(result.passed).toBe(false);
    expect(result.mismatches[0]).toEqual({ key: { id: 1 }, column: "total_revenue", baseline: null, current: "0" });
    expect(compare(revenue([[1, "0"]]), revenue([[1, null]])).passed).toBe(false);
  });

  it("compares text and JSON by equality, JSON key order aside", () => {
    const base: TResultSet = { columns: ["id", "status", "meta"], rows: [{ id: "a", status: "active", meta: { x: 1, y: [1, 2] } }] };
    expect(compare(base, { columns: base.columns, rows: [{ id: "a", status: "active", meta: { y: [1, 2], x: 1 } }] }).passed).toBe(true);
    const changed = compare(base, { columns: base.columns, rows: [{ id: "a", status: "Active", meta: { x: 1, y: [2, 1] } }] });
    expect(changed.mismatches.map((m) => m.column)).toEqual(["status", "meta"]);
    expect(changed.mismatches[0]).not.toHaveProperty("difference");
  });

  it('matches keys by their string form: 1 and "1" are the same row', () => {
    expect(compare(revenue([[1, "5"]]), revenue([["1", "5"]])).passed).toBe(true);
  });

  it("matches by several key columns", () => {
    const base: TResultSet = {
      columns: ["company_id", "month", "total"],
      rows: [
        { company_id: 1, month: "2026-01", total: "10" },
        { company_id: 1, month: "2026-02", total: "20" },
      ],
    };
    const now: TResultSet = {
      columns: ["company_id", "month", "total"],
      rows: [
        { company_id: 1, month: "2026-02", total: "21" },
        { company_id: 1, month: "2026-01", total: "10" },
      ],
    };
    const result = compare(base, now, {}, ["company_id", "month"]);
    expect(result.mismatches).toEqual([{ key: { company_id: 1, month: "2026-02" }, column: "total", baseline: "20", current: "21", difference: 1 }]);
    expect(result.message).toBe("2 rows compared by company_id, month: 1 mismatch in 1 row.");
  });

  it("reports keys missing from the current result and keys new in it", () => {
    const result = compare(
      revenue([
        [1, "1"],
        [2, "2"],
      ]),
      revenue([
        [2, "2"],
        [3, "3"],
      ]),
    );
    expect(result).toMatchObject({ passed: false, comparedRows: 1, missingKeys: [{ id: 1 }], missingKeyCount: 1, extraKeys: [{ id: 3 }], extraKeyCount: 1 });
    expect(result.message).toBe("1 row compared by id: 1 baseline row missing; 1 row not in the baseline.");
  });

  it('a NULL key is a key of its own, not the text "null"', () => {
    const result = compare(revenue([[null as unknown as number, "1"]]), revenue([["null", "1"]]));
    expect(result).toMatchObject({ passed: false, missingKeys: [{ id: null }], extraKeys: [{ id: "null" }] });
  });

  it("fails when a baseline column is missing from the current result", () => {
    const result = compare(
      { columns: ["id", "fixed_cost", "total"], rows: [{ id: 1, fixed_cost: "5", total: "9" }] },
      { columns: ["id", "fixed_fee", "total"], rows: [{ id: 1, fixed_fee: "5", total: "9" }] },
    );
    expect(result).toMatchObject({ passed: false, missingColumns: ["fixed_cost"], mismatchCount: 0, comparedRows: 1 });
    expect(result.message).toBe('1 row compared by id: column "fixed_cost" missing from the query.');
  });

  it("ignores columns only the current result has", () => {
    expect(compare(revenue([[1, "1"]]), { columns: ["id", "total_revenue", "extra"], rows: [{ id: 1, total_revenue: "1", extra: "x" }] }).passed).toBe(true);
  });

  it("fails on duplicate keys on either side, with a clear message", () => {
    const dupBaseline = compare(
      revenue([
        [1, "1"],
        [1, "2"],
      ]),
      revenue([[1, "1"]]),
    );
    expect(dupBaseline).toMatchObject({ passed: false, duplicateKeys: [{ side: "baseline", key: { id: 1 } }], duplicateKeyCount: 1 });
    expect(dupBaseline.message).toBe("1 row compared by id: 1 row repeats a key (id must identify one row on each side).");
    const dupCurrent = compare(
      revenue([[1, "1"]]),
      revenue([
        [1, "1"],
        ["1", "1"],
      ]),
    );
    expect(dupCurrent).toMatchObject({ passed: false, duplicateKeys: [{ side: "current", key: { id: "1" } }], duplicateKeyCount: 1 });
  });

  it("fails when a key column is missing on either side", () => {
    const noKeyInBaseline = compare({ columns: ["x"], rows: [{ x: 1 }] }, revenue([[1, "1"]]));
    expect(noKeyInBaseline).toMatchObject({ passed: false, comparedRows: 0 });
    expect(noKeyInBaseline.message).toBe('The baseline has no column "id" to match rows by: check the key columns.');
    const noKeyInCurrent = compare(revenue([[1, "1"]]), { columns: ["total_revenue"], rows: [{ total_revenue: "1" }] });
    expect(noKeyInCurrent).toMatchObject({ passed: false, missingColumns: ["id"] });
    expect(noKeyInCurrent.message).toMatch(/no column "id" to match rows by/);
    expect(compare(revenue([]), revenue([]), {}, []).passed).toBe(false);
  });

  it("two empty results match", () => {
    expect(compare(revenue([]), revenue([]))).toMatchObject({ passed: true, comparedRows: 0 });
  });

  it("caps each list but keeps full counts", () => {
    const n = LIST_CAP + 50;
    const base = revenue(Array.from({ length: n }, (_, i) => [i, "1"] as [number, string]));
    const changed = revenue(Array.from({ length: n }, (_, i) => [i, "2"] as [number, string]));
    const mismatched = compare(base, changed);
    expect(mismatched.mismatches).toHaveLength(LIST_CAP);
    expect(mismatched.mismatchCount).toBe(n);
    expect(mismatched.mismatchedRowCount).toBe(n);
    const disjoint = compare(base, revenue(Array.from({ length: n }, (_, i) => [n + i, "1"] as [number, string])));
    expect(disjoint).toMatchObject({ missingKeyCount: n, extraKeyCount: n, comparedRows: 0 });
    expect(disjoint.missingKeys).toHaveLength(LIST_CAP);
    expect(disjoint.extraKeys).toHaveLength(LIST_CAP);
  });

  it("handles large and tiny decimals exactly", () => {
    expect(compare(revenue([[1, "12345678901234567890.12"]]), revenue([[1, "12345678901234567890.13"]]), { total_revenue: 0.01 }).passed).toBe(true);
    expect(compare(revenue([[1, "12345678901234567890.12"]]), revenue([[1, "12345678901234567890.14"]]), { total_revenue: 0.01 }).passed).toBe(false);
    expect(compare(revenue([[1, 1e-7]]), revenue([[1, "0.0000001"]])).passed).toBe(true);
  });
});
