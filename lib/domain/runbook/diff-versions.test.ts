import { describe, expect, it } from "vitest";
import { diffLines, diffVersions, foldUnchanged, type TDiffPhaseInput, type TDiffStepInput, type TDiffVersionInput } from "./diff-versions";

function step(position: number, overrides: Partial<TDiffStepInput> = {}): TDiffStepInput {
  return {
    position,
    kind: "MANUAL",
    title: `Step ${position}`,
    instructions: "",
    sql: null,
    statementTimeoutMs: null,
    lockTimeoutMs: null,
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
    ...overrides,
  };
}

function phase(position: number, title: string, overrides: Partial<TDiffPhaseInput> = {}): TDiffPhaseInput {
  return {
    procedure: "MAIN",
    position,
    title,
    objective: "",
    estimatedMinutes: 5,
    failurePolicy: "STOP",
    isPointOfNoReturn: false,
    requiredSignoffRoles: [],
    notes: "",
    steps: [],
    checklistItems: [],
    successCriteria: [],
    ...overrides,
  };
}

function version(phases: TDiffPhaseInput[], overrides: Partial<TDiffVersionInput> = {}): TDiffVersionInput {
  return {
    title: "Rename fixed_cost",
    summary: "",
    riskLevel: "HIGH",
    estimatedMinutes: 60,
    rollbackMinutes: 15,
    requireSeparationOfDuties: true,
    preamble: "",
    phases,
    signoffSheet: [],
    ...overrides,
  };
}

const summary = (diff: ReturnType<typeof diffVersions>) => diff.phases.map((p) => `${p.status}${p.isMoved ? "+moved" : ""}:${p.title}`);

describe("diffLines", () => {
  it("marks added and removed lines with both line numbers, keeping common lines", () => {
    const ops = diffLines("BEGIN;\nALTER TABLE a RENAME x TO y;\nCOMMIT;", "BEGIN;\nALTER TABLE a RENAME x TO z;\nSELECT 1;\nCOMMIT;");
    expect(ops.map((o) => `${o.op[0]}${o.oldLine ?? "-"}/${o.newLine ?? "-"} ${o.text}`)).toEqual([
      "s1/1 BEGIN;",
      "r2/- ALTER TABLE a RENAME x TO y;",
      "a-/2 ALTER TABLE a RENAME x TO z;",
      "a-/3 SELECT 1;",
      "s3/4 COMMIT;",
    ]);
  });

  it("handles empty texts, CRLF and a trailing newline", () => {
    expect(diffLines("", "")).toEqual([]);
    expect(diffLines("", "a\n").map((o) => o.op)).toEqual(["add"]);
    expect(diffLines("a\r\nb\r\n", "a\nb").every((o) => o.op === "same")).toBe(true);
  });

  it("is a minimal diff: every line of both texts appears once", () => {
    const before = ["a", "b", "c", "d", "e", "f"].join("\n");
    const after = ["a", "x", "c", "d", "f", "g"].join("\n");
    const ops = diffLines(before, after);
    expect(
      ops
        .filter((o) => o.op !== "add")
        .map((o) => o.text)
        .join(""),
    ).toBe("abcdef");
    expect(
      ops
        .filter((o) => o.op !== "remove")
        .map((o) => o.text)
        .join(""),
    ).toBe("axcdfg");
    expect(ops.filter((o) => o.op === "same")).toHaveLength(4);
  });

  it("folds long unchanged runs, keeping context around changes", () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join("\n");
    const after = before.replace("line 10", "line ten");
    const folded = foldUnchanged(diffLines(before, after), 2);
    expect(folded[0]).toEqual({ op: "skip", count: 7 });
    expect(folded.filter((f) => f.op !== "skip").map((f) => ("text" in f ? f.text : ""))).toEqual(["line 8", "line 9", "line 10", "line ten", "line 11", "line 12"]);
    expect(folded.at(-1)).toEqual({ op: "skip", count: 8 });
  });
});

describe("diffVersions", () => {
  it("finds nothing between identical versions", () => {
    const v = version([phase(1, "Backup", { steps: [step(1, { kind: "SQL", sql: "SELECT 1;" })] })]);
    const diff = diffVersions(v, structuredClone(v));
    expect(diff.isIdentical).toBe(true);
    expect(diff.metadata).toEqual([]);
    expect(summary(diff)).toEqual(["unchanged:Backup"]);
  });

  it("treats every phase as added for a first version", () => {
    const diff = diffVersions(null, version([phase(1, "Backup"), phase(2, "Migrate")]));
    expect(summary(diff)).toEqual(["added:Backup", "added:Migrate"]);
    expect(diff.phaseCounts).toEqual({ added: 2, removed: 0, changed: 0, moved: 0 });
  });

  it("reports metadata changes field by field", () => {
    const diff = diffVersions(version([]), version([], { riskLevel: "CRITICAL", estimatedMinutes: 90, requireSeparationOfDuties: false }));
    expect(diff.metadata.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Risk level", "HIGH", "CRITICAL"],
      ["Estimated minutes", "60", "90"],
      ["Separation of duties", "yes", "no"],
    ]);
  });

  it("matches phases by title, so an inserted phase does not make the rest look changed or moved", () => {
    const before = version([phase(1, "Backup"), phase(2, "Migrate"), phase(3, "Verify")]);
    const after = version([phase(1, "Announce"), phase(2, "Backup"), phase(3, "Migrate"), phase(4, "Verify")]);
    const diff = diffVersions(before, after);
    expect(summary(diff)).toEqual(["added:Announce", "unchanged:Backup", "unchanged:Migrate", "unchanged:Verify"]);
    expect(diff.phaseCounts).toEqual({ added: 1, removed: 0, changed: 0, moved: 0 });
  });

  it("places a removed phase where it was and marks a phase moved out of order", () => {
    const before = version([phase(1, "Backup"), phase(2, "Freeze writes"), phase(3, "Migrate"), phase(4, "Verify")]);
    const after = version([phase(1, "Verify"), phase(2, "Backup"), phase(3, "Migrate")]);
    const diff = diffVersions(before, after);
    expect(summary(diff)).toEqual(["unchanged+moved:Verify", "unchanged:Backup", "removed:Freeze writes", "unchanged:Migrate"]);
    expect(diff.phaseCounts).toMatchObject({ removed: 1, moved: 1 });
    expect(diff.isIdentical).toBe(false);
  });

  it("falls back to position for a renamed phase and names the fields that changed", () => {
    const before = version([phase(1, "Backup"), phase(2, "Migrate", { failurePolicy: "STOP", requiredSignoffRoles: ["DBA"] })]);
    const after = version([phase(1, "Backup"), phase(2, "Rename the column", { failurePolicy: "ROLLBACK", requiredSignoffRoles: ["DBA", "LEAD"], isPointOfNoReturn: true })]);
    const [, renamed] = diffVersions(before, after).phases;
    expect(renamed).toMatchObject({ status: "changed", title: "Rename the column", fromPosition: 2, toPosition: 2 });
    expect(renamed!.changes.map((c) => c.label)).toEqual(["Title", "Failure policy", "Point of no return", "Required sign-offs"]);
  });

  it("keeps MAIN and ROLLBACK phases apart even with the same title", () => {
    const before = version([phase(1, "Restore"), phase(1, "Restore", { procedure: "ROLLBACK" })]);
    const after = version([phase(1, "Restore", { procedure: "ROLLBACK", estimatedMinutes: 30 })]);
    const diff = diffVersions(before, after);
    expect(diff.phases.map((p) => `${p.procedure}:${p.status}`)).toEqual(["MAIN:removed", "ROLLBACK:changed"]);
  });

  it("diffs steps by kind and title with a line diff of their SQL", () => {
    const before = version([
      phase(1, "Migrate", {
        steps: [step(1, { kind: "SQL", title: "Rename", sql: "BEGIN;\nALTER TABLE t RENAME a TO b;\nCOMMIT;", lockTimeoutMs: 5000 }), step(2, { title: "Tell support" })],
      }),
    ]);
    const after = version([
      phase(1, "Migrate", {
        steps: [
          step(1, { kind: "MANUAL", title: "Announce" }),
          step(2, { kind: "SQL", title: "Rename", sql: "BEGIN;\nALTER TABLE t RENAME a TO c;\nCOMMIT;", lockTimeoutMs: 2000 }),
        ],
      }),
    ]);
    const [migrate] = diffVersions(before, after).phases;
    expect(migrate!.status).toBe("changed");
    expect(migrate!.steps.map((s) => `${s.status}:${s.title}`)).toEqual(["added:Announce", "changed:Rename", "removed:Tell support"]);
    const rename = migrate!.steps[1]!;
    expect(rename).toMatchObject({ fromPosition: 1, toPosition: 2, isMoved: false });
    const sql = rename.changes.find((c) => c.field === "sql")!;
    expect(sql.lines!.map((l) => `${l.op}:${l.text}`)).toEqual(["same:BEGIN;", "remove:ALTER TABLE t RENAME a TO b;", "add:ALTER TABLE t RENAME a TO c;", "same:COMMIT;"]);
    expect(rename.changes.find((c) => c.field === "lockTimeoutMs")).toMatchObject({ before: "5000", after: "2000", lines: null });
  });

  it("shows the script of an added or removed step in full", () => {
    const before = version([phase(1, "Verify")]);
    const after = version([phase(1, "Verify", { steps: [step(1, { kind: "QUERY_CHECK", title: "No nulls", sql: "SELECT count(*) FROM t WHERE c IS NULL" })] })]);
    const [verify] = diffVersions(before, after).phases;
    expect(verify!.steps[0]).toMatchObject({ status: "added", body: { label: "SQL", text: "SELECT count(*) FROM t WHERE c IS NULL" } });
  });

  it("compares JSON fields regardless of key order and argv by value", () => {
    const a = step(1, { kind: "QUERY_CHECK", title: "Check", expectation: { type: "scalar_equals", value: 0 }, commandArgv: [] });
    const b = step(1, { kind: "QUERY_CHECK", title: "Check", expectation: { value: 0, type: "scalar_equals" } });
    const diff = diffVersions(version([phase(1, "P", { steps: [a] })]), version([phase(1, "P", { steps: [b] })]));
    expect(diff.isIdentical).toBe(true);
    const c = step(1, { kind: "QUERY_CHECK", title: "Check", expectation: { type: "scalar_equals", value: 1 } });
    const changed = diffVersions(version([phase(1, "P", { steps: [a] })]), version([phase(1, "P", { steps: [c] })]));
    expect(changed.phases[0]!.steps[0]!.changes.map((x) => x.field)).toEqual(["expectation"]);
  });

  it("shows a COMMAND step's changed environment variables to the reviewer", () => {
    const a = step(1, { kind: "COMMAND", title: "Restart", commandArgv: ["pm2", "restart", "api"], commandEnv: null });
    const b = step(1, { kind: "COMMAND", title: "Restart", commandArgv: ["pm2", "restart", "api"], commandEnv: { LD_PRELOAD: "/tmp/x.so" } });
    const diff = diffVersions(version([phase(1, "P", { steps: [a] })]), version([phase(1, "P", { steps: [b] })]));
    expect(diff.phases[0]!.steps[0]!.changes.map((x) => x.field)).toEqual(["commandEnv"]);
  });

  it("names a SQL step moved outside a transaction and its lock retries; a stored null reads as the default 3", () => {
    const sql = "CREATE INDEX CONCURRENTLY i ON t (a)";
    const before = step(1, { kind: "SQL", title: "Index", sql, lockRetries: null });
    const same = step(1, { kind: "SQL", title: "Index", sql, outsideTransaction: false, lockRetries: 3 });
    expect(diffVersions(version([phase(1, "P", { steps: [before] })]), version([phase(1, "P", { steps: [same] })])).isIdentical).toBe(true);
    const after = step(1, { kind: "SQL", title: "Index", sql, outsideTransaction: true, lockRetries: 0 });
    const diff = diffVersions(version([phase(1, "P", { steps: [before] })]), version([phase(1, "P", { steps: [after] })]));
    expect(diff.phases[0]!.steps[0]!.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Outside a transaction", "no", "yes"],
      ["Lock-timeout retries", "3", "0"],
    ]);
  });

  it("diffs checklist items and success criteria: added, removed, reworded, required switched", () => {
    const before = version([
      phase(1, "Backup", {
        checklistItems: [
          { position: 1, text: "Backup taken", isRequired: true },
          { position: 2, text: "Ticket open", isRequired: true },
          { position: 3, text: "Team told", isRequired: true },
        ],
        successCriteria: [{ position: 1, text: "Backup restorable", step: null }],
      }),
    ]);
    const after = version([
      phase(1, "Backup", {
        checklistItems: [
          { position: 1, text: "Backup taken", isRequired: false },
          { position: 2, text: "Change ticket open", isRequired: true },
          { position: 3, text: "Team told", isRequired: true },
          { position: 4, text: "On-call paged", isRequired: true },
        ],
        successCriteria: [{ position: 1, text: "Backup restorable", step: { title: "Restore test" } }],
      }),
    ]);
    const [backup] = diffVersions(before, after).phases;
    expect(backup!.status).toBe("changed");
    expect(backup!.checklistItems.map((c) => [c.status, c.text, c.previousText, c.details])).toEqual([
      ["changed", "Backup taken", null, ["required: required → optional"]],
      ["changed", "Change ticket open", "Ticket open", []],
      ["added", "On-call paged", null, []],
    ]);
    expect(backup!.successCriteria).toEqual([expect.objectContaining({ status: "changed", details: ["met by: manual evidence → step “Restore test”"] })]);
  });

  it("diffs the sign-off sheet", () => {
    const before = version([], {
      signoffSheet: [
        { position: 1, label: "Deployment Lead", role: "LEAD" },
        { position: 2, label: "QA", role: null },
      ],
    });
    const after = version([], {
      signoffSheet: [
        { position: 1, label: "Deployment Lead", role: "LEAD" },
        { position: 2, label: "Database Admin", role: "DBA" },
        { position: 3, label: "Product owner", role: null },
      ],
    });
    // QA and Database Admin sit at the same position: read as QA reworded
    expect(diffVersions(before, after).signoffSheet.map((l) => [l.status, l.text, l.previousText])).toEqual([
      ["changed", "Database Admin", "QA"],
      ["added", "Product owner", null],
    ]);
  });
});
