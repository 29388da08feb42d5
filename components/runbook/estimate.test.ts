import { describe, expect, it } from "vitest";
import { describeEstimate } from "./estimate";

describe("describeEstimate", () => {
  it("says which figure is the runbook's own and what its phases add up to", () => {
    expect(describeEstimate(45, [5, 1433])).toEqual({
      figure: "45 min, the runbook's own figure",
      note: "its phases' estimates add up to 23 h 58 min",
    });
  });
  it("says when the two agree, and names phases without an estimate", () => {
    expect(describeEstimate(30, [10, 20, null])).toEqual({ figure: "30 min", note: "the same as its phases' estimates added up (1 phase has no estimate)" });
  });
  it("falls back on the phases when the runbook gives no figure", () => {
    expect(describeEstimate(null, [10, 20])).toEqual({ figure: "Not given", note: "its phases' estimates add up to 30 min" });
    expect(describeEstimate(null, [])).toEqual({ figure: "Not given", note: null });
    expect(describeEstimate(45, [null])).toEqual({ figure: "45 min", note: null });
  });
});
