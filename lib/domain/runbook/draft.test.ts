import { describe, expect, it } from "vitest";
import { DRAFT_LIMITS, phasePositions, validateDraftDocument, type TDraftDocumentInput } from "./draft";

type TStepInput = NonNullable<TDraftDocumentInput["phases"]>[number]["steps"];

function doc(steps: NonNullable<TStepInput>, extra: Record<string, unknown> = {}): TDraftDocumentInput {
  return {
    lockVersion: 1,
    title: "Rename fixed_cost",
    riskLevel: "HIGH",
    phases: [{ title: "Migrate", steps, ...extra }],
  } as TDraftDocumentInput;
}

const errorsOf = (input: unknown) => {
  const result = validateDraftDocument(input);
  return result.ok ? {} : result.fieldErrors;
};

const VALID_STEPS = {
  MANUAL: { kind: "MANUAL", title: "Announce", instructions: "Post in #deploys" },
  SQL: { kind: "SQL", title: "Rename", sql: "ALTER TABLE t RENAME COLUMN a TO b;", statementTimeoutMs: 60000, lockTimeoutMs: 5000 },
  QUERY_CHECK: { kind: "QUERY_CHECK", title: "Count", sql: "select 1", expectation: { type: "scalar_between", min: 0, max: 20 } },
  BASELINE_CAPTURE: { kind: "BASELINE_CAPTURE", title: "Capture", sql: "select 1", baselineName: "revenue_before" },
  BASELINE_COMPARE: { kind: "BASELINE_COMPARE", title: "Compare", sql: "select 1", baselineName: "revenue_before", baselineKeyColumns: ["id"], tolerances: { revenue: 0.01 } },
  HTTP_CHECK: { kind: "HTTP_CHECK", title: "Health", httpUrl: "https://api.example.test/health", httpExpectStatus: 200, timeoutMs: 5000 },
  COMMAND: { kind: "COMMAND", title: "Restart", commandArgv: ["pm2", "restart", "api"], timeoutMs: 60000, outputCapBytes: 65536 },
} as const;

describe("ZDraftDocument", () => {
  it.each(Object.entries(VALID_STEPS))("accepts a complete %s step and applies defaults", (_kind, step) => {
    const result = validateDraftDocument(doc([step as never]));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.doc.phases[0]).toMatchObject({ procedure: "MAIN", failurePolicy: "STOP", isPointOfNoReturn: false, requiredSignoffRoles: [], checklistItems: [] });
      expect(result.doc.phases[0]!.steps[0]).toMatchObject({ ...step, language: null });
    }
  });

  it.each([
    ["MANUAL", { kind: "MANUAL", title: "x", instructions: "i".repeat(50_001) }, "instructions"],
    ["SQL", { kind: "SQL", title: "x", sql: "select 1", statementTimeoutMs: null, lockTimeoutMs: 5000 }, "statementTimeoutMs"],
    ["SQL", { kind: "SQL", title: "x", sql: "", statementTimeoutMs: 1, lockTimeoutMs: 1 }, "sql"],
    ["QUERY_CHECK", { kind: "QUERY_CHECK", title: "x", sql: "select 1", expectation: { type: "row_count_equals", value: 1 }, lockTimeoutMs: 0 }, "lockTimeoutMs"],
    ["QUERY_CHECK", { kind: "QUERY_CHECK", title: "x", sql: "select 1" }, "expectation"],
    ["QUERY_CHECK", { kind: "QUERY_CHECK", title: "x", sql: "select 1", expectation: { type: "scalar_between", min: 5, max: 1 } }, "expectation.max"],
    ["BASELINE_CAPTURE", { kind: "BASELINE_CAPTURE", title: "x", sql: "select 1" }, "baselineName"],
    ["BASELINE_COMPARE", { kind: "BASELINE_COMPARE", title: "x", sql: "select 1", baselineName: "b", baselineKeyColumns: [] }, "baselineKeyColumns"],
    [
      "BASELINE_COMPARE",
      { kind: "BASELINE_COMPARE", title: "x", sql: "select 1", baselineName: "b", baselineKeyColumns: ["id"], tolerances: { revenue: -1 } },
      "tolerances.revenue",
    ],
    ["HTTP_CHECK", { kind: "HTTP_CHECK", title: "x", httpUrl: "ftp://example.test/", httpExpectStatus: 200, timeoutMs: 1000 }, "httpUrl"],
    ["HTTP_CHECK", { kind: "HTTP_CHECK", title: "x", httpUrl: "https://example.test/", httpExpectStatus: 99, timeoutMs: 1000 }, "httpExpectStatus"],
    ["COMMAND", { kind: "COMMAND", title: "x", commandArgv: [], timeoutMs: 1000, outputCapBytes: 2048 }, "commandArgv"],
    ["COMMAND", { kind: "COMMAND", title: "x", commandArgv: [" "], timeoutMs: 1000, outputCapBytes: 2048 }, "commandArgv"],
    ["COMMAND", { kind: "COMMAND", title: "x", commandArgv: ["env"], commandEnv: { "1BAD": "x" }, timeoutMs: 1000, outputCapBytes: 2048 }, "commandEnv.1BAD"],
    ["COMMAND", { kind: "COMMAND", title: "x", commandArgv: ["env"], commandEnv: { GOOD: 1 }, timeoutMs: 1000, outputCapBytes: 2048 }, "commandEnv.GOOD"],
    ["any kind", { kind: "SQL", title: " ", sql: "select 1", statementTimeoutMs: 1, lockTimeoutMs: 1 }, "title"],
  ])("refuses a %s step missing what it needs (%#) at its field", (_kind, step, field) => {
    const errors = errorsOf(doc([step as never]));
    expect(Object.keys(errors)).toContain(`phases.0.steps.0.${field}`);
    expect(errors[`phases.0.steps.0.${field}`]![0]).toMatch(/^[A-Z]/);
  });

  it("refuses an unknown step kind with a readable message", () => {
    expect(errorsOf(doc([{ kind: "SHELL", title: "x" } as never]))["phases.0.steps.0.kind"]).toEqual(["Choose the kind of step."]);
  });

  it("refuses SQL larger than 200 kB", () => {
    const big = "select 1;\n".repeat(DRAFT_LIMITS.sqlMaxBytes / 10 + 1);
    expect(errorsOf(doc([{ ...VALID_STEPS.SQL, sql: big }]))["phases.0.steps.0.sql"]![0]).toMatch(/larger than 200 kB/);
  });

  it("binds a success criterion only to a step of the same phase that runs, never to a manual one", () => {
    const steps = [VALID_STEPS.SQL, VALID_STEPS.QUERY_CHECK, VALID_STEPS.MANUAL, VALID_STEPS.COMMAND];
    const ok = doc(steps as never, {
      successCriteria: [
        { text: "migrated", boundStepIndex: 0 },
        { text: "count in range", boundStepIndex: 1 },
        { text: "restarted", boundStepIndex: 3 },
        { text: "looked at it", boundStepIndex: null },
      ],
    });
    expect(validateDraftDocument(ok).ok).toBe(true);

    const toManual = errorsOf(doc(steps as never, { successCriteria: [{ text: "announced", boundStepIndex: 2 }] }));
    expect(toManual["phases.0.successCriteria.0.boundStepIndex"]![0]).toMatch(/Step 3 is a manual step/);
    const missing = errorsOf(doc(steps as never, { successCriteria: [{ text: "x", boundStepIndex: 7 }] }));
    expect(missing["phases.0.successCriteria.0.boundStepIndex"]![0]).toMatch(/no step 8/);
  });

  it("does not judge the program by its name: a shell is a program like any other", () => {
    // what protects the server is isolation, an allow-listed environment and redaction
    // (lib/server/execution/run-command.ts); a name-based "no shell" check only pretended to
    for (const argv of [
      ["bash", "-c", "echo hi"],
      ["env", "sh", "-c", "echo hi"],
      ["cmd.exe", "/C", "dir"],
    ]) {
      expect(validateDraftDocument(doc([{ kind: "COMMAND", title: "x", commandArgv: argv, timeoutMs: 1000, outputCapBytes: 2048 }] as never)).ok).toBe(true);
    }
  });

  it("keeps a COMMAND step's declared variables, and refuses too many", () => {
    const step = { kind: "COMMAND", title: "x", commandArgv: ["env"], commandEnv: { APP_ENV: "staging", _X1: "" }, timeoutMs: 1000, outputCapBytes: 2048 };
    const result = validateDraftDocument(doc([step] as never));
    expect(result.ok && result.doc.phases[0]!.steps[0]).toMatchObject({ commandEnv: { APP_ENV: "staging", _X1: "" } });
    const many = Object.fromEntries(Array.from({ length: DRAFT_LIMITS.commandEnvMax + 1 }, (_, i) => [`V${i}`, "x"]));
    expect(errorsOf(doc([{ ...step, commandEnv: many }] as never))["phases.0.steps.0.commandEnv"]).toEqual([`Declare at most ${DRAFT_LIMITS.commandEnvMax} variables.`]);
    expect(errorsOf(doc([{ ...step, commandEnv: { "1BAD": "x", "A-B": "y" } }] as never))).toEqual({
      "phases.0.steps.0.commandEnv.1BAD": ["A variable name uses letters, digits and underscores, and does not start with a digit."],
      "phases.0.steps.0.commandEnv.A-B": ["A variable name uses letters, digits and underscores, and does not start with a digit."],
    });
  });

  it("accepts what seed 003 holds: a manual step that is only a title, a script file run by pwsh", () => {
    const steps = [
      { kind: "MANUAL", title: "Open browser developer tools" },
      { kind: "COMMAND", title: "Deploy", commandArgv: ["pwsh", "-NoProfile", "-File", "./deploy_minimal.ps1"], timeoutMs: 1000, outputCapBytes: 2048 },
    ];
    expect(validateDraftDocument(doc(steps as never)).ok).toBe(true);
  });

  it("checks the metadata and the limits on counts", () => {
    const errors = errorsOf({ lockVersion: 0, title: "", riskLevel: "EXTREME", summary: "s".repeat(4001), phases: Array.from({ length: 101 }, () => ({ title: "p" })) });
    expect(Object.keys(errors).sort()).toEqual(["lockVersion", "phases", "riskLevel", "summary", "title"]);
    expect(errors.phases).toEqual(["A runbook may have at most 100 phases."]);
    const tooManySteps = errorsOf(doc(Array.from({ length: 201 }, () => VALID_STEPS.MANUAL) as never));
    expect(tooManySteps["phases.0.steps"]![0]).toMatch(/at most 200 steps/);
  });

  it("numbers phases within their procedure", () => {
    expect(phasePositions([{ procedure: "MAIN" }, { procedure: "ROLLBACK" }, { procedure: "MAIN" }, { procedure: "ROLLBACK" }])).toEqual([1, 1, 2, 2]);
  });
});

describe("follow-up phases (issue 15)", () => {
  const phase = (title: string, extra: Record<string, unknown> = {}) => ({ title, steps: [], ...extra });
  const withPhases = (phases: unknown[]) => ({ lockVersion: 1, title: "Rename fixed_cost", riskLevel: "HIGH", phases });

  it("accepts follow-ups after every main phase, from 1 minute to 30 days", () => {
    const result = validateDraftDocument(
      withPhases([
        phase("Migrate"),
        phase("Check at +4 h", { followUpOffsetMinutes: 240 }),
        phase("Check at +30 d", { followUpOffsetMinutes: 43_200 }),
        phase("Undo", { procedure: "ROLLBACK" }),
      ]),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.doc.phases.map((p) => p.followUpOffsetMinutes)).toEqual([null, 240, 43_200, null]);
  });

  it("refuses an offset out of range, a follow-up before a main phase, in the rollback procedure, or as a point of no return", () => {
    expect(errorsOf(withPhases([phase("A"), phase("B", { followUpOffsetMinutes: 0 })]))["phases.1.followUpOffsetMinutes"]).toEqual([expect.stringContaining("at least 1 minute")]);
    expect(errorsOf(withPhases([phase("A"), phase("B", { followUpOffsetMinutes: 43_201 })]))["phases.1.followUpOffsetMinutes"]).toEqual([
      expect.stringContaining("at most 30 days"),
    ]);
    expect(errorsOf(withPhases([phase("A", { followUpOffsetMinutes: 60 }), phase("B")]))["phases.0.followUpOffsetMinutes"]).toEqual([
      expect.stringContaining("after every main phase"),
    ]);
    expect(errorsOf(withPhases([phase("A"), phase("Undo", { procedure: "ROLLBACK", followUpOffsetMinutes: 60 })]))["phases.1.followUpOffsetMinutes"]).toEqual([
      expect.stringContaining("rollback phase cannot be a follow-up"),
    ]);
    expect(errorsOf(withPhases([phase("A"), phase("B", { followUpOffsetMinutes: 60, isPointOfNoReturn: true })]))["phases.1.isPointOfNoReturn"]).toEqual([
      expect.stringContaining("cannot be a point of no return"),
    ]);
  });
});
