import { describe, expect, it } from "vitest";
import type { TLintFinding } from "@/lib/domain/sql/lint-sql";
import { dangerFindingsOf, matchAcknowledgements, parseStoredAcknowledgements } from "./lint-acknowledgements";

const STEP_A = "0195f5a0-0000-7000-8000-00000000000a";
const STEP_B = "0195f5a0-0000-7000-8000-00000000000b";
const finding = (rule: string, line: number, severity: "danger" | "warning"): TLintFinding => ({
  rule,
  line,
  column: 1,
  severity,
  statement: "",
  message: "m",
  saferAlternative: "s",
});

describe("danger acknowledgements", () => {
  const findings = {
    [STEP_A]: [finding("ban-drop-table", 2, "danger"), finding("rename-column", 3, "warning"), finding("ban-drop-table", 2, "danger")],
    [STEP_B]: [finding("delete-without-where", 1, "danger")],
  };

  it("lists each danger finding once, by step, rule and line; warnings need nothing", () => {
    expect(dangerFindingsOf(findings)).toEqual([
      { stepId: STEP_A, rule: "ban-drop-table", line: 2 },
      { stepId: STEP_B, rule: "delete-without-where", line: 1 },
    ]);
  });

  it("names what is missing and keeps only acknowledgements of current danger findings", () => {
    const acks = [
      { stepId: STEP_A.toUpperCase(), rule: "ban-drop-table", line: 2, reason: "backed up" },
      { stepId: STEP_A, rule: "rename-column", line: 3, reason: "a warning: not needed, dropped" },
    ];
    expect(matchAcknowledgements(dangerFindingsOf(findings), acks)).toEqual({
      missing: [{ stepId: STEP_B, rule: "delete-without-where", line: 1 }],
      matched: [{ stepId: STEP_A, rule: "ban-drop-table", line: 2, reason: "backed up" }],
    });
  });

  it("reads back only well-formed stored acknowledgements", () => {
    const good = { stepId: STEP_A, rule: "ban-drop-table", line: 2, reason: "r", acknowledgedById: "u", acknowledgedByLabel: "u@x", acknowledgedAt: "2026-11-29T00:00:00.000Z" };
    expect(parseStoredAcknowledgements([good, { rule: "x" }])).toEqual([good]);
    expect(parseStoredAcknowledgements(null)).toEqual([]);
  });
});
