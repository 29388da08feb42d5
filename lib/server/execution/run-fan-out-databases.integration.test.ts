// Fan-out per database of an environment group (issue 15 item 2): a sharded or per-region app
// whose environment is several databases. On the PostgreSQL server of TEST_DATABASE_URL the test
// makes databases of its own (each with its own table and rows) and drops them at the end; the
// embedded PGlite serves one target database, so the tests that need several are skipped there,
// and the refusals that need none run on both.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ZDraftStep } from "@/lib/domain/runbook/draft";
import { groupDatabaseProblem, readFanOut } from "@/lib/domain/runbook/fan-out";
import { isRealServer, testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { createTestUser, deploymentMap, planTestDeployment, runQueuedSteps, targetUrl } from "@/lib/testing/deployment-fixture";
import { executableStep } from "@/lib/testing/executable-step";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { addEnvironmentDatabase } from "@/lib/server/environments/add-environment-database";
import { getDeploymentPreflight } from "@/lib/server/readers/get-deployment-preflight";
import { executeStepOnTarget } from "./execute-step";
import type { TFanOutTargetResult } from "./run-fan-out";

const created: string[] = [];

/** The server URL of a database named `name` beside the test's own. */
function urlOf(name: string): string {
  const u = new URL(process.env.TEST_DATABASE_URL!);
  u.pathname = `/${name}`;
  return u.toString();
}

async function onServer(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** `count` databases <prefix>_1 … on the server, each with t(x int, app text, timeout text) and `i` rows in the i-th; returns name → URL. */
async function makeDatabases(prefix: string, count: number): Promise<{ name: string; url: string }[]> {
  const out: { name: string; url: string }[] = [];
  for (let i = 1; i <= count; i++) {
    const db = `${prefix}_${i}`;
    await onServer(process.env.TEST_DATABASE_URL!, `CREATE DATABASE ${db}`);
    created.push(db);
    await onServer(urlOf(db), `CREATE TABLE t (x int, app text, timeout text); INSERT INTO t (x) SELECT g FROM generate_series(1, ${i}) g;`);
    out.push({ name: `shard_${i}`, url: urlOf(db) });
  }
  return out;
}

afterAll(async () => {
  for (const db of created) await onServer(process.env.TEST_DATABASE_URL!, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => {});
});

const count = async (url: string, where = "true") => Number((await onServer(url, `SELECT count(*)::int AS n FROM t WHERE ${where}`))[0]!.n);

describe("fan-out over the databases of an environment group (issue 15 item 2)", () => {
  it.skipIf(!isRealServer())(
    "a SQL step runs once per database with the step's limits; one failing fails the step; the retry runs only that database",
    async () => {
      const prefix = `phl_eg_${uniqueSuffix()}`;
      const dbs = await makeDatabases(prefix, 4);
      await onServer(dbs[2]!.url, "DROP TABLE t"); // shard_3 fails
      const lead = await createTestUser(["LEAD"]);
      const { deploymentId, name, environmentId } = await planTestDeployment(lead, [
        {
          title: "Shards",
          failurePolicy: "CONTINUE",
          steps: [
            {
              kind: "SQL",
              title: "Per shard",
              sql: "INSERT INTO t (x, app, timeout) VALUES (100, current_setting('application_name'), current_setting('statement_timeout'));",
              statementTimeoutMs: 45_000,
              lockTimeoutMs: 1000,
              fanOut: { over: "DATABASES", concurrency: 2, onFailure: "FINISH_ALL" },
            },
          ],
        },
      ]);
      for (const d of dbs)
        await addEnvironmentDatabase({ actor: { id: lead.id, label: lead.email }, input: { environmentId, name: d.name, targetUrl: d.url }, prisma: testPrisma() });

      const preflight = await getDeploymentPreflight(deploymentId, testPrisma());
      expect(preflight.find((c) => c.label === "The environment's group databases answer")).toMatchObject({ isOk: true });

      const phase = (await deploymentMap(deploymentId)).phase("Shards");
      await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: testPrisma() });
      const first = await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Per shard"), mode: "RUN", attempt: 1, actor: lead, prisma: testPrisma() });
      await runQueuedSteps();
      const run1 = await testPrisma().stepRun.findUniqueOrThrow({ where: { id: first.stepRunId }, include: { targets: { orderBy: { position: "asc" } } } });
      expect(run1.status).toBe("FAILED");
      expect(run1.targets.map((t) => [t.schemaName, t.status])).toEqual([
        ["shard_1", "SUCCEEDED"],
        ["shard_2", "SUCCEEDED"],
        ["shard_3", "FAILED"],
        ["shard_4", "SUCCEEDED"],
      ]);
      expect(run1.targets[2]).toMatchObject({ errorCode: "42P01", fromAttempt: 1 });
      expect(run1.targets.every((t) => t.durationMs !== null)).toBe(true);
      expect(run1.result).toMatchObject({ fanOut: { over: "DATABASES", source: "group", total: 4, succeeded: 3, failed: 1 } });
      expect(run1.output).toContain("Fan-out over 4 databases (every database of the environment's group)");
      expect(run1.errorMessage).toContain("1 database of 4 failed. First: shard_3");
      // each database ran with the deployment's application_name and the step's own statement_timeout
      for (const i of [0, 1, 3]) {
        const rows = await onServer(dbs[i]!.url, "SELECT app, timeout FROM t WHERE x = 100");
        expect(rows).toEqual([{ app: `phaseline:${name}`.slice(0, 63), timeout: "45s" }]);
      }
      // no URL, password or ciphertext in the run's record
      const record = JSON.stringify({ ...run1, targets: run1.targets });
      for (const d of dbs) expect(record).not.toContain(d.url);

      await onServer(dbs[2]!.url, "CREATE TABLE t (x int, app text, timeout text)");
      const second = await startStepRun({
        deploymentId,
        phaseRunId: phase.phaseRunId,
        stepId: phase.step("Per shard"),
        mode: "RUN",
        attempt: 2,
        actor: lead,
        prisma: testPrisma(),
      });
      await runQueuedSteps();
      const run2 = await testPrisma().stepRun.findUniqueOrThrow({ where: { id: second.stepRunId }, include: { targets: { orderBy: { position: "asc" } } } });
      expect(run2.status).toBe("SUCCEEDED");
      expect(run2.targets.filter((t) => t.fromAttempt === 2).map((t) => t.schemaName)).toEqual(["shard_3"]);
      expect(run2.targets.filter((t) => t.fromAttempt === 1).map((t) => t.schemaName)).toEqual(["shard_1", "shard_2", "shard_4"]);
      // rule 5 per database: none ran twice
      for (const d of dbs) expect(await count(d.url, "x = 100")).toBe(1);

      const events = await testPrisma().auditEvent.findMany({
        where: { type: "step.fan_out_finished", targetId: { in: [first.stepRunId, second.stepRunId] } },
        orderBy: { seq: "asc" },
      });
      expect(events.map((e) => e.payload)).toEqual([
        expect.objectContaining({ over: "DATABASES", source: "group", total: 4, succeeded: 3, failed: 1, ran: 4, failedSchemas: ["shard_3"] }),
        expect.objectContaining({ over: "DATABASES", source: "group", total: 4, succeeded: 4, failed: 0, carried: 3, ran: 1, failedSchemas: [] }),
      ]);
    },
    60_000,
  );

  it.skipIf(!isRealServer())("QUERY_CHECK expectations apply per database; a named list runs only those databases, in its order", async () => {
    const prefix = `phl_eq_${uniqueSuffix()}`;
    const dbs = await makeDatabases(prefix, 3); // shard_i holds i rows
    const finished: TFanOutTargetResult[] = [];
    const outcome = await executeStepOnTarget(
      executableStep({
        kind: "QUERY_CHECK",
        sql: "SELECT count(*) FROM t",
        expectation: { type: "scalar_at_most", value: 2 },
        fanOut: { over: "DATABASES", databases: ["shard_3", "shard_1"], concurrency: 1, onFailure: "FINISH_ALL" },
      }),
      {
        targetUrl: targetUrl(),
        groupDatabases: dbs.map((d) => ({ name: d.name, targetUrl: d.url })),
        applicationName: "phaseline:group-test",
        mode: "RUN",
        httpAllowList: [],
        isCommandsEnabled: false,
        baseline: null,
        fanOutHooks: { loadCarried: async () => new Map(), onResolved: async () => {}, onTargetStarted: async () => {}, onTargetFinished: async (r) => void finished.push(r) },
        onOutput: () => {},
      },
    );
    expect(outcome.status).toBe("FAILED");
    expect(finished.map((r) => [r.schemaName, r.status, r.result.observed])).toEqual([
      ["shard_3", "FAILED", "3"],
      ["shard_1", "SUCCEEDED", "1"],
    ]);
    expect(outcome.result).toMatchObject({ fanOut: { over: "DATABASES", source: "list", total: 2, succeeded: 1, failed: 1 } });
  });
});

describe("a fan-out over databases that cannot run fails before anything runs", () => {
  const step = (databases: string[] | null) =>
    executableStep({ kind: "SQL", sql: "CREATE TABLE must_not_exist_eg (x int);", fanOut: { over: "DATABASES", databases, concurrency: 1, onFailure: "STOP" } });
  const ctx = (group: { name: string; targetUrl: string }[] | undefined) => {
    let output = "";
    const started: string[] = [];
    return {
      started,
      output: () => output,
      ctx: {
        targetUrl: targetUrl(),
        ...(group ? { groupDatabases: group } : {}),
        applicationName: "phaseline:group-test",
        mode: "RUN" as const,
        httpAllowList: [],
        isCommandsEnabled: false,
        baseline: null,
        fanOutHooks: {
          loadCarried: async () => new Map(),
          onResolved: async () => {},
          onTargetStarted: async (n: string) => void started.push(n),
          onTargetFinished: async () => {},
        },
        onOutput: (c: string) => {
          output += c;
        },
      },
    };
  };

  it("no database in the group, or a named database the group lacks: FAILED, no target started, a clear message", async () => {
    const none = ctx([]);
    const a = await executeStepOnTarget(step(null), none.ctx);
    expect(a.status).toBe("FAILED");
    expect(a.errorMessage).toBe("This environment has no databases in its group: an administrator adds them under Admin → Environments. Nothing ran.");
    expect(none.started).toEqual([]);

    const some = ctx([{ name: "shard_eu", targetUrl: targetUrl() }]);
    const b = await executeStepOnTarget(step(["shard_eu", "shard_us"]), some.ctx);
    expect(b.status).toBe("FAILED");
    expect(b.errorMessage).toBe(`The database "shard_us" is not in the environment's group (it has shard_eu). Nothing ran.`);
    expect(some.started).toEqual([]);
    expect(some.output()).not.toContain(targetUrl());
  });

  it("a script cannot lift its limits on a group database either: refused per database, before connecting", async () => {
    const finished: TFanOutTargetResult[] = [];
    const group = ctx([
      { name: "shard_eu", targetUrl: targetUrl() },
      { name: "shard_us", targetUrl: targetUrl() },
    ]);
    const outcome = await executeStepOnTarget(
      executableStep({
        kind: "SQL",
        sql: "SELECT 1;\nSET statement_timeout = 0;",
        fanOut: { over: "DATABASES", databases: null, concurrency: 1, onFailure: "FINISH_ALL" },
      }),
      { ...group.ctx, fanOutHooks: { ...group.ctx.fanOutHooks, onTargetFinished: async (r: TFanOutTargetResult) => void finished.push(r) } },
    );
    expect(outcome.status).toBe("FAILED");
    expect(finished.map((r) => [r.schemaName, r.status])).toEqual([
      ["shard_eu", "FAILED"],
      ["shard_us", "FAILED"],
    ]);
    for (const r of finished) expect(r.errorMessage).toMatch(/^Line 2, column 1: SET statement_timeout would change a limit/);
  });

  it("the pre-flight says, before the window, that the environment has no group: a blocking check", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [
      {
        title: "Shards",
        failurePolicy: "CONTINUE",
        steps: [{ kind: "SQL", title: "Per shard", sql: "CREATE TABLE must_not_exist_eg (x int);", fanOut: { over: "DATABASES", databases: ["shard_eu"] } }],
      },
    ]);
    const preflight = await getDeploymentPreflight(deploymentId, testPrisma());
    const check = preflight.find((c) => c.label === "The environment's group databases answer");
    expect(check).toMatchObject({ isOk: false, isBlocking: true });
    expect(check!.detail).toContain("no databases in its group");
  });
});

describe("the fan-out's target kind in the draft", () => {
  it("reads a stored fan-out without the field as SCHEMAS, and refuses mixed or duplicate targets; a BACKUP may fan out over databases", () => {
    expect(readFanOut({ schemas: ["a"], query: null, concurrency: 1, onFailure: "STOP" })).toMatchObject({ over: "SCHEMAS", databases: null });
    const issues = (step: unknown) => {
      const parsed = ZDraftStep.safeParse(step);
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    const sql = { kind: "SQL", title: "x", sql: "SELECT 1;" };
    expect(issues({ ...sql, fanOut: { over: "DATABASES" } })).toEqual([]);
    expect(issues({ ...sql, fanOut: { over: "DATABASES", databases: ["eu", "us"] } })).toEqual([]);
    expect(issues({ ...sql, fanOut: { over: "DATABASES", databases: ["eu", "eu"] } })).toEqual(["fanOut.databases: Name each database once."]);
    expect(issues({ ...sql, fanOut: { over: "DATABASES", schemas: ["a"] } })[0]).toContain("names databases of the group, not schemas");
    expect(issues({ ...sql, fanOut: { over: "DATABASES", databases: ["1bad"] } })).toHaveLength(1);
    expect(issues({ ...sql, fanOut: { schemas: ["a"], databases: ["eu"] } })[0]).toContain("names schemas, not databases");
    // issue 15 item 2: a BACKUP per group database, its tables as each database finds them (a schema may be named)
    expect(issues({ kind: "BACKUP", title: "b", backupKey: "k", backupTables: ["t", "billing.fees"], fanOut: { over: "DATABASES" } })).toEqual([]);
    expect(issues({ kind: "BACKUP", title: "b", backupKey: "k", backupTables: ["billing.fees"], fanOut: { schemas: ["a"] } })[0]).toContain("name the tables without a schema");
    expect(groupDatabaseProblem({ over: "SCHEMAS", databases: null }, [])).toBeNull();
  });
});
