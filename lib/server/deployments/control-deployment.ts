import "server-only";
// Start, pause, resume, abort, roll back, or end a deployment as failed (PRODUCT.md
// "Deployment" states; rule 7 for the rollback). The lead's decisions about the whole run.
import { decideDeploymentAction, latestRun } from "@/lib/domain/deployment/state-machine";
import type { TControlDeployment } from "@/lib/domain/deployment/inputs";
import type { TPrisma } from "@/lib/db/client";
import { changeDeployment, ensure, RefusedError, type TDeploymentActor } from "./change-deployment";
import { openRollback, setDeploymentStatus, setPhaseStatus } from "./write-transitions";

export async function controlDeployment(input: TControlDeployment & { actor: TDeploymentActor; prisma?: TPrisma }): Promise<{ status: string }> {
  return changeDeployment({ deploymentId: input.deploymentId, actor: input.actor, action: `deployment.${input.action}`, prisma: input.prisma }, async (ctx) => {
    const decision = decideDeploymentAction(ctx.snapshot, input.action);
    ensure(decision);
    if (!decision.ok) throw new Error("unreachable");
    const isStepRunning = ctx.snapshot.phases.some((p) => p.steps.some((s) => latestRun(s)?.status === "RUNNING"));
    // a run on the target cannot be recalled: ending the deployment under it would leave its result nowhere
    if (isStepRunning && (input.action === "abort" || input.action === "end_failed" || input.action === "start_rollback")) {
      throw new RefusedError("A step is running on the target: wait for it to finish first.");
    }
    if (input.action === "start_rollback") {
      await openRollback(ctx, ctx.snapshot, input.reason);
      return { status: ctx.deployment.status };
    }
    await setDeploymentStatus(ctx, decision.to, input.reason || undefined);
    if (input.action === "start") {
      // rule 1: the first phase opens with the deployment (a point of no return waits for its confirmation)
      const first = ctx.snapshot.phases.filter((p) => p.procedure === "MAIN").sort((a, b) => a.position - b.position)[0];
      if (first && !first.isPointOfNoReturn) await setPhaseStatus(ctx, first, "ACTIVE");
    }
    return { status: ctx.deployment.status };
  });
}
