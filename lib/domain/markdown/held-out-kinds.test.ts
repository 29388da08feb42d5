// Kinds of structure the held-out corpus (22–35) showed the importer missing (issue 16 "Done
// when"): each a small document of its own, so the fix is the kind and not the file.
import { describe, expect, it } from "vitest";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TParsedRunbook } from "./types";
import { expectSound, titles } from "./kinds-test-support";

describe("sections without numbers are the phases (not one phase of everything)", () => {
  it("takes the document's second-level sections as phases, ATX or Setext", () => {
    for (const source of [
      "# Release\n\n## Prepare\n\n1. Bump the version.\n\n## Publish\n\n1. Push the tag.\n\n## Announce\n\n- Post in the channel.\n",
      "Release\n=======\n\nPrepare\n-------\n\n1. Bump the version.\n\nPublish\n-------\n\n1. Push the tag.\n\nAnnounce\n--------\n\n- Post in the channel.\n",
    ]) {
      const parsed = parseRunbookMarkdown(source);
      expect(titles(parsed)).toEqual(["Prepare", "Publish", "Announce"]);
      expect(parsed.phases[1]!.steps.map((s) => s.title)).toEqual(["Push the tag."]);
      expectSound(source, parsed);
    }
  });

  it("keeps a section of prose before the first section of work in the preamble", () => {
    const source = "# Upgrade\n\n## Background\n\nWhy we upgrade.\n\n## Stop\n\n```bash\nsystemctl stop app\n```\n\n## Start\n\n```bash\nsystemctl start app\n```\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Stop", "Start"]);
    expect(parsed.preamble).toContain("Why we upgrade.");
    expectSound(source, parsed);
  });

  it("takes bold pseudo-headings as phases when the document has no headings below its title", () => {
    const source =
      "# Deploy\n\n**Preparation**\n\nStep 1: Announce the deploy.\n\n**Deployment**\n\nStep 2: Restart:\n\n    systemctl restart app\n\n**Verification**\n\nStep 3: Open the home page.\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Preparation", "Deployment", "Verification"]);
    expectSound(source, parsed);
  });
});

describe("rollback under more of its names", () => {
  it.each([
    ["## Rolling back", "## Rolling back\n\nCheck out the previous tag."],
    ["a bold label", "**If the release is broken:**\n\n1. Yank the version."],
    ["Spanish", "## Plan de reversión\n\n1. Desactivar el flag."],
    ["<details>", "<details>\n<summary>Rollback</summary>\n\n1. Undo the rollout.\n\n</details>"],
  ])("finds the rollback procedure written as %s", (_name, rollback) => {
    const source = `# Release\n\n## Build\n\n1. Build it.\n\n## Ship\n\n1. Ship it.\n\n${rollback}\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Build", "Ship"]);
    expect(parsed.rollback?.phases.length).toBeGreaterThan(0);
    expect(JSON.stringify(parsed.phases)).not.toMatch(/Yank|Desactivar|Undo the rollout|previous tag/);
    expectSound(source, parsed);
  });

  it("reads a rollback runbook's rollback-named sections as its main procedure", () => {
    const source =
      "# Rollback Runbook\n\n## Rollback steps\n\n### 1. Assess (2 min)\n\nLook at the pods.\n\n### 2. Undo (1 min)\n\n```bash\nkubectl rollout undo deployment/app\n```\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Assess", "Undo"]);
    expect(parsed.rollback).toBeNull();
    expectSound(source, parsed);
  });
});

describe("sections around the phases", () => {
  it("makes a Prerequisites list before the phases a checklist phase, not preamble", () => {
    const source =
      "# Upgrade\n\n## Prerequisites\n\n* A backup taken today\n* Packages installed\n\n## Phase 1 — Prepare\n\n1. Stop the app.\n\n## Phase 2 — Upgrade\n\n1. Upgrade.\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Prerequisites", "Prepare", "Upgrade"]);
    expect(parsed.phases[0]!.checklistItems.map((c) => c.text)).toEqual(["A backup taken today", "Packages installed"]);
    expect(parsed.preamble).toBe("");
    expectSound(source, parsed);
  });

  it("does not number an overview, an escalation path or sign-off requirements among the phases", () => {
    const source =
      "# Go-live\n\n## 1. Overview\n\nThe cut-over of the ledger.\n\n## 2. Pre-Migration Tasks\n\n- [ ] Freeze changes\n\n## 3. Migration Day Tasks\n\n- [ ] Load balances\n\n## 4. Support Escalation Path\n\n| Level | Team |\n|---|---|\n| 1 | Service desk |\n\n## 5. Sign-Off Requirements\n\n| Role | Name | Signature |\n|---|---|---|\n| Finance lead | | |\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Pre-Migration Tasks", "Migration Day Tasks"]);
    expect(parsed.appendix).toContain("Service desk");
    expect(parsed.signoffRoles).toEqual(["Finance lead"]);
    expectSound(source, parsed);
  });

  it("keeps a numbered Scope & Roles section (who does what) out of the phases", () => {
    const source =
      "# Migration\n\n## 1. Scope & Roles\n\n- **Owner:** platform lead.\n- **Release engineer:** runs the checks.\n\n## 2. Pre-flight\n\n1. Take a snapshot.\n\n## 3. Migrate\n\n```bash\nsupabase db push\n```\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Pre-flight", "Migrate"]);
    expect(parsed.preamble).toContain("Release engineer");
    expectSound(source, parsed);
  });
});

describe("steps written as paragraphs", () => {
  it('reads a one-line "Step N: …" paragraph as a manual step, as it reads "Step N: …" over code', () => {
    const source = "# Deploy\n\nThe shop's deploy.\n\nStep 1: Announce the deploy in #shop.\n\nStep 2: Restart:\n\n    systemctl restart app\n\nStep 3: Open the home page.\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.flatMap((p) => p.steps).map((s) => [s.kind, s.title])).toEqual([
      ["MANUAL", "Announce the deploy in #shop."],
      ["COMMAND", "Step 2: Restart"],
      ["MANUAL", "Open the home page."],
    ]);
    expect(parsed.phases.map((p) => p.notes)).toEqual(["", ""]);
    expectSound(source, parsed);
  });
});
