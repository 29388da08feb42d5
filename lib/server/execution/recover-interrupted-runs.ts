// Rule 6: a run whose worker is gone — no heartbeat for `staleAfterMs`, or queued and never
// claimed for as long — becomes INTERRUPTED, audited, and waits for a person. It is never re-run
// by itself: nobody knows how far it got on the target.
import type { TPrisma } from "@/lib/db/client";
import { changeDeployment } from "@/lib/server/deployments/change-deployment";

export async function recoverInterruptedStepRuns(input: { prisma: TPrisma; staleAfterMs: number }): Promise<string[]> {
  const { prisma } = input;
  const before = new Date(Date.now() - input.staleAfterMs);
  const stale = await prisma.stepRun.findMany({
    where: {
      status: "RUNNING",
      OR: [{ workerId: { not: null }, heartbeatAt: { lt: before } }, { workerId: null, startedAt: { lt: before } }],
    },
    select: { id: true, deploymentId: true },
  });
  const interrupted: string[] = [];
  for (const candidate of stale) {
    const isInterrupted = await changeDeployment({ deploymentId: candidate.deploymentId, actor: null, action: "step.interrupt", prisma }, async (ctx) => {
      // re-checked under the deployment's lock: the worker may have finished or beaten its heart since
      const run = await ctx.tx.stepRun.findUniqueOrThrow({ where: { id: candidate.id }, select: { status: true, workerId: true, heartbeatAt: true, startedAt: true, step: { select: { title: true } } } });
      const last = run.workerId ? run.heartbeatAt : run.startedAt;
      if (run.status !== "RUNNING" || !last || last >= before) return false;
      await ctx.tx.stepRun.update({ where: { id: candidate.id }, data: { status: "INTERRUPTED", finishedAt: new Date() } });
      await ctx.audit({ type: "step.interrupted", payload: { stepRunId: candidate.id, stepTitle: run.step.title, workerId: run.workerId } }, { type: "step_run", id: candidate.id });
      return true;
    });
    if (isInterrupted) interrupted.push(candidate.id);
  }
  return interrupted;
}
