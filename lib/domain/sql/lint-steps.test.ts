import { describe, expect, it } from "vitest";
import { lintSqlSteps } from "./lint-steps";
import { countBySeverity, describeRiskCounts } from "./risk-counts";

describe("lintSqlSteps", () => {
  it("lints each step on its own and sums the findings", async () => {
    const risk = await lintSqlSteps([
      { id: "a", sql: "ALTER TABLE orders RENAME COLUMN total TO amount;" },
      { id: "b", sql: "SELECT 1;" },
      { id: "c", sql: "CREATE INDEX i ON orders (a);\nDROP TABLE old_orders;" },
      { id: "d", sql: "   " },
    ]);
    expect(Object.keys(risk.findingsByStep).sort()).toEqual(["a", "c"]);
    expect(risk.findingsByStep.c!.map((f) => [f.rule, f.line])).toEqual([
      ["require-concurrent-index-creation", 1],
      ["ban-drop-table", 2],
    ]);
    expect(risk.summary).toMatchObject({ total: 3, bySeverity: { warning: 1, danger: 2 }, highest: "danger" });
    expect(risk.summary.byRule).toEqual({ "rename-column": 1, "require-concurrent-index-creation": 1, "ban-drop-table": 1 });
  });

  it("does not carry one step's transaction state into the next (each step is its own transaction)", async () => {
    const risk = await lintSqlSteps([
      { id: "create", sql: "CREATE TABLE t (a int);" },
      { id: "index", sql: "CREATE INDEX i ON t (a);" },
    ]);
    // the table is new only inside the first script: the second step's index is on an existing table
    expect(risk.findingsByStep.index?.map((f) => f.rule)).toEqual(["require-concurrent-index-creation"]);
  });

  it("lints a phase's steps in order: a validated CHECK (col IS NOT NULL) makes a later SET NOT NULL no danger", async () => {
    const recipe = [
      { id: "add", phaseKey: "p1", sql: "ALTER TABLE orders ADD CONSTRAINT region_nn CHECK (region IS NOT NULL) NOT VALID;" },
      { id: "validate", phaseKey: "p1", sql: "ALTER TABLE orders VALIDATE CONSTRAINT region_nn;" },
      { id: "set", phaseKey: "p1", sql: "ALTER TABLE orders ALTER COLUMN region SET NOT NULL;" },
    ];
    expect((await lintSqlSteps(recipe)).findingsByStep).toEqual({});
    // without the validation, or another column, or on Postgres 11, the scan happens
    expect((await lintSqlSteps([recipe[0]!, recipe[2]!])).findingsByStep.set?.map((f) => f.rule)).toEqual(["setting-not-nullable-field"]);
    expect((await lintSqlSteps(recipe, { serverVersion: 11 })).findingsByStep.set?.map((f) => f.rule)).toEqual(["setting-not-nullable-field"]);
    expect((await lintSqlSteps(recipe.map(({ phaseKey: _p, ...s }) => s))).findingsByStep.set?.map((f) => f.rule)).toEqual(["setting-not-nullable-field"]);
    const other = [...recipe.slice(0, 2), { id: "set", phaseKey: "p1", sql: "ALTER TABLE orders ALTER COLUMN country SET NOT NULL;" }];
    expect((await lintSqlSteps(other)).findingsByStep.set?.map((f) => f.rule)).toEqual(["setting-not-nullable-field"]);
  });

  it("lints a step outside a transaction as it will run", async () => {
    const risk = await lintSqlSteps([
      { id: "in", sql: "CREATE INDEX CONCURRENTLY i ON orders (a);" },
      { id: "out", sql: "CREATE INDEX CONCURRENTLY i ON orders (a);", outsideTransaction: true },
    ]);
    expect(risk.findingsByStep.in?.map((f) => f.rule)).toEqual(["create-index-concurrently-in-transaction"]);
    expect(risk.findingsByStep.out).toBeUndefined();
  });

  it("reports SQL that does not parse as a danger, never as no risk", async () => {
    const risk = await lintSqlSteps([{ id: "x", sql: "SELEC 1;" }]);
    expect(risk.findingsByStep.x).toMatchObject([{ rule: "invalid-sql", severity: "danger", line: 1 }]);
  });

  it("has an empty summary for no steps", async () => {
    expect(await lintSqlSteps([])).toEqual({ findingsByStep: {}, summary: { total: 0, bySeverity: { warning: 0, danger: 0 }, byRule: {}, highest: null } });
  });
});

describe("describeRiskCounts", () => {
  it.each([
    [[], "No findings"],
    [["danger"], "1 danger"],
    [["warning"], "1 warning"],
    [["danger", "warning", "warning"], "1 danger · 2 warnings"],
    [["danger", "danger"], "2 danger"],
  ] as const)("%j → %s", (severities, text) => {
    expect(describeRiskCounts(countBySeverity(severities.map((severity) => ({ severity }))))).toBe(text);
  });
});
