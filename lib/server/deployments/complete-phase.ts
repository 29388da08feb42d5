import "server-only";
// The lead completes a phase (rule 2): its checklist, steps and criteria are checked here, on the
// server; then it waits for its sign-offs, or is done at once when it needs none. The last phase
// done ends the deployment.
import { decideCompletePhase } from "@/lib/domain/deployment/state-machine";
import type { TPrisma } from "@/lib/db/client";
import { changeDeployment, ensure, type TDeploymentActor } from "./change-deployment";
import { getPhase } from "./deployment-snapshot";
import { finishIfComplete, setPhaseStatus, withPhaseStatus } from "./write-transitions";

export async function completePhase(input: { deploymentId: string; phaseRunId: string; actor: TDeploymentActor; prisma?: TPrisma }) {
  return changeDeployment(
    { deploymentId: input.deploymentId, actor: input.actor, action: "phase.complete", target: `phase_run:${input.phaseRunId}`, prisma: input.prisma },
    async (ctx) => {
      const phase = getPhase(ctx.snapshot, input.phaseRunId);
      const decision = decideCompletePhase(ctx.snapshot, input.phaseRunId);
      ensure(decision);
      if (!decision.ok) throw new Error("unreachable");
      await setPhaseStatus(ctx, phase, decision.to);
      const deploymentStatus = decision.to === "DONE" ? await finishIfComplete(ctx, withPhaseStatus(ctx.snapshot, phase.phaseRunId, "DONE")) : null;
      return { phaseStatus: decision.to, deploymentStatus };
    },
  );
}
