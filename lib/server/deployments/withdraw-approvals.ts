// Issue 6: a sign-off covers what actually ran. When a step of a phase runs again after its
// approvals (a rejection by another role sent the phase back), those approvals are withdrawn —
// a WITHDRAWN row per approval, shown beside it and audited — never edited or deleted.
import "server-only";
import { currentSignoffs, type TPhaseSnapshot } from "@/lib/domain/deployment/state-machine";
import type { TChangeContext } from "./change-deployment";

export async function withdrawApprovalsAfterRerun(ctx: TChangeContext, phase: TPhaseSnapshot, stepTitle: string, actorName: string): Promise<number> {
  const approvals = currentSignoffs(phase.signoffs).filter((s) => s.decision === "APPROVED");
  for (const approval of approvals) {
    const reason = `"${stepTitle}" was run again by ${actorName} after this approval`;
    const row = await ctx.tx.signoff.create({
      data: {
        deploymentId: ctx.deployment.id,
        phaseRunId: phase.phaseRunId,
        scope: "PHASE",
        role: approval.role as "DBA",
        decision: "WITHDRAWN",
        comment: reason,
        userId: approval.userId,
      },
      select: { id: true },
    });
    await ctx.audit({ type: "signoff.withdrawn", payload: { signoffId: row.id, phaseRunId: phase.phaseRunId, role: approval.role, reason } }, { type: "signoff", id: row.id });
  }
  return approvals.length;
}
