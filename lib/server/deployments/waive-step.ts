import "server-only";
// The lead waives a step with a reason (rule 2): the phase may complete without it. Used for a
// step done by hand (a command on a server where commands are disabled), or one that does not apply.
import { decideWaiveStep } from "@/lib/domain/deployment/state-machine";
import type { TPrisma } from "@/lib/db/client";
import { changeDeployment, ensure, type TDeploymentActor } from "./change-deployment";
import { getPhase } from "./deployment-snapshot";
import { currentTime } from "@/lib/clock";

export async function waiveStep(input: { deploymentId: string; phaseRunId: string; stepId: string; reason: string; actor: TDeploymentActor; prisma?: TPrisma }) {
  return changeDeployment(
    {
      deploymentId: input.deploymentId,
      actor: input.actor,
      action: "step.waive",
      target: `step:${input.stepId}`,
      prisma: input.prisma,
      duplicateMessage: "This step was waived meanwhile. Reload to see it.",
    },
    async (ctx) => {
      const phase = getPhase(ctx.snapshot, input.phaseRunId);
      ensure(decideWaiveStep(ctx.snapshot, input.phaseRunId, input.stepId, input.reason));
      const step = phase.steps.find((s) => s.stepId === input.stepId)!;
      await ctx.tx.stepWaiver.create({
        data: { deploymentId: input.deploymentId, phaseRunId: phase.phaseRunId, stepId: input.stepId, reason: input.reason, waivedById: input.actor.id, createdAt: currentTime() },
      });
      await ctx.audit({ type: "step.waived", payload: { stepId: step.stepId, stepTitle: step.title, reason: input.reason } }, { type: "step", id: step.stepId });
      return { stepId: step.stepId };
    },
  );
}
