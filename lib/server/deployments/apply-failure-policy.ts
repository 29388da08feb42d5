// Rule 7, written: a failed real run halts the deployment (STOP: the lead decides), opens the
// rollback procedure (ROLLBACK), or is recorded and passed over (CONTINUE).
import "server-only";
import { failureConsequence, type TPhaseSnapshot } from "@/lib/domain/deployment/state-machine";
import type { TChangeContext } from "./change-deployment";
import { failFollowUp, openRollback } from "./write-transitions";

export async function applyFailurePolicy(ctx: TChangeContext, phase: TPhaseSnapshot, what: string): Promise<"none" | "halt" | "rollback" | "follow_up_rollback"> {
  const consequence = failureConsequence({ ...ctx.snapshot, status: ctx.deployment.status, followUpStatus: ctx.deployment.followUpStatus }, phase, "RUN");
  if (consequence.kind === "rollback") await openRollback(ctx, ctx.snapshot, `${what} in "${phase.title}" (failure policy ROLLBACK)`);
  // a follow-up check failed after the deployment succeeded: "succeeded, follow-up failed", and its rollback
  if (consequence.kind === "follow_up_rollback") await failFollowUp(ctx, ctx.snapshot, `${what} in follow-up "${phase.title}" (failure policy ROLLBACK)`, { isRollback: true });
  return consequence.kind;
}
