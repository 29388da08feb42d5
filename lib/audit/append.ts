import type { TTx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { canonicalJson } from "./canonical-json";
import { hashedBody, type THashedFields } from "./hash";
import { ZAuditEvent, type TAuditEventInput } from "./events";
import { currentTime } from "@/lib/clock";

// the hash rule lives in hash.ts (shared with verification workers); its names are kept here
export { computeAuditHash, GENESIS_HASH, hashedBody, type THashedFields } from "./hash";

export type TActor = { id: string | null; label: string };
export const SYSTEM_ACTOR: TActor = { id: null, label: "system" };

export type TAuditContext = {
  actor: TActor;
  deploymentId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
};

/**
 * Appends one hash-chained event inside the caller's transaction (PRODUCT.md rule 8): if the
 * change rolls back, so does its event.
 *
 * One statement, one round trip: it advances the one-row head (`AuditChainHead`) and inserts the
 * event from what that update returns. The hash — `sha256(prev_hash ‖ canonical JSON of the
 * event)`, the same bytes `computeAuditHash` hashes — is computed by Postgres's built-in
 * `sha256(bytea)` from the head it just locked, so no read precedes the lock. Concurrent writers
 * queue on the head row until the holder commits; under READ COMMITTED the next one then
 * re-reads the committed head (the update's re-check), so the chain never forks. The row lock is
 * the last thing the caller's transaction takes: call this last, the lock is held until commit.
 *
 * Returns `{ seq, hash }` of the new event. Throws if the head row is missing (a database that
 * skipped the migration `audit_chain_head_init`).
 */
export async function appendAuditEvent(tx: TTx, context: TAuditContext, event: TAuditEventInput): Promise<{ seq: bigint; hash: string }> {
  const rows = await tx.$queryRaw<{ seq: bigint; hash: string }[]>`WITH ${auditAppendCtes(context, event)} SELECT "seq", "hash" FROM audit_event`;
  const row = rows[0];
  if (!row) throw new Error("the audit chain head is missing: run `phaseline migrate`");
  return { seq: BigInt(row.seq), hash: row.hash };
}

/**
 * The append as two common table expressions, `audit_head` and `audit_event` (the new event's
 * `seq` and `hash`), for a caller that writes its change and its event in one statement
 * (lib/server/deployments/guarded-phase-write.ts). `when`: a condition on the statement's other
 * parts (e.g. `EXISTS (SELECT 1 FROM w)`): when false, the head is neither locked nor advanced
 * and no event is written. Put these last: the head's lock is the statement's last.
 */
export function auditAppendCtes(context: TAuditContext, event: TAuditEventInput, when: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  const parsed = ZAuditEvent.parse(event);
  const payloadJson = canonicalJson(parsed.payload);
  const fields: THashedFields & { createdAt: Date } = {
    // millisecond precision: what the column keeps, so verification sees the same instant
    createdAt: currentTime(),
    type: parsed.type,
    actorId: context.actor.id,
    actorLabel: context.actor.label,
    deploymentId: context.deploymentId ?? null,
    targetType: context.targetType ?? null,
    targetId: context.targetId ?? null,
    payload: JSON.parse(payloadJson),
  };
  const body = hashedBody(fields);
  return Prisma.sql`audit_head AS (
      UPDATE "AuditChainHead"
         SET "seq" = "seq" + 1,
             "prevHash" = "hash",
             "hash" = encode(sha256(convert_to("hash" || ${body}::text, 'UTF8')), 'hex')
       WHERE "id" = 1 AND (${when})
      RETURNING "seq", "prevHash", "hash"
    ), audit_event AS (
    INSERT INTO "AuditEvent" ("seq", "createdAt", "type", "actorId", "actorLabel", "deploymentId", "targetType", "targetId", "payload", "prevHash", "hash")
    SELECT audit_head."seq", ${fields.createdAt.toISOString()}::timestamptz, ${fields.type}::text, ${fields.actorId}::text, ${fields.actorLabel}::text,
           ${fields.deploymentId}::text, ${fields.targetType}::text, ${fields.targetId}::text, ${payloadJson}::jsonb, audit_head."prevHash", audit_head."hash"
      FROM audit_head
    RETURNING "seq", "hash"
    )`;
}
