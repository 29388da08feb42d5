import type { PrismaClient } from "@/lib/generated/prisma/client";
import { computeAuditHash, GENESIS_HASH } from "./append";

export type TChainVerification =
  | { isIntact: true; checked: number }
  | { isIntact: false; checked: number; brokenAtSeq: bigint; reason: string };

/** Recomputes the whole chain in order and names the first broken link (PRODUCT.md rule 8). */
export async function verifyAuditChain(prisma: PrismaClient, pageSize = 2000): Promise<TChainVerification> {
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let after: bigint | undefined;
  for (;;) {
    // keyset pagination: constant memory however long the trail grows
    const rows = await prisma.auditEvent.findMany({
      where: after === undefined ? {} : { seq: { gt: after } },
      orderBy: { seq: "asc" },
      take: pageSize,
    });
    if (rows.length === 0) return { isIntact: true, checked };
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return { isIntact: false, checked, brokenAtSeq: row.seq, reason: "its previous-hash does not match the event before it" };
      }
      const expected = computeAuditHash(prevHash, {
        createdAt: row.createdAt,
        type: row.type,
        actorId: row.actorId,
        actorLabel: row.actorLabel,
        deploymentId: row.deploymentId,
        targetType: row.targetType,
        targetId: row.targetId,
        payload: row.payload,
      });
      if (expected !== row.hash) {
        return { isIntact: false, checked, brokenAtSeq: row.seq, reason: "its content does not match its hash" };
      }
      prevHash = row.hash;
      checked += 1;
      after = row.seq;
    }
  }
}
