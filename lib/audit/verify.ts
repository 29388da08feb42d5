import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { computeAuditHash, GENESIS_HASH } from "./append";

/** A point of the chain taken as proven: an event's sequence and the hash it must still have. */
export type TChainPoint = { seq: bigint; hash: string };

export type TChainVerification =
  | {
      isIntact: true;
      /** events recomputed by this verification */
      checked: number;
      /** the first sequence recomputed (the chain was trusted up to the start point before it) */
      fromSeq: bigint;
      /** the newest event verified, or the start point when nothing newer exists (null: empty trail) */
      head: TChainPoint | null;
    }
  | {
      isIntact: false;
      checked: number;
      fromSeq: bigint;
      /** the first broken link */
      brokenAtSeq: bigint;
      reason: string;
      /** what the chain needed at that link, and what the database holds (null: nothing) */
      expectedHash: string;
      foundHash: string | null;
    };

export type TVerifyOptions = {
  /**
   * Where to start. Omitted: the genesis (a full verification). A point (a stored checkpoint):
   * the event at `seq` must still hold `hash`, then the events after it are recomputed. `{ fromSeq }`:
   * recompute from that sequence, trusting the link into it (`phaseline audit verify --from`).
   */
  start?: TChainPoint | { fromSeq: bigint };
  /** rows per keyset page (constant memory however long the trail grows) */
  pageSize?: number;
  /**
   * The same database's URL: pages are then read through a `pg` connection of their own, several
   * times faster than through Prisma for a million rows. Omitted: through `prisma`.
   */
  url?: string;
};

type TRow = {
  /** bigint through Prisma, a decimal string through pg */
  seq: bigint | string;
  /** ISO 8601 in UTC with milliseconds, formatted by Postgres: no Date is parsed per row */
  createdAt: string;
  type: string;
  actorId: string | null;
  actorLabel: string;
  deploymentId: string | null;
  targetType: string | null;
  targetId: string | null;
  payload: unknown;
  prevHash: string;
  hash: string;
};

const PAGE_SQL = `SELECT "seq", to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", "type", "actorId", "actorLabel", "deploymentId", "targetType", "targetId", "payload", "prevHash", "hash"
  FROM "AuditEvent" WHERE "seq" > $1 ORDER BY "seq" LIMIT $2`;

type TPageReader = { read(afterSeq: bigint, limit: number): Promise<TRow[]>; close(): Promise<void> };

async function openPageReader(prisma: PrismaClient, url: string | undefined): Promise<TPageReader> {
  if (!url) {
    return { read: (afterSeq, limit) => prisma.$queryRawUnsafe<TRow[]>(PAGE_SQL, afterSeq, limit), close: async () => {} };
  }
  const client = new pg.Client({ connectionString: url, application_name: "phaseline-audit-verify" });
  client.on("error", () => {});
  await client.connect();
  return {
    read: async (afterSeq, limit) => (await client.query<TRow>(PAGE_SQL, [afterSeq.toString(), limit])).rows,
    close: () => client.end(),
  };
}

async function readHead(prisma: PrismaClient): Promise<TChainPoint | null> {
  const rows = await prisma.$queryRaw<{ seq: bigint; hash: string }[]>`SELECT "seq", "hash" FROM "AuditChainHead" WHERE "id" = 1`;
  const row = rows[0];
  return row && BigInt(row.seq) > 0n ? { seq: BigInt(row.seq), hash: row.hash } : null;
}

/**
 * Recomputes the chain in sequence order and names the first broken link (PRODUCT.md rule 8):
 * an event whose previous-hash is not its predecessor's hash (an event removed, inserted or moved),
 * or whose content does not give its hash (an edited event). Finally the newest events must reach
 * the head recorded by the last append (`AuditChainHead`), read before the walk: deleting the
 * newest rows leaves an intact-looking chain that stops short of it. (A superuser can move that
 * row too: a signed checkpoint kept outside the database catches that — `verifyAgainstCheckpoint`.)
 */
export async function verifyAuditChain(prisma: PrismaClient, options: TVerifyOptions = {}): Promise<TChainVerification> {
  const pageSize = options.pageSize ?? 5000;
  const recordedHead = await readHead(prisma);
  let prevHash = GENESIS_HASH;
  let after = 0n;
  let last: TChainPoint | null = null;
  const start = options.start;
  if (start && "hash" in start) {
    const rows = await prisma.$queryRaw<{ hash: string }[]>`SELECT "hash" FROM "AuditEvent" WHERE "seq" = ${start.seq}`;
    const found = rows[0]?.hash ?? null;
    if (found !== start.hash) {
      return {
        isIntact: false,
        checked: 0,
        fromSeq: start.seq,
        brokenAtSeq: start.seq,
        reason: found === null ? "the checkpointed event is missing" : "the checkpointed event's hash changed",
        expectedHash: start.hash,
        foundHash: found,
      };
    }
    prevHash = start.hash;
    after = start.seq;
    last = start;
  } else if (start && start.fromSeq > 1n) {
    const rows = await prisma.$queryRaw<{ seq: bigint; hash: string }[]>`
      SELECT "seq", "hash" FROM "AuditEvent" WHERE "seq" < ${start.fromSeq} ORDER BY "seq" DESC LIMIT 1`;
    if (rows[0]) {
      prevHash = rows[0].hash;
      after = BigInt(rows[0].seq);
      last = { seq: after, hash: prevHash };
    }
  }
  const fromSeq = after + 1n;
  let checked = 0;
  const reader = await openPageReader(prisma, options.url);
  // the next page is read while this one is hashed: the database and the CPU work at once
  let pending: Promise<TRow[]> | null = null;
  try {
    for (;;) {
      const rows: TRow[] = await (pending ?? reader.read(after, pageSize));
      pending = null;
      if (rows.length === 0) break;
      if (rows.length === pageSize) pending = reader.read(BigInt(rows[rows.length - 1]!.seq), pageSize);
      for (const row of rows) {
        const seq = BigInt(row.seq);
        if (row.prevHash !== prevHash) {
          const gap = last !== null && seq > last.seq + 1n ? ` (no event between #${last.seq} and #${seq}: removed?)` : "";
          const reason = last === null ? `its previous-hash is not the genesis hash${gap}` : `its previous-hash does not match event #${last.seq}${gap}`;
          return { isIntact: false, checked, fromSeq, brokenAtSeq: seq, reason, expectedHash: prevHash, foundHash: row.prevHash };
        }
        const expected = computeAuditHash(prevHash, row);
        if (expected !== row.hash) {
          return { isIntact: false, checked, fromSeq, brokenAtSeq: seq, reason: "its content does not match its hash (edited)", expectedHash: expected, foundHash: row.hash };
        }
        prevHash = row.hash;
        last = { seq, hash: row.hash };
        checked += 1;
      }
      after = last!.seq;
      if (rows.length < pageSize) break;
    }
  } finally {
    // a page read ahead of a broken link is not waited for by anyone else
    await (pending as Promise<TRow[]> | null)?.catch(() => []);
    await reader.close();
  }
  if (recordedHead && (last === null || last.seq < recordedHead.seq)) {
    return {
      isIntact: false,
      checked,
      fromSeq,
      brokenAtSeq: (last?.seq ?? 0n) + 1n,
      reason: `the chain ends at #${last?.seq ?? 0} but the last append recorded #${recordedHead.seq} (newest events removed?)`,
      expectedHash: recordedHead.hash,
      foundHash: null,
    };
  }
  return { isIntact: true, checked, fromSeq, head: last };
}

/**
 * Proves the chain still contains a checkpoint taken earlier (PRODUCT.md "Review": anchored
 * outside the database): the event at its sequence exists and holds its hash, and the chain from
 * the genesis recomputes unbroken through it and beyond. Catches a truncation (the event is gone)
 * and a history rewritten and recomputed by someone with database access (its hash changed).
 */
export async function verifyAgainstCheckpoint(prisma: PrismaClient, checkpoint: TChainPoint, options: Omit<TVerifyOptions, "start"> = {}): Promise<TChainVerification> {
  const rows = await prisma.$queryRaw<{ hash: string }[]>`SELECT "hash" FROM "AuditEvent" WHERE "seq" = ${checkpoint.seq}`;
  const found = rows[0]?.hash ?? null;
  if (found !== checkpoint.hash) {
    const chain = await verifyAuditChain(prisma, options);
    // a broken chain before the checkpoint names the edit itself; else the checkpoint's event
    if (!chain.isIntact && chain.brokenAtSeq <= checkpoint.seq) return chain;
    return {
      isIntact: false,
      checked: chain.checked,
      fromSeq: 1n,
      brokenAtSeq: checkpoint.seq,
      reason:
        found === null
          ? `the chain no longer contains event #${checkpoint.seq} of the checkpoint (truncated?)`
          : `event #${checkpoint.seq} no longer has the checkpoint's hash (history rewritten)`,
      expectedHash: checkpoint.hash,
      foundHash: found,
    };
  }
  return verifyAuditChain(prisma, options);
}
