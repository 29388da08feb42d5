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

describe("a phase's last step named the rollback plan, its bullets the way back, is the rollback wherever the phase stands", () => {
  // after 1848 ("## Phase 5: DNS Cutover" › "### Steps" › "4. **Rollback plan:**" over "FastAPI can be restored to primary DNS
  // within 5 minutes" and "Flutter app can be restored via Vercel deployment rollback", before "## Phase 6: Legacy
  // Retirement": both counters counted the rollback; the runbook had none)
  const plan = (name: string) =>
    lines(
      "# Stack migration plan",
      "",
      "## Phase 1: Contract testing",
      "",
      "1. Run `node scripts/contract-tests.js` against both APIs.",
      "2. Fix every drift it reports.",
      "",
      "## Phase 2: DNS cutover",
      "",
      "1. **Update DNS:**",
      "   - Point `api.example.com` to the new service",
      "2. **Monitor:**",
      "   - API error rates under 0.1 %",
      `3. **${name}:**`,
      "   - The old API can be restored to primary DNS within 5 minutes",
      "   - The old app can be restored via a deployment rollback",
      "",
      "## Phase 3: Legacy retirement",
      "",
      "- [ ] Two weeks without critical issues",
      "- [ ] Delete the old backend",
    );

  it.each(["Rollback plan", "Rollback", "Back-out plan", "Fallback plan"])("“%s:” over two bullets: the rollback, and the cut-over keeps its other steps", (name) => {
    const parsed = parse(plan(name));
    expect(titles(parsed)).toEqual(["Contract testing", "DNS cutover", "Legacy retirement"]);
    expect(parsed.phases[1]?.steps.map((s) => s.title)).toEqual(["Update DNS", "Monitor"]);
    expect(parsed.rollback?.phases.flatMap((p) => p.steps.map((s) => s.text)).join("\n")).toContain("restored to primary DNS within 5 minutes");
  });

  it.each(["Rollback window", "Rollback triggers", "Restore the cache"])("“%s:” says when, or is work: no rollback", (name) => {
    expect(parse(plan(name)).rollback).toBeNull();
  });
});
