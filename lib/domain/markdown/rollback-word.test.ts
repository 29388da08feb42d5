// A rollback section the vocabulary does not name (issue 16: "rollback under any name and level").
// Each held-out set met rollback sections named in a way no list foresaw ("ROLLBACK DE EMERGÊNCIA",
// "Rollback canary", "ロールバック（概要）"), so where no section is named the rollback, one whose name
// holds a rollback word among a few of its own is the rollback — unless it is about the rollback
// (when, how long, tested) rather than its procedure. These names are written for this test, none
// taken from the corpus.
import { describe, expect, it } from "vitest";
import { expectSound, titles, withLastSection } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

/** The shared two-phase runbook, its last section's step putting the previous build back. */
const withSection = (name: string) => withLastSection(name, "Put the previous build back");

describe("a section whose name holds a rollback word", () => {
  it.each([
    "Emergency database rollback",
    "Rollback the feature flag",
    "Reverting the schema change",
    "Fallback to the old cluster",
    "Downgrade the Helm chart",
    "Backing out release 7",
    "Plano de rollback do deploy",
    "Reversión del despliegue",
    "Rückfallszenario Datenbank",
    "Откатываем релиз",
    "回滚到上一版本",
    "ロールバック手順（本番）",
    "롤백 시나리오 A",
    "Wycofanie wdrożenia",
  ])("“%s” is the rollback procedure, not a third phase", (name) => {
    const source = withSection(name);
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
    expect(parsed.rollback?.phases.length).toBe(1);
    expect(JSON.stringify(parsed.rollback?.phases[0])).toContain("Put the previous build back");
    expectSound(source, parsed);
  });

  it("as a sub-section of an appendix (“## Troubleshooting” / “### Fallback to the old cluster”)", () => {
    const source = `${withSection("Troubleshooting")}\n### Fallback to the old cluster\n\n1. Point the load balancer at the old cluster\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe("Fallback to the old cluster");
    expectSound(source, parsed);
  });

  it.each([
    "Rollback triggers",
    "Test the rollback",
    "Rollback-safe schema changes",
    "No rollback possible",
    "When to roll back",
    "Rollback window and duration",
    "Can we roll back?",
  ])("“%s” is about the rollback, not its procedure: no rollback is made of it", (name) => {
    const source = withSection(name);
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback).toBeNull();
    expectSound(source, parsed);
  });

  it("a document whose title names a rollback keeps its sections as that procedure (“Release 7 Rollback Plan”)", () => {
    const source = withSection("Emergency database rollback").replace("# Release 7", "# Release 7 rollback plan v2");
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback).toBeNull();
    expect(JSON.stringify(parsed.phases)).toContain("Put the previous build back");
  });

  it("a section named the rollback by the vocabulary wins over one merely holding the word", () => {
    const source = `${withSection("Fallback to the old cluster")}\n## Rollback\n\n1. Redeploy release 6\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.rollback?.title).toBe("Rollback");
    expect(JSON.stringify(parsed.rollback)).not.toContain("Put the previous build back");
    expect(JSON.stringify(parsed.phases)).toContain("Put the previous build back");
  });

  // (a Capistrano note's "### Rollbacks" section: the plural was no rollback word)
  it.each(["Rollbacks", "Roll-backs", "Reverts", "Fallbacks", "Emergency rollbacks", "Downgrades of the chart"])("the plural “%s” is the rollback too", (name) => {
    const parsed = parseRunbookMarkdown(withSection(name));
    expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
    expect(parsed.rollback?.phases.length).toBe(1);
  });

  // (a Japanese operations runbook's "### 5.3. アプリケーションコードのロールバック": the object first, the rollback word last)
  it.each(["アプリケーションコードのロールバック", "数据库迁移回滚", "배포 롤백", "本番DBの切り戻し手順"])(
    "a CJK name ending with the rollback word (“%s”) is the rollback",
    (name) => {
      const parsed = parseRunbookMarkdown(withSection(name));
      expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
      expect(parsed.rollback?.phases.length).toBe(1);
    },
  );
});
