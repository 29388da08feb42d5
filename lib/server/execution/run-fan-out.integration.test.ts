// Fan-out over target schemas (issue 15 item 2) on the real target of the test run: embedded
// PGlite, or a throwaway database on the PostgreSQL server when TEST_DATABASE_URL is set. Each test
// makes schemas of its own (a unique prefix), so tests never see each other's.
import { describe, expect, it } from "vitest";
import { ZDraftStep } from "@/lib/domain/runbook/draft";
import type { TFanOut } from "@/lib/domain/runbook/fan-out";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { createTestUser, deploymentMap, onTarget, planTestDeployment, runQueuedSteps, targetUrl } from "@/lib/testing/deployment-fixture";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { executeStepOnTarget, type TExecutableStep, type TExecutionOutcome } from "./execute-step";
import { executableStep } from "@/lib/testing/executable-step";
import type { TFanOutHooks, TFanOutTargetResult } from "./run-fan-out";

const isRealServer = !!process.env.TEST_DATABASE_URL;

const step = executableStep;

const fanOut = (over: Partial<TFanOut>): TFanOut => ({ over: "SCHEMAS", databases: null, schemas: null, query: null, concurrency: 1, onFailure: "STOP", ...over });

/** `count` schemas <prefix>_01 … each with a table t(x int); returns their names. */
async function makeSchemas(prefix: string, count: number): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `${prefix}_${String(i + 1).padStart(2, "0")}`);
  await onTarget(names.map((n) => `CREATE SCHEMA ${n}; CREATE TABLE ${n}.t (x int);`).join(" "));
  return names;
}

async function execute(s: TExecutableStep) {
  let output = "";
  const finished: TFanOutTargetResult[] = [];
  const started: string[] = [];
  const hooks: TFanOutHooks = {
    loadCarried: async () => new Map(),
    onResolved: async () => {},
    onTargetStarted: async (name) => {
      started.push(name);
    },
    onTargetFinished: async (r) => {
      finished.push(r);
    },
  };
  const outcome: TExecutionOutcome = await executeStepOnTarget(s, {
    targetUrl: targetUrl(),
    applicationName: "phaseline:fan-out-test",
    mode: "RUN",
    httpAllowList: [],
    isCommandsEnabled: false,
    baseline: null,
    fanOutHooks: hooks,
    onOutput: (chunk) => {
      output += chunk;
    },
  });
  return { ...outcome, output, finished, started, counts: outcome.result.fanOut as Record<string, number> };
}

const rowsIn = async (schema: string) => (await onTarget<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.t`))[0]!.n;

describe("fan-out over target schemas (issue 15 item 2)", () => {
  it("40 schemas named by a query, the last one failing: 39 succeeded, 1 failed, under both policies", async () => {
    const prefix = `fo_${uniqueSuffix()}`;
    const names = await makeSchemas(prefix, 40);
    await onTarget(`DROP TABLE ${names[39]}.t`);
    const query = `SELECT nspname FROM pg_namespace WHERE nspname LIKE '${prefix}\\_%' ORDER BY 1`;
    for (const onFailure of ["FINISH_ALL", "STOP"] as const) {
      const run = await execute(step({ kind: "SQL", sql: "INSERT INTO t VALUES (1);", fanOut: fanOut({ query, onFailure }) }));
      expect(run.status).toBe("FAILED");
      expect(run.counts).toMatchObject({ total: 40, succeeded: 39, failed: 1, notRun: 0 });
      const failed = run.finished.filter((r) => r.status === "FAILED");
      expect(failed.map((r) => r.schemaName)).toEqual([names[39]]);
      expect(failed[0]!.errorCode).toBe("42P01");
      expect(run.errorMessage).toContain(names[39]);
      expect(run.output).toContain("Fan-out done: 39 schemas succeeded, 1 failed.");
    }
    // each target in its own transaction, with search_path set to it: the unqualified t was each schema's own
    for (const name of names.slice(0, 39)) expect(await rowsIn(name)).toBe(2);
  });

  it("STOP starts no schema after the first failure; FINISH_ALL runs every one", async () => {
    const prefix = `fs_${uniqueSuffix()}`;
    const names = await makeSchemas(prefix, 10);
    await onTarget(`DROP TABLE ${names[3]}.t`);
    const stopped = await execute(step({ kind: "SQL", sql: "INSERT INTO t VALUES (1);", fanOut: fanOut({ schemas: names, onFailure: "STOP" }) }));
    expect(stopped.counts).toMatchObject({ total: 10, succeeded: 3, failed: 1, notRun: 6 });
    expect(stopped.started).toEqual(names.slice(0, 4));
    expect(stopped.errorMessage).toMatch(/1 schema of 10 failed and 6 did not run/);
    const all = await execute(step({ kind: "SQL", sql: "INSERT INTO t VALUES (1);", fanOut: fanOut({ schemas: names, onFailure: "FINISH_ALL" }) }));
    expect(all.counts).toMatchObject({ total: 10, succeeded: 9, failed: 1, notRun: 0 });
    expect(await rowsIn(names[9]!)).toBe(1);
  });

  it("a listed schema that does not exist fails as itself; a name with a quote is quoted, never spliced", async () => {
    const odd = `fq_${uniqueSuffix()}"; DROP SCHEMA public; --`;
    await onTarget(`CREATE SCHEMA "${odd.replaceAll('"', '""')}"`);
    const missing = `fm_${uniqueSuffix()}`;
    const run = await execute(
      step({
        kind: "QUERY_CHECK",
        sql: "SELECT current_schema()::text = (SELECT min(nspname) FROM pg_namespace WHERE nspname LIKE 'fq\\_%' AND nspname = current_schema())",
        expectation: { type: "row_count_equals", value: 1 },
        fanOut: fanOut({ schemas: [odd, missing], onFailure: "FINISH_ALL" }),
      }),
    );
    expect(run.counts).toMatchObject({ total: 2, succeeded: 1, failed: 1 });
    const byName = new Map(run.finished.map((r) => [r.schemaName, r]));
    expect(byName.get(odd)!.status).toBe("SUCCEEDED");
    expect(byName.get(missing)!.errorMessage).toContain("does not exist on the target");
    expect((await onTarget<{ n: number }>("SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'public'"))[0]!.n).toBe(1);
  });

  it("QUERY_CHECK expectations apply per schema", async () => {
    const prefix = `fc_${uniqueSuffix()}`;
    const names = await makeSchemas(prefix, 5);
    await onTarget(`INSERT INTO ${names.map((n) => n).join(".t VALUES (0); INSERT INTO ")}.t VALUES (0); INSERT INTO ${names[2]}.t VALUES (0);`);
    const run = await execute(
      step({
        kind: "QUERY_CHECK",
        sql: "SELECT count(*) FROM t",
        expectation: { type: "scalar_equals", value: 1 },
        fanOut: fanOut({ schemas: names, onFailure: "FINISH_ALL", concurrency: 2 }),
      }),
    );
    expect(run.status).toBe("FAILED");
    expect(run.counts).toMatchObject({ total: 5, succeeded: 4, failed: 1 });
    const failed = run.finished.find((r) => r.status === "FAILED")!;
    expect(failed.schemaName).toBe(names[2]);
    expect(failed.errorMessage).toMatch(/2/);
    expect(failed.result).toMatchObject({ passed: false, observed: "2" });
  });

  it.skipIf(!isRealServer)("concurrency 4 really overlaps on PostgreSQL: four sessions at once, each in its own transaction", async () => {
    const prefix = `fp_${uniqueSuffix()}`;
    const names = await makeSchemas(prefix, 8);
    const log = `public.${prefix}_log`;
    await onTarget(`CREATE TABLE ${log} (schema_name text, pid int, started timestamptz, ended timestamptz)`);
    const sql = `INSERT INTO ${log} SELECT current_schema(), pg_backend_pid(), clock_timestamp(), clock_timestamp() + interval '0.6 s' FROM pg_sleep(0.6);`;
    const began = performance.now();
    const run = await execute(step({ kind: "SQL", sql, fanOut: fanOut({ schemas: names, concurrency: 4 }) }));
    const wall = performance.now() - began;
    expect(run.status, run.errorMessage ?? "").toBe("SUCCEEDED");
    expect(run.counts).toMatchObject({ total: 8, succeeded: 8, maxConcurrent: 4 });
    const rows = await onTarget<{ overlap: number; pids: number }>(
      `SELECT max(c)::int AS overlap, (SELECT count(DISTINCT pid) FROM ${log})::int AS pids FROM (SELECT (SELECT count(*) FROM ${log} b WHERE b.started < a.started + interval '0.3 s' AND b.ended > a.started + interval '0.3 s') AS c FROM ${log} a) s`,
    );
    expect(rows[0]!.overlap).toBeGreaterThanOrEqual(3);
    expect(rows[0]!.pids).toBe(8);
    // eight 0.6 s sleeps one at a time take 4.8 s
    expect(wall).toBeLessThan(4000);
  });

  it("the worker records each schema, fails the step, and a new attempt runs only the failed schema", async () => {
    const prefix = `fw_${uniqueSuffix()}`;
    const names = await makeSchemas(prefix, 40);
    await onTarget(`DROP TABLE ${names[16]}.t`);
    const lead = await createTestUser(["LEAD"]);
    const query = `SELECT nspname FROM pg_namespace WHERE nspname LIKE '${prefix}\\_%' ORDER BY 1`;
    const { deploymentId } = await planTestDeployment(lead, [
      {
        title: "Tenants",
        failurePolicy: "CONTINUE",
        steps: [
          {
            kind: "SQL",
            title: "Per tenant",
            sql: "INSERT INTO t VALUES (1);",
            statementTimeoutMs: 60_000,
            lockTimeoutMs: 1000,
            fanOut: { query, concurrency: 3, onFailure: "FINISH_ALL" },
          },
        ],
      },
    ]);
    const phase = (await deploymentMap(deploymentId)).phase("Tenants");
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: testPrisma() });
    const first = await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Per tenant"), mode: "RUN", attempt: 1, actor: lead, prisma: testPrisma() });
    await runQueuedSteps();
    const run1 = await testPrisma().stepRun.findUniqueOrThrow({ where: { id: first.stepRunId }, include: { targets: { orderBy: { position: "asc" } } } });
    expect(run1.status).toBe("FAILED");
    expect(run1.targets).toHaveLength(40);
    expect(run1.targets.filter((t) => t.status === "SUCCEEDED")).toHaveLength(39);
    const bad = run1.targets.find((t) => t.status === "FAILED")!;
    expect(bad).toMatchObject({ schemaName: names[16], errorCode: "42P01", fromAttempt: 1 });
    expect(bad.errorMessage).toContain("does not exist");
    expect(run1.targets.every((t) => t.durationMs !== null && t.finishedAt !== null)).toBe(true);

    await onTarget(`CREATE TABLE ${names[16]}.t (x int)`);
    const second = await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Per tenant"), mode: "RUN", attempt: 2, actor: lead, prisma: testPrisma() });
    await runQueuedSteps();
    const run2 = await testPrisma().stepRun.findUniqueOrThrow({ where: { id: second.stepRunId }, include: { targets: { orderBy: { position: "asc" } } } });
    expect(run2.status).toBe("SUCCEEDED");
    expect(run2.targets.filter((t) => t.fromAttempt === 1 && t.status === "SUCCEEDED")).toHaveLength(39);
    expect(run2.targets.filter((t) => t.fromAttempt === 2).map((t) => t.schemaName)).toEqual([names[16]]);
    expect(run2.result).toMatchObject({ fanOut: { total: 40, succeeded: 40, failed: 0, carried: 39 } });
    // rule 5 per target: no schema ran twice
    for (const name of names) expect(await rowsIn(name)).toBe(1);
    const events = await testPrisma().auditEvent.findMany({ where: { type: "step.fan_out_finished", targetId: second.stepRunId } });
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ total: 40, succeeded: 40, failed: 0, carried: 39, ran: 1 });
  }, 60_000);
});

describe("fan-out options are bounded by the draft schema", () => {
  const base = { kind: "SQL", title: "x", sql: "SELECT 1;" };
  const issues = (fo: unknown) => {
    const parsed = ZDraftStep.safeParse({ ...base, fanOut: fo });
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };
  it("refuses a concurrency outside 1..8, both or neither source, duplicates and too many schemas", () => {
    expect(issues({ schemas: ["a"], concurrency: 9 })).toEqual(["fanOut.concurrency: Run at most 8 schemas at a time."]);
    expect(issues({ schemas: ["a"], concurrency: 0 })).toEqual(["fanOut.concurrency: Run at least 1 schema at a time."]);
    expect(issues({ schemas: ["a"], concurrency: 1.5 })).toHaveLength(1);
    expect(issues({ schemas: ["a"], query: "SELECT 'a'" })[0]).toContain("not both");
    expect(issues({ schemas: [] })[0]).toContain("List at least one schema");
    expect(issues({ schemas: ["a", "a"] })[0]).toContain("once");
    expect(issues({ schemas: Array.from({ length: 1001 }, (_, i) => `s${i}`) })[0]).toContain("at most 1,000");
    expect(issues({ schemas: ["x".repeat(64)] })[0]).toContain("63 bytes");
    expect(issues({ schemas: ["a"], onFailure: "MAYBE" })).toHaveLength(1);
    expect(issues({ query: "SELECT nspname FROM pg_namespace", concurrency: 8, onFailure: "FINISH_ALL" })).toEqual([]);
  });
});
