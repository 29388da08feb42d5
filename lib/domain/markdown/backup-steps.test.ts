// BACKUP and RESTORE steps through Markdown (issue 15 item 4): the export writes a sentence and a
// `<!-- phaseline:step -->` comment; the import reads back the same draft steps.
import { describe, expect, it } from "vitest";
import { draftContentFromParsed } from "@/lib/domain/runbook/from-parsed";
import { exportRunbookMarkdown } from "./export-runbook";
import { parseRunbookMarkdown, stepSentence } from "./parse-runbook";
import type { TExportableRunbook, TParsedStepDetails } from "./types";

const phase = (title: string, steps: { title: string; text: string; details: TParsedStepDetails }[]) => ({
  title,
  objective: "",
  estimatedMinutes: null,
  checklistItems: [],
  successCriteria: [],
  notes: "",
  steps: steps.map((s) => ({ kind: "MANUAL" as const, language: null, ...s })),
});

const backupDetails: TParsedStepDetails = {
  kind: "BACKUP",
  statementTimeoutMs: 120_000,
  lockTimeoutMs: 3_000,
  backupKey: "before_rename",
  backupTables: ["public.client_products", "orders"],
  backupMaxMb: 512,
};
const filteredDetails: TParsedStepDetails = {
  kind: "BACKUP",
  statementTimeoutMs: 60_000,
  lockTimeoutMs: 5_000,
  backupKey: "pending_rows",
  backupTables: ["orders"],
  backupFilter: "status = 'pending'",
  backupMaxMb: 1024,
};
const restoreDetails: TParsedStepDetails = { kind: "RESTORE", statementTimeoutMs: 60_000, lockTimeoutMs: 5_000, backupKey: "before_rename" };

const withoutKind = ({ kind: _kind, ...rest }: TParsedStepDetails) => rest;

const runbook: TExportableRunbook = {
  title: "Rename with a backup",
  summary: "",
  preamble: "",
  riskLevel: "HIGH",
  phases: [
    phase("Back up", [
      {
        title: "Back up the products",
        text: `${stepSentence(backupDetails)}\n\nCheck the disk first.`,
        details: { kind: "BACKUP", instructions: "Check the disk first.", ...withoutKind(backupDetails) },
      },
      { title: "Back up pending orders", text: stepSentence(filteredDetails), details: filteredDetails },
    ]),
  ],
  rollback: { phases: [phase("Restore", [{ title: "Restore the products", text: stepSentence(restoreDetails), details: restoreDetails }])] },
  signoffRoles: [],
};

describe("BACKUP and RESTORE in Markdown", () => {
  it("exports a sentence and a step comment, and imports back the same steps", () => {
    const markdown = exportRunbookMarkdown(runbook);
    expect(markdown).toContain('<!-- phaseline:step {"kind":"BACKUP"');
    expect(markdown).toContain('<!-- phaseline:step {"kind":"RESTORE"');
    expect(markdown).toContain("Back up orders rows where status = 'pending' as \"pending_rows\" (refused above 1.0 GB).");
    const parsed = parseRunbookMarkdown(markdown);
    expect(parsed.warnings).toEqual([]);
    const content = draftContentFromParsed(parsed);
    const steps = content.phases.flatMap((p) => p.steps);
    expect(steps).toEqual([
      expect.objectContaining({
        kind: "BACKUP",
        title: "Back up the products",
        instructions: "Check the disk first.",
        backupKey: "before_rename",
        backupTables: ["public.client_products", "orders"],
        backupFilter: null,
        backupMaxMb: 512,
        statementTimeoutMs: 120_000,
        lockTimeoutMs: 3_000,
      }),
      expect.objectContaining({
        kind: "BACKUP",
        title: "Back up pending orders",
        instructions: "",
        backupKey: "pending_rows",
        backupTables: ["orders"],
        backupFilter: "status = 'pending'",
        backupMaxMb: 1024,
      }),
      expect.objectContaining({ kind: "RESTORE", title: "Restore the products", instructions: "", backupKey: "before_rename" }),
    ]);
    expect(content.phases.map((p) => p.procedure)).toEqual(["MAIN", "ROLLBACK"]);
    // and once more: the export of the import writes the same steps
    const stepLines = (text: string) => text.split("\n").filter((line) => /phaseline:step|^\s+(Back up|Restore backup)/.test(line));
    expect(stepLines(exportRunbookMarkdown(parsed))).toEqual(stepLines(markdown));
    expect(stepLines(markdown)).toHaveLength(6);
  });

  it("keeps a comment whose backup fields do not fit as notes, with a warning", () => {
    const markdown = [
      "# Runbook",
      "## Phase 1: Back up",
      "**Steps**:",
      "1. Back up",
      "",
      '   <!-- phaseline:step {"kind":"BACKUP","backupKey":"Bad Key","backupTables":["t"]} -->',
      "",
      "   Back up t.",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(markdown);
    expect(parsed.warnings.join(" ")).toMatch(/backupKey/);
    expect(parsed.phases[0]!.steps.some((s) => s.details?.kind === "BACKUP")).toBe(false);
  });
});
