import { createHash } from "node:crypto";
import type { TTx } from "@/lib/db/client";
import { canonicalJson } from "./canonical-json";
import { ZAuditEvent, type TAuditEventInput } from "./events";

export const GENESIS_HASH = "0".repeat(64);

/** Any constant: the advisory lock that serialises appends so the chain never forks. */
const AUDIT_CHAIN_LOCK_KEY = 804_221_601;

export type TActor = { id: string | null; label: string };
export const SYSTEM_ACTOR: TActor = { id: null, label: "system" };

export type TAuditContext = {
  actor: TActor;
  deploymentId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
};

/** The fields a hash covers, in the shape verification recomputes from a stored row. */
export type THashedFields = {
  createdAt: Date;
  type: string;
  actorId: string | null;
  actorLabel: string;
  deploymentId: string | null;
  targetType: string | null;
  targetId: string | null;
  payload: unknown;
};

export function computeAuditHash(prevHash: string, fields: THashedFields): string {
  const body = canonicalJson({ ...fields, createdAt: fields.createdAt.toISOString() });
  return createHash("sha256").update(prevHash).update(body).digest("hex");
}

/**
 * Appends one hash-chained event inside the caller's transaction (PRODUCT.md rule 8): if the
 * change rolls back, so does its event. The transaction-scoped advisory lock makes concurrent
 * appenders take turns, each reading the head the previous one committed. Call it last in the
 * transaction so the lock is held briefly.
 */
export async function appendAuditEvent(tx: TTx, context: TAuditContext, event: TAuditEventInput) {
  const parsed = ZAuditEvent.parse(event);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY}::bigint)`;
  const head = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const prevHash = head?.hash ?? GENESIS_HASH;
  const fields: THashedFields = {
    // millisecond precision: what the column keeps, so verification sees the same instant
    createdAt: new Date(Math.floor(Date.now())),
    type: parsed.type,
    actorId: context.actor.id,
    actorLabel: context.actor.label,
    deploymentId: context.deploymentId ?? null,
    targetType: context.targetType ?? null,
    targetId: context.targetId ?? null,
    payload: JSON.parse(canonicalJson(parsed.payload)),
  };
  const hash = computeAuditHash(prevHash, fields);
  return tx.auditEvent.create({
    data: { ...fields, payload: fields.payload as object, prevHash, hash },
    select: { seq: true, hash: true },
  });
}
