import "server-only";
import type { TPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayRange, type TAuditFilters } from "@/lib/domain/audit/filters";

/**
 * The audit events matching the viewer's filters (issue 13), as a Prisma `where`. A runbook's
 * events are those aimed at it or at one of its versions, and every event of a deployment of one
 * of its versions. Used by the viewer and the export, so both show the same events.
 */
export async function auditEventWhere(prisma: TPrisma, filters: TAuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filters.actor) and.push({ actorId: filters.actor });
  if (filters.type) and.push({ type: filters.type });
  if (filters.deployment) and.push({ deploymentId: filters.deployment });
  if (filters.target) and.push({ targetId: filters.target });
  const range = dayRange(filters);
  if (range.gte || range.lt) and.push({ createdAt: range });
  if (filters.runbook) {
    const versions = await prisma.runbookVersion.findMany({
      where: { runbookId: filters.runbook },
      select: { id: true, deployments: { select: { id: true } } },
    });
    const versionIds = versions.map((v) => v.id);
    const deploymentIds = versions.flatMap((v) => v.deployments.map((d) => d.id));
    and.push({
      OR: [
        { targetId: filters.runbook },
        ...(versionIds.length ? [{ targetId: { in: versionIds } }] : []),
        ...(deploymentIds.length ? [{ deploymentId: { in: deploymentIds } }] : []),
      ],
    });
  }
  return and.length ? { AND: and } : {};
}
