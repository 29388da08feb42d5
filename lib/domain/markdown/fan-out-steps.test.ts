// Fan-out options through Markdown (issue 15 item 2): the step comment carries them; the import
// reads back the same draft step, and a bad fan-out in a comment is refused by the draft schema.
import { describe, expect, it } from "vitest";
import { draftContentFromParsed } from "@/lib/domain/runbook/from-parsed";
import { diffVersions } from "@/lib/domain/runbook/diff-versions";
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
    const diff = diffVersions(version(null), version(fanOut));
    expect(JSON.stringify(diff)).toContain("Target schemas (fan-out)");
    expect(JSON.stringify(diffVersions(version(fanOut), version({ ...fanOut })))).not.toContain("Target schemas (fan-out)");
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
