// `phaseline audit …` (PRODUCT.md "Interfaces", issue 13):
//   verify [--from SEQ] [--against CHECKPOINT_FILE]   exit 0 intact, 1 broken (the first broken link named)
//   checkpoint                                         sign the verified head; print it; write it to the anchor dir
//   export [--format csv|jsonl] [filters]              stream the trail (see lib/server/audit/export-audit-events.ts)
import type { TChainVerification } from "@/lib/audit/verify";

export const AUDIT_USAGE = `audit verify [--from SEQ] [--against CHECKPOINT_FILE]
                  recompute the audit hash chain (from the genesis, or from SEQ) and check that it
                  reaches the head the last append recorded; --against also proves the chain still
                  holds a signed checkpoint (catches a recomputed history and deleted newest events).
                  Prints OK with the count and the head, or the first broken sequence with the
                  expected and found hash; exit 0 or 1
  audit checkpoint
                  verify since the last checkpoint, sign the head (Ed25519, PHASELINE_AUDIT_SIGNING_KEY),
                  print the signed checkpoint to stdout and write it to PHASELINE_AUDIT_ANCHOR_DIR when set
  audit export [--format csv|jsonl] [--actor ID] [--type TYPE] [--deployment ID] [--runbook ID]
               [--target ID] [--from DATE] [--to DATE]
                  stream audit events (chain order, oldest first) to stdout, ending with the head hash and the
                  newest signed checkpoint`;

class AuditUsageError extends Error {}

function flags(args: string[], allowed: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!allowed.includes(name)) throw new AuditUsageError(`unexpected argument ${JSON.stringify(arg)}`);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === "") throw new AuditUsageError(`${name} needs a value`);
    out.set(name, value);
  }
  return out;
}

function printVerification(result: TChainVerification, extra = ""): number {
  if (result.isIntact) {
    const head = result.head ? `head #${result.head.seq} ${result.head.hash}` : "the trail is empty";
    console.log(`OK: ${result.checked} events verified from #${result.fromSeq}; ${head}${extra}`);
    return 0;
  }
  console.error(`BROKEN at #${result.brokenAtSeq}: ${result.reason}`);
  console.error(`  expected hash: ${result.expectedHash}`);
  console.error(`  found hash:    ${result.foundHash ?? "(nothing)"}`);
  console.error(`  ${result.checked} events before it verified`);
  return 1;
}

export async function runAudit(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === "verify") return await runVerify(rest);
    if (sub === "checkpoint") return await runCheckpoint(rest);
    if (sub === "export") return await (await import("./audit-export")).runAuditExport(rest);
  } catch (error) {
    if (error instanceof AuditUsageError) {
      console.error(`phaseline audit ${sub}: ${error.message}\n\nusage: phaseline ${AUDIT_USAGE}`);
      return 2;
    }
    throw error;
  }
  console.error(`usage: phaseline ${AUDIT_USAGE}`);
  return 2;
}

async function withPrisma<T>(fn: (prisma: import("@/lib/db/client").TPrisma, url: string) => Promise<T>): Promise<T> {
  const { openDatabases } = await import("@/lib/db/connect");
  const { createPrisma } = await import("@/lib/db/client");
  const db = await openDatabases();
  const prisma = createPrisma(db.appUrl, { max: 2 });
  try {
    return await fn(prisma, db.appUrl);
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

const CLI_ACTOR = { id: null, label: "cli" };

async function runVerify(args: string[]): Promise<number> {
  const options = flags(args, ["--from", "--against"]);
  const fromText = options.get("--from");
  if (fromText !== undefined && !/^\d{1,19}$/.test(fromText)) throw new AuditUsageError("--from takes an event sequence number");
  const againstFile = options.get("--against");
  let against: { seq: bigint; hash: string } | null = null;
  if (againstFile) {
    const { readFileSync } = await import("node:fs");
    const { getAuditSigningKey, readSignedCheckpoint } = await import("@/lib/audit/anchor");
    let text: string;
    try {
      text = readFileSync(againstFile, "utf8");
    } catch {
      throw new AuditUsageError(`cannot read ${againstFile}`);
    }
    const read = readSignedCheckpoint(text, getAuditSigningKey());
    if (!read.ok) {
      console.error(`REFUSED: ${againstFile} is not a trusted checkpoint: ${read.reason}`);
      return 1;
    }
    against = { seq: BigInt(read.checkpoint.seq), hash: read.checkpoint.hash };
  }
  return withPrisma(async (prisma, url) => {
    const { verifyAgainstCheckpoint, verifyAuditChain } = await import("@/lib/audit/verify");
    if (against) {
      const result = await verifyAgainstCheckpoint(prisma, against, { url });
      return printVerification(result, `; contains the signed checkpoint #${against.seq} ${against.hash}`);
    }
    if (fromText !== undefined) return printVerification(await verifyAuditChain(prisma, { start: { fromSeq: BigInt(fromText) }, url }));
    const { verifyAuditTrail } = await import("@/lib/server/audit/verify-audit-trail");
    const { result } = await verifyAuditTrail({ prisma, scope: "full", actor: CLI_ACTOR, trigger: "cli", url });
    return printVerification(result);
  });
}

async function runCheckpoint(args: string[]): Promise<number> {
  flags(args, []);
  return withPrisma(async (prisma, url) => {
    const { anchorAuditCheckpoint } = await import("@/lib/server/audit/anchor-audit-checkpoint");
    const { checkpointFileText } = await import("@/lib/audit/anchor");
    const result = await anchorAuditCheckpoint({ prisma, actor: CLI_ACTOR, trigger: "cli", url });
    if (!result.ok) {
      console.error(`no checkpoint signed: ${result.reason}`);
      return 1;
    }
    process.stdout.write(checkpointFileText(result.checkpoint));
    if (result.file) console.error(`written to ${result.file}`);
    if (result.fileError) {
      console.error(`WARNING: ${result.fileError}; keep the checkpoint printed above somewhere the database cannot reach`);
      return 1;
    }
    return 0;
  });
}
