// Fan-out options through Markdown (issue 15 item 2): the step comment carries them; the import
// reads back the same draft step, and a bad fan-out in a comment is refused by the draft schema.
import { describe, expect, it } from "vitest";
import { draftContentFromParsed } from "@/lib/domain/runbook/from-parsed";
import { diffVersions } from "@/lib/domain/runbook/diff-versions";
import { exportedFanOut } from "@/lib/domain/runbook/fan-out";
import { describeFanOut, describeFanOutProgress, isSchemaFanOut } from "@/lib/domain/runbook/fan-out-labels";
import { exportRunbookMarkdown } from "./export-runbook";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TExportableRunbook, TParsedStepDetails } from "./types";

const fanOut = { schemas: null, query: "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\\_%' ORDER BY 1", concurrency: 4, onFailure: "FINISH_ALL" };
const sqlDetails: TParsedStepDetails = { kind: "SQL", statementTimeoutMs: 60_000, lockTimeoutMs: 5_000, fanOut };
const checkDetails: TParsedStepDetails = {
  kind: "QUERY_CHECK",
  statementTimeoutMs: 60_000,
  lockTimeoutMs: 5_000,
  expectation: { type: "scalar_equals", value: 0 },
  fanOut: { schemas: ["tenant_acme", "tenant_globex"], query: null, concurrency: 1, onFailure: "STOP" },
};

const runbook = (steps: { title: string; text: string; details: TParsedStepDetails }[]): TExportableRunbook => ({
  title: "Per tenant",
  summary: "",
  preamble: "",
  riskLevel: "MEDIUM",
  phases: [
    {
      title: "Migrate tenants",
      objective: "",
      estimatedMinutes: null,
      checklistItems: [],
      successCriteria: [],
      notes: "",
      steps: steps.map((s) => ({ kind: "SQL" as const, language: "sql", ...s })),
    },
  ],
  rollback: { phases: [] },
  signoffRoles: [],
});

describe("fan-out in Markdown", () => {
  it("the step comment carries the fan-out and the import reads back the same steps", () => {
    const markdown = exportRunbookMarkdown(
      runbook([
        { title: "Add the column", text: "ALTER TABLE fees ADD COLUMN note text;", details: sqlDetails },
        { title: "No pending migrations", text: "SELECT count(*) FROM pending_migrations", details: checkDetails },
      ]),
    );
    expect(markdown).toContain('"fanOut":{"schemas":null,"query":"SELECT nspname FROM pg_namespace');
    const parsed = parseRunbookMarkdown(markdown);
    expect(parsed.warnings).toEqual([]);
    const steps = draftContentFromParsed(parsed).phases.flatMap((p) => p.steps);
    expect(steps[0]).toMatchObject({ kind: "SQL", fanOut });
    expect(steps[1]).toMatchObject({ kind: "QUERY_CHECK", fanOut: checkDetails.fanOut });
  });

  it("a fanned-out BACKUP's fan-out goes out in its comment and comes back (issue 15)", () => {
    const details: TParsedStepDetails = {
      kind: "BACKUP",
      statementTimeoutMs: 60_000,
      lockTimeoutMs: 5_000,
      backupKey: "tenant_fees",
      backupTables: ["fees"],
      backupMaxMb: 64,
      fanOut,
    };
    const exportable = runbook([{ title: "Back up the tenants' fees", text: 'Back up fees as "tenant_fees".', details }]);
    const step = exportable.phases[0]!.steps[0]!;
    Object.assign(step, { kind: "BACKUP", language: null });
    const steps = draftContentFromParsed(parseRunbookMarkdown(exportRunbookMarkdown(exportable))).phases.flatMap((p) => p.steps);
    expect(steps[0]).toMatchObject({ kind: "BACKUP", backupKey: "tenant_fees", backupTables: ["fees"], fanOut });
  });

  it("a fan-out out of bounds in a comment is not imported as written", () => {
    const markdown = exportRunbookMarkdown(runbook([{ title: "Too wide", text: "SELECT 1;", details: { ...sqlDetails, fanOut: { ...fanOut, concurrency: 50 } } }]));
    const steps = draftContentFromParsed(parseRunbookMarkdown(markdown)).phases.flatMap((p) => p.steps);
    expect(steps[0]).not.toMatchObject({ fanOut: { concurrency: 50 } });
  });

  it("the diff names a changed fan-out", () => {
    const step = (f: unknown) => ({
      position: 1,
      kind: "SQL",
      title: "x",
      instructions: "",
      sql: "SELECT 1;",
      statementTimeoutMs: 1,
      lockTimeoutMs: 1,
      fanOut: f,
      expectation: null,
      baselineName: null,
      baselineKeyColumns: [],
      tolerances: null,
      httpUrl: null,
      httpExpectStatus: null,
      httpBodyContains: null,
      timeoutMs: null,
      commandArgv: [],
      outputCapBytes: null,
      language: null,
    });
    const version = (f: unknown) =>
      ({
        title: "t",
        summary: "",
        preamble: "",
        phases: [
          {
            procedure: "MAIN",
            position: 1,
            title: "P",
            objective: "",
            estimatedMinutes: null,
            failurePolicy: "STOP",
            isPointOfNoReturn: false,
            requiredSignoffRoles: [],
            notes: "",
            steps: [step(f)],
            checklistItems: [],
            successCriteria: [],
          },
        ],
        signoffSheet: [],
      }) as unknown as NonNullable<Parameters<typeof diffVersions>[0]>;
    // issue 15 item 2: schemas to databases, and one database list to another, are changes too
    const overDatabases = { over: "DATABASES", databases: null, schemas: null, query: null, concurrency: 1, onFailure: "STOP" };
    expect(JSON.stringify(diffVersions(version({ ...fanOut, query: null, schemas: ["a"] }), version(overDatabases)))).toContain("every database of the group");
    expect(JSON.stringify(diffVersions(version(overDatabases), version({ ...overDatabases, databases: ["shard_eu"] })))).toContain("shard_eu");
    expect(JSON.stringify(diffVersions(version(overDatabases), version({ ...overDatabases })))).not.toContain("Fan-out targets");
    const diff = diffVersions(version(null), version(fanOut));
    expect(JSON.stringify(diff)).toContain("Fan-out targets (schemas or databases)");
    expect(JSON.stringify(diffVersions(version(fanOut), version({ ...fanOut })))).not.toContain("Fan-out targets (schemas or databases)");
  });
});

describe("the lint knows a step runs once per schema", () => {
  it("warns when a fanned-out step names a schema-qualified table, not when it runs once", async () => {
    const { lintSqlSteps } = await import("@/lib/domain/sql/lint-steps");
    const sql = "UPDATE public.fees SET percentage_fee = 0; UPDATE fees SET status = 'active'; SELECT count(*) FROM pg_catalog.pg_class;";
    const fanned = await lintSqlSteps([{ id: "a", sql, isFanOut: true }]);
    const rules = (fanned.findingsByStep.a ?? []).filter((f) => f.rule === "fan-out-qualified-name");
    expect(rules).toHaveLength(1);
    expect(rules[0]!.message).toContain("public.fees");
    const once = await lintSqlSteps([{ id: "a", sql }]);
    expect((once.findingsByStep.a ?? []).some((f) => f.rule === "fan-out-qualified-name")).toBe(false);
  });
});

describe("fan-out over the databases of an environment group in Markdown, labels and lint (issue 15 item 2)", () => {
  it("the comment carries the target kind and the named databases; the import reads back the same step", () => {
    const details: TParsedStepDetails = {
      kind: "SQL",
      statementTimeoutMs: 60_000,
      lockTimeoutMs: 5_000,
      fanOut: exportedFanOut({ over: "DATABASES", databases: ["shard_eu", "shard_us"], schemas: null, query: null, concurrency: 2, onFailure: "FINISH_ALL" }),
    };
    const every: TParsedStepDetails = { ...details, fanOut: exportedFanOut({ over: "DATABASES", databases: null, schemas: null, query: null, concurrency: 1, onFailure: "STOP" }) };
    const markdown = exportRunbookMarkdown(
      runbook([
        { title: "Per shard", text: "UPDATE public.fees SET note = '';", details },
        { title: "Every shard", text: "SELECT 1;", details: every },
      ]),
    );
    expect(markdown).toContain('"fanOut":{"over":"DATABASES","databases":["shard_eu","shard_us"],"concurrency":2,"onFailure":"FINISH_ALL"}');
    const parsed = parseRunbookMarkdown(markdown);
    expect(parsed.warnings).toEqual([]);
    const steps = draftContentFromParsed(parsed).phases.flatMap((p) => p.steps);
    expect(steps[0]).toMatchObject({ fanOut: { over: "DATABASES", databases: ["shard_eu", "shard_us"], schemas: null, query: null, concurrency: 2, onFailure: "FINISH_ALL" } });
    expect(steps[1]).toMatchObject({ fanOut: { over: "DATABASES", databases: null } });
    // a schema fan-out is written as before the target kind existed
    expect(exportedFanOut({ over: "SCHEMAS", databases: null, schemas: ["a"], query: null, concurrency: 1, onFailure: "STOP" })).toEqual({
      schemas: ["a"],
      query: null,
      concurrency: 1,
      onFailure: "STOP",
    });
  });

  it("labels say databases: the step's settings, the progress and the policy", () => {
    expect(describeFanOut({ over: "DATABASES", databases: null, schemas: null, query: null, concurrency: 1, onFailure: "STOP" })).toBe(
      "once per database: every database of the environment's group · one at a time · stop at the first failed database",
    );
    expect(describeFanOut({ over: "DATABASES", databases: ["eu", "us"], schemas: null, query: null, concurrency: 2, onFailure: "FINISH_ALL" })).toBe(
      "once per database: 2 databases of the environment's group (eu, us) · 2 at a time · finish every database, then fail the step",
    );
    expect(describeFanOutProgress({ total: 4, done: 3, failed: 1 }, "database")).toBe("3 of 4 databases · 1 failed");
    expect(describeFanOutProgress({ total: 40, done: 12, failed: 1 })).toBe("12 of 40 schemas · 1 failed");
  });

  it("the lint's qualified-name warning is for schema fan-outs only: each database has its own public.fees", () => {
    expect(isSchemaFanOut({ schemas: ["a"] })).toBe(true);
    expect(isSchemaFanOut({ over: "DATABASES" })).toBe(false);
    expect(isSchemaFanOut(null)).toBe(false);
  });
});
