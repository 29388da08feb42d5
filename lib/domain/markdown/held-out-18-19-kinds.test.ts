// Kinds of structure the eighteenth and nineteenth held-out sets (214–225 deploys, releases and
// cut-overs; 226–237 database and infrastructure operations) showed the importer missing at their
// first run (issue 16 "Done when"): each a small document of its own.
import { describe, expect, it } from "vitest";
import { expectSound, fenceInFirstPhase } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

const inPhase = fenceInFirstPhase;
const firstKind = (lang: string, fence: string) => parseRunbookMarkdown(inPhase(lang, fence)).phases[0]?.steps[0]?.kind;

describe("checkboxes in a numbered list under a step heading", () => {
  it("“### 3.1 Smoke Tests” over “1. **Basic Functionality**” with nested boxes: every box is tickable", () => {
    const source =
      "# Cutover\n\n## Phase 1: Validation\n\n### 1.1 Smoke Tests\n\n1. **Basic Functionality**\n   - [ ] Homepage loads\n   - [ ] API responds\n\n2. **Payment Flow**\n   - [ ] Pay $0.50\n   - [ ] Refund it\n\n## Phase 2: Go-Live\n\n1. Switch to live mode\n";
    const parsed = parseRunbookMarkdown(source);
    expect(parsed.phases[0]?.checklistItems).toHaveLength(4);
    expectSound(source, parsed);
  });
});

describe("what is and is not SQL in a fence", () => {
  it("MySQL statements under a shell label (`install plugin …`, `show variables like …`, `START REPLICA`) are SQL", () => {
    expect(firstKind("shell", "install plugin rpl_semi_sync_source soname 'semisync_source.so';")).toBe("SQL");
    expect(firstKind("shell", "show variables like 'rpl_semi%';")).toBe("SQL");
    expect(firstKind("bash", "ALTER USER app WITH PASSWORD 'new';")).toBe("SQL");
  });

  it("a `sql` fence setting a shell variable (`DBS=$(mysql -e …)`), running psql's `\\!` shell escape, or naming script files is not", () => {
    expect(firstKind("sql", "-- back up\nDBS=$(mysql -u root -e 'SHOW DATABASES;')\nmysqldump --databases $DBS > all.sql")).not.toBe("SQL");
    expect(firstKind("sql", '\\! "C:\\\\PostgreSQL\\\\bin\\\\pg_dump.exe" \\\n    --host db \\\n    --file backup.dump')).not.toBe("SQL");
    expect(firstKind("sql", "-- run these in order\nmigrations/001_partition_function.sql\nmigrations/002_partition_scheme.sql")).not.toBe("SQL");
  });
});
