// QUERY_CHECK verdicts: every expectation type passes and fails, and what cannot be judged (no
// row, NULL, text) fails with a sentence rather than passing by accident.
import { describe, expect, it } from "vitest";
import { asFiniteNumber, describeExpectation, evaluateExpectation } from "./expectation";

const scalar = (value: unknown, column = "value"): [Record<string, unknown>[], string[]] => [[{ [column]: value }], [column]];

describe("evaluateExpectation: scalar_equals", () => {
  const expectation = { type: "scalar_equals", value: 0 } as const;

  it("passes on the expected number", () => {
    expect(evaluateExpectation(expectation, ...scalar(0))).toEqual({ passed: true, observed: 0, rowCount: 1, message: "Observed 0; expected 0." });
  });

  it("fails on another number and says what it saw", () => {
    const verdict = evaluateExpectation(expectation, ...scalar(3));
    expect(verdict).toMatchObject({ passed: false, observed: 3, rowCount: 1 });
    expect(verdict.message).toBe("Observed 3; expected 0.");
  });

  it("compares numeric strings (numeric, bigint) as numbers and keeps them exact in observed", () => {
    expect(evaluateExpectation({ type: "scalar_equals", value: 1.5 }, ...scalar("1.50"))).toMatchObject({ passed: true, observed: "1.50" });
    expect(evaluateExpectation({ type: "scalar_equals", value: 42 }, ...scalar("42"))).toMatchObject({ passed: true, observed: "42" });
    expect(evaluateExpectation({ type: "scalar_equals", value: 0.1 }, ...scalar("0.10"))).toMatchObject({ passed: true });
    expect(evaluateExpectation({ type: "scalar_equals", value: -2 }, ...scalar("-2.000"))).toMatchObject({ passed: true });
    expect(evaluateExpectation({ type: "scalar_equals", value: 100 }, ...scalar("1e2"))).toMatchObject({ passed: true });
  });

  it("uses the first column of the first row and says there were more", () => {
    const rows = [
      { a: 0, b: 9 },
      { a: 5, b: 9 },
    ];
    const verdict = evaluateExpectation(expectation, rows, ["a", "b"]);
    expect(verdict).toMatchObject({ passed: true, observed: 0, rowCount: 2 });
    expect(verdict.message).toBe("Observed 0 (first of 2 rows, first of 2 columns); expected 0.");
  });
});

describe("evaluateExpectation: scalar_at_most", () => {
  const expectation = { type: "scalar_at_most", value: 0.01 } as const;

  it("passes below and at the maximum", () => {
    expect(evaluateExpectation(expectation, ...scalar("0.004"))).toMatchObject({ passed: true, observed: "0.004" });
    expect(evaluateExpectation(expectation, ...scalar("0.01"))).toMatchObject({ passed: true, message: "Observed 0.01; expected at most 0.01." });
    expect(evaluateExpectation(expectation, ...scalar(-5))).toMatchObject({ passed: true });
  });

  it("fails above it", () => {
    expect(evaluateExpectation(expectation, ...scalar("0.0101"))).toMatchObject({ passed: false, observed: "0.0101", message: "Observed 0.0101; expected at most 0.01." });
  });
});

describe("evaluateExpectation: scalar_between", () => {
  const expectation = { type: "scalar_between", min: 0, max: 20 } as const;

  it("passes inside the range, bounds included", () => {
    for (const value of [0, "12.50", 20]) expect(evaluateExpectation(expectation, ...scalar(value)).passed).toBe(true);
    expect(evaluateExpectation(expectation, ...scalar("12.50")).message).toBe("Observed 12.50; expected between 0 and 20.");
  });

  it("fails below and above", () => {
    expect(evaluateExpectation(expectation, ...scalar(-0.01))).toMatchObject({ passed: false, observed: -0.01 });
    expect(evaluateExpectation(expectation, ...scalar("20.01"))).toMatchObject({ passed: false, observed: "20.01" });
  });
});

describe("evaluateExpectation: row_count_equals", () => {
  const expectation = { type: "row_count_equals", value: 0 } as const;

  it("passes on the expected count, even with no columns", () => {
    expect(evaluateExpectation(expectation, [], [])).toEqual({ passed: true, observed: 0, rowCount: 0, message: "The query returned 0 rows; expected 0 rows." });
  });

  it("fails on another count", () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    expect(evaluateExpectation(expectation, rows, ["id"])).toEqual({ passed: false, observed: 3, rowCount: 3, message: "The query returned 3 rows; expected 0 rows." });
    expect(evaluateExpectation({ type: "row_count_equals", value: 1 }, [{ id: 1 }], ["id"])).toMatchObject({ passed: true, message: "The query returned 1 row; expected 1 row." });
  });

  it("takes the full row count from the caller when only the first rows were kept", () => {
    expect(evaluateExpectation({ type: "row_count_equals", value: 5000 }, [{ id: 1 }], ["id"], { rowCount: 5000 })).toMatchObject({ passed: true, rowCount: 5000 });
  });
});

describe("evaluateExpectation: what cannot be judged fails", () => {
  const expectation = { type: "scalar_at_most", value: 10 } as const;

  it("no rows", () => {
    expect(evaluateExpectation(expectation, [], ["value"])).toEqual({ passed: false, observed: null, rowCount: 0, message: "The query returned no rows: expected one value." });
  });

  it("no columns", () => {
    expect(evaluateExpectation(expectation, [{}], [])).toMatchObject({ passed: false, observed: null, message: "The query returned no columns: expected one value." });
  });

  it("NULL", () => {
    expect(evaluateExpectation(expectation, ...scalar(null))).toMatchObject({ passed: false, observed: null, message: "The query returned NULL: expected a number (at most 10)." });
    // NULL is not 0: a COUNT over nothing is 0, a SUM over nothing is NULL
    expect(evaluateExpectation({ type: "scalar_equals", value: 0 }, ...scalar(null)).passed).toBe(false);
  });

  it("text, NaN and Infinity", () => {
    expect(evaluateExpectation(expectation, ...scalar("abc"))).toMatchObject({ passed: false, observed: "abc", message: 'The query returned "abc", which is not a number.' });
    expect(evaluateExpectation(expectation, ...scalar("NaN"))).toMatchObject({ passed: false, observed: "NaN" });
    expect(evaluateExpectation(expectation, ...scalar("-Infinity")).passed).toBe(false);
    expect(evaluateExpectation(expectation, ...scalar("")).passed).toBe(false);
    expect(evaluateExpectation(expectation, ...scalar("1 2")).passed).toBe(false);
  });

  it("a boolean, with advice to cast it", () => {
    expect(evaluateExpectation({ type: "scalar_equals", value: 1 }, ...scalar(true))).toMatchObject({
      passed: false,
      observed: "true",
      message: "The query returned true, which is not a number: cast it, e.g. (…)::int.",
    });
  });

  it("a JSON value", () => {
    expect(evaluateExpectation(expectation, ...scalar({ a: 1 }))).toMatchObject({ passed: false, observed: '{"a":1}' });
  });
});

describe("helpers", () => {
  it("asFiniteNumber reads numbers and Postgres numeric text only", () => {
    expect(asFiniteNumber(" 12.5 ")).toBe(12.5);
    expect(asFiniteNumber(".5")).toBe(0.5);
    expect(asFiniteNumber("5.")).toBe(5);
    expect(asFiniteNumber("0x10")).toBeNull();
    expect(asFiniteNumber(Number.NaN)).toBeNull();
    expect(asFiniteNumber(true)).toBeNull();
    expect(asFiniteNumber(null)).toBeNull();
  });

  it("describeExpectation", () => {
    expect(describeExpectation({ type: "scalar_between", min: 1, max: 2 })).toBe("between 1 and 2");
    expect(describeExpectation({ type: "row_count_equals", value: 1 })).toBe("1 row");
  });
});
