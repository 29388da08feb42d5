// Kinds of structure the third held-out set (42–52) showed the importer missing (issue 16 "Done
// when"): each a small document of its own, so the fix is the kind and not the file.
import { describe, expect, it } from "vitest";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TParsedRunbook } from "./types";
import { expectSound, titles } from "./kinds-test-support";
import { findUnplacedLines } from "./coverage";

describe("a rollback drill", () => {
  it("keeps a drill's “Phase 3: Execute Rollback” as a phase of its procedure (the rehearsal is the work), not its rollback", () => {
    const source =
      "# Rollback drill\n\n## Phase 1: Prepare (5 minutes)\n\n1. Announce the drill.\n\n## Phase 2: Break it\n\n1. Deploy a bad image.\n\n## Phase 3: Execute Rollback (10 minutes)\n\n1. Run the rollback workflow.\n\n## Phase 4: Verify\n\n1. Check the error rate.\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Prepare", "Break it", "Execute Rollback", "Verify"]);
    expect(parsed.rollback).toBeNull();
    expectSound(source, parsed);
  });

  it("still takes a rollback phase of an upgrade as the rollback", () => {
    const source = "# Upgrade\n\n## Phase 1: Prepare\n\n1. Snapshot.\n\n## Phase 2: Upgrade\n\n1. Upgrade.\n\n## Phase 3: Rollback\n\n1. Restore the snapshot.\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Prepare", "Upgrade"]);
    expect(parsed.rollback?.phases.length).toBe(1);
    expectSound(source, parsed);
  });
});

describe("a change plan exported from Word", () => {
  const source = [
    "**CHANGE IMPLEMENTATION PLAN**",
    "| **Change Number** | CHG0041187 |\n|---|---|\n| **Risk** | Medium |",
    "**1\\. Purpose and Scope**",
    "1.1 This plan moves the database files to the new array.",
    "**2\\. Pre-Implementation Tasks**",
    "2.1 Confirm CAB approval.",
    "**3\\. Implementation Steps**",
    "3.1 Run the consistency check:\n\n    DBCC CHECKDB (ERP) WITH NO_INFOMSGS;",
    "**4\\. Post-Implementation Verification**",
    "4.1 Run the trial balance report.",
    "**5\\. Backout Plan**",
    "5.1 Repoint the files to the old array.",
  ].join("\n\n");

  it("reads escaped numbers in bold headings (“**1\\. Purpose**”), its title from a bold first line, its backout plan", () => {
    const parsed = parseRunbookMarkdown(`${source}\n`);
    expect(parsed.title).toBe("CHANGE IMPLEMENTATION PLAN");
    expect(titles(parsed)).toEqual(["Pre-Implementation Tasks", "Implementation Steps", "Post-Implementation Verification"]);
    expect(parsed.rollback?.phases.length).toBe(1);
    expect(parsed.preamble).toContain("This plan moves");
    expectSound(`${source}\n`, parsed);
  });

  it("reads T-SQL's DBCC as SQL", () => {
    const parsed = parseRunbookMarkdown(`${source}\n`);
    expect(parsed.phases[1]!.steps.map((s) => s.kind)).toEqual(["SQL"]);
  });
});

describe("sections that are only labels or prose", () => {
  it("takes Pre-checks / Steps / Post sections of one prose line each as the phases, and Safe Abort as the rollback", () => {
    const source =
      "# Database failover\n## Pre-checks\nConfirm primary health; replication lag.\n## Steps\nPromote replica; update connection strings.\n## Safe Abort\nIf promotion stalls, roll back traffic.\n## Post\nVerify the audit chain.\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Pre-checks", "Steps", "Post"]);
    expect(parsed.rollback?.phases.length).toBe(1);
    expectSound(source, parsed);
  });

  it("leaves empty metadata headings (“### Version: `vX.X.X`”) out of the phases", () => {
    const source = "## Release Checklist\n\n### Version: `vX.X.X`\n### Date: `YYYY-MM-DD`\n\n---\n\n### Steps\n\n- [ ] Update the version\n- [ ] Tag the release\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed).some((t) => /Version|Date/.test(t))).toBe(false);
    expect(parsed.phases.flatMap((p) => p.checklistItems).length).toBe(2);
    expectSound(source, parsed);
  });
});

describe("metadata the runbook took as its estimate", () => {
  it("counts “**Duration**: 30 minutes” as placed (it is the runbook's estimate)", () => {
    const source = "# Drill\n\n## Schedule\n\n**Duration**: 30 minutes\n\n## Phase 1: Prepare\n\n1. Announce.\n\n## Phase 2: Run\n\n1. Run.\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.estimatedMinutes).toBe(30);
    expect(findUnplacedLines(source, parsed)).toEqual([]);
  });
});

describe("a fence of plain text inside a numbered step", () => {
  it("keeps a message fence among the step's other text as that text (so export → import gives it back)", () => {
    const source =
      "# Drill\n\n## Phase 1: Announce\n\n1. Announce the drill\n\n   - **Operator** injects the failure\n   - **Observer** takes notes\n\n   ```\n   GameDay scheduled: 14:00 UTC\n   ```\n\n2. Start the timer\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]!.steps.map((s) => s.title)).toEqual(["Announce the drill", "Start the timer"]);
    expect(parsed.phases[0]!.steps[0]!.text).toContain("GameDay scheduled");
    expectSound(source, parsed);
  });

  it("still makes a shell fence inside a numbered step a step of its own", () => {
    const source = "# Deploy\n\n## Phase 1: Restart\n\n1. Restart the app\n\n   Do it on each node.\n\n   ```\n   systemctl restart app\n   ```\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]!.steps.map((s) => s.kind)).toEqual(["MANUAL", "COMMAND"]);
    expectSound(source, parsed);
  });
});

describe("a Recovery section (file 40's known gap)", () => {
  const change = (title: string, recovery: string) =>
    `# ${title}\n\n## 1. Pre-flight\n\n1. Take a snapshot.\n\n## 2. Migrate\n\n1. Apply the migrations.\n\n## 3. Validation\n\n- [ ] Sign-in works\n\n## 4. Recovery\n\n${recovery}\n`;

  it("is the rollback of a change runbook when it is the last section and puts the change back", () => {
    const source = change("Database Migration Runbook", "1. Restore the snapshot taken in pre-flight.\n2. Redeploy the previous release.");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Pre-flight", "Migrate", "Validation"]);
    expect(parsed.rollback?.phases.length).toBe(1);
    expectSound(source, parsed);
  });

  it("is a phase of an incident runbook (the recovery is the procedure)", () => {
    const parsed = parseRunbookMarkdown(change("Database outage runbook", "1. Restore the snapshot."));
    expect(titles(parsed)).toContain("Recovery");
    expect(parsed.rollback).toBeNull();
  });

  it("is a phase when it does not put anything back", () => {
    const parsed = parseRunbookMarkdown(change("Database Migration Runbook", "1. Warm the caches.\n2. Re-enable the cron jobs."));
    expect(titles(parsed)).toContain("Recovery");
    expect(parsed.rollback).toBeNull();
  });
});
