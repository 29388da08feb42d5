// Kinds found in session 20 (set 115 and its siblings in the corpus), each as a small document of its own: what a lead
// expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, fenceInFirstPhase } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

/** The first step of a runbook whose first phase holds one fence, the import checked sound. */
function firstStep(lang: string, fence: string) {
  const source = fenceInFirstPhase(lang, fence);
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed.phases[0]?.steps[0];
}

describe("SQL typed at a client the fence opens first is a SQL step", () => {
  // after 1372 (a `bash` fence: "mysql -u root -p…", then CREATE DATABASE / USE / source / SELECT typed at its prompt) and
  // 1375 ("vercel postgres:shell", then ALTER TABLE / CREATE INDEX): both counted as SQL steps, as 123's psql prompt
  it.each([
    [
      "bash",
      "# 1. log in\nmysql -u root -pxxxxxxxx\n\n# 2. create the database\nCREATE DATABASE IF NOT EXISTS shop;\nUSE shop;\nsource /srv/shop/sql/init.sql;",
      "CREATE DATABASE IF NOT EXISTS shop;",
    ],
    [
      "bash",
      "# or with the CLI:\nvercel postgres:shell\n\n# then type:\nALTER TABLE user_profiles\nADD COLUMN IF NOT EXISTS current_job VARCHAR(200);",
      "ADD COLUMN IF NOT EXISTS current_job VARCHAR(200);",
    ],
    ["sh", "heroku pg:psql -a shop-production\nSELECT count(*) FROM orders WHERE created_at > now() - interval '1 hour';", "SELECT count(*) FROM orders"],
    ["bash", "docker exec -it shop-db mysql -uroot -p\nUSE shop;\nALTER TABLE orders ADD INDEX idx_created (created_at);", "ALTER TABLE orders ADD INDEX"],
    ["", "sqlcmd -S db01 -U sa\nALTER DATABASE Shop SET RECOVERY FULL;\nGO", "ALTER DATABASE Shop SET RECOVERY FULL;"],
    ["bash", "fly postgres connect -a shop-db\nREINDEX INDEX CONCURRENTLY orders_created_idx;", "REINDEX INDEX CONCURRENTLY"],
  ])("```%s over %j", (lang, fence, statement) => {
    const step = firstStep(lang, fence);
    expect(step?.kind).toBe("SQL");
    expect(step?.text).toContain(statement);
  });

  it("a password option ending in c is no -c: the SQL typed after it is still the step", () => {
    const step = firstStep("bash", "mysql -u deploy -pzxc\nUPDATE settings SET maintenance = 1;");
    expect(step?.kind).toBe("SQL");
  });

  it.each([
    ["a client fed a file", "mysql -u root -p shop < dump.sql\nSELECT COUNT(*) FROM orders;"],
    ["a client opened, then another command", "psql -U postgres\npg_dump shop > shop.sql"],
    ["a client opened and nothing typed", "mysql -u root -p\n# enter the password when asked"],
    ["a platform command that opens no SQL session", "vercel env pull .env.production\nSELECT 1;"],
  ])("%s is no SQL step", (_what, fence) => {
    expect(firstStep("bash", fence)?.kind).not.toBe("SQL");
  });
});

describe("SQL shown at a SQL client's prompt is a SQL step, its prompts dropped", () => {
  // after 309 (a `sh` fence of only "mysql> SHOW STATUS LIKE 'wsrep_cluster_size';", the verify step: counted SQL) —
  // the same statement with its printed rows is an illustration, not a step to run (309's symptom fences)
  it.each([
    ["sh", "mysql> SHOW STATUS LIKE 'wsrep_cluster_size';", "SHOW STATUS LIKE 'wsrep_cluster_size';"],
    ["bash", "sudo -u postgres psql\npostgres=# ALTER USER app WITH PASSWORD 'xxxxxxxx';\npostgres=# \\q", "ALTER USER app WITH PASSWORD 'xxxxxxxx';"],
    ["", "MariaDB [shop]> CREATE INDEX idx_sku ON items (sku);", "CREATE INDEX idx_sku ON items (sku);"],
    ["text", "mysql> UPDATE orders\n    -> SET status = 'void'\n    -> WHERE id = 42;", "UPDATE orders\nSET status = 'void'\nWHERE id = 42;"],
    ["console", "shop=> SELECT pg_reload_conf();", "SELECT pg_reload_conf();"],
  ])("```%s over %j", (lang, fence, sql) => {
    const step = firstStep(lang, fence);
    expect(step?.kind).toBe("SQL");
    expect(step?.text).toContain(sql);
    expect(step?.text.split("\n").filter((l) => !l.startsWith("--"))).not.toContainEqual(expect.stringMatching(/^(?:mysql|postgres|shop)=?[#>]/));
  });

  it.each([
    [
      "a query shown with its printed rows",
      "mysql> SHOW STATUS LIKE 'wsrep_cluster_status';\n+----------------------+-------------+\n| Variable_name        | Value       |\n+----------------------+-------------+\n| wsrep_cluster_status | non-Primary |\n+----------------------+-------------+",
    ],
    ["a query shown with the error it gives", "mysql> select * from mysql.user;\nERROR 1047 (08S01) at line 1: WSREP has not yet prepared node for application use"],
    ["psql's own meta-commands only", "postgres=# \\l\npostgres=# \\du\npostgres=# \\q"],
  ])("%s is no SQL step", (_what, fence) => {
    expect(firstStep("sh", fence)?.kind).not.toBe("SQL");
  });
});
