import "server-only";
// A success criterion met (or not) by a person, with the evidence (PRODUCT.md "Success
// criteria"). A criterion bound to a check step is met by that step's result instead, written by
// the worker when the step finishes: a person cannot overrule a check.
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { decideRecordCriterion } from "@/lib/domain/deployment/state-machine";
import { changeDeployment, ensure, type TDeploymentActor } from "./change-deployment";
import { getPhase, readPhaseScope } from "./deployment-snapshot";
import { guardedPhaseWrite, newRowId } from "./guarded-phase-write";
import { currentTime } from "@/lib/clock";

type TRecordCriterionInput = {
  deploymentId: string;
  phaseRunId: string;
  criterionId: string;
  isMet: boolean;
  evidence: string;
  actor: TDeploymentActor;
  prisma?: TPrisma;
};

export async function recordCriterion(input: TRecordCriterionInput) {
  // decided on the phase alone and written in one guarded statement (guarded-phase-write.ts); a
  // refusal, or a phase or deployment that moved since it was read, takes the long path below
  const short = await recordOnShortPath(input);
  if (short) return short;
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

/** The short path; null when the long path must decide (a refusal, or the state moved). */
async function recordOnShortPath(input: TRecordCriterionInput): Promise<{ isMet: boolean } | null> {
  const prisma = input.prisma ?? getPrisma();
  const scope = await readPhaseScope(prisma, input.deploymentId, input.phaseRunId);
  const criterion = scope?.phase.criteria.find((c) => c.criterionId === input.criterionId);
  if (!scope || !criterion || !decideRecordCriterion(scope.snapshot, input.phaseRunId, input.criterionId).ok) return null;
  const metAt = currentTime().toISOString();
  const result = await guardedPhaseWrite({
    prisma,
    deploymentId: input.deploymentId,
    scope,
    actor: input.actor,
    // as the long path: the latest record replaces the one before, each one audited
    write: Prisma.sql`
      INSERT INTO "CriterionResult" ("id", "phaseRunId", "criterionId", "isMet", "evidence", "metById", "metAt")
      SELECT ${newRowId()}, locked."id", ${criterion.criterionId}, ${input.isMet}::boolean, ${input.evidence}, ${input.actor.id}, (${metAt}::timestamptz AT TIME ZONE 'UTC') FROM locked
      ON CONFLICT ("phaseRunId", "criterionId") DO UPDATE
         SET "isMet" = EXCLUDED."isMet", "evidence" = EXCLUDED."evidence", "metById" = EXCLUDED."metById", "metAt" = EXCLUDED."metAt", "stepRunId" = NULL
      RETURNING "id"`,
    isVersioned: false,
    event: { type: "criterion.recorded", payload: { phaseRunId: input.phaseRunId, criterionId: criterion.criterionId, isMet: input.isMet, evidence: input.evidence } },
    target: { type: "criterion", id: criterion.criterionId },
  });
  return result === "moved" ? null : { isMet: input.isMet };
}
