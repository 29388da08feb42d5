import "server-only";
// Ticks several checklist items of the active phase in one action (issue 18 item 4): a phase with
// 26 required items is one round trip, not 26. All or nothing: every item is decided by the same
// decideTickChecklistItem a single tick uses, and one refusal refuses the group. One audit event
// per item, in the same transaction (rule 8). The request names the checklist version it was made
// from: the phase run's version moves with every tick, so a stale tab or a replayed request is
// refused (audited) instead of ticking what the person never saw.
import type { TPrisma } from "@/lib/db/client";
import { decideTickChecklistItems } from "@/lib/domain/deployment/state-machine";
import { changeDeployment, ensure, RefusedError, type TDeploymentActor } from "./change-deployment";
import { getPhase } from "./deployment-snapshot";
import { currentTime } from "@/lib/clock";

export const STALE_CHECKLIST = "The checklist changed since you loaded it (someone ticked or unticked an item). Look again, then tick.";

export async function tickChecklistItems(input: {
  deploymentId: string;
  phaseRunId: string;
  itemIds: readonly string[];
  checklistVersion: number;
  actor: TDeploymentActor;
  prisma?: TPrisma;
}): Promise<{ ticked: number; checklistVersion: number }> {
  return changeDeployment(
    { deploymentId: input.deploymentId, actor: input.actor, action: "checklist.tick_many", target: `phase_run:${input.phaseRunId}`, prisma: input.prisma },
    async (ctx) => {
      const phase = getPhase(ctx.snapshot, input.phaseRunId);
      ensure(decideTickChecklistItems(ctx.snapshot, phase.phaseRunId, input.itemIds));
      // the check is in the write (STYLE.md practice 2): the version the person saw, or nothing
      const { count } = await ctx.tx.phaseRun.updateMany({
        where: { id: phase.phaseRunId, version: input.checklistVersion },
        data: { version: { increment: 1 } },
      });
      if (count !== 1) throw new RefusedError(STALE_CHECKLIST);
      const tickedAt = currentTime();
      for (const itemId of input.itemIds) {
        const item = phase.checklist.find((c) => c.itemId === itemId)!;
        await ctx.tx.checklistTick.upsert({
          where: { phaseRunId_checklistItemId: { phaseRunId: phase.phaseRunId, checklistItemId: item.itemId } },
          create: { phaseRunId: phase.phaseRunId, checklistItemId: item.itemId, isTicked: true, tickedById: input.actor.id, tickedAt },
          update: { isTicked: true, tickedById: input.actor.id, tickedAt },
        });
        await ctx.audit(
          { type: "checklist.ticked", payload: { phaseRunId: phase.phaseRunId, itemId: item.itemId, text: item.text, isTicked: true } },
          { type: "checklist_item", id: item.itemId },
        );
      }
      return { ticked: input.itemIds.length, checklistVersion: input.checklistVersion + 1 };
    },
  );
}
