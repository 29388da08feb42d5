// Kinds found in session 26 (sets 152–155 and their siblings in the corpus), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

function parse(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

describe("a section for the case the restore itself fails (“If restore fails”) is advice to keep, not a phase and not a rollback", () => {
  // after 1777 ("## If Restore Fails": check the status page, the project, contact support, "Fallback to the most recent
  // export" — it had been a fifth phase, and its last step the rollback; both counters: no rollback, 2–4 phases) and 802
  // ("## If restore fails" after the drills: do not retry onto production, try the previous dump — its counter: 1–2 phases)
  const runbook = (name: string) =>
    lines(
      "# Database Restore",
      "",
      "## Restore via CLI",
      "",
      "```bash",
      'pg_restore --clean --dbname "$TARGET_URL" backup.dump',
      "```",
      "",
      "## Post-Restore Verification",
      "",
      "1. Count the rows of the main tables.",
      "2. Sign in to the app.",
      "",
      `## ${name}`,
      "",
      "1. Check the provider's status page for platform issues",
      "2. Verify you have the correct project selected",
      "3. Fallback to the most recent export in your CI artifact store",
    );

  it.each(["If Restore Fails", "If the restore fails", "When restore fails", "Si la restauración falla", "Se a restauração falhar"])(
    "“%s”: two phases, no rollback, the advice kept in the runbook's notes",
    (name) => {
      const parsed = parse(runbook(name));
      expect(titles(parsed)).toEqual(["Restore via CLI", "Post-Restore Verification"]);
      expect(parsed.rollback).toBeNull();
      expect(parsed.appendix).toContain("Fallback to the most recent export");
    },
  );

  it("a rollback named for it stays the rollback: “Rollback (If Restore Fails)”", () => {
    const parsed = parse(runbook("Rollback (If Restore Fails)"));
    expect(titles(parsed)).toEqual(["Restore via CLI", "Post-Restore Verification"]);
    expect(parsed.rollback?.phases.flatMap((p) => p.steps.map((s) => s.title))).toContain("Fallback to the most recent export in your CI artifact store");
  });

  it("the failure of the work itself is still its way back: “If the upgrade fails” over a rollback", () => {
    const parsed = parse(runbook("If the upgrade fails").replace("# Database Restore", "# Database upgrade"));
    expect(parsed.rollback).not.toBeNull();
  });
});
