import "server-only";
import type { TPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayRange, type TAuditFilters } from "@/lib/domain/audit/filters";

/** The viewer's filters with a runbook resolved to the ids its events carry. */
export type TResolvedAuditFilters = {
  actorId?: string;
  type?: string;
  deploymentId?: string;
  targetId?: string;
  gte?: Date;
  lt?: Date;
  /** a runbook's events: aimed at it or one of its versions, or of a deployment of one of its versions */
  runbook?: { targetIds: string[]; deploymentIds: string[] };
};

/**
 * Resolves the viewer's filters (issue 13) once, for both renderings below, so the viewer and
 * the export always select the same events. The one rule here: what "a runbook's events" means.
 */
export async function resolveAuditFilters(prisma: TPrisma, filters: TAuditFilters): Promise<TResolvedAuditFilters> {
  const out: TResolvedAuditFilters = { ...dayRange(filters) };
  if (filters.actor) out.actorId = filters.actor;
  if (filters.type) out.type = filters.type;
  if (filters.deployment) out.deploymentId = filters.deployment;
  if (filters.target) out.targetId = filters.target;
  if (filters.runbook) {
    const versions = await prisma.runbookVersion.findMany({ where: { runbookId: filters.runbook }, select: { id: true, deployments: { select: { id: true } } } });
    out.runbook = { targetIds: [filters.runbook, ...versions.map((v) => v.id)], deploymentIds: versions.flatMap((v) => v.deployments.map((d) => d.id)) };
  }
  return out;
}

/** The filters as a Prisma `where` (the viewer's reads). */
export function toPrismaWhere(f: TResolvedAuditFilters): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (f.actorId) and.push({ actorId: f.actorId });
  if (f.type) and.push({ type: f.type });
  if (f.deploymentId) and.push({ deploymentId: f.deploymentId });
  if (f.targetId) and.push({ targetId: f.targetId });
  if (f.gte || f.lt) and.push({ createdAt: { ...(f.gte ? { gte: f.gte } : {}), ...(f.lt ? { lt: f.lt } : {}) } });
  if (f.runbook) {
    and.push({ OR: [{ targetId: { in: f.runbook.targetIds } }, ...(f.runbook.deploymentIds.length ? [{ deploymentId: { in: f.runbook.deploymentIds } }] : [])] });
  }
  return and.length ? { AND: and } : {};
}

/** The same filters as SQL conditions over "AuditEvent" with `$n` parameters from `firstParam` (the export's bulk reads). */
export function toSqlWhere(f: TResolvedAuditFilters, firstParam: number): { conditions: string[]; values: unknown[] } {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const param = (v: unknown) => {
    values.push(v);
    return `$${firstParam + values.length - 1}`;
  };
  if (f.actorId) conditions.push(`"actorId" = ${param(f.actorId)}`);
  if (f.type) conditions.push(`"type" = ${param(f.type)}`);
  if (f.deploymentId) conditions.push(`"deploymentId" = ${param(f.deploymentId)}`);
  if (f.targetId) conditions.push(`"targetId" = ${param(f.targetId)}`);
  if (f.gte) conditions.push(`"createdAt" >= ${param(f.gte)}`);
  if (f.lt) conditions.push(`"createdAt" < ${param(f.lt)}`);
  if (f.runbook) {
    const byDeployment = f.runbook.deploymentIds.length ? ` OR "deploymentId" = ANY(${param(f.runbook.deploymentIds)}::text[])` : "";
    conditions.push(`("targetId" = ANY(${param(f.runbook.targetIds)}::text[])${byDeployment})`);
  }
  return { conditions, values };
}

/** Kept for callers that want the Prisma `where` in one call. */
export async function auditEventWhere(prisma: TPrisma, filters: TAuditFilters): Promise<Prisma.AuditEventWhereInput> {
  return toPrismaWhere(await resolveAuditFilters(prisma, filters));
}
