import "server-only";
// Rule 6: an interrupted run is never re-run by itself. A person checks the target and records
// what they found — it succeeded, or it failed (then the phase's policy applies, and a retry is
// the next attempt).
import { decideReconcile } from "@/lib/domain/deployment/state-machine";
import type { TPrisma } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { changeDeployment, ensure, type TDeploymentActor } from "./change-deployment";
import { applyFailurePolicy } from "./apply-failure-policy";
import { currentTime } from "@/lib/clock";

export async function reconcileStepRun(input: {
  deploymentId: string;
  stepRunId: string;
  status: "SUCCEEDED" | "FAILED";
  note: string;
  actor: TDeploymentActor;
  prisma?: TPrisma;
}) {
  return changeDeployment(
    { deploymentId: input.deploymentId, actor: input.actor, action: "step.reconcile", target: `step_run:${input.stepRunId}`, prisma: input.prisma },
    async (ctx) => {
      const phase = ctx.snapshot.phases.find((p) => p.steps.some((s) => s.runs.some((r) => r.id === input.stepRunId)));
      const step = phase?.steps.find((s) => s.runs.some((r) => r.id === input.stepRunId));
      const run = step?.runs.find((r) => r.id === input.stepRunId);
      if (!phase || !step || !run) throw new NotFoundError("This step run is not part of the deployment.");
      ensure(decideReconcile(ctx.snapshot, run, input.note));
      const { count } = await ctx.tx.stepRun.updateMany({
        where: { id: run.id, status: "INTERRUPTED" },
        data: { status: input.status, note: input.note, reconciledById: input.actor.id, reconciledAt: currentTime() },
      });
      if (count !== 1) throw new ConflictError("This run was reconciled meanwhile. Reload to see it.");
      await ctx.audit({ type: "step.reconciled", payload: { stepRunId: run.id, status: input.status, note: input.note } }, { type: "step_run", id: run.id });
      if (input.status === "FAILED" && run.mode === "RUN" && phase.status === "ACTIVE")
        await applyFailurePolicy(ctx, phase, `"${step.title}" was found failed after an interruption`);
      return { stepRunId: run.id };
    },
  );
}
