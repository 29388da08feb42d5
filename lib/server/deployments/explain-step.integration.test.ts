// Issue 11 item 6: the DBA's review evidence. EXPLAIN (without ANALYZE) of a SQL step on demand
// against the deployment's target — read-only, with the step's limits, never executing the
// statement (the target is read before and after and must be the same) — audited; and a rehearsal
// that keeps rows affected and duration per statement. The competing-lock case needs a second
// session at once, so it runs on the real PostgreSQL server only.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { isRealServer, testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { createTestUser, deploymentMap, onTarget, planTestDeployment, runQueuedSteps, targetUrl } from "@/lib/testing/deployment-fixture";
import { controlDeployment } from "./control-deployment";
import { startStepRun } from "./start-step-run";
import { decideExplainStep, explainStep } from "./explain-step";

const prisma = () => testPrisma();

/** A table with a serial key: any executed write would show in its rows or its sequence. */
async function table(rows: number) {
  const name = `explain_${uniqueSuffix()}`;
  await onTarget(`CREATE TABLE ${name} (id serial PRIMARY KEY, n int NOT NULL)`);
  await onTarget(`INSERT INTO ${name} (n) SELECT g FROM generate_series(1, ${rows}) g`);
  return name;
}

async function targetState(name: string) {
  const [row] = await onTarget<{ rows: string; total: string; seq: string; created: boolean }>(
    `SELECT (SELECT count(*) FROM ${name})::text AS rows, (SELECT coalesce(sum(n), 0) FROM ${name})::text AS total,
            (SELECT last_value::text FROM ${name}_id_seq) AS seq, to_regclass('${name}_new') IS NOT NULL AS created`,
  );
  return row;
}

const auditOf = (deploymentId: string, type: string) => prisma().auditEvent.findMany({ where: { deploymentId, type }, orderBy: { seq: "asc" } });

describe("EXPLAIN on demand for the reviewer", () => {
  it("explains each DML statement against the target, lists the others as not explainable, executes nothing, and audits the request", async () => {
    const lead = await createTestUser(["LEAD"]);
    const dba = await createTestUser(["DBA"]);
    const t = await table(50);
    const sql = [
      `UPDATE ${t} SET n = n + 1 WHERE id < 10;`,
      `INSERT INTO ${t} (n) VALUES (1), (2);`,
      `DELETE FROM ${t} WHERE n > 40;`,
      `CREATE TABLE ${t}_new (id bigint);`,
      `SELECT count(*) FROM ${t};`,
    ].join("\n");
    const { deploymentId } = await planTestDeployment(lead, [
      { title: "Change", requiredSignoffRoles: ["DBA"], steps: [{ kind: "SQL", title: "Fix", sql, statementTimeoutMs: 5_000, lockTimeoutMs: 1_000 }] },
    ]);
    const stepId = (await deploymentMap(deploymentId)).phase("Change").step("Fix");
    const before = await targetState(t);

    const explained = await explainStep({ deploymentId, stepId, actor: dba, prisma: prisma() });

    expect(explained.statements.map((s) => [s.statement, s.line, s.kind, s.status])).toEqual([
      [1, 1, "UPDATE", "EXPLAINED"],
      [2, 2, "INSERT", "EXPLAINED"],
      [3, 3, "DELETE", "EXPLAINED"],
      [4, 4, "CREATE TABLE", "NOT_EXPLAINABLE"],
      [5, 5, "SELECT", "EXPLAINED"],
    ]);
    const update = explained.statements[0]!;
    expect(update.status === "EXPLAINED" ? update.plan.join("\n") : update.status).toMatch(new RegExp(`Update on ${t}`));
    expect(explained.limits).toEqual({ statementTimeoutMs: 5_000, lockTimeoutMs: 1_000 });
    // nothing executed: same rows, same values, the sequence not advanced, no table created
    expect(await targetState(t)).toEqual(before);
    const events = await auditOf(deploymentId, "step.explained");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: dba.id, targetType: "step", targetId: stepId, payload: { stepId, stepTitle: "Fix", statements: 5, explained: 4, failed: 0 } });
  });

  it("reports a statement that cannot be planned (its table comes from an earlier statement) and still explains the rest", async () => {
    const lead = await createTestUser(["LEAD"]);
    const t = await table(3);
    const sql = `CREATE TABLE ${t}_new (id bigint);\nINSERT INTO ${t}_new SELECT id FROM ${t};\nUPDATE ${t} SET n = 0;`;
    const { deploymentId } = await planTestDeployment(lead, [{ title: "Change", steps: [{ kind: "SQL", title: "Copy", sql }] }]);
    const stepId = (await deploymentMap(deploymentId)).phase("Change").step("Copy");
    const before = await targetState(t);
    const explained = await explainStep({ deploymentId, stepId, actor: lead, prisma: prisma() });
    expect(explained.statements.map((s) => s.status)).toEqual(["NOT_EXPLAINABLE", "FAILED", "EXPLAINED"]);
    const failed = explained.statements[1]!;
    expect(failed.status === "FAILED" ? failed.error : failed.status).toMatch(/does not exist/);
    expect(await targetState(t)).toEqual(before);
  });

  it("refuses, audited, a step that is not SQL, a step of another runbook, and a script the executor would refuse — without touching the target", async () => {
    const lead = await createTestUser(["LEAD"]);
    const t = await table(2);
    const { deploymentId } = await planTestDeployment(lead, [
      {
        title: "Change",
        steps: [
          { kind: "MANUAL", title: "Announce" },
          { kind: "HTTP_CHECK", title: "Count", httpUrl: "http://localhost/health", httpExpectStatus: 200, timeoutMs: 1_000 },
          { kind: "SQL", title: "Sneaky", sql: `SET statement_timeout = 0;\nUPDATE ${t} SET n = 0;` },
        ],
      },
    ]);
    const other = await planTestDeployment(lead, [{ title: "Other", steps: [{ kind: "SQL", title: "Elsewhere", sql: `UPDATE ${t} SET n = 1;` }] }]);
    const map = await deploymentMap(deploymentId);
    const otherStep = (await deploymentMap(other.deploymentId)).phase("Other").step("Elsewhere");
    const before = await targetState(t);
    const explain = (stepId: string) => explainStep({ deploymentId, stepId, actor: lead, prisma: prisma() });

    await expect(explain(map.phase("Change").step("Announce"))).rejects.toThrow(/Only a SQL step can be explained/);
    await expect(explain(map.phase("Change").step("Count"))).rejects.toThrow(/Only a SQL step can be explained/);
    await expect(explain(otherStep)).rejects.toThrow(/not part of the deployment's runbook version/);
    await expect(explain(map.phase("Change").step("Sneaky"))).rejects.toThrow(/would be refused when it runs.*Line 1, column 1: SET statement_timeout/);

    const refused = await auditOf(deploymentId, "deployment.action_refused");
    expect(refused.map((e) => (e.payload as { action: string }).action)).toEqual(["step.explain", "step.explain", "step.explain", "step.explain"]);
    expect(await auditOf(deploymentId, "step.explained")).toHaveLength(0);
    expect(await targetState(t)).toEqual(before);
  });

  it("refuses once the deployment has ended", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [{ title: "Change", steps: [{ kind: "SQL", title: "Noop", sql: "SELECT 1;" }] }]);
    const stepId = (await deploymentMap(deploymentId)).phase("Change").step("Noop");
    await controlDeployment({ deploymentId, action: "abort", reason: "called off", actor: lead, prisma: prisma() });
    await expect(explainStep({ deploymentId, stepId, actor: lead, prisma: prisma() })).rejects.toThrow(/has ended/);
  });

  it("decides refusals in one pure function", () => {
    expect(decideExplainStep({ deploymentStatus: "IN_PROGRESS", stepKind: "SQL", hasTarget: true })).toBeNull();
    expect(decideExplainStep({ deploymentStatus: "IN_PROGRESS", stepKind: "SQL", hasTarget: false })).toMatch(/no target/);
    expect(decideExplainStep({ deploymentStatus: "SUCCEEDED", stepKind: "SQL", hasTarget: true })).toMatch(/ended/);
  });

  it.skipIf(!isRealServer())("runs under the step's lock_timeout: a competing ACCESS EXCLUSIVE lock fails that statement in time, and the target is unchanged", async () => {
    const lead = await createTestUser(["LEAD"]);
    const t = await table(5);
    const { deploymentId } = await planTestDeployment(lead, [
      { title: "Change", steps: [{ kind: "SQL", title: "Touch", sql: `UPDATE ${t} SET n = 0;\nSELECT 1;`, statementTimeoutMs: 10_000, lockTimeoutMs: 300 }] },
    ]);
    const stepId = (await deploymentMap(deploymentId)).phase("Change").step("Touch");
    const before = await targetState(t);
    const holder = new pg.Client({ connectionString: targetUrl() });
    await holder.connect();
    try {
      await holder.query(`BEGIN; LOCK TABLE ${t} IN ACCESS EXCLUSIVE MODE`);
      const started = performance.now();
      const explained = await explainStep({ deploymentId, stepId, actor: lead, prisma: prisma() });
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(explained.statements.map((s) => s.status)).toEqual(["FAILED", "EXPLAINED"]);
      const failed = explained.statements[0]!;
      expect(failed.status === "FAILED" ? failed.error : failed.status).toMatch(/lock/i);
    } finally {
      await holder.query("ROLLBACK").catch(() => {});
      await holder.end();
    }
    expect(await targetState(t)).toEqual(before);
  });
});

describe("a rehearsal's evidence per statement", () => {
  it("keeps rows affected and duration for each statement of a rehearsed SQL step, and rolls back", async () => {
    const lead = await createTestUser(["LEAD"]);
    const t = await table(20);
    const sql = `UPDATE ${t} SET n = n + 1 WHERE id <= 7;\nDELETE FROM ${t} WHERE id > 15;\nSELECT pg_sleep(0.05);`;
    const { deploymentId } = await planTestDeployment(lead, [{ title: "Change", steps: [{ kind: "SQL", title: "Fix", sql }] }]);
    const map = await deploymentMap(deploymentId);
    const change = map.phase("Change");
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
    const before = await targetState(t);
    await startStepRun({ deploymentId, phaseRunId: change.phaseRunId, stepId: change.step("Fix"), mode: "REHEARSAL", attempt: 1, actor: lead, prisma: prisma() });
    await runQueuedSteps();
    const run = await prisma().stepRun.findFirstOrThrow({ where: { deploymentId, mode: "REHEARSAL" } });
    expect(run.status).toBe("SUCCEEDED");
    const stats = (run.result as { statementStats: { statement: number; line: number; kind: string; rowCount: number; durationMs: number }[] }).statementStats;
    expect(stats.map((s) => [s.statement, s.line, s.kind, s.rowCount])).toEqual([
      [1, 1, "UPDATE", 7],
      [2, 2, "DELETE", 5],
      [3, 3, "SELECT", 1],
    ]);
    expect(stats.every((s) => typeof s.durationMs === "number" && s.durationMs >= 0)).toBe(true);
    expect(stats[2]!.durationMs).toBeGreaterThanOrEqual(45);
    expect(stats[0]!.durationMs).toBeLessThan(stats[2]!.durationMs);
    expect(await targetState(t)).toEqual(before);
  });
});
