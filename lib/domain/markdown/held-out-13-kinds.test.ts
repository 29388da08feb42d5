// Kinds of structure the thirteenth held-out set (154–165, database and infrastructure operations
// runbooks) showed the importer missing at its first measure (issue 16 "Done when"): each a small
// document of its own, so the fix is the kind and not the file.
import { describe, expect, it } from "vitest";
import { expectSound, fenceInFirstPhase, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

describe("section names written with other hyphens", () => {
  it.each([
    ["U+2011 non-breaking hyphen", "Pre\u2011requisites"],
    ["U+2010 hyphen", "Pre\u2010requisites"],
    ["U+FF0D full-width hyphen-minus", "Pre\uFF0Drequisites"],
  ])("“## Pre‑requisites” with a %s is the prerequisites checklist", (_kind, name) => {
    const source = `# DNS cut-over\n\n## ${name}\n\n- Access to the DNS zone\n- TTL lowered to 60 s a day before\n\n## Steps\n\n1. Point the record at the new load balancer\n`;
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["Access to the DNS zone", "TTL lowered to 60 s a day before"]);
    expect(titles(parsed)).toHaveLength(2);
    expectSound(source, parsed);
  });
});

describe("numbered steps whose numbering runs on across groups", () => {
  it("“#### 1.” … “#### 7.” under three “###” groups of one “## Steps” section: the groups are the phases, the numbered headings their steps", () => {
    const source = [
      "# Runbook: Upgrade the Kafka operator",
      "",
      "## Pre-conditions",
      "",
      "- The cluster is healthy",
      "",
      "## Steps",
      "",
      "### Verifying the cluster is ready",
      "",
      "#### 1. Get the instance name",
      "",
      "`kubectl get instances`",
      "",
      "#### 2. Verify the plans are COMPLETE",
      "",
      "`kubectl kudo plan status`",
      "",
      "### Preparing for the upgrade",
      "",
      "#### 3. Check the protocol version",
      "",
      "`kubectl describe instance kafka`",
      "",
      "#### 4. Pin the protocol version",
      "",
      "`kubectl kudo update -p PROTOCOL=2.4`",
      "",
      "### Upgrading",
      "",
      "#### 5. Install the new operator version",
      "",
      "`kubectl kudo install kafka --skip-instance`",
      "",
      "#### 6. Upgrade the instance",
      "",
      "`kubectl kudo upgrade kafka`",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Pre-conditions", "Verifying the cluster is ready", "Preparing for the upgrade", "Upgrading"]);
    expectSound(source, parsed);
  });

  it("headings that name themselves phases (“### Phase 1” … “### Phase 4” under two day sections) stay the phases", () => {
    const source =
      "# Rollout plan\n\n## Monday\n\n### Phase 1: Approval\n\n- Store approval\n\n### Phase 2: Backend\n\n- Transport the backend\n\n## Tuesday\n\n### Phase 3: Distribution\n\n- Distribute the app\n\n### Phase 4: Rollout\n\n- Open to everyone\n";
    expect(titles(parseRunbookMarkdown(source))).toEqual(["Approval", "Backend", "Distribution", "Rollout"]);
  });
});

describe("a fence of psql -c commands whose SQL spans lines", () => {
  const inPhase = (fence: string) => fenceInFirstPhase("bash", fence);

  it('reads `psql "$DATABASE_URL" -c "` … `"` (the quoted SQL over several lines) as an SQL step', () => {
    const source = inPhase('# active connections\npsql "$DATABASE_URL" -c "\nSELECT count(*) AS active_connections\nFROM pg_stat_activity\nWHERE state = \'active\';\n"');
    const parsed = parseRunbookMarkdown(source);
    const step = parsed.phases[0]?.steps[0];
    expect(step?.kind).toBe("SQL");
    expect(step?.text).toContain("SELECT count(*) AS active_connections\nFROM pg_stat_activity\nWHERE state = 'active';");
    expectSound(source, parsed);
  });

  it("runs the SQL of several such commands and keeps psql's meta-commands (`\\d users`) to the step's comment", () => {
    const source = inPhase('psql "$DATABASE_URL" -c "\\d users"\npsql -h db -U app shop -c "\n  COPY (SELECT * FROM trips) TO \'/tmp/trips.csv\' WITH CSV HEADER;\n"');
    const step = parseRunbookMarkdown(source).phases[0]?.steps[0];
    expect(step?.kind).toBe("SQL");
    expect(step?.text.split("\n").filter((l) => !l.startsWith("--"))).toEqual(["COPY (SELECT * FROM trips) TO '/tmp/trips.csv' WITH CSV HEADER;"]);
  });

  it('a fence of meta-commands only (`psql -c "\\dt"`) or with another tool beside psql stays shown, not an SQL step', () => {
    for (const fence of ['psql "$DATABASE_URL" -c "\\dt"\npsql "$DATABASE_URL" -c "\\di"', 'psql "$DATABASE_URL" -c "\nSELECT 1;\n"\nsea-orm-cli migrate status']) {
      expect(parseRunbookMarkdown(inPhase(fence)).phases[0]?.steps[0]?.kind).not.toBe("SQL");
    }
  });
});

describe("psql's own commands in SQL and heredoc fences", () => {
  const inPhase = fenceInFirstPhase;

  it("a `sql` fence of only psql meta-commands (`\\dt`) and commented output is shown, not run on the target", () => {
    const source = inPhase("sql", "-- list the tables\n\\dt\n\n-- expected output:\n--  Schema |  Name  | Type\n-- --------+--------+-------");
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.steps[0]?.kind).toBe("MANUAL");
    expectSound(source, parsed);
    // a meta-command before SQL ("\\timing on" then a SELECT) still runs the SQL
    expect(parseRunbookMarkdown(inPhase("sql", "\\timing on\nSELECT count(*) FROM orders;")).phases[0]?.steps[0]?.kind).toBe("SQL");
  });

  it("a psql heredoc followed by another command (`tail -f` of the log) stays a command; alone it is SQL", () => {
    const heredoc = "sudo -u postgres psql <<EOF\nALTER SYSTEM SET log_min_duration_statement = 1000;\nSELECT pg_reload_conf();\nEOF";
    expect(parseRunbookMarkdown(inPhase("bash", `${heredoc}\n\nsudo tail -f /var/log/postgresql/postgresql.log`)).phases[0]?.steps[0]?.kind).not.toBe("SQL");
    expect(parseRunbookMarkdown(inPhase("bash", heredoc)).phases[0]?.steps[0]?.kind).toBe("SQL");
  });
});
