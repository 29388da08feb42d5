// Kinds found in session 38 (round 29's first-run misses, sets 282–287, with their siblings in the corpus's other
// languages), each as a small document of its own: what a lead expects, and that the import is sound (every line placed,
// export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;

describe("a section naming what sets the runbook off (“## Trigger”, “## Symptoms / Trigger”) is its context, not a phase", () => {
  // after 3390 (set 283: an incident playbook's "## Triggers" of alert bullets before "## Response Flow", both counters four
  // phases without it) and 1736 (a hotfix runbook's "## Trigger" — push to a hotfix branch — before its seven steps)
  const runbook = (name: string) =>
    lines(
      "# Hotfix Runbook",
      "",
      "## Purpose",
      "",
      "Ship an emergency fix to production.",
      "",
      `## ${name}`,
      "",
      "- A push to a `hotfix/*` branch",
      "- A P1 alert that a fix must close",
      "",
      "## Steps",
      "",
      "1. Branch from the release tag:",
      "   ```bash",
      "   git checkout -b hotfix/fix v1.4.2",
      "   ```",
      "2. Commit the fix and run the tests:",
      "   ```bash",
      "   make test",
      "   ```",
      "3. Push the branch:",
      "   ```bash",
      "   git push -u origin hotfix/fix",
      "   ```",
      "4. Watch the hotfix workflow.",
      "5. Approve the production gate.",
      "6. Check the health endpoints.",
      "7. Merge the backport pull request.",
      "",
      "## Rollback",
      "",
      "Deploy the previous tag again.",
      "",
      "## Notes",
      "",
      "- Hotfixes skip the beta promotion, never the production gate.",
    );

  it.each([["Trigger"], ["Triggers"], ["Symptoms / Trigger"], ["Sintomas / Trigger"], ["Síntomas"]])("“## %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed).every((t) => t.startsWith("Steps"))).toBe(true);
    expect(parsed.preamble).toContain("A push to a `hotfix/*` branch");
  });

  it("a heading naming an action on a trigger stays work (“## Trigger the deploy” over its command)", () => {
    const parsed = parse(lines("# Release", "", "## Build", "", "```bash", "make build", "```", "", "## Trigger the deploy", "", "```bash", "gh workflow run deploy.yml", "```"));
    expect(titles(parsed)).toEqual(["Build", "Trigger the deploy"]);
  });
});

describe("a Chinese section asking how to go back is the rollback", () => {
  // after 3376 (set 282: a data-move runbook's "## 5.5 匯錯了怎麼回去" — imported the wrong thing: how to go back — over the
  // restore of the automatic pre-import backup; both counters' rollback, the importer reference)
  const runbook = (name: string) => lines("# 資料搬遷", "", ...WORK, "", `## ${name}`, "", "1. 用匯入前的自動備份還原：`platformarchive apply backups/latest.zip`");

  it.each([["4. 匯錯了怎麼回去"], ["改错了怎么回去"], ["部署失败如何退回"], ["如何回去"]])("“## %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(parsed.rollback).not.toBeNull();
    expect(rollbackText(parsed)).toContain("用匯入前的自動備份還原");
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
  });

  it("asking how to do the work is no rollback (“## 如何部署”)", () => {
    const parsed = parse(runbook("如何部署"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a rollback section named for its safety nets is the way back", () => {
  // after 3388 (set 283: a DR runbook's "## 9. Rollback safety nets" — each restore script's pre-restore snapshot, re-run the
  // script with it —; both counters' rollback, the importer read "safety" as about the rollback)
  const runbook = (name: string) =>
    lines(
      "# Restore",
      "",
      ...WORK,
      "",
      `## 4. ${name}`,
      "",
      "Each restore script snapshots what it replaces:",
      "",
      "- `db-prerestore-<ts>.dump` → re-run `restore-db.sh` with it.",
    );

  it.each([["Rollback safety nets"], ["Rollback safety net"]])("“## 4. %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(parsed.rollback).not.toBeNull();
    expect(rollbackText(parsed)).toContain("re-run `restore-db.sh` with it");
  });

  it("“Rollback safety” alone is still about the rollback, not the way back", () => {
    const parsed = parse(runbook("Rollback safety"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("an item rolling back to the release before, in the scenarios ahead of the procedures, is the way back", () => {
  // after 3436 (set 287: a DR plan's "### Scenario 3: Application Deployment Failure" › "**Recovery Steps:**" › "1. Rollback to
  // previous version (see `ops/rollback-procedure.sh`)", before its "## Recovery Procedures"; both counters' rollback)
  const runbook = (step: string) =>
    lines(
      "# Disaster Recovery Plan",
      "",
      "## Disaster Scenarios",
      "",
      "### Scenario 1: Database Corruption",
      "",
      "**Recovery Steps:**",
      "1. Stop the application",
      "2. Restore the database from the last backup",
      "",
      "### Scenario 2: Application Deployment Failure",
      "",
      "**Recovery Steps:**",
      `1. ${step}`,
      "2. Verify the service",
      "",
      "## Recovery Procedures",
      "",
      "### 1. Application Recovery",
      "",
      "```bash",
      "kubectl rollout status deploy/api",
      "```",
      "",
      "### 2. Database Recovery",
      "",
      "```bash",
      "pg_restore -d app latest.dump",
      "```",
    );

  it.each([["Rollback to previous version (see `ops/rollback-procedure.sh`)"], ["Roll back to the previous release"]])("“1. %s”", (step) => {
    const parsed = parse(runbook(step));
    expect(rollbackText(parsed)).toContain(step);
  });

  it("an item restoring data, naming no release before, is the recovery, no rollback (“1. Restore the database from a snapshot”)", () => {
    const parsed = parse(runbook("Restore the database from a snapshot"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a section named for the work failing, whose text puts something back, is the rollback", () => {
  // after 3423 (set 286: an operations runbook's "## Migration failed" — do not switch to the new release, restore from a
  // verified backup — among its failure cases; both counters' rollback)
  const runbook = (name: string, text: string[]) => lines("# Release", "", ...WORK, "", `## ${name}`, "", ...text);
  const PUTS_BACK = ["1. Do not switch workers to the new release.", "2. Restore from a verified backup through the recovery procedure."];

  it.each([["Migration failed"], ["Deployment failures"], ["Upgrade fails"]])("“## %s”", (name) => {
    const parsed = parse(runbook(name, PUTS_BACK));
    expect(parsed.rollback?.title).toBe(name);
    expect(rollbackText(parsed)).toContain("Restore from a verified backup");
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
  });

  it("one whose text puts nothing back is troubleshooting, no rollback (“## Migration failed” over reading the logs)", () => {
    const parsed = parse(runbook("Migration failed", ["1. Read the migration log.", "2. Fix the migration and run it again."]));
    expect(parsed.rollback).toBeNull();
  });
});
