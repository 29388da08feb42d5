// A sign-off section holding checkboxes (issue 16; PRODUCT.md "Import and export": "a sign-off section
// into required sign-offs" and "every checkbox becomes a tickable item wherever it stands"). One
// line lands in one field: a checkbox is a checklist item a person ticks (who and when kept), a
// "**Role**: ____ Date: ____" line is a line of the sign-off sheet.
import { describe, expect, it } from "vitest";
import { expectSound, lines, parseSoundly, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("a sign-off section with checkboxes", () => {
  it("makes its checkboxes items of the phase before it and keeps its role lines on the sheet", () => {
    const source = [
      "# Release 4.2",
      "",
      "## 1. Deploy",
      "- [ ] Deploy the build",
      "",
      "## 2. Verify",
      "- [ ] Smoke tests pass",
      "",
      "## Sign-off",
      "- [ ] QA approval obtained",
      "- [ ] Product owner approval obtained",
      "",
      "**Deployment Lead**: ____________ Date: ______",
      "**DBA**: ____________ Date: ______",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
    expect(parsed.signoffRoles).toEqual(["Deployment Lead", "DBA"]);
    expect(parsed.phases[1]?.checklistItems.map((i) => i.text)).toEqual(["Smoke tests pass", "Sign-off: QA approval obtained", "Sign-off: Product owner approval obtained"]);
    expectSound(source, parsed);
  });

  it("joins the first phase when the sign-off section comes before the phases", () => {
    const source = [
      "# Change 118",
      "",
      "## Approvals",
      "- [ ] Change advisory board approved",
      "",
      "**Change Manager**: ________",
      "",
      "## Phase 1: Apply",
      "- [ ] Apply the change",
      "",
      "## Phase 2: Check",
      "- [ ] Dashboards green",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Apply", "Check"]);
    expect(parsed.signoffRoles).toEqual(["Change Manager"]);
    expect(parsed.phases[0]?.checklistItems.map((i) => i.text)).toEqual(["Apply the change", "Approvals: Change advisory board approved"]);
    expectSound(source, parsed);
  });

  it("reads an approvals section of checkboxes only — with sub-headings naming groups — as a checklist, not as roles", () => {
    const source = [
      "# Change request",
      "",
      "## Implementation",
      "1. Stop the service",
      "2. Apply the patch",
      "",
      "## Approvals",
      "",
      "### Change Advisory Board (CAB)",
      "<!-- For Normal and Emergency changes -->",
      "- [ ] CAB Review Required",
      "- [ ] CAB Approval Obtained",
      "",
      "### Additional Approvals",
      "- [ ] Technical Lead Approval",
      "- [ ] Security Team Approval",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.signoffRoles).toEqual([]);
    const items = [...parsed.phases.flatMap((p) => p.checklistItems)].map((i) => i.text);
    expect(items).toHaveLength(4);
    expect(items).toContain("Change Advisory Board (CAB): CAB Approval Obtained");
    expect(items).toContain("Additional Approvals: Security Team Approval");
    expectSound(source, parsed);
  });

  it("still reads a sheet of role lines without checkboxes as required sign-offs (seed 003's form)", () => {
    const source = [
      "# Rename",
      "",
      "## Phase 1: Migrate",
      "- [ ] Run the migration",
      "",
      "## Sign-off",
      "",
      "**Deployment Lead**: ________________  Date: ________",
      "**Database Admin**: ________________  Date: ________",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.signoffRoles).toEqual(["Deployment Lead", "Database Admin"]);
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(1);
    expectSound(source, parsed);
  });
});

describe("a sign-off line's blanks of an odd number of underscores (round 50)", () => {
  // after 4924 (set 411: an AWS cut-over checklist closing with "**Security Lead sign-off:** _______________ Date:
  // _______________" — fifteen underscores: the line was counted unplaced, though its role is on the sheet)
  it("“**Security Lead sign-off:** _______________ Date: _______________”", () => {
    const parsed = parseSoundly(
      lines(
        "# Cut-over",
        "",
        ...THREE_PHASES_OF_WORK,
        "## Sign-off",
        "",
        "**Security Lead sign-off:** _______________ Date: _______________",
        "**Platform Owner sign-off:** _____ Date: ___",
      ),
    );
    expect(parsed.signoffRoles).toEqual(["Security Lead sign-off", "Platform Owner sign-off"]);
  });
});
