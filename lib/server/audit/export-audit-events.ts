import "server-only";
import type { TPrisma } from "@/lib/db/client";
import type { TAuditFilters } from "@/lib/domain/audit/filters";
import { getAuditSigningKey, type TSignedCheckpoint } from "@/lib/audit/anchor";
import { auditEventWhere } from "./audit-event-where";

export type TAuditExportFormat = "csv" | "jsonl";

const COLUMNS = ["seq", "createdAt", "type", "actorId", "actorLabel", "deploymentId", "targetType", "targetId", "payload", "prevHash", "hash"] as const;

const BATCH = 5000;

function csvCell(value: string | null): string {
  if (value === null) return "";
  return /[",\r\n]/.test(value) || /^[=+\-@\t]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The newest signed checkpoint as its file holds it (the public key when it is this instance's key). */
async function findNewestSignedCheckpoint(prisma: TPrisma): Promise<TSignedCheckpoint | null> {
  const row = await prisma.auditCheckpoint.findFirst({
    where: { signature: { not: null }, signedAt: { not: null } },
    orderBy: [{ seq: "desc" }, { id: "desc" }],
    select: { seq: true, hash: true, signature: true, keyId: true, signedAt: true },
  });
  if (!row?.signature || !row.signedAt || !row.keyId) return null;
  let publicKey = "";
  try {
    const key = getAuditSigningKey();
    if (key.keyId === row.keyId) publicKey = key.publicKeyBase64;
  } catch {
    // no key configured here: the checkpoint still names its key id
  }
  return { format: "phaseline-audit-checkpoint/1", seq: row.seq.toString(), hash: row.hash, signedAt: row.signedAt.toISOString(), keyId: row.keyId, publicKey, signature: row.signature };
}

/**
 * The audit events matching `filters` (the viewer's), in chain order (oldest first), as CSV or
 * JSON Lines text chunks — one chunk per keyset batch of 5,000 events, so memory stays constant
 * whatever the size; a consumer that stops pulling stops the reads. Only events up to the chain
 * head read at the start are exported (a consistent cut). It ends with the head (sequence and
 * hash) and the newest signed checkpoint: in CSV as `#`-prefixed lines, in JSON Lines as objects
 * with a `head` / `signedCheckpoint` key. The payload is JSON text in its own column.
 */
export async function* exportAuditEvents({ prisma, filters, format }: { prisma: TPrisma; filters: TAuditFilters; format: TAuditExportFormat }): AsyncGenerator<string> {
  const head = await prisma.auditChainHead.findUnique({ where: { id: 1 }, select: { seq: true, hash: true } });
  const where = await auditEventWhere(prisma, filters);
  const headSeq = head?.seq ?? 0n;
  if (format === "csv") yield `${COLUMNS.join(",")}\n`;
  let after = 0n;
  for (;;) {
    const rows = await prisma.auditEvent.findMany({
      where: { AND: [where, { seq: { gt: after, lte: headSeq } }] },
      orderBy: { seq: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) break;
    let chunk = "";
    for (const r of rows) {
      if (format === "csv") {
        chunk += `${[r.seq.toString(), r.createdAt.toISOString(), r.type, r.actorId, r.actorLabel, r.deploymentId, r.targetType, r.targetId, JSON.stringify(r.payload), r.prevHash, r.hash].map(csvCell).join(",")}\n`;
      } else {
        chunk += `${JSON.stringify({ ...r, seq: r.seq.toString(), createdAt: r.createdAt.toISOString() })}\n`;
      }
    }
    yield chunk;
    after = rows.at(-1)!.seq;
    if (rows.length < BATCH) break;
  }
  const checkpoint = await findNewestSignedCheckpoint(prisma);
  if (format === "csv") {
    yield `# head,${headSeq},${head?.hash ?? ""}\n`;
    yield `# signed checkpoint,${checkpoint ? csvCell(JSON.stringify(checkpoint)) : "none"}\n`;
  } else {
    yield `${JSON.stringify({ head: { seq: headSeq.toString(), hash: head?.hash ?? null } })}\n`;
    yield `${JSON.stringify({ signedCheckpoint: checkpoint })}\n`;
  }
}
