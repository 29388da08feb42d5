// BACKUP and RESTORE steps in a draft (issue 15): each step's own fields, and what only the whole
// document can check — a key given once, a RESTORE naming a BACKUP that comes before it.
import { describe, expect, it } from "vitest";
import { validateDraftDocument, type TDraftDocumentInput } from "./draft";

const backup = (over: Record<string, unknown> = {}) => ({
  kind: "BACKUP",
  title: "Back up products",
  backupKey: "before_rename",
  backupTables: ["public.client_products"],
  ...over,
});
const restore = (over: Record<string, unknown> = {}) => ({ kind: "RESTORE", title: "Restore products", backupKey: "before_rename", ...over });

function doc(phases: { procedure?: "MAIN" | "ROLLBACK"; steps: unknown[] }[]): TDraftDocumentInput {
  return { lockVersion: 1, title: "Rename", riskLevel: "HIGH", phases: phases.map((p, i) => ({ title: `Phase ${i + 1}`, ...p })) } as TDraftDocumentInput;
}
const errorsOf = (input: unknown) => {
  const result = validateDraftDocument(input);
  return result.ok ? {} : result.fieldErrors;
};

describe("BACKUP and RESTORE steps", () => {
  it("accepts a backup and the rollback's restore of it, with the defaults", () => {
    const result = validateDraftDocument(doc([{ steps: [backup()] }, { procedure: "ROLLBACK", steps: [restore()] }]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.phases[0]!.steps[0]).toMatchObject({
      backupKey: "before_rename",
      backupTables: ["public.client_products"],
      backupFilter: null,
      backupMaxMb: 1024,
      statementTimeoutMs: 60000,
      lockTimeoutMs: 5000,
    });
    expect(result.doc.phases[1]!.steps[0]).toMatchObject({ kind: "RESTORE", backupKey: "before_rename" });
  });

  it("accepts a row filter on one table, and refuses it on several", () => {
    expect(errorsOf(doc([{ steps: [backup({ backupFilter: "status = 'pending'" })] }]))).toEqual({});
    expect(errorsOf(doc([{ steps: [backup({ backupTables: ["a", "b"], backupFilter: "id < 10" })] }]))).toEqual({
      "phases.0.steps.0.backupFilter": ["A row filter applies to one table: name exactly one table, or clear the filter."],
    });
  });

  it.each([
    [{ backupKey: "Before Rename" }, "phases.0.steps.0.backupKey", /lower-case letters/],
    [{ backupKey: "" }, "phases.0.steps.0.backupKey", /Enter the backup's key/],
    [{ backupKey: "a".repeat(31) }, "phases.0.steps.0.backupKey", /1 to 30/],
    [{ backupTables: [] }, "phases.0.steps.0.backupTables", /at least one table/],
    [{ backupTables: ['public."Weird"'] }, "phases.0.steps.0.backupTables.0", /table or schema.table/],
    [{ backupTables: ["a; drop table b"] }, "phases.0.steps.0.backupTables.0", /table or schema.table/],
    [{ backupTables: ["a", "a"] }, "phases.0.steps.0.backupTables", /each table once/],
    [{ backupMaxMb: 0 }, "phases.0.steps.0.backupMaxMb", /at least 1/],
  ])("refuses %j", (over, path, message) => {
    const errors = errorsOf(doc([{ steps: [backup(over)] }]));
    expect(errors[path]?.join(" ")).toMatch(message);
  });

  it("refuses a key given to two backups", () => {
    expect(errorsOf(doc([{ steps: [backup(), backup({ backupTables: ["orders"] })] }]))).toEqual({
      "phases.0.steps.1.backupKey": ['Another backup step already uses the key "before_rename": give each backup its own key.'],
    });
  });

  it("refuses a restore of a key no backup has, or of a backup taken after it", () => {
    expect(errorsOf(doc([{ steps: [backup()] }, { procedure: "ROLLBACK", steps: [restore({ backupKey: "nope" })] }]))).toEqual({
      "phases.1.steps.0.backupKey": ['No backup step of the main procedure has the key "nope": name the key of a backup step.'],
    });
    expect(errorsOf(doc([{ steps: [restore()] }, { steps: [backup()] }]))).toEqual({
      "phases.0.steps.0.backupKey": ['The backup "before_rename" is taken after this step: move the restore after its backup.'],
    });
    // in the main procedure, after its backup: fine
    expect(errorsOf(doc([{ steps: [backup()] }, { steps: [restore()] }]))).toEqual({});
  });
});
