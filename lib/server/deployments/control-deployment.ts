import "server-only";
// Start, pause, resume, abort, roll back, or end a deployment as failed (PRODUCT.md
// "Deployment" states; rule 7 for the rollback). The lead's decisions about the whole run.
import { decideDeploymentAction } from "@/lib/domain/deployment/state-machine";
import { getDeploymentPreflight, preflightFailures } from "@/lib/server/readers/get-deployment-preflight";
import type { TControlDeployment } from "@/lib/domain/deployment/inputs";
import type { TPrisma } from "@/lib/db/client";
import { changeDeployment, ensure, type TDeploymentActor } from "./change-deployment";
import { failFollowUp, openRollback, setDeploymentStatus, setPhaseStatus } from "./write-transitions";

export async function controlDeployment(input: TControlDeployment & { actor: TDeploymentActor; prisma?: TPrisma }): Promise<{ status: string }> {
  // the pre-flight probes the target: done before the row lock is taken, never while holding it
  const failures = input.action === "start" ? preflightFailures(await getDeploymentPreflight(input.deploymentId, input.prisma)) : [];
  return changeDeployment({ deploymentId: input.deploymentId, actor: input.actor, action: `deployment.${input.action}`, prisma: input.prisma }, async (ctx) => {
    const decision = decideDeploymentAction(ctx.snapshot, input.action, { preflightFailures: failures, overrideReason: input.reason });
    ensure(decision);
    if (!decision.ok) throw new Error("unreachable");
    if (input.action === "start" && failures.length) {
      await ctx.audit({ type: "deployment.preflight_overridden", payload: { failures, reason: input.reason } });
    }
    if (input.action === "fail_follow_up") {
      await failFollowUp(ctx, ctx.snapshot, input.reason, { isRollback: false });
      return { status: ctx.deployment.status };
    }
    if (input.action === "start_rollback") {
      await openRollback(ctx, ctx.snapshot, input.reason);
      return { status: ctx.deployment.status };
    }
    const reason = input.action !== "start" ? input.reason : failures.length ? `started although the pre-flight check failed: ${input.reason}` : "";
    await setDeploymentStatus(ctx, decision.to, reason || undefined);
    if (input.action === "start") {
      // rule 1: the first phase opens with the deployment (a point of no return waits for its confirmation)
      const first = ctx.snapshot.phases.filter((p) => p.procedure === "MAIN").sort((a, b) => a.position - b.position)[0];
      if (first && !first.isPointOfNoReturn) await setPhaseStatus(ctx, first, "ACTIVE");
    }
    return { status: ctx.deployment.status };
  });
}
