// The CLI as a pipeline calls it: `phaseline import FILE --json --dry-run` needs no database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_003_PATH } from "@/lib/testing/seeds";

const SEED_003 = SEED_003_PATH;

function phaseline(...args: string[]) {
  // no database in the environment: a dry run must not reach for one
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, ["bin/phaseline.mjs", ...args], { encoding: "utf8", env, timeout: 60_000 });
}

describe("phaseline import", () => {
  it("prints the parsed structure of seed 003 as JSON and exits 0", () => {
    const run = phaseline("import", SEED_003, "--json", "--dry-run");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual([
      "title",
      "summary",
      "riskLevel",
      "estimatedMinutes",
      "rollbackMinutes",
      "preamble",
      "phases",
      "rollback",
      "signoffRoles",
      "appendix",
      "warnings",
    ]);
    // the 8 phases of the document between its pre-deployment checklist and post-deployment tasks
    expect(json.phases).toHaveLength(10);
    expect(Object.keys(json.phases[1])).toEqual(["title", "objective", "estimatedMinutes", "failurePolicy", "checklistItems", "successCriteria", "steps", "notes"]);
    expect(json.phases.map((p: { estimatedMinutes: number | null }) => p.estimatedMinutes)).toEqual([null, 5, 5, 10, 5, 5, 3, 5, 1440, null]);
    expect(json.phases[0].checklistItems[0]).toEqual({ text: "Team Coordination: Notify all stakeholders of maintenance window", isRequired: true });
    expect(json.phases[7].checklistItems[0].text).toBe("Test 1: View Client Details: Navigate to Clients page");
    expect(json.phases.flatMap((p: { successCriteria: string[] }) => p.successCriteria)).toHaveLength(31);
    expect(json.phases[1].steps[1]).toEqual({
      kind: "SQL",
      language: "sql",
      title: "Run pre-migration baseline capture",
      text: "\\i backend/migrations/validation/001_pre_migration_baseline.sql",
    });
    expect(json.phases[1].notes).toBe("**If Failed**: STOP - Investigate baseline query errors before proceeding");
    expect(json.preamble).toMatch(/^\*\*Migration\*\*/);
    expect(json.appendix).toContain("## Emergency Contacts");
    expect(json.rollback.phases).toHaveLength(8);
    expect(json.signoffRoles).toEqual(["Deployment Lead", "Database Admin", "Product Owner", "Post-Deployment Verification"]);
  });

  it("refuses unreadable input with a clear message and exit 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "phaseline-import-"));
    const empty = join(dir, "empty.md");
    const binary = join(dir, "blob.md");
    const nothing = join(dir, "nothing.md");
    writeFileSync(empty, "");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(nothing, "---\n\n<!-- a comment -->\n");
    const cases: Array<[string, RegExp]> = [
      [join(dir, "missing.md"), /missing\.md does not exist/],
      [dir, /is a directory/],
      [empty, /empty\.md is empty/],
      [binary, /blob\.md is a binary file/],
      [nothing, /no content to import/],
    ];
    for (const [file, message] of cases) {
      const run = phaseline("import", file, "--json", "--dry-run");
      expect(run.status, file).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
    }
  });
});
