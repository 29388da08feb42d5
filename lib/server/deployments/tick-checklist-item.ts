import "server-only";
// Ticks (or unticks) a checklist item of the active phase; who and when are kept (PRODUCT.md
// "Checklist items"). Unticking is allowed while the phase is active: a mistaken tick is undone
// in the open, and both changes stay in the audit trail.
//
// The cockpit's most frequent write (issue 17 item 3): decided on the phase alone and written in
// one guarded statement (guarded-phase-write.ts); when the phase or the deployment moved since it
// was read, or the state machine refuses, the long path (changeDeployment) decides again under the
// deployment's lock and audits a refusal.
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { decideTickChecklistItem } from "@/lib/domain/deployment/state-machine";
import { changeDeployment, ensure, type TDeploymentActor } from "./change-deployment";
import { getPhase, readPhaseScope } from "./deployment-snapshot";
import { guardedPhaseWrite, newRowId } from "./guarded-phase-write";
import { currentTime } from "@/lib/clock";

type TTickInput = { deploymentId: string; phaseRunId: string; itemId: string; isTicked: boolean; actor: TDeploymentActor; prisma?: TPrisma };

export async function tickChecklistItem(input: TTickInput) {
  const short = await tickOnShortPath(input);
  if (short) return short;
  return changeDeployment(
    { deploymentId: input.deploymentId, actor: input.actor, action: "checklist.tick", target: `checklist_item:${input.itemId}`, prisma: input.prisma },
    async (ctx) => {
      const phase = getPhase(ctx.snapshot, input.phaseRunId);
      const item = phase.checklist.find((c) => c.itemId === input.itemId);
      if (!item) throw new NotFoundError("This checklist item is not part of the phase.");
      ensure(decideTickChecklistItem(ctx.snapshot, phase.phaseRunId, item.itemId));
      if (item.isTicked === input.isTicked) return { isTicked: item.isTicked };
      // the checklist's version moves with every tick: a group tick made from an older view is refused
      await ctx.tx.phaseRun.update({ where: { id: phase.phaseRunId }, data: { version: { increment: 1 } } });
      await ctx.tx.checklistTick.upsert({
        where: { phaseRunId_checklistItemId: { phaseRunId: phase.phaseRunId, checklistItemId: item.itemId } },
        create: { phaseRunId: phase.phaseRunId, checklistItemId: item.itemId, isTicked: input.isTicked, tickedById: input.actor.id },
        update: { isTicked: input.isTicked, tickedById: input.actor.id, tickedAt: currentTime() },
      });
      await ctx.audit(
        { type: "checklist.ticked", payload: { phaseRunId: phase.phaseRunId, itemId: item.itemId, text: item.text, isTicked: input.isTicked } },
        { type: "checklist_item", id: item.itemId },
      );
      return { isTicked: input.isTicked };
    },
  );
}

/** The short path; null when the long path must decide (a refusal, or the state moved). */
async function tickOnShortPath(input: TTickInput): Promise<{ isTicked: boolean } | null> {
  const prisma = input.prisma ?? getPrisma();
  const scope = await readPhaseScope(prisma, input.deploymentId, input.phaseRunId);
  const item = scope?.phase.checklist.find((c) => c.itemId === input.itemId);
  if (!scope || !item || !decideTickChecklistItem(scope.snapshot, input.phaseRunId, input.itemId).ok) return null;
  // already so in what was committed: nothing to write, as the long path answers
  if (item.isTicked === input.isTicked) return { isTicked: item.isTicked };
  const tickedAt = currentTime().toISOString();
  const result = await guardedPhaseWrite({
    prisma,
    deploymentId: input.deploymentId,
    scope,
    actor: input.actor,
    // the upsert changes the row only if it is not already so: of identical ticks sent at once,
    // queued on the phase run's lock, the first writes and the others find it done
    write: Prisma.sql`
      INSERT INTO "ChecklistTick" ("id", "phaseRunId", "checklistItemId", "isTicked", "tickedById", "tickedAt")
      SELECT ${newRowId()}, locked."id", ${item.itemId}, ${input.isTicked}::boolean, ${input.actor.id}, (${tickedAt}::timestamptz AT TIME ZONE 'UTC') FROM locked
      ON CONFLICT ("phaseRunId", "checklistItemId") DO UPDATE
         SET "isTicked" = EXCLUDED."isTicked", "tickedById" = EXCLUDED."tickedById", "tickedAt" = EXCLUDED."tickedAt"
       WHERE "ChecklistTick"."isTicked" IS DISTINCT FROM EXCLUDED."isTicked"
      RETURNING "id"`,
    isVersioned: true,
    event: { type: "checklist.ticked", payload: { phaseRunId: input.phaseRunId, itemId: item.itemId, text: item.text, isTicked: input.isTicked } },
    target: { type: "checklist_item", id: item.itemId },
  });
  return result === "moved" ? null : { isTicked: input.isTicked };
}
