import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { TPrisma } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { getEnv } from "@/lib/env";
import { verifyAuditChain, type TChainPoint, type TChainVerification } from "@/lib/audit/verify";

export type TVerifyTrigger = "cli" | "button" | "schedule" | "page";

type TOptions = {
  /** the app client unless given */
  prisma?: TPrisma;
  /** "full": from the genesis; "since_checkpoint": from the newest stored checkpoint (full when none) */
  scope: "full" | "since_checkpoint";
  actor: TActor;
  /** who asked: a page view is not audited (it would add an event per view); the others are */
  trigger: TVerifyTrigger;
  /** the same database's URL, for fast bulk reads (default DATABASE_URL; none: through Prisma) */
  url?: string;
  /** false: store no checkpoint (a caller that stores it in its own audited transaction) */
  isStored?: boolean;
};

export type TTrailVerification = { result: TChainVerification; scope: "full" | "since_checkpoint"; checkpoint: { id: number; seq: bigint; hash: string } | null };

/** The newest stored checkpoint, the point an incremental verification starts from. */
export async function findLatestAuditCheckpoint(prisma: TPrisma) {
  return prisma.auditCheckpoint.findFirst({
    orderBy: [{ seq: "desc" }, { id: "desc" }],
    select: { id: true, seq: true, hash: true, createdAt: true, isFull: true, signature: true, keyId: true },
  });
}

/**
 * Verifies the audit chain (PRODUCT.md rule 8, "Review") and stores a verified checkpoint —
 * the head it reached — so the next verification starts there instead of re-reading history:
 * a page view recomputes only the events since the last checkpoint; a full verification (CLI,
 * the /audit button, the schedule) recomputes everything and proves the stored checkpoints were
 * not a shortcut around an edit. A verification that was asked for (not a page view) appends
 * `audit.verified` with its outcome, intact or broken.
 *
 * A full verification on PostgreSQL streams the events with COPY in sequence ranges walked by
 * worker threads (verify.ts), so hashing a million events never holds the server's event loop; a
 * page view's few events since the checkpoint go through Prisma pages.
 */
export async function verifyAuditTrail({ prisma = getPrisma(), scope, actor, trigger, url = getEnv().DATABASE_URL, isStored = true }: TOptions): Promise<TTrailVerification> {
  const latest = scope === "since_checkpoint" ? await findLatestAuditCheckpoint(prisma) : null;
  const start: TChainPoint | undefined = latest ? { seq: latest.seq, hash: latest.hash } : undefined;
  const effectiveScope = latest ? "since_checkpoint" : "full";
  // a connection of its own pays off for a full walk; the few events since a checkpoint go through Prisma's pool
  const result = await verifyAuditChain(prisma, { start, ...(effectiveScope === "full" ? { url } : {}) });
  const isWorthStoring = isStored && result.isIntact && result.head !== null && (effectiveScope === "full" || result.head.seq > (latest?.seq ?? 0n));
  const isAudited = trigger !== "page";
  if (!isWorthStoring && !isAudited) return { result, scope: effectiveScope, checkpoint: null };

  const checkpoint = await prisma.$transaction(async (tx) => {
    const stored =
      isWorthStoring && result.isIntact && result.head
        ? await tx.auditCheckpoint.create({
            data: { seq: result.head.seq, hash: result.head.hash, fromSeq: result.fromSeq, checked: result.checked, isFull: effectiveScope === "full", verifiedBy: actor.label },
            select: { id: true, seq: true, hash: true },
          })
        : null;
    if (isAudited) {
      await appendAuditEvent(
        tx,
        { actor, targetType: "audit_trail" },
        {
          type: "audit.verified",
          payload: {
            scope: effectiveScope,
            trigger,
            outcome: result.isIntact ? "intact" : "broken",
            fromSeq: result.fromSeq.toString(),
            checked: result.checked,
            ...(result.isIntact ? (result.head ? { headSeq: result.head.seq.toString() } : {}) : { brokenAtSeq: result.brokenAtSeq.toString(), reason: result.reason }),
          },
        },
      );
    }
    return stored;
  });
  return { result, scope: effectiveScope, checkpoint };
}
