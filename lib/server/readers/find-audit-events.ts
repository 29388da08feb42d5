import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

const auditEventSelect = {
  seq: true,
  createdAt: true,
  type: true,
  actorLabel: true,
  deploymentId: true,
  targetType: true,
  targetId: true,
  payload: true,
  hash: true,
} satisfies Prisma.AuditEventSelect;

export type TAuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;

export type TFindAuditEventsResult = { events: TAuditEventRow[]; nextCursor: string | null };

/** Audit events, newest first, keyset-paginated on seq (`before` is the last seq of a page). */
export async function findAuditEvents(options: { limit?: number; before?: string | null; deploymentId?: string | null } = {}) {
  const limit = Math.min(Math.max(options.limit ?? 100, 1), 500);
  const before = options.before && /^\d{1,19}$/.test(options.before) ? BigInt(options.before) : null;
  const rows = await getPrisma().auditEvent.findMany({
    where: {
      ...(before !== null ? { seq: { lt: before } } : {}),
      ...(options.deploymentId ? { deploymentId: options.deploymentId } : {}),
    },
    orderBy: { seq: "desc" },
    take: limit + 1,
    select: auditEventSelect,
  });
  const events = rows.slice(0, limit);
  return { events, nextCursor: rows.length > limit ? (events.at(-1)?.seq.toString() ?? null) : null } satisfies TFindAuditEventsResult;
}
