// Rule 7, written: a failed real run halts the deployment (STOP: the lead decides), opens the
// rollback procedure (ROLLBACK), or is recorded and passed over (CONTINUE).
import "server-only";
import { failureConsequence, type TPhaseSnapshot } from "@/lib/domain/deployment/state-machine";
import type { TChangeContext } from "./change-deployment";
import { openRollback } from "./write-transitions";

export async function applyFailurePolicy(ctx: TChangeContext, phase: TPhaseSnapshot, what: string): Promise<"none" | "halt" | "rollback"> {
  const consequence = failureConsequence({ ...ctx.snapshot, status: ctx.deployment.status }, phase, "RUN");
  if (consequence.kind === "rollback") await openRollback(ctx, ctx.snapshot, `${what} in "${phase.title}" (failure policy ROLLBACK)`);
  return consequence.kind;
}
