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

describe("a runbook whose whole work is one list of 3–7 steps is read as stages of about two steps, as a lead steps through it", () => {
  // after 1830 (five numbered cut-over steps: 2–5 phases for both counters), 1841 (seven rotation steps: 3–7), 1847 (a
  // five-step point-in-time restore: 3–5), 1874 (six rotation steps: 3–6) — each had been one phase; across the corpus's
  // documents imported as one phase of 3–7 steps, the counts accepted these stages for 62 and one phase for 49
  const list = (n: number, head = "") =>
    lines(
      "# Rotate the signing key",
      "",
      "Rotate it when it leaks or every 90 days.",
      "",
      ...(head ? [head, ""] : []),
      ...Array.from({ length: n }, (_, k) => `${k + 1}. Step number ${k + 1} of the rotation.`),
    );
  const stepsOf = (source: string) => parse(source).phases.map((p) => p.steps.map((s) => s.title.replace("Step number ", "").replace(" of the rotation.", "")));

  it.each([
    [3, [["1", "2"], ["3"]]],
    [
      // (three stages since session 35: one-list-stages.ts's stageSizes)
      4,
      [["1", "2"], ["3"], ["4"]],
    ],
    [5, [["1", "2"], ["3", "4"], ["5"]]],
    [
      6,
      [
        ["1", "2"],
        ["3", "4"],
        ["5", "6"],
      ],
    ],
    [
      7,
      [
        ["1", "2", "3"],
        ["4", "5"],
        ["6", "7"],
      ],
    ],
  ])("%i steps: %j", (n, stages) => {
    expect(stepsOf(list(n))).toEqual(stages);
  });

  it("each stage is named by the list and its steps, and the lead is told why", () => {
    const parsed = parse(list(5));
    expect(titles(parsed)).toEqual(["Rotate the signing key (steps 1–2)", "Rotate the signing key (steps 3–4)", "Rotate the signing key (step 5)"]);
    expect(parsed.warnings.join("\n")).toContain("one list of 5 steps: imported as 3 stages");
    // (and no longer that the whole document is one phase)
    expect(parsed.warnings.join("\n")).not.toContain("the whole document is one phase");
  });

  // (8–12 steps are four stages since session 28: held-out-session-28-kinds.test.ts)
  it.each([2, 13, 20])("%i steps stay one phase (too few to stage, or a long list left whole)", (n) => {
    expect(parse(list(n)).phases).toHaveLength(1);
  });

  it("a phase the document names as one (“## Phase 1: Rotate”, as an export writes it) stays whole", () => {
    expect(parse(list(5, "## Phase 1: Rotate")).phases).toHaveLength(1);
  });

  it("a list with its own estimate (“# Rotate the signing key (30 min)”) stays whole: the estimate is the whole list's", () => {
    expect(parse(list(5).replace("# Rotate the signing key", "# Rotate the signing key (30 min)")).phases).toHaveLength(1);
  });

  it("its boxes open the first stage and its success criteria close the last", () => {
    const source = lines(
      "# Restore a table",
      "",
      "Before you start:",
      "",
      "- [ ] A fresh backup exists",
      "",
      "1. Stop the writers.",
      "2. Restore the table from the backup.",
      "3. Start the writers.",
      "",
      "**Success criteria:**",
      "",
      "- Row counts match the backup",
    );
    const parsed = parse(source);
    expect(parsed.phases.map((p) => p.checklistItems.map((c) => c.text))).toEqual([["A fresh backup exists"], []]);
    expect(parsed.phases.map((p) => p.successCriteria)).toEqual([[], ["Row counts match the backup"]]);
  });

  it("two sections of steps are the document's own phases: no stages", () => {
    const source = lines("# Deploy", "", "## Build", "", "1. Build.", "2. Test.", "3. Tag.", "", "## Ship", "", "1. Push.", "2. Verify.", "3. Announce.");
    expect(titles(parse(source))).toEqual(["Build", "Ship"]);
  });

  it("an item's fence and the note after it are one item, never split between stages", () => {
    const source = lines(
      "# Rolling upgrade",
      "",
      "1. Drain the node.",
      "2. Upgrade the packages:",
      "",
      "   ```bash",
      "   sudo apt-get install --only-upgrade db-server",
      "   ```",
      "",
      "   `apt` only upgrades to the newest version.",
      "",
      "3. Start the node.",
      "4. Check the cluster health.",
    );
    const parsed = parse(source);
    expect(parsed.phases.map((p) => p.steps.map((s) => s.title))).toEqual([
      ["Drain the node.", "Upgrade the packages", "Upgrade the packages"],
      ["Start the node."],
      ["Check the cluster health."],
    ]);
  });
});

describe("a rollback told as one case among others — a step, a box or an item inside a step that rolls back — is the rollback", () => {
  // after 1862 (an incident plan's "### Step 3: Mitigate" › "**If caused by a recent deployment:**" › "1. Rollback via
  // Vercel dashboard (instant, no rebuild)": both counters counted the rollback) and 1760 ("4. Contain before you fix:" ›
  // "- A bad deploy: roll back to the previous version on the hosting platform.": both counters); 890's box "Roll back
  // changes if fix doesn't work" and 1803's "7. Roll back by deploying the prior immutable image." the same
  const incident = (mitigate: string[]) =>
    lines(
      "# Incident response",
      "",
      "## Step 1: Detect",
      "",
      "1. Check the health endpoint.",
      "2. Classify the severity.",
      "",
      "## Step 2: Mitigate",
      "",
      ...mitigate,
      "",
      "## Step 3: Communicate",
      "",
      "1. Post on the status page.",
      "2. Tell the support team.",
    );

  it("a step under its case (“If caused by a recent deployment:” › “1. Rollback via the dashboard”) moves to the rollback", () => {
    const parsed = parse(
      incident([
        "**If caused by a recent deployment:**",
        "1. Rollback via the hosting dashboard (instant, no rebuild)",
        "2. Verify the health endpoint",
        "",
        "**If caused by a feature:**",
        "1. Disable it with its flag",
      ]),
    );
    expect(parsed.rollback?.phases.flatMap((p) => p.steps.map((s) => s.title))).toEqual([
      "If caused by a recent deployment: Rollback via the hosting dashboard (instant, no rebuild)",
    ]);
    expect(parsed.phases[1]?.steps.map((s) => s.title)).toEqual([
      "If caused by a recent deployment: Verify the health endpoint",
      "If caused by a feature: Disable it with its flag",
    ]);
  });

  it("an item inside a step (“- A bad deploy: roll back to the previous version”) moves with its lines, the step keeps the rest", () => {
    const parsed = parse(
      incident([
        "1. Name a lead.",
        "2. Contain before you fix:",
        "   - A leaked secret: rotate it now.",
        "   - A bad deploy: roll back to the previous version on the hosting platform.",
        "     If it changed data, see the restore runbook.",
        "3. Preserve evidence.",
      ]),
    );
    expect(parsed.rollback?.phases[0]?.notes).toBe("- A bad deploy: roll back to the previous version on the hosting platform.\n  If it changed data, see the restore runbook.");
    expect(parsed.phases[1]?.steps.find((s) => s.title.startsWith("Contain"))?.text).toBe("- A leaked secret: rotate it now.");
  });

  it("a box so worded (“- [ ] Roll back changes if the fix doesn't work”) is the rollback's item: the boxes stay as many", () => {
    const parsed = parse(incident(["- [ ] Apply the fix", "- [ ] Roll back changes if the fix doesn't work"]));
    expect(parsed.rollback?.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["Roll back changes if the fix doesn't work"]);
    expect(parsed.phases.flatMap((p) => p.checklistItems).map((c) => c.text)).toEqual(["Apply the fix"]);
  });

  it.each(["Do not roll back the database: fix forward.", "Rollback window: 30 minutes after the deploy.", "Review the rollback plan with the team."])(
    "“%s” rolls nothing back: no rollback",
    (step) => {
      expect(parse(incident(["1. Apply the fix.", `2. ${step}`])).rollback).toBeNull();
    },
  );

  it("in a runbook named for a rollback (“# Rollback de Producción”), its steps are the work, not a rollback of it", () => {
    const source = incident(["1. Revert the merge commit on `main`.", "2. Redeploy."]).replace("# Incident response", "# Rollback de Producción");
    expect(parse(source).rollback).toBeNull();
  });
});

describe("a section named for the time after the switch (“After the switch”, “After the flip”, “After the restore”) is a phase, as “After the cutover” is", () => {
  // after 1812 ("## After the switch": "Check, in this order — each one covers a different system:" over nine checks, after
  // "## The window" of eleven steps: both counters counted it a phase; it had been the window's notes)
  const cutover = (name: string) =>
    lines(
      "# Cutover to the new host",
      "",
      "## Before the window",
      "",
      "1. Announce the window.",
      "2. Take a backup.",
      "",
      "## The window",
      "",
      "1. Freeze writes.",
      "2. Restore the dump on the new host.",
      "3. Point the domain at the new host.",
      "",
      `## ${name}`,
      "",
      "Check, in this order — each one covers a different system:",
      "",
      "- Sign in with a password",
      "- Outgoing email",
      "- File upload and download",
    );

  it.each(["After the switch", "After the flip", "After the restore", "After the move"])("“%s”: the third phase", (name) => {
    expect(titles(parse(cutover(name)))).toEqual(["Before the window", "The window", name]);
  });
});
