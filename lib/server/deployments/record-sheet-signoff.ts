import "server-only";
// The final sign-off sheet (issue 6 part 4), like the seed 003 document's "Sign-off" section:
// each line of the runbook version's sheet signed in the app, by a person holding the line's role
// (or, for a line without one, anyone who may sign sheets), with their name and the time. Signed
// once the deployment has ended: the sheet attests the outcome. A line is signed once; the
// signature is never edited.
import type { TPrisma } from "@/lib/db/client";
import { decideSheetSignoff } from "@/lib/domain/deployment/state-machine";
import { NotFoundError } from "@/lib/errors";
import { changeDeployment, ensure, RefusedError, type TDeploymentActor } from "./change-deployment";
import { currentTime } from "@/lib/clock";

export async function recordSheetSignoff(input: { deploymentId: string; sheetLineId: string; comment: string; actor: TDeploymentActor; prisma?: TPrisma }) {
  return changeDeployment(
    { deploymentId: input.deploymentId, actor: input.actor, action: "signoff.sheet", target: `sheet_line:${input.sheetLineId}`, prisma: input.prisma },
    async (ctx) => {
      const line = await ctx.tx.signoffSheetLine.findFirst({
        where: { id: input.sheetLineId, versionId: ctx.deployment.runbookVersion.id },
        select: { id: true, label: true, role: true },
      });
      if (!line) throw new NotFoundError("This line is not on the deployment's sign-off sheet.");
      const user = await ctx.tx.user.findUniqueOrThrow({ where: { id: input.actor.id }, select: { roles: true, isActive: true } });
      if (!user.isActive) throw new RefusedError("Your account is deactivated.");
      const existing = await ctx.tx.signoff.findFirst({
        where: { deploymentId: input.deploymentId, sheetLineId: line.id, decision: "APPROVED" },
        select: { user: { select: { name: true } } },
      });
      ensure(decideSheetSignoff(ctx.snapshot, { lineId: line.id, label: line.label, role: line.role, signedByName: existing?.user.name ?? null }, user.roles));
      const role = line.role ?? (user.roles.includes("LEAD") ? "LEAD" : (user.roles[0] ?? "LEAD"));
      const signoff = await ctx.tx.signoff.create({
        data: {
          deploymentId: input.deploymentId,
          sheetLineId: line.id,
          scope: "SHEET",
          role,
          decision: "APPROVED",
          comment: input.comment,
          userId: input.actor.id,
          createdAt: currentTime(),
        },
        select: { id: true },
      });
      await ctx.audit(
        { type: "signoff.recorded", payload: { signoffId: signoff.id, scope: "SHEET", role, decision: "APPROVED", ...(input.comment ? { comment: input.comment } : {}) } },
        { type: "signoff", id: signoff.id },
      );
      return { signoffId: signoff.id };
    },
  );
}
