// Writes a valid audit chain of N events quickly, for benchmarks and demos at scale:
//   node --import tsx scripts/generate-audit-chain.ts postgresql://…/db 1000000
// Hashes are computed in Node exactly as verification recomputes them (computeAuditHash), rows
// go in with multi-row INSERT … SELECT FROM unnest(…) in batches of 10,000 — inserts only, so the
// append-only trigger allows them — and the chain head row moves with them, all in one
// transaction that holds the head's row lock: live appends wait and then chain on top.
import pg from "pg";
import { computeAuditHash, type THashedFields } from "@/lib/audit/append";
import { canonicalJson } from "@/lib/audit/canonical-json";

const BATCH = 10_000;
const TYPES = [
  "auth.signed_in",
  "deployment.status_changed",
  "phase.status_changed",
  "step.started",
  "step.finished",
  "checklist.ticked",
  "signoff.recorded",
  "access.denied",
  "runbook.draft_saved",
  "criterion.recorded",
] as const;

/** The i-th synthetic event: 50 people, 2,000 deployments, a year of history in time order. */
function syntheticEvent(i: number, count: number, start: number, span: number): THashedFields & { createdAt: Date } {
  const type = TYPES[i % TYPES.length]!;
  const actor = i % 50;
  const deployment = type === "auth.signed_in" || type === "access.denied" || type === "runbook.draft_saved" ? null : `bench-deployment-${(i >> 6) % 2000}`;
  const payload: Record<string, unknown> =
    type === "deployment.status_changed" || type === "phase.status_changed"
      ? { from: "PENDING", to: "ACTIVE", phaseTitle: `Phase ${i % 13}`, phaseRunId: `pr-${i}` }
      : type === "access.denied"
        ? { permission: "deployment.run", target: `deployment:${i % 2000}` }
        : { stepRunId: `sr-${i}`, stepTitle: `Step ${i % 60}`, kind: "SQL", mode: "RUN", attempt: 1 };
  return {
    createdAt: new Date(start + Math.floor((i / count) * span)),
    type,
    actorId: `bench-user-${actor}`,
    actorLabel: `user${actor}@example.test`,
    deploymentId: deployment,
    targetType: deployment ? "deployment" : type === "runbook.draft_saved" ? "runbook" : "user",
    targetId: deployment ?? (type === "runbook.draft_saved" ? `bench-runbook-${i % 40}` : `bench-user-${actor}`),
    payload: JSON.parse(canonicalJson(payload)),
  };
}

/** Appends `count` events after the current head; returns the new head. */
export async function generateAuditChain(url: string, count: number, log: (line: string) => void = () => {}): Promise<{ seq: bigint; hash: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const head = (await client.query<{ seq: string; hash: string }>(`SELECT "seq", "hash" FROM "AuditChainHead" WHERE "id" = 1 FOR UPDATE`)).rows[0];
    if (!head) throw new Error("no AuditChainHead row: migrate the database first");
    let seq = BigInt(head.seq);
    let prevHash = head.hash;
    const span = 365 * 86_400_000;
    const start = Date.now() - span;
    for (let offset = 0; offset < count; offset += BATCH) {
      const n = Math.min(BATCH, count - offset);
      const cols = {
        seq: [] as string[],
        createdAt: [] as string[],
        type: [] as string[],
        actorId: [] as (string | null)[],
        actorLabel: [] as string[],
        deploymentId: [] as (string | null)[],
        targetType: [] as (string | null)[],
        targetId: [] as (string | null)[],
        payload: [] as string[],
        prevHash: [] as string[],
        hash: [] as string[],
      };
      for (let k = 0; k < n; k++) {
        const fields = syntheticEvent(offset + k, count, start, span);
        const hash = computeAuditHash(prevHash, fields);
        seq += 1n;
        cols.seq.push(seq.toString());
        cols.createdAt.push(fields.createdAt.toISOString());
        cols.type.push(fields.type);
        cols.actorId.push(fields.actorId);
        cols.actorLabel.push(fields.actorLabel);
        cols.deploymentId.push(fields.deploymentId);
        cols.targetType.push(fields.targetType);
        cols.targetId.push(fields.targetId);
        cols.payload.push(canonicalJson(fields.payload));
        cols.prevHash.push(prevHash);
        cols.hash.push(hash);
        prevHash = hash;
      }
      await client.query(
        `INSERT INTO "AuditEvent" ("seq","createdAt","type","actorId","actorLabel","deploymentId","targetType","targetId","payload","prevHash","hash")
         SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::text[], $11::text[])`,
        Object.values(cols),
      );
      if ((offset / BATCH) % 10 === 9) log(`  generated ${offset + n} events`);
    }
    await client.query(`UPDATE "AuditChainHead" SET "seq" = $1, "prevHash" = "hash", "hash" = $2 WHERE "id" = 1`, [seq.toString(), prevHash]);
    // the prevHash column of the head is the previous event's hash: set it exactly
    await client.query(`UPDATE "AuditChainHead" SET "prevHash" = (SELECT "prevHash" FROM "AuditEvent" WHERE "seq" = $1) WHERE "id" = 1`, [seq.toString()]);
    await client.query("COMMIT");
    await client.query(`ANALYZE "AuditEvent"`);
    return { seq, hash: prevHash };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, countText] = process.argv.slice(2);
  if (!url || !countText) {
    console.error("usage: node --import tsx scripts/generate-audit-chain.ts DATABASE_URL COUNT");
    process.exit(2);
  }
  const t = performance.now();
  generateAuditChain(url, Number(countText), console.log).then(
    (head) => console.log(`head #${head.seq} ${head.hash} after ${((performance.now() - t) / 1000).toFixed(1)} s`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
