import "server-only";
// Opens the next phase (rule 1). A point of no return needs the deployment's name typed, and on
// production a DBA's approval recorded first (rule 4).
import { decideActivatePhase } from "@/lib/domain/deployment/state-machine";
import type { TPrisma } from "@/lib/db/client";
import { changeDeployment, ensure, type TDeploymentActor } from "./change-deployment";
import { getPhase } from "./deployment-snapshot";
import { setPhaseStatus } from "./write-transitions";

export async function activatePhase(input: { deploymentId: string; phaseRunId: string; confirmationName: string | null; actor: TDeploymentActor; prisma?: TPrisma }) {
  return changeDeployment(
    { deploymentId: input.deploymentId, actor: input.actor, action: "phase.activate", target: `phase_run:${input.phaseRunId}`, prisma: input.prisma },
    async (ctx) => {
      const phase = getPhase(ctx.snapshot, input.phaseRunId);
      ensure(decideActivatePhase(ctx.snapshot, input.phaseRunId, { confirmationName: input.confirmationName }));
      await setPhaseStatus(ctx, phase, "ACTIVE", phase.isPointOfNoReturn ? `point of no return confirmed by typing ${ctx.snapshot.name}` : undefined);
      return { phaseRunId: phase.phaseRunId };
    },
  );
}
