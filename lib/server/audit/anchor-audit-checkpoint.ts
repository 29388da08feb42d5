import "server-only";
import type { TPrisma } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { getAuditSigningKey, signCheckpoint, writeAnchorFile, type TSignedCheckpoint } from "@/lib/audit/anchor";
import type { TChainVerification } from "@/lib/audit/verify";
import { getEnv } from "@/lib/env";
import { verifyAuditTrail } from "./verify-audit-trail";

type TOptions = { prisma: TPrisma; actor: TActor; trigger: "cli" | "button" | "schedule"; url?: string };

export type TAnchorResult =
  | { ok: true; checkpoint: TSignedCheckpoint; file: string | null; fileError: string | null }
  | { ok: false; verification: TChainVerification; reason: string };

/**
 * Signs the chain's verified head and anchors it outside the database (PRODUCT.md "Review"):
 * verifies since the last checkpoint (a broken chain is never signed), signs (sequence, head
 * hash, time) with the Ed25519 key from PHASELINE_AUDIT_SIGNING_KEY, writes a new file to
 * PHASELINE_AUDIT_ANCHOR_DIR when set (never replacing one), and stores the signed checkpoint with
 * its `audit.checkpoint_anchored` event in one transaction. A file that cannot be written is reported in
 * `fileError`; the signed checkpoint is still returned (the CLI prints it to stdout).
 */
export async function anchorAuditCheckpoint({ prisma, actor, trigger, url }: TOptions): Promise<TAnchorResult> {
  const key = getAuditSigningKey();
  // verified here, stored below with its signature and its event in one transaction
  const { result, scope } = await verifyAuditTrail({ prisma, scope: "since_checkpoint", actor, trigger: "page", isStored: false, ...(url ? { url } : {}) });
  if (!result.isIntact) return { ok: false, verification: result, reason: `the chain is broken at #${result.brokenAtSeq}: ${result.reason}` };
  if (!result.head) return { ok: false, verification: result, reason: "the audit trail is empty: nothing to anchor" };
  const signed = signCheckpoint(result.head, key);
  let file: string | null = null;
  let fileError: string | null = null;
  const dir = getEnv().PHASELINE_AUDIT_ANCHOR_DIR;
  if (dir) {
    try {
      file = writeAnchorFile(dir, signed);
    } catch (error) {
      fileError = `could not write to PHASELINE_AUDIT_ANCHOR_DIR (${(error as NodeJS.ErrnoException).code ?? "error"})`;
    }
  }
  await prisma.$transaction(async (tx) => {
    // the head verified just now: signed on the checkpoint already stored for it, else on a new one
    const head = result.head!;
    const signature = { signature: signed.signature, keyId: signed.keyId, signedAt: new Date(signed.signedAt) };
    const row = await tx.auditCheckpoint.findFirst({ where: { seq: head.seq, hash: head.hash }, orderBy: { id: "desc" }, select: { id: true } });
    if (row) await tx.auditCheckpoint.update({ where: { id: row.id }, data: signature });
    else {
      await tx.auditCheckpoint.create({
        data: { seq: head.seq, hash: head.hash, fromSeq: result.fromSeq, checked: result.checked, isFull: scope === "full", verifiedBy: actor.label, ...signature },
      });
    }
    await appendAuditEvent(
      tx,
      { actor, targetType: "audit_trail" },
      {
        type: "audit.checkpoint_anchored",
        payload: { seq: signed.seq, hash: signed.hash, keyId: signed.keyId, trigger, ...(file ? { file } : {}) },
      },
    );
  });
  return { ok: true, checkpoint: signed, file, fileError };
}
