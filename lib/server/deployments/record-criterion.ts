import "server-only";
// A success criterion met (or not) by a person, with the evidence (PRODUCT.md "Success
// criteria"). A criterion bound to a check step is met by that step's result instead, written by
// the worker when the step finishes: a person cannot overrule a check.
import type { TPrisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { decideRecordCriterion } from "@/lib/domain/deployment/state-machine";
import { changeDeployment, ensure, type TDeploymentActor } from "./change-deployment";
import { getPhase } from "./deployment-snapshot";
import { currentTime } from "@/lib/clock";

export async function recordCriterion(input: {
  deploymentId: string;
  phaseRunId: string;
  criterionId: string;
  isMet: boolean;
  evidence: string;
  actor: TDeploymentActor;
  prisma?: TPrisma;
}) {
  return changeDeployment(
    { deploymentId: input.deploymentId, actor: input.actor, action: "criterion.record", target: `criterion:${input.criterionId}`, prisma: input.prisma },
    async (ctx) => {
      const phase = getPhase(ctx.snapshot, input.phaseRunId);
      const criterion = phase.criteria.find((c) => c.criterionId === input.criterionId);
      if (!criterion) throw new NotFoundError("This success criterion is not part of the phase.");
      ensure(decideRecordCriterion(ctx.snapshot, phase.phaseRunId, criterion.criterionId));
      await ctx.tx.criterionResult.upsert({
        where: { phaseRunId_criterionId: { phaseRunId: phase.phaseRunId, criterionId: criterion.criterionId } },
        create: { phaseRunId: phase.phaseRunId, criterionId: criterion.criterionId, isMet: input.isMet, evidence: input.evidence, metById: input.actor.id, metAt: currentTime() },
        update: { isMet: input.isMet, evidence: input.evidence, metById: input.actor.id, metAt: currentTime(), stepRunId: null },
      });
      await ctx.audit(
        { type: "criterion.recorded", payload: { phaseRunId: phase.phaseRunId, criterionId: criterion.criterionId, isMet: input.isMet, evidence: input.evidence } },
        { type: "criterion", id: criterion.criterionId },
      );
      return { isMet: input.isMet };
    },
  );
}
