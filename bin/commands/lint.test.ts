// `phaseline lint` as a CI pipeline calls it: no database, exit codes 0 / 1 / 2, findings as JSON
// or GitHub annotations, and Markdown runbooks linted step by step, each phase in order.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

function phaseline(...args: string[]) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, ["bin/phaseline.mjs", ...args], { encoding: "utf8", env, timeout: 60_000 });
}

const RUNBOOK = `# Require a region on orders

## Phase 1: Enforce the region (10 minutes)

1. Add the check

\`\`\`sql
ALTER TABLE orders ADD CONSTRAINT region_nn CHECK (region IS NOT NULL) NOT VALID;
\`\`\`

2. Validate it

\`\`\`sql
ALTER TABLE orders VALIDATE CONSTRAINT region_nn;
\`\`\`

3. Set NOT NULL

\`\`\`sql
ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
SET statement_timeout = 0;
\`\`\`
`;

describe("phaseline lint", () => {
  let dir = "";
  const file = (name: string) => join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "phaseline-lint-"));
    writeFileSync(file("clean.sql"), "SELECT 1;\n");
    writeFileSync(file("warn.sql"), "ALTER TABLE orders RENAME COLUMN total TO amount;\n");
    writeFileSync(file("danger.sql"), "-- tidy up\nSELECT 1;\n  DROP TABLE old_orders;\n");
    writeFileSync(file("bad.sql"), "SELECT 1;\nSELEC 2;\n");
    writeFileSync(file("runbook.md"), RUNBOOK);
    writeFileSync(file("default.sql"), "ALTER TABLE orders ADD COLUMN region text DEFAULT 'eu';\n");
    writeFileSync(
      file("lint-off.md"),
      "# Notes\n\n**Risk Level**: LOW\n**Lint off**: prefer-text-field\n\n## Phase 1: Add (5 minutes)\n\n1. Add the columns\n\n```sql\nALTER TABLE orders ADD COLUMN note varchar(200), ADD COLUMN shipped_at timestamp;\n```\n",
    );
    writeFileSync(file("design.sql"), "ALTER TABLE orders ADD COLUMN note varchar(200), ADD COLUMN country char(2), ADD COLUMN shipped_at timestamp;\n");
  });

  it("exits 0 for clean SQL and warnings only, printing the warning with its place", () => {
    const run = phaseline("lint", file("clean.sql"), file("warn.sql"));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/warn\.sql:1:1: warning \[rename-column\]/);
    expect(run.stdout).toMatch(/0 danger, 1 warning\n$/);
  });

  it("exits 1 on a danger finding; --json gives rule, severity, line, column, message and advice", () => {
    const run = phaseline("lint", file("danger.sql"), "--json");
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ exitCode: 1, errors: [] });
    expect(json.findings).toHaveLength(1);
    expect(Object.keys(json.findings[0]).sort()).toEqual(["advice", "column", "file", "line", "message", "rule", "severity"]);
    expect(json.findings[0]).toMatchObject({ rule: "ban-drop-table", severity: "danger", line: 3, column: 3, message: expect.stringMatching(/ACCESS EXCLUSIVE/) });
  });

  it("exits 2 when any SQL does not parse, even beside a danger", () => {
    const run = phaseline("lint", file("danger.sql"), file("bad.sql"), "--format", "github");
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error file=[^,]*bad\.sql,line=2,col=1,title=phaseline invalid-sql::/m);
    expect(run.stdout).toMatch(/^::error file=[^,]*danger\.sql,line=3,col=3,title=phaseline ban-drop-table::/m);
    expect(phaseline("lint", file("missing.sql")).status).toBe(2);
  });

  it("answers version-dependent rules for --server-version, and switches schema-design warnings off with --disable", () => {
    // a constant default rewrites the table before 11 only
    expect(phaseline("lint", file("default.sql")).status).toBe(0);
    const old = phaseline("lint", file("default.sql"), "--server-version", "10", "--json");
    expect(old.status).toBe(1);
    expect(JSON.parse(old.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(["adding-field-with-default"]);
    expect(phaseline("lint", file("default.sql"), "--pg-version=10").status).toBe(1);
    expect(phaseline("lint", file("default.sql"), "--server-version", "ten").status).toBe(2);
    const design = phaseline("lint", file("design.sql"), "--disable", "prefer-text-field,ban-char-field", "--json");
    expect(design.status).toBe(0);
    expect(JSON.parse(design.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(["prefer-timestamptz"]);
    // a risk rule cannot be switched off
    const refused = phaseline("lint", file("danger.sql"), "--disable", "ban-drop-table");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/schema-design rules only/);
  });

  it("lints every SQL step of a Markdown runbook, each phase in order, at the file's lines", () => {
    const run = phaseline("lint", file("runbook.md"), "--json");
    expect(run.status).toBe(1);
    const { findings } = JSON.parse(run.stdout) as { findings: { rule: string; line: number; step: string }[] };
    // the recipe spread over three steps: SET NOT NULL after a validated CHECK is not a danger;
    // the preamble SET is, at its line in the document
    expect(findings.map((f) => [f.rule, f.line])).toEqual([["lifts-step-limits", 21]]);
    expect(findings[0]!.step).toMatch(/^Phase 1 “Enforce the region”, step \d+ “/);
  });

  it("honours a runbook's own **Lint off** line (issue 11), and only for the rules it names", () => {
    const run = phaseline("lint", file("lint-off.md"), "--json");
    expect(run.status).toBe(0);
    const { findings } = JSON.parse(run.stdout) as { findings: { rule: string }[] };
    expect(findings.map((f) => f.rule)).toEqual(["prefer-timestamptz"]);
  });
});
