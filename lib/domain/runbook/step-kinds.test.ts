// The one list of step kinds names exactly the database's StepKind enum, in its order.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHECK_STEP_KINDS, REHEARSABLE_STEP_KINDS, SQL_STEP_KINDS, STEP_KINDS, isCheckStepKind, isSqlStepKind, isStepKind } from "./step-kinds";

describe("step kinds", () => {
  it("are the StepKind enum of prisma/schema.prisma", () => {
    const schema = readFileSync(join(import.meta.dirname, "..", "..", "..", "prisma", "schema.prisma"), "utf8");
    const block = /enum StepKind \{([^}]*)\}/.exec(schema)?.[1] ?? "";
    const names = block
      .split("\n")
      .map((line) => line.replace(/\/\/.*$/, "").trim())
      .filter(Boolean);
    expect(names).toEqual([...STEP_KINDS]);
  });

  it("sorts each kind into its families", () => {
    expect(CHECK_STEP_KINDS).toEqual(STEP_KINDS.filter((k) => k !== "MANUAL"));
    for (const kind of [...SQL_STEP_KINDS, ...REHEARSABLE_STEP_KINDS]) expect(isStepKind(kind)).toBe(true);
    expect(isSqlStepKind("QUERY_CHECK")).toBe(true);
    expect(isSqlStepKind("COMMAND")).toBe(false);
    expect(isCheckStepKind("MANUAL")).toBe(false);
    expect(isStepKind("DROP")).toBe(false);
  });
});
