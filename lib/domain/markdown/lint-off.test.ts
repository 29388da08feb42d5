// Issue 11: the "**Lint off**:" line carries a runbook's switched-off schema-design warnings through
// export and import; a name that is not a schema-design rule is not taken (the risk rules cannot be
// switched off) and the line then stays visible text rather than being consumed as metadata.
import { describe, expect, it } from "vitest";
import { exportRunbookMarkdown } from "./export-runbook";
import { parseRunbookMarkdown } from "./parse-runbook";

const runbook = {
  title: "Shipments",
  summary: "",
  riskLevel: "LOW" as const,
  disabledLintRules: ["prefer-text-field", "ban-char-field"],
  preamble: "",
  phases: [
    {
      title: "Create",
      objective: "",
      estimatedMinutes: 5,
      steps: [{ kind: "SQL" as const, title: "Create", text: "CREATE TABLE s (c varchar(3));", language: "sql" }],
      checklistItems: [],
      successCriteria: [],
      notes: "",
    },
  ],
  rollback: null,
  signoffRoles: [],
  appendix: "",
};

describe("**Lint off**:", () => {
  it("is exported as a visible line and read back", () => {
    const markdown = exportRunbookMarkdown(runbook as never);
    expect(markdown).toContain("**Lint off**: prefer-text-field, ban-char-field");
    expect(parseRunbookMarkdown(markdown).disabledLintRules).toEqual(["prefer-text-field", "ban-char-field"]);
  });

  it("takes only schema-design rules", () => {
    const parsed = parseRunbookMarkdown("# T\n\n**Risk Level**: LOW\n**Lint off**: prefer-timestamptz, ban-drop-table\n\n## Phase 1: A (5 minutes)\n\n1. Do it\n");
    expect(parsed.disabledLintRules).toEqual(["prefer-timestamptz"]);
  });
});
