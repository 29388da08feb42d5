// Faults survived (issue 17 item 4; PRODUCT.md rules 5, 6, 8): a worker process killed with
// SIGKILL in the middle of a SQL step, the app's database connections cut during a burst of ticks,
// an unreachable target, twenty identical ticks at once. Each ends with the audit chain verified.
// (Twenty simultaneous Run clicks: deployments.integration.test.ts, "a step runs at most once".)
import { type ChildProcess, spawn } from "node:child_process";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { isRealServer, testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { createTestUser, deploymentMap, onTarget, planTestDeployment, runQueuedSteps, targetUrl } from "@/lib/testing/deployment-fixture";
import { encryptSecret, maskDatabaseUrl } from "@/lib/crypto";
import { verifyAuditChain } from "@/lib/audit/verify";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { tickChecklistItem } from "@/lib/server/deployments/tick-checklist-item";
import { recoverInterruptedStepRuns } from "./recover-interrupted-runs";

const prisma = () => testPrisma();
const NEEDS_SERVER = "needs the machine's PostgreSQL (PHASELINE_TEST_DB_KIND=server): the embedded database has one backend, no pg_terminate_backend and no second process";

async function expectChainIntact() {
  expect(await verifyAuditChain(prisma())).toMatchObject({ isIntact: true });
}

/** polls `check` every 100 ms until it answers truthy, or fails naming `what` */
async function waitFor<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
});

/** A step worker in its own process group (lib/testing/fault-worker.ts), ready to claim. */
async function spawnWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/testing/fault-worker.ts"], {
    cwd: process.cwd(),
    detached: true, // its own process group: the kill takes the heartbeat thread and everything with it
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PHASELINE_STEP_CONCURRENCY: "1" },
  });
  children.push(child);
  let log = "";
  child.stderr?.on("data", (d: Buffer) => {
    log += d.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the worker process did not start within 30 s:\n${log}`)), 30_000);
    child.stdout?.on("data", (d: Buffer) => {
      if (d.toString().includes("ready")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the worker process exited (${code}) before it was ready:\n${log}`));
    });
  });
  return child;
}

describe("faults (issue 17)", () => {
  it.skipIf(!isRealServer())(
    `a worker killed (SIGKILL, whole process group) in the middle of a SQL step: INTERRUPTED after restart, the target holds all or none, the chain verifies${isRealServer() ? "" : ` — skipped: ${NEEDS_SERVER}`}`,
    async () => {
      const lead = await createTestUser(["LEAD"]);
      const table = `killed_${uniqueSuffix()}`;
      const sql = `CREATE TABLE ${table} (n int); INSERT INTO ${table} SELECT generate_series(1, 1000); SELECT pg_sleep(3); INSERT INTO ${table} VALUES (-1);`;
      const { deploymentId, name } = await planTestDeployment(lead, [
        { title: "Kill", steps: [{ kind: "SQL", title: "Slow insert", sql, statementTimeoutMs: 60_000, lockTimeoutMs: 2_000 }] },
      ]);
      await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
      const phase = (await deploymentMap(deploymentId)).phase("Kill");
      // other files' queued runs go first, here: the process below must claim this one
      await runQueuedSteps();
      const worker = await spawnWorker();
      await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Slow insert"), mode: "RUN", attempt: 1, actor: lead, prisma: prisma() });

      // the script is in its pg_sleep on the target, inside its transaction
      const applicationName = `phaseline:${name}`.slice(0, 63);
      await waitFor("the step to be sleeping on the target", async () => {
        const rows = await onTarget<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND query LIKE '%pg_sleep%' AND state = 'active'`, [
          applicationName,
        ]);
        return rows[0]!.n > 0;
      });
      const running = await prisma().stepRun.findFirstOrThrow({ where: { deploymentId }, select: { id: true, status: true, workerId: true } });
      expect(running).toMatchObject({ status: "RUNNING" });
      expect(running.workerId).toContain(`:${worker.pid}:`);

      process.kill(-worker.pid!, "SIGKILL");
      await waitFor("the worker process to exit", async () => worker.exitCode !== null || worker.signalCode !== null);
      // the orphaned backend finishes its statement, finds its client gone and rolls back
      await waitFor(
        "the killed worker's session to end on the target",
        async () => (await onTarget<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1`, [applicationName]))[0]!.n === 0,
        15_000,
      );

      // the restart: its start-up recovery (here with a 1 s staleness rather than 15 s, not to wait)
      await new Promise((r) => setTimeout(r, 1_200));
      const interrupted = await recoverInterruptedStepRuns({ prisma: prisma(), staleAfterMs: 1_000 });
      expect(interrupted).toContain(running.id);
      const run = await prisma().stepRun.findUniqueOrThrow({ where: { id: running.id }, select: { status: true } });
      expect(run.status).toBe("INTERRUPTED");
      // never re-run by itself (rule 6): one run, still interrupted after another worker's pass
      await runQueuedSteps();
      expect(await prisma().stepRun.count({ where: { deploymentId } })).toBe(1);
      expect((await prisma().stepRun.findUniqueOrThrow({ where: { id: running.id } })).status).toBe("INTERRUPTED");
      expect(await prisma().auditEvent.count({ where: { deploymentId, type: "step.interrupted" } })).toBe(1);

      // all or none of the step: here none (the transaction never committed), never the first half
      const [exists] = await onTarget<{ t: string | null }>(`SELECT to_regclass('public.${table}')::text AS t`);
      if (exists!.t) {
        expect(await onTarget(`SELECT count(*)::int AS n, min(n) AS low FROM ${table}`)).toEqual([{ n: 1001, low: -1 }]);
      } else {
        expect(exists!.t).toBeNull();
      }
      await expectChainIntact();
    },
  );

  it.skipIf(!isRealServer())(
    `the app's connections terminated (pg_terminate_backend) during a burst of ticks: no half-written state, later requests succeed by themselves${isRealServer() ? "" : ` — skipped: ${NEEDS_SERVER}`}`,
    async () => {
      const lead = await createTestUser(["LEAD"]);
      const items = Array.from({ length: 30 }, (_, i) => ({ text: `Item ${i}` }));
      const { deploymentId } = await planTestDeployment(lead, [{ title: "Burst", steps: [{ kind: "MANUAL", title: "Look" }], checklistItems: items }]);
      await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
      const phase = (await deploymentMap(deploymentId)).phase("Burst");
      const tick = (itemId: string) => tickChecklistItem({ deploymentId, phaseRunId: phase.phaseRunId, itemId, isTicked: true, actor: lead, prisma: prisma() });

      const killer = new pg.Client({ connectionString: process.env.DATABASE_URL });
      killer.on("error", () => {});
      await killer.connect();
      let terminated = 0;
      try {
        const burst = Promise.allSettled(phase.checklist.map((item) => tick(item.id)));
        // cut every other session of the app's database, twice, while the ticks are under way
        for (let round = 0; round < 2; round++) {
          await new Promise((r) => setTimeout(r, 15));
          const { rows } = await killer.query<{ ok: boolean }>(
            "SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
          );
          terminated += rows.length;
        }
        const results = await burst;
        const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
        // a cut connection is an error for that request, never a false success
        for (const f of failed) expect(f.reason).toBeInstanceOf(Error);
      } finally {
        await killer.end();
      }
      expect(terminated).toBeGreaterThan(0);

      // no half-written state: every tick that exists has its audit event, and no event lacks its tick
      const ticks = await prisma().checklistTick.findMany({ where: { phaseRunId: phase.phaseRunId }, select: { checklistItemId: true } });
      const events = await prisma().auditEvent.findMany({ where: { deploymentId, type: "checklist.ticked" }, select: { targetId: true } });
      expect(events.map((e) => e.targetId).sort()).toEqual(ticks.map((t) => t.checklistItemId).sort());

      // later requests succeed by themselves: the rest of the items tick without a restart
      const missing = phase.checklist.filter((item) => !ticks.some((t) => t.checklistItemId === item.id));
      for (const item of missing) await expect(tick(item.id)).resolves.toMatchObject({ isTicked: true });
      expect(await prisma().checklistTick.count({ where: { phaseRunId: phase.phaseRunId, isTicked: true } })).toBe(items.length);
      expect(await prisma().auditEvent.count({ where: { deploymentId, type: "checklist.ticked" } })).toBe(items.length);
      await expectChainIntact();
    },
  );

  it("an unreachable target: Start says so (and is audited), a step run fails with a clear sentence, the deployment is intact", async () => {
    const lead = await createTestUser(["LEAD"]);
    const table = `unreached_${uniqueSuffix()}`;
    const { deploymentId } = await planTestDeployment(lead, [
      { title: "Reach", steps: [{ kind: "SQL", title: "Create", sql: `CREATE TABLE ${table} (n int);`, statementTimeoutMs: 5_000, lockTimeoutMs: 1_000 }] },
    ]);
    // the environment's target now points at a port nobody listens on
    const unreachable = new URL(targetUrl());
    unreachable.hostname = "127.0.0.1";
    unreachable.port = "1";
    const deployment = await prisma().deployment.findUniqueOrThrow({ where: { id: deploymentId }, select: { environmentId: true } });
    await prisma().environment.update({
      where: { id: deployment.environmentId },
      data: { targetUrlCiphertext: encryptSecret(unreachable.toString()), targetUrlMasked: maskDatabaseUrl(unreachable.toString()) },
    });

    await expect(controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() })).rejects.toThrow(/target/i);
    expect((await prisma().deployment.findUniqueOrThrow({ where: { id: deploymentId } })).status).toBe("PLANNED");
    expect(await prisma().auditEvent.count({ where: { deploymentId, type: "deployment.action_refused" } })).toBe(1);

    // the lead starts anyway, with a reason; the run fails on the connection, saying so
    await controlDeployment({ deploymentId, action: "start", reason: "the target is being restarted", actor: lead, prisma: prisma() });
    const phase = (await deploymentMap(deploymentId)).phase("Reach");
    await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Create"), mode: "RUN", attempt: 1, actor: lead, prisma: prisma() });
    await runQueuedSteps();
    const run = await prisma().stepRun.findFirstOrThrow({ where: { deploymentId }, select: { status: true, errorMessage: true } });
    expect(run.status).toBe("FAILED");
    expect(run.errorMessage).toMatch(/connect|reach|refused/i);
    expect(run.errorMessage).not.toMatch(/ECONNREFUSED|at .*\.js|Error:/);
    // the deployment stands where the STOP policy leaves it: in progress, the phase failed, nothing half-done
    const after = await prisma().deployment.findUniqueOrThrow({ where: { id: deploymentId }, select: { status: true } });
    expect(["IN_PROGRESS", "PAUSED"]).toContain(after.status);
    expect(await onTarget(`SELECT to_regclass('public.${table}')::text AS t`)).toEqual([{ t: null }]);
    await expectChainIntact();
  });

  it("twenty identical ticks at once: one tick, one audit event", async () => {
    const leads = await Promise.all(Array.from({ length: 4 }, () => createTestUser(["LEAD"])));
    const { deploymentId } = await planTestDeployment(leads[0]!, [{ title: "Tick", steps: [{ kind: "MANUAL", title: "Look" }], checklistItems: [{ text: "Once" }] }]);
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: leads[0]!, prisma: prisma() });
    const phase = (await deploymentMap(deploymentId)).phase("Tick");
    const itemId = phase.checklist[0]!.id;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        tickChecklistItem({ deploymentId, phaseRunId: phase.phaseRunId, itemId, isTicked: true, actor: leads[i % leads.length]!, prisma: prisma() }),
      ),
    );
    // every click is answered "ticked": the first made the change, the rest found it made
    expect(results.map((r) => r.status)).toEqual(Array(20).fill("fulfilled"));
    expect(await prisma().checklistTick.count({ where: { phaseRunId: phase.phaseRunId, checklistItemId: itemId } })).toBe(1);
    expect(await prisma().auditEvent.count({ where: { deploymentId, type: "checklist.ticked" } })).toBe(1);
    await expectChainIntact();
  });
});
