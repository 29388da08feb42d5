import "server-only";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAuditFilters } from "@/lib/domain/audit/filters";
import { auditEventWhere } from "@/lib/server/audit/audit-event-where";
import { computeAuditHash } from "@/lib/audit/append";

const auditEventSelect = {
  seq: true,
  createdAt: true,
  type: true,
  actorId: true,
  actorLabel: true,
  deploymentId: true,
  targetType: true,
  targetId: true,
  payload: true,
  hash: true,
} satisfies Prisma.AuditEventSelect;

export type TAuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;

/** Display names for the ids a page of events mentions (users, deployments, runbooks, versions, environments). */
export type TAuditNames = { users: Record<string, string>; deployments: Record<string, string>; targets: Record<string, string> };

export type TFindAuditEventsResult = { events: TAuditEventRow[]; nextCursor: string | null; names: TAuditNames };

/**
 * Audit events matching `filters`, newest first, keyset-paginated on seq (`before`: the last seq
 * of the previous page; `limit` 1–500, default 50), with the names of the people, deployments and
 * targets they mention — one query per kind for the whole page, never one per row.
 */
export async function findAuditEvents(options: { limit?: number; before?: bigint | string | null; deploymentId?: string | null; filters?: TAuditFilters; prisma?: TPrisma } = {}) {
  const prisma = options.prisma ?? getPrisma();
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 500);
  const before = typeof options.before === "bigint" ? options.before : options.before && /^\d{1,19}$/.test(options.before) ? BigInt(options.before) : null;
  const filters: TAuditFilters = { ...options.filters, ...(options.deploymentId ? { deployment: options.deploymentId } : {}) };
  const where = await auditEventWhere(prisma, filters);
  const rows = await prisma.auditEvent.findMany({
    where: before !== null ? { AND: [where, { seq: { lt: before } }] } : where,
    orderBy: { seq: "desc" },
    take: limit + 1,
    select: auditEventSelect,
  });
  const events = rows.slice(0, limit);
  const names = await findAuditNames(prisma, events);
  return { events, nextCursor: rows.length > limit ? (events.at(-1)?.seq.toString() ?? null) : null, names } satisfies TFindAuditEventsResult;
}

/**
 * One event by its sequence, with the event before it, whether its own link holds (its content
 * gives its hash; its previous-hash is that event's hash) and the names it mentions; null when absent.
 */
export async function getAuditEvent(seq: bigint, prisma: TPrisma = getPrisma()) {
  const [event, previous] = await Promise.all([
    prisma.auditEvent.findUnique({ where: { seq }, select: { ...auditEventSelect, prevHash: true } }),
    prisma.auditEvent.findFirst({ where: { seq: { lt: seq } }, orderBy: { seq: "desc" }, select: { seq: true, hash: true } }),
  ]);
  if (!event) return null;
  const names = await findAuditNames(prisma, [event]);
  const isHashValid = computeAuditHash(event.prevHash, event) === event.hash;
  const isLinked = previous ? previous.hash === event.prevHash : /^0{64}$/.test(event.prevHash);
  return { event, previous, names, isHashValid, isLinked };
}

async function findAuditNames(prisma: TPrisma, events: readonly Pick<TAuditEventRow, "actorId" | "deploymentId" | "targetType" | "targetId">[]): Promise<TAuditNames> {
  const ids = (pick: (e: (typeof events)[number]) => string | null | undefined) => [...new Set(events.map(pick).filter((v): v is string => !!v))];
  const byType = (type: string) => ids((e) => (e.targetType === type ? e.targetId : null));
  const userIds = [...new Set([...ids((e) => e.actorId), ...byType("user")])];
  const deploymentIds = [...new Set([...ids((e) => e.deploymentId), ...byType("deployment")])];
  const [users, deployments, runbooks, versions, environments] = await Promise.all([
    userIds.length ? prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }) : [],
    deploymentIds.length ? prisma.deployment.findMany({ where: { id: { in: deploymentIds } }, select: { id: true, name: true } }) : [],
    byType("runbook").length
      ? prisma.runbook.findMany({
          where: { id: { in: byType("runbook") } },
          select: { id: true, slug: true, versions: { orderBy: { number: "desc" }, take: 1, select: { title: true } } },
        })
      : [],
    byType("runbook_version").length
      ? prisma.runbookVersion.findMany({ where: { id: { in: byType("runbook_version") } }, select: { id: true, title: true, number: true, status: true } })
      : [],
    byType("environment").length ? prisma.environment.findMany({ where: { id: { in: byType("environment") } }, select: { id: true, name: true } }) : [],
  ]);
  const targets: Record<string, string> = {};
  for (const r of runbooks) targets[r.id] = r.versions[0]?.title ?? r.slug;
  for (const v of versions) targets[v.id] = v.status === "PUBLISHED" ? `${v.title} v${v.number}` : `${v.title} (draft)`;
  for (const e of environments) targets[e.id] = e.name;
  for (const d of deployments) targets[d.id] = d.name;
  for (const u of users) targets[u.id] = u.name;
  return {
    users: Object.fromEntries(users.map((u) => [u.id, `${u.name} <${u.email}>`])),
    deployments: Object.fromEntries(deployments.map((d) => [d.id, d.name])),
    targets,
  };
}

/** The choices of the viewer's filter form: people, deployments (newest 200) and runbooks. */
export async function findAuditFilterOptions(prisma: TPrisma = getPrisma()) {
  const [users, deployments, runbooks] = await Promise.all([
    prisma.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    prisma.deployment.findMany({ orderBy: { createdAt: "desc" }, take: 200, select: { id: true, name: true } }),
    prisma.runbook.findMany({ orderBy: { slug: "asc" }, select: { id: true, slug: true, versions: { orderBy: { number: "desc" }, take: 1, select: { title: true } } } }),
  ]);
  return {
    users: users.map((u) => ({ id: u.id, label: `${u.name} <${u.email}>` })),
    deployments: deployments.map((d) => ({ id: d.id, label: d.name })),
    runbooks: runbooks.map((r) => ({ id: r.id, label: r.versions[0]?.title ?? r.slug })),
  };
}
