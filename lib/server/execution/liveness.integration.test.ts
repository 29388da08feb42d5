// Issue 10, fault 2: liveness is judged by a heartbeat that only a dead process stops, never by
// timestamps alone. A queued run is never interrupted; a busy instance's run is never declared
// interrupted while it is alive; a result arriving after an interruption is kept beside it.
import { describe, expect, it } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { createTestUser, deploymentMap, planTestDeployment } from "@/lib/testing/deployment-fixture";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { claimNextStepRun, executeClaimedStepRun, startStepWorkers } from "./worker";
import { recoverInterruptedStepRuns } from "./recover-interrupted-runs";
import { startHeartbeatThread } from "./heartbeat-thread";

const prisma = () => testPrisma();

async function startedRun(sql = "SELECT 1;") {
  const lead = await createTestUser(["LEAD"]);
  const { deploymentId } = await planTestDeployment(lead, [{ title: "Work", steps: [{ kind: "SQL", title: "Work SQL", sql, statementTimeoutMs: 60_000, lockTimeoutMs: 1000 }] }]);
  const phase = (await deploymentMap(deploymentId)).phase("Work");
  await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
  const { stepRunId } = await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Work SQL"), mode: "RUN", attempt: 1, actor: lead, prisma: prisma() });
  return { deploymentId, stepRunId };
}

/** Holds this process's event loop, as CPU-heavy work on the request thread would. */
function busyFor(ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) Math.sqrt(Math.random());
}

async function claim(stepRunId: string, workerId: string) {
  // other tests' runs may be queued too: claim until ours is taken, finishing any other as a worker would
  for (;;) {
    const id = await claimNextStepRun(prisma(), workerId);
    if (!id) throw new Error("the run was not queued");
    if (id === stepRunId) return;
    await executeClaimedStepRun(prisma(), id, workerId);
  }
}

describe("step run liveness (rule 6, issue 10)", () => {
  it("a run is QUEUED until a worker claims it, and a queued run is never declared interrupted", async () => {
    const { stepRunId } = await startedRun();
    expect(await prisma().stepRun.findUniqueOrThrow({ where: { id: stepRunId }, select: { status: true, workerId: true } })).toEqual({ status: "QUEUED", workerId: null });
    expect(await recoverInterruptedStepRuns({ prisma: prisma(), staleAfterMs: 0 })).not.toContain(stepRunId);
    const workerId = `w-${uniqueSuffix()}`;
    await claim(stepRunId, workerId);
    expect(await prisma().stepRun.findUniqueOrThrow({ where: { id: stepRunId }, select: { status: true, workerId: true } })).toEqual({ status: "RUNNING", workerId });
    await executeClaimedStepRun(prisma(), stepRunId, workerId);
    expect((await prisma().stepRun.findUniqueOrThrow({ where: { id: stepRunId } })).status).toBe("SUCCEEDED");
  });

  it("a busy instance's run is never declared interrupted while it is alive; without the heartbeat thread it would be", async () => {
    const url = process.env.DATABASE_URL!;
    // with the heartbeat thread: the event loop is held for 2.5 s, the sweep allows 1.5 s
    const alive = await startedRun();
    const workerId = `busy-${uniqueSuffix()}`;
    const heartbeat = startHeartbeatThread({ databaseUrl: url, workerId, intervalMs: 200 });
    try {
      await claim(alive.stepRunId, workerId);
      const running = executeClaimedStepRun(prisma(), alive.stepRunId, workerId, heartbeat);
      busyFor(2_500);
      expect(await recoverInterruptedStepRuns({ prisma: prisma(), staleAfterMs: 1_500 })).not.toContain(alive.stepRunId);
      await running;
    } finally {
      await heartbeat.stop();
    }
    expect((await prisma().stepRun.findUniqueOrThrow({ where: { id: alive.stepRunId } })).status).toBe("SUCCEEDED");

    // the control: the same hold without the thread looks like a dead worker to a timestamp-only judge
    const silent = await startedRun();
    const silentWorker = `silent-${uniqueSuffix()}`;
    await claim(silent.stepRunId, silentWorker);
    const running = executeClaimedStepRun(prisma(), silent.stepRunId, silentWorker);
    busyFor(2_500);
    expect(await recoverInterruptedStepRuns({ prisma: prisma(), staleAfterMs: 1_500 })).toContain(silent.stepRunId);
    await running;
    // and its result, arriving after the interruption, is kept beside it for the reconciliation
    const row = await prisma().stepRun.findUniqueOrThrow({ where: { id: silent.stepRunId } });
    expect(row).toMatchObject({ status: "INTERRUPTED", lateStatus: "SUCCEEDED" });
    expect(row.lateFinishedAt).toBeInstanceOf(Date);
    expect(await prisma().auditEvent.count({ where: { deploymentId: silent.deploymentId, type: "step.late_result" } })).toBe(1);
  });

  it("four long steps started at once all run to the end, none interrupted", async () => {
    const runs = await Promise.all(Array.from({ length: 4 }, () => startedRun("SELECT pg_sleep(1.5);")));
    const workers = startStepWorkers({ prisma: prisma(), databaseUrl: process.env.DATABASE_URL! });
    try {
      const deadline = Date.now() + 60_000;
      const ids = runs.map((r) => r.stepRunId);
      for (;;) {
        // the sweep keeps running meanwhile, with its production threshold
        expect(await recoverInterruptedStepRuns({ prisma: prisma(), staleAfterMs: 15_000 })).toEqual([]);
        const rows = await prisma().stepRun.findMany({ where: { id: { in: ids } }, select: { status: true } });
        if (rows.every((r) => r.status === "SUCCEEDED" || r.status === "FAILED" || r.status === "INTERRUPTED")) {
          expect(rows.map((r) => r.status)).toEqual(["SUCCEEDED", "SUCCEEDED", "SUCCEEDED", "SUCCEEDED"]);
          break;
        }
        if (Date.now() > deadline) throw new Error(`the four runs did not finish in 60 s: ${rows.map((r) => r.status).join(", ")}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    } finally {
      await workers.stop();
    }
  });
});
