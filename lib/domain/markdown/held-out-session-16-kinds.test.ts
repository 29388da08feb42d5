// Kinds found in session 16, each as a small document of its own: what a lead expects, and that the import is sound
// (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, fenceInFirstPhase } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

/** The document's parse, checked sound. */
function parsedSoundly(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

/** The first phase's steps, kind and text. */
const firstSteps = (source: string) => parsedSoundly(source).phases[0]?.steps.map((s) => ({ kind: s.kind, text: s.text }));

describe("SQL under a shell's “#” comments is SQL to run, its comments written as SQL's", () => {
  // after a failover runbook (1004): "```bash" over "# Check active connections" / "# Run via Supabase SQL editor:" and
  // a SELECT … GROUP BY — the content is a query, the label a habit; "#" is no comment PostgreSQL parses
  const query = ["# Check active connections", "# Run via the SQL editor:", "SELECT count(*), state", "FROM pg_stat_activity", "GROUP BY state;"];
  const asSql = ["-- Check active connections", "-- Run via the SQL editor:", "SELECT count(*), state", "FROM pg_stat_activity", "GROUP BY state;"].join("\n");

  it.each(["bash", "sh", "shell", ""])("```%s over comments and a SELECT: a SQL step", (lang) => {
    expect(firstSteps(fenceInFirstPhase(lang, query.join("\n")))).toEqual([{ kind: "SQL", text: asSql }]);
  });

  it("a shell fence of comments and commands stays a command", () => {
    const steps = firstSteps(fenceInFirstPhase("bash", ["# Scale down and back up", "fly scale count 0 --app api", "fly scale count 2 --app api"].join("\n")));
    expect(steps?.map((s) => s.kind)).not.toContain("SQL");
  });

  it("a MySQL fence already read as SQL keeps its “#” comments as written (MySQL parses them)", () => {
    const fence = ["CHANGE REPLICATION SOURCE TO SOURCE_HOST='db-1';", "# start the replica", "START REPLICA;"].join("\n");
    expect(firstSteps(fenceInFirstPhase("", fence))).toEqual([{ kind: "SQL", text: fence }]);
  });
});

describe("psql -c run through docker compose with options before “exec” is SQL on the target", () => {
  // after a launch runbook (1037): "docker compose --env-file deploy/.env.prod -f deploy/docker-compose.prod.yml exec db \"
  // over "psql -U … -d … \" and '-c "UPDATE …"' — compose's own options sit between "compose" and "exec"
  it.each([
    [
      "docker compose --env-file deploy/.env.prod -f deploy/docker-compose.prod.yml exec db \\",
      '  psql -U "$POSTGRES_USER" -d app \\',
      `  -c "UPDATE users SET role = 'ADMIN' WHERE id = 1;"`,
    ],
    ["docker-compose -f compose.yml -p shop exec -T db psql -U shop -c 'SELECT count(*) FROM orders;'"],
    ["docker --context prod exec -i pg-1 psql -U app -c 'VACUUM ANALYZE orders;'"],
  ])("%s", (...command) => {
    const steps = firstSteps(fenceInFirstPhase("bash", command.join("\n")));
    expect(steps?.map((s) => s.kind)).toEqual(["SQL"]);
    expect(steps?.[0]?.text).toMatch(/(?:UPDATE users|SELECT count|VACUUM ANALYZE)[^\n]*;$/);
  });

  it("compose with options running anything else stays a command", () => {
    const steps = firstSteps(fenceInFirstPhase("bash", "docker compose -f compose.prod.yml exec api npm run migrate"));
    expect(steps?.map((s) => s.kind)).toEqual(["COMMAND"]);
  });
});
