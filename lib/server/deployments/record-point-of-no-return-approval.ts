import "server-only";
// Rule 4: on a production environment a point-of-no-return phase needs a DBA's approval before
// the lead may start it. The DBA decides while the phase is still waiting; a later decision by
// the same person supersedes the earlier one, and both stay.
import type { TPrisma } from "@/lib/db/client";
import { decidePointOfNoReturnApproval } from "@/lib/domain/deployment/state-machine";
import { changeDeployment, ensure, RefusedError, type TDeploymentActor } from "./change-deployment";
import { getPhase } from "./deployment-snapshot";
import { currentTime } from "@/lib/clock";

export async function recordPointOfNoReturnApproval(input: {
  deploymentId: string;
  phaseRunId: string;
  decision: "APPROVED" | "REJECTED";
  comment: string;
  actor: TDeploymentActor;
  prisma?: TPrisma;
}) {
  return changeDeployment(
    { deploymentId: input.deploymentId, actor: input.actor, action: "signoff.point_of_no_return", target: `phase_run:${input.phaseRunId}`, prisma: input.prisma },
    async (ctx) => {
      const phase = getPhase(ctx.snapshot, input.phaseRunId);
      // the roles as they are now, not as the session remembers them
      const user = await ctx.tx.user.findUniqueOrThrow({ where: { id: input.actor.id }, select: { roles: true, isActive: true } });
      if (!user.isActive) throw new RefusedError("Your account is deactivated.");
      ensure(decidePointOfNoReturnApproval(ctx.snapshot, phase.phaseRunId, { userRoles: user.roles, decision: input.decision, comment: input.comment }));
      const signoff = await ctx.tx.signoff.create({
        data: {
          deploymentId: input.deploymentId,
          phaseRunId: phase.phaseRunId,
          scope: "POINT_OF_NO_RETURN",
          role: "DBA",
          decision: input.decision,
          comment: input.comment,
          userId: input.actor.id,
          createdAt: currentTime(),
        },
        select: { id: true },
      });
      await ctx.audit(
        {
          type: "signoff.recorded",
          payload: {
            signoffId: signoff.id,
            scope: "POINT_OF_NO_RETURN",
            role: "DBA",
            decision: input.decision,
            phaseRunId: phase.phaseRunId,
            ...(input.comment ? { comment: input.comment } : {}),
          },
        },
        { type: "signoff", id: signoff.id },
      );
      return { signoffId: signoff.id };
    },
  );
}
