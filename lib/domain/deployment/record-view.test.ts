import { describe, expect, it } from "vitest";
import { stepNumberPrefix } from "./record-view";

describe("stepNumberPrefix", () => {
  it("numbers a step whose title has no number of its own", () => {
    expect(stepNumberPrefix(2, "Capture baseline")).toBe("2.");
    expect(stepNumberPrefix(3, "2026 figures")).toBe("3.");
  });

  it("leaves the number out when the author's title already starts with one: never 1. 1. Capture baseline", () => {
    expect(stepNumberPrefix(1, "1. Capture baseline")).toBe("");
    expect(stepNumberPrefix(4, "4) Verify")).toBe("");
    expect(stepNumberPrefix(2, "2.1 Check rows")).toBe("");
  });
});
