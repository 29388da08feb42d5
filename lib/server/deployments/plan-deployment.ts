import "server-only";
// Plans a deployment (PRODUCT.md "Deployment"): one published version, one environment, a lead
// and a window. Its phase runs are created now, PENDING, for both procedures: the cockpit shows
// the whole plan from the start and every later change is an update of an existing row.
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { ValidationError } from "@/lib/errors";
import type { TPlanDeployment } from "@/lib/domain/deployment/inputs";
import { auditActor, type TDeploymentActor } from "./change-deployment";
import { classifyEvents, getChangeFeed, notifyDeploymentChange } from "@/lib/server/live/change-feed";
import { currentTime } from "@/lib/clock";

export async function planDeployment(input: TPlanDeployment & { actor: TDeploymentActor; prisma?: TPrisma }): Promise<{ deploymentId: string; name: string }> {
  const prisma = input.prisma ?? getPrisma();
  try {
    const planned = await prisma.$transaction(async (tx) => {
      // one after another: an interactive transaction is one connection, which runs one query at a time
      const version = await tx.runbookVersion.findUnique({
        where: { id: input.runbookVersionId },
        select: { id: true, status: true, phases: { select: { id: true, procedure: true, position: true } } },
      });
      const environment = await tx.environment.findUnique({ where: { id: input.environmentId }, select: { id: true } });
      const lead = await tx.user.findUnique({ where: { id: input.leadId }, select: { id: true, isActive: true, roles: true } });
      const fieldErrors: Record<string, string[]> = {};
      if (!version || version.status !== "PUBLISHED") fieldErrors.runbookVersionId = ["Choose a published runbook version: drafts are never run."];
      if (!environment) fieldErrors.environmentId = ["This environment does not exist any more."];
      if (!lead || !lead.isActive || !lead.roles.includes("LEAD")) fieldErrors.leadId = ["Choose an active user with the Lead role."];
      if (!version || !environment || !lead || Object.keys(fieldErrors).length) throw new ValidationError("Check the highlighted fields.", fieldErrors);

      const deployment = await tx.deployment.create({
        data: {
          name: input.name,
          runbookVersionId: version.id,
          environmentId: environment.id,
          leadId: lead.id,
          plannedStart: input.plannedStart ? new Date(input.plannedStart) : null,
          plannedEnd: input.plannedEnd ? new Date(input.plannedEnd) : null,
          createdById: input.actor.id,
          createdAt: currentTime(),
        },
        select: { id: true, name: true },
      });
      await tx.phaseRun.createMany({
        data: version.phases.map((p) => ({ deploymentId: deployment.id, phaseId: p.id, procedure: p.procedure, position: p.position })),
      });
      await appendAuditEvent(
        tx,
        { actor: auditActor(input.actor), deploymentId: deployment.id, targetType: "deployment", targetId: deployment.id },
        { type: "deployment.planned", payload: { name: deployment.name, runbookVersionId: version.id, environmentId: environment.id, leadId: lead.id } },
      );
      const live = await notifyDeploymentChange(tx, deployment.id, classifyEvents(["deployment.planned"]));
      return { deploymentId: deployment.id, name: deployment.name, live };
    });
    if (planned.live) getChangeFeed().announceCommitted(planned.live);
    return { deploymentId: planned.deploymentId, name: planned.name };
  } catch (error) {
    if (isUniqueViolation(error, "name")) {
      throw new ValidationError("Check the highlighted fields.", {
        name: ["A deployment with this name exists already: names are typed to confirm a point of no return, so each is unique."],
      });
    }
    throw error;
  }
}
