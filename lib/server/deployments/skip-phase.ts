import "server-only";
// Skips a phase with a reason (rule 1): the next phase may then start, and the reason stays on
// the phase and in the audit trail.
import { decideSkipPhase } from "@/lib/domain/deployment/state-machine";
import type { TPrisma } from "@/lib/db/client";
import { changeDeployment, ensure, type TDeploymentActor } from "./change-deployment";
import { getPhase } from "./deployment-snapshot";
import { finishIfComplete, setPhaseStatus, withPhaseStatus } from "./write-transitions";

export async function skipPhase(input: { deploymentId: string; phaseRunId: string; reason: string; actor: TDeploymentActor; prisma?: TPrisma }) {
  return changeDeployment(
    { deploymentId: input.deploymentId, actor: input.actor, action: "phase.skip", target: `phase_run:${input.phaseRunId}`, prisma: input.prisma },
    async (ctx) => {
      const phase = getPhase(ctx.snapshot, input.phaseRunId);
      ensure(decideSkipPhase(ctx.snapshot, input.phaseRunId, input.reason));
      await setPhaseStatus(ctx, phase, "SKIPPED", input.reason);
      const deploymentStatus = await finishIfComplete(ctx, withPhaseStatus(ctx.snapshot, phase.phaseRunId, "SKIPPED"));
      return { deploymentStatus };
    },
  );
}
