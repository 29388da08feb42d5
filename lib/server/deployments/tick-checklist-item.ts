import "server-only";
// Ticks (or unticks) a checklist item of the active phase; who and when are kept (PRODUCT.md
// "Checklist items"). Unticking is allowed while the phase is active: a mistaken tick is undone
// in the open, and both changes stay in the audit trail.
import type { TPrisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { decideTickChecklistItem } from "@/lib/domain/deployment/state-machine";
import { changeDeployment, ensure, type TDeploymentActor } from "./change-deployment";
import { getPhase } from "./deployment-snapshot";
import { currentTime } from "@/lib/clock";

export async function tickChecklistItem(input: { deploymentId: string; phaseRunId: string; itemId: string; isTicked: boolean; actor: TDeploymentActor; prisma?: TPrisma }) {
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
