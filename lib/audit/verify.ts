import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { GENESIS_HASH } from "./hash";
import { ChainWalk, linkBreak, type TChainBreak, type TStoredEvent } from "./chain-walk";
import { walkRange, type TRangeResult, type TRangeTask } from "./verify-worker";

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
  /** rows per keyset page when reading through Prisma (constant memory however long the trail grows) */
  pageSize?: number;
  /**
   * The same database's URL: the events are then streamed with COPY through `pg` connections of
   * their own — several times faster than Prisma pages for a million rows — and a long walk is
   * split into sequence ranges verified at once by worker threads. Omitted: Prisma pages.
   */
  url?: string;
  /** worker threads for a long walk (default: the cores, at most 4; 1: none) */
  threads?: number;
  /** fewer events than this are walked by this thread, without workers (default 100,000) */
  parallelMinEvents?: number;
};

const PAGE_SQL = `SELECT "seq", to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", "type", "actorId", "actorLabel", "deploymentId", "targetType", "targetId", "payload", "prevHash", "hash"
  FROM "AuditEvent" WHERE "seq" > $1 ORDER BY "seq" LIMIT $2`;

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
  const walked = options.url
    ? await walkStreamed(prisma, options.url, { after, prevHash, last }, options)
    : await walkPages(prisma, { after, prevHash, last }, options.pageSize ?? 5000);
  const { checked } = walked;
  if (walked.broken) return { isIntact: false, checked, fromSeq, ...walked.broken };
  last = walked.last;
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

type TWalkStart = { after: bigint; prevHash: string; last: TChainPoint | null };
type TWalked = { checked: number; last: TChainPoint | null; broken: TChainBreak | null };

/** Through Prisma, keyset pages in this thread: the embedded database, and a few events since a checkpoint. */
async function walkPages(prisma: PrismaClient, start: TWalkStart, pageSize: number): Promise<TWalked> {
  const walk = new ChainWalk(start.last, start.prevHash);
  let after = start.after;
  for (;;) {
    const rows = await prisma.$queryRawUnsafe<TStoredEvent[]>(PAGE_SQL, after, pageSize);
    for (const row of rows) if (!walk.step(row)) return { checked: walk.checked, last: walk.last, broken: walk.broken };
    if (rows.length < pageSize) break;
    after = BigInt(rows[rows.length - 1]!.seq);
  }
  return { checked: walk.checked, last: walk.last ?? start.last, broken: null };
}

/**
 * Through COPY streams. A long walk is cut into as many sequence ranges as threads, each walked by
 * a worker with its own connection (each event stores its predecessor's hash, so a range can be
 * checked on its own); then, in order, each range's first link is checked against the end of the
 * range before. The first broken link is the earliest range's: every event before it was walked
 * intact, exactly as one walk from the start would have found.
 */
async function walkStreamed(prisma: PrismaClient, url: string, start: TWalkStart, options: TVerifyOptions): Promise<TWalked> {
  const threads = Math.max(1, options.threads ?? Math.min(availableParallelism(), 4));
  const [bounds] = await prisma.$queryRaw<{ max: bigint | null }[]>`SELECT max("seq") AS "max" FROM "AuditEvent"`;
  const maxSeq = bounds?.max === null || bounds?.max === undefined ? start.after : BigInt(bounds.max);
  const span = maxSeq > start.after ? maxSeq - start.after : 0n;
  const count = threads > 1 && span >= BigInt(options.parallelMinEvents ?? 100_000) ? Math.min(threads, Number(span)) : 1;
  // the last range is open: an event written since max() was read belongs to it
  const tasks: TRangeTask[] = Array.from({ length: count }, (_, i) => ({
    url,
    afterSeq: start.after + (span * BigInt(i)) / BigInt(count),
    toSeq: i === count - 1 ? null : start.after + (span * BigInt(i + 1)) / BigInt(count),
  }));
  const ranges = tasks.map((task) => (count === 1 ? { result: walkRange(task), stop: () => {} } : walkRangeInWorker(task)));
  let checked = 0;
  let prevHash = start.prevHash;
  let last = start.last;
  try {
    for (const range of ranges) {
      const walked: TRangeResult = await range.result;
      if (walked.first && walked.first.prevHash !== prevHash) {
        return { checked, last, broken: linkBreak(walked.first.seq, last?.seq ?? null, prevHash, walked.first.prevHash) };
      }
      if (walked.broken) return { checked: checked + walked.checked, last, broken: walked.broken };
      checked += walked.checked;
      if (walked.last) {
        last = walked.last;
        prevHash = walked.last.hash;
      }
    }
  } finally {
    // after a broken link the ranges behind it are not wanted: their workers are stopped
    for (const range of ranges) {
      range.result.catch(() => {});
      range.stop();
    }
  }
  return { checked, last, broken: null };
}

/**
 * A range walked in a worker thread (CPU-heavy work off the event loop, STYLE.md "Avoid"). In the
 * Next.js server the bundler compiles verify-worker.ts from this exact `new Worker(new URL(…))`
 * form; elsewhere (tests, the CLI and benchmarks under tsx) the worker registers tsx's loader first.
 */
function walkRangeInWorker(task: TRangeTask): { result: Promise<TRangeResult>; stop: () => void } {
  const workerData = { ...task, isVerifyRange: true };
  let worker: Worker;
  if (process.env.NEXT_RUNTIME) worker = new Worker(new URL("./verify-worker.ts", import.meta.url), { workerData });
  else {
    const source = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), ["verify-worker", "ts"].join("."))).href;
    worker = new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, { eval: true, workerData });
  }
  let isStopped = false;
  const result = new Promise<TRangeResult>((resolve, reject) => {
    let hasAnswered = false;
    worker.once("message", (m: { ok: true; result: TRangeResult } | { ok: false; message: string }) => {
      hasAnswered = true;
      if (m.ok) resolve(m.result);
      else reject(new Error(`audit verification worker: ${m.message}`));
    });
    // a thread that could not start (its module not loadable where this runs) costs speed, not the verification
    const inline = (why: string) => {
      if (hasAnswered || isStopped) return;
      hasAnswered = true;
      console.error(`audit verification: a worker thread ${why}; walking its range in this thread`);
      walkRange(task).then(resolve, reject);
    };
    worker.once("error", (error: Error) => inline(`failed (${error.name})`));
    worker.once("exit", (code) => inline(`exited (${code}) before answering`));
  });
  return {
    result,
    stop: () => {
      isStopped = true;
      void worker.terminate();
    },
  };
}
