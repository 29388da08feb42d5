import "server-only";
// A sign-off decision on a phase awaiting it (rules 2 and 3). Approval by every required role
// completes the phase (and, the last one, the deployment); a rejection returns it to ACTIVE with
// the comment. Sign-offs are never edited: each decision is a new row and an audit event.
import type { TPrisma } from "@/lib/db/client";
import { decidePhaseSignoff } from "@/lib/domain/deployment/signoff-policy";
import { sqlRunnerIds } from "@/lib/domain/deployment/state-machine";
import { changeDeployment, RefusedError, type TDeploymentActor } from "./change-deployment";
import { getPhase } from "./deployment-snapshot";
import { finishIfComplete, setPhaseStatus, withPhaseStatus } from "./write-transitions";
import { currentTime } from "@/lib/clock";

export async function recordPhaseSignoff(input: {
  deploymentId: string;
  phaseRunId: string;
  role: "LEAD" | "DBA" | "MANAGER" | "ADMIN";
  decision: "APPROVED" | "REJECTED";
  comment: string;
  actor: TDeploymentActor;
  prisma?: TPrisma;
}) {
  return changeDeployment(
    { deploymentId: input.deploymentId, actor: input.actor, action: "signoff.phase", target: `phase_run:${input.phaseRunId}`, prisma: input.prisma },
    async (ctx) => {
      const phase = getPhase(ctx.snapshot, input.phaseRunId);
      // the roles as they are now, not as the session remembers them
      const user = await ctx.tx.user.findUniqueOrThrow({ where: { id: input.actor.id }, select: { roles: true, isActive: true } });
      if (!user.isActive) throw new RefusedError("Your account is deactivated.");
      const outcome = decidePhaseSignoff(ctx.snapshot, {
        phaseRunId: phase.phaseRunId,
        role: input.role,
        decision: input.decision,
        comment: input.comment,
        userId: input.actor.id,
        userRoles: user.roles,
        requireSeparationOfDuties: ctx.deployment.runbookVersion.requireSeparationOfDuties,
        sqlRunnerIds: sqlRunnerIds(phase),
      });
      if (!outcome.ok) throw new RefusedError(outcome.reason);
      // what the sign-off covers: the real runs of the phase as they stand (issue 6 shows them)
      const covered = phase.steps.flatMap((s) => s.runs.filter((r) => r.mode === "RUN").map((r) => r.id));
      const signoff = await ctx.tx.signoff.create({
        data: {
          deploymentId: input.deploymentId,
          phaseRunId: phase.phaseRunId,
          scope: "PHASE",
          role: input.role,
          decision: input.decision,
          comment: input.comment,
          userId: input.actor.id,
          coveredStepRunIds: covered,
          createdAt: currentTime(),
        },
        select: { id: true },
      });
      await ctx.audit(
        {
          type: "signoff.recorded",
          payload: {
            signoffId: signoff.id,
            scope: "PHASE",
            role: input.role,
            decision: input.decision,
            phaseRunId: phase.phaseRunId,
            ...(input.comment ? { comment: input.comment } : {}),
            coveredStepRunIds: covered,
          },
        },
        { type: "signoff", id: signoff.id },
      );
      let deploymentStatus = null;
      if (outcome.phaseTo === "ACTIVE") await setPhaseStatus(ctx, phase, "ACTIVE", `rejected by ${input.actor.name} (${input.role}): ${input.comment}`);
      if (outcome.phaseTo === "DONE") {
        await setPhaseStatus(ctx, phase, "DONE");
        deploymentStatus = await finishIfComplete(ctx, withPhaseStatus(ctx.snapshot, phase.phaseRunId, "DONE"));
      }
      return { signoffId: signoff.id, phaseStatus: outcome.phaseTo, deploymentStatus };
    },
  );
}
