// Rule 6: a claimed run whose worker is gone — its heartbeat older than `staleAfterMs` on the
// database's clock — becomes INTERRUPTED, audited, and waits for a person. It is never re-run by
// itself: nobody knows how far it got on the target. A QUEUED run is never interrupted: no worker
// has touched the target for it yet. The change is a compare-and-set on the worker and heartbeat
// the sweep read, so a worker that beat (or finished) meanwhile is never declared dead (issue 10).
import "server-only";
import type { TPrisma } from "@/lib/db/client";
import { changeDeployment } from "@/lib/server/deployments/change-deployment";

type TCandidate = { id: string; deploymentId: string; workerId: string; heartbeatAt: Date };

export async function recoverInterruptedStepRuns(input: { prisma: TPrisma; staleAfterMs: number }): Promise<string[]> {
  const { prisma } = input;
  const stale = await prisma.$queryRaw<TCandidate[]>`
    SELECT id, "deploymentId", "workerId", "heartbeatAt" FROM "StepRun"
    WHERE status = 'RUNNING' AND "workerId" IS NOT NULL
      AND "heartbeatAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${input.staleAfterMs / 1000}::float8)`;
  const interrupted: string[] = [];
  for (const candidate of stale) {
    const isInterrupted = await changeDeployment({ deploymentId: candidate.deploymentId, actor: null, action: "step.interrupt", prisma }, async (ctx) => {
      // compare-and-set under the deployment's lock: only if nobody beat or finished since the read
      const { count } = await ctx.tx.stepRun.updateMany({
        where: { id: candidate.id, status: "RUNNING", workerId: candidate.workerId, heartbeatAt: candidate.heartbeatAt },
        data: { status: "INTERRUPTED", finishedAt: new Date() },
      });
      if (count !== 1) return false;
      const run = await ctx.tx.stepRun.findUniqueOrThrow({ where: { id: candidate.id }, select: { step: { select: { title: true } } } });
      await ctx.audit(
        { type: "step.interrupted", payload: { stepRunId: candidate.id, stepTitle: run.step.title, workerId: candidate.workerId } },
        { type: "step_run", id: candidate.id },
      );
      return true;
    });
    if (isInterrupted) interrupted.push(candidate.id);
  }
  return interrupted;
}
