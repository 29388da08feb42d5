import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { TPrisma } from "@/lib/db/client";
import { getAuditSigningKey, type TSignedCheckpoint } from "@/lib/audit/anchor";

/**
 * A deployment's evidence pack for a change-management audit (issue 13): what ran (runbook
 * version, environment, lead, window, outcome, phase outcomes), its audit extract in chain order
 * with every hash, and the oldest signed checkpoint that covers its newest event — the proof,
 * checkable outside the database, that the extract is part of the anchored chain. `coveredBy` is
 * null when no signed checkpoint reaches it yet (sign one: `phaseline audit checkpoint`).
 * Null when the deployment does not exist. Never selects a secret (no target URL).
 */
export async function buildEvidencePack(prisma: TPrisma = getPrisma(), deploymentId: string) {
  const deployment = await prisma.deployment.findUnique({
    where: { id: deploymentId },
    select: {
      id: true,
      name: true,
      status: true,
      statusReason: true,
      plannedStart: true,
      plannedEnd: true,
      startedAt: true,
      finishedAt: true,
      runbookVersion: { select: { id: true, title: true, number: true, runbookId: true } },
      environment: { select: { name: true, isProduction: true } },
      lead: { select: { name: true, email: true } },
      phaseRuns: { orderBy: [{ procedure: "asc" }, { position: "asc" }], select: { procedure: true, position: true, status: true, phase: { select: { title: true } } } },
    },
  });
  if (!deployment) return null;
  const [events, head] = await Promise.all([
    prisma.auditEvent.findMany({ where: { deploymentId }, orderBy: { seq: "asc" } }),
    prisma.auditChainHead.findUnique({ where: { id: 1 }, select: { seq: true, hash: true } }),
  ]);
  const newest = events.at(-1)?.seq ?? 0n;
  const covering = await prisma.auditCheckpoint.findFirst({
    where: { seq: { gte: newest }, signature: { not: null }, signedAt: { not: null } },
    orderBy: [{ seq: "asc" }, { id: "asc" }],
    select: { seq: true, hash: true, signature: true, keyId: true, signedAt: true },
  });
  let coveredBy: TSignedCheckpoint | null = null;
  if (covering?.signature && covering.keyId && covering.signedAt) {
    let publicKey = "";
    try {
      const key = getAuditSigningKey();
      if (key.keyId === covering.keyId) publicKey = key.publicKeyBase64;
    } catch {
      // no key here: the checkpoint still names its key id
    }
    coveredBy = {
      format: "phaseline-audit-checkpoint/1",
      seq: covering.seq.toString(),
      hash: covering.hash,
      signedAt: covering.signedAt.toISOString(),
      keyId: covering.keyId,
      publicKey,
      signature: covering.signature,
    };
  }
  return {
    format: "phaseline-evidence-pack/1",
    generatedAt: new Date().toISOString(),
    deployment: {
      ...deployment,
      phaseRuns: deployment.phaseRuns.map((p) => ({ procedure: p.procedure, position: p.position, title: p.phase.title, status: p.status })),
    },
    auditExtract: events.map((e) => ({ ...e, seq: e.seq.toString() })),
    chainHead: head ? { seq: head.seq.toString(), hash: head.hash } : null,
    coveredBy,
    howToCheck:
      "Each event's hash is sha256(prevHash || canonical JSON of its fields); `phaseline audit verify --against CHECKPOINT_FILE` " +
      "(coveredBy saved as a file) proves the live chain still holds the signed head that covers these events.",
  };
}
