// Kinds of structure the fourth held-out set (53–64) showed the importer missing (issue 16 "Done
// when"): each a small document of its own, so the fix is the kind and not the file.
import { describe, expect, it } from "vitest";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TParsedRunbook } from "./types";
import { expectSound, titles } from "./kinds-test-support";

const checklist = (p: TParsedRunbook) => [...p.phases, ...(p.rollback?.phases ?? [])].flatMap((x) => x.checklistItems.map((c) => c.text));

describe("a fence of several psql -c lines", () => {
  it("is one SQL step carrying each line's SQL (a trailing shell comment is not part of it)", () => {
    const source =
      '# Check\n\n## 1. Assess\n\n```bash\n# quick checks\npsql $DATABASE_URL -c "\\dt"  # list tables\npsql $DATABASE_URL -c "SELECT count(*) FROM users;" # row count\n```\n\n## 2. Restart\n\n```bash\nsystemctl restart app\n```\n';
    const parsed = parseRunbookMarkdown(source);
    const step = parsed.phases[0]?.steps[0];
    expect(step?.kind).toBe("SQL");
    expect(step?.text).toContain("SELECT count(*) FROM users;");
    expect(step?.text).not.toMatch(/^[^-].*row count/m);
    expectSound(source, parsed);
  });

  it("leaves a shell script with one psql line among other commands a command, not SQL", () => {
    const source = '# Ops\n\n## 1. Restore\n\n```bash\n./scripts/db-restore.sh latest --force\npsql $DATABASE_URL -c "SELECT 1;"\n```\n';
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.steps[0]?.kind).not.toBe("SQL");
    expectSound(source, parsed);
  });
});

describe("a prerequisites list by another name", () => {
  it.each([
    ["Preconditions", "en"],
    ["Pré-requisitos", "pt"],
    ["Prérequis", "fr"],
    ["Requisitos previos", "es"],
    ["Voraussetzungen", "de"],
    ["前提条件", "ja"],
  ])("reads “## %s” (%s) over a bullet list as checklist items", (heading) => {
    const source = `# Deploy\n\n## ${heading}\n\n- Backup taken\n- Change approved\n\n## Steps\n\n1. Merge to main\n2. Run the migration\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(checklist(parsed)).toEqual(["Backup taken", "Change approved"]);
    expectSound(source, parsed);
  });

  it("reads a numbered “### Prerequisites” list as checklist items too (things to have, not a sequence of work)", () => {
    const source =
      "# Upgrade\n\n## Before you start\n\n### Prerequisites\n\n1. **Full backup** of all databases\n2. **Test upgrade** on staging first\n\n### Upgrade path\n\n#### Step 1: Update the image\n\n```bash\ndocker compose pull\n```\n\n#### Step 2: Restart\n\n```bash\ndocker compose up -d\n```\n";
    const parsed = parseRunbookMarkdown(source);
    expect(checklist(parsed)).toEqual(["**Full backup** of all databases", "**Test upgrade** on staging first"]);
    expectSound(source, parsed);
  });

  it("reads every procedure's “### Prerequisites” as checklist items when the phases are sections over restarting “#### Step N” headings", () => {
    const source =
      "# Operations\n\n## Release\n\n### Prerequisites\n\n- RC verified on staging\n- Release branch ready\n\n### Procedure\n\n#### Step 1: Tag\n\n```bash\ngit tag v1.2.0\n```\n\n#### Step 2: Deploy\n\n```bash\n./deploy.sh prd v1.2.0\n```\n\n## Hot-fix\n\n### Prerequisites\n\n- The fix is understood\n\n### Procedure\n\n#### Step 1: Branch\n\n```bash\ngit checkout -b hotfix/x\n```\n\n#### Step 2: Deploy\n\n```bash\n./deploy.sh prd v1.2.1\n```\n";
    const parsed = parseRunbookMarkdown(source);
    expect(checklist(parsed)).toEqual(["RC verified on staging", "Release branch ready", "The fix is understood"]);
    expectSound(source, parsed);
  });

  it("keeps a numbered list under a “Checklist” heading a sequence of steps", () => {
    const source = "# Release checklist\n\n1. Bump the version\n2. Tag the release\n3. Publish\n";
    const parsed = parseRunbookMarkdown(source);
    expect(checklist(parsed)).toEqual([]);
    expect(parsed.phases.flatMap((p) => p.steps).length).toBe(3);
  });
});

describe("sections around the rollback procedure", () => {
  const source =
    "# Upgrade and rollback runbook\n\n## Upgrade Procedure\n\n1. Deploy the new binaries.\n2. Apply migrations.\n\n## Rollback Triggers\n\nRoll back if any of these occurs:\n- readiness fails\n- data inconsistency\n\n## Rollback Procedure\n\n1. Redeploy the previous binaries.\n2. Restore the backup.\n\n## Post-Rollback Follow-up\n\n- capture root cause\n- re-run the drill before the next attempt\n";

  it("takes “Rollback Triggers” before and “Post-Rollback Follow-up” after the rollback section into the rollback, not the main phases", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.length).toBe(1);
    expect(parsed.phases[0]?.steps.length).toBe(2);
    expect(parsed.rollback?.phases.map((p) => p.title)).toEqual(["Rollback Triggers", "Rollback Procedure", "Post-Rollback Follow-up"]);
    expectSound(source, parsed);
  });

  it("keeps a phase that prepares the rollback (“Verify rollback readiness”) a main phase", () => {
    const src = "# Upgrade\n\n## 1. Verify rollback readiness\n\n- [ ] Snapshot taken\n\n## 2. Upgrade\n\n1. Upgrade.\n\n## Rollback\n\n1. Restore the snapshot.\n";
    const parsed = parseRunbookMarkdown(src);
    expect(titles(parsed)).toEqual(["Verify rollback readiness", "Upgrade"]);
    expectSound(src, parsed);
  });
});

describe("a numbered list whose items carry bullet lists of details", () => {
  // (the runbook's one list of five steps is read as three stages of about two steps since session 26: one-list-stages.ts)
  it("is steps (the bullets detail each step), not a phase per item", () => {
    const source =
      "# Releasing\n\n### How to cut a release\n\nFirst pick the version.\n\n1. Merge the PRs for the release\n1. Update master and run the tests:\n    * `git checkout master`\n    * `make all`\n1. Update the changelog:\n    * `make changelog`\n1. Tag the release:\n    * `git tag -s vX.Y.Z`\n1. Announce it\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases.map((p) => p.steps.length)).toEqual([2, 2, 1]);
    expect(parsed.phases.flatMap((p) => p.steps).find((s) => s.title.endsWith("Update master and run the tests"))?.text).toContain("make all");
    expectSound(source, parsed);
  });

  it("still reads a numbered list of items with checklists as phases", () => {
    const source = "# Go-live\n\n1. Before\n   - [ ] Backup taken\n   - [ ] Users told\n2. During\n   - [ ] Switch DNS\n3. After\n   - [ ] Smoke test\n";
    const parsed = parseRunbookMarkdown(source);
    expect(checklist(parsed).length).toBe(4);
    expectSound(source, parsed);
  });
});

describe("checkboxes under a “Success Criteria” label (gap 51)", () => {
  // PRODUCT.md: every checkbox becomes a tickable item wherever it stands. A checklist item is what a
  // person ticks; a success criterion is met with an evidence note or by a check step's result. A
  // box the author drew stays a box to tick; the label's plain bullets are the criteria.
  const source =
    "# Game day\n\n## 1. Failover drill\n\n1. Kill the primary.\n\n**Success Criteria**:\n- [x] Failover completed in <30s\n- [ ] Alert fired and auto-resolved\n- Error rate stays under 5 %\n";

  it("keeps each checkbox a tickable checklist item and each plain bullet a criterion", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(checklist(parsed)).toEqual(["Failover completed in <30s", "Alert fired and auto-resolved"]);
    expect(parsed.phases[0]?.successCriteria).toEqual(["Error rate stays under 5 %"]);
    expectSound(source, parsed);
  });
});

describe("numbered steps interrupted by fences at the left margin", () => {
  it("names each fence's step after the item that announces it (“1. Capture the backup:”)", () => {
    const source =
      "# Upgrade\n\n## Upgrade Procedure\n\n1. Capture pre-upgrade backup:\n\n```bash\nmake db-backup\n```\n\n2. Deploy new binaries.\n3. Apply DB migrations:\n\n```bash\nmake db-migrate\n```\n\n4. Run smoke checks.\n\n## Verify\n\n1. Check the dashboards.\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.steps.map((s) => [s.kind, s.title])).toEqual([
      ["COMMAND", "Capture pre-upgrade backup"],
      ["MANUAL", "Deploy new binaries."],
      ["COMMAND", "Apply DB migrations"],
      ["MANUAL", "Run smoke checks."],
    ]);
    expectSound(source, parsed);
  });
});
