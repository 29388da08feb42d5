// The rollback written as a label inside a phase rather than as a heading (issue 16: "a rollback
// subsection inside a phase"). Terse runbooks put it under a label line after the steps
// ("Rollback action:" over a bullet), and headingless notes number their sub-steps "6) 検証",
// "7) ロールバック" (Markdown reads each as a list of one numbered item). The rollback's steps were the
// phase's notes: the lead had no rollback to run. These runbooks are written for this test.
import { describe, expect, it } from "vitest";
import { expectSound, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

const terse = (label: string, body = "- set the traffic weight back to v2") =>
  `# Canary release\n\n## Canary\n1. Deploy v3 with 0% traffic\n2. Shift 10% and observe\n\nRollback triggers:\n- error rate increase\n\n${label}\n${body}\n\n## Shadow\n1. Mirror traffic to v3\n`;

describe("a rollback label inside a phase", () => {
  it.each(["Rollback action:", "Rollback:", "**Rollback plan:**", "Rückfallplan:", "回滚步骤："])("“%s” over a list is the rollback procedure, named after its phase", (label) => {
    const source = terse(label);
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Canary", "Shadow"]);
    expect(parsed.rollback?.phases.length).toBe(1);
    expect(JSON.stringify(parsed.rollback?.phases[0])).toContain("set the traffic weight back to v2");
    // the triggers stay the phase's notes: they say when, not how
    expect(parsed.phases[0]?.notes).toContain("error rate increase");
    expect(parsed.phases[0]?.notes).not.toContain("traffic weight back");
    expectSound(source, parsed);
  });

  it("over a code fence too", () => {
    const source = terse("Rollback:", "```bash\nkubectl rollout undo deployment/api\n```");
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.phases[0]?.steps.map((s) => s.kind)).toEqual(["COMMAND"]);
    expectSound(source, parsed);
  });

  it("numbered like its sibling sub-steps (“7) ロールバック”) in a headingless note", () => {
    const source =
      "# 移行手順\n\n作業手順\n\n1) バックアップ\n\n- DB ファイルをコピーします。\n\n```bash\ncp app.db app.db.bak\n```\n\n2) 移行\n\n```bash\npython migrate.py\n```\n\n3) ロールバック\n\n- バックアップに戻します。\n\n```bash\nmv app.db.bak app.db\n```\n\n注意事項\n\n- 本番では段階的に行うこと。\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.phases.flatMap((p) => p.steps.map((s) => s.kind))).toEqual(["COMMAND"]);
    expect(JSON.stringify(parsed.phases)).not.toContain("mv app.db.bak");
    expect(JSON.stringify(parsed.phases)).toContain("python migrate.py");
    expectSound(source, parsed);
  });

  it.each([
    ["about the rollback only (“Rollback triggers:”)", "Rollback window:"],
    ["not over a list or code", "Rollback:\n\nAsk the on-call engineer."],
  ])("no rollback when the label is %s", (_why, label) => {
    const parsed = parseRunbookMarkdown(terse(label, label.includes("\n") ? "" : "- thirty minutes after the shift"));
    expect(parsed.rollback).toBeNull();
  });

  it("a rollback section by name wins over a label", () => {
    const source = `${terse("Rollback action:")}\n## Rollback\n1. Delete the v3 deployment\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe("Rollback");
    expect(parsed.rollback?.phases.map((p) => p.title)).toEqual(["Rollback"]);
  });
});
