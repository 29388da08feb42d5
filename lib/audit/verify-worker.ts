// One range of a parallel verification (verify.ts), in a worker thread: reads its events with a
// connection of its own, walks them, and posts what the walk found — its count, its first link
// (checked against the range before by the caller), its last event, or its first broken link.
import { parentPort, workerData } from "node:worker_threads";
import pg from "pg";
import { ChainWalk } from "./chain-walk";
import { copyEvents } from "./copy-events";

export type TRangeTask = { url: string; afterSeq: bigint; toSeq: bigint | null };
export type TRangeResult = {
  checked: number;
  first: { seq: bigint; prevHash: string } | null;
  last: { seq: bigint; hash: string } | null;
  broken: { brokenAtSeq: bigint; reason: string; expectedHash: string; foundHash: string | null } | null;
};

/** Walks the events of one range; the first link is the caller's to check. */
export async function walkRange(task: TRangeTask): Promise<TRangeResult> {
  const client = new pg.Client({ connectionString: task.url, application_name: "phaseline-audit-verify" });
  client.on("error", () => {});
  await client.connect();
  const walk = new ChainWalk(null, null);
  try {
    await copyEvents(client, task, (row) => walk.step(row));
  } finally {
    await client.end().catch(() => {});
  }
  return { checked: walk.checked, first: walk.first, last: walk.last, broken: walk.broken };
}

if (parentPort && (workerData as { isVerifyRange?: boolean } | null)?.isVerifyRange) {
  const port = parentPort;
  walkRange(workerData as TRangeTask).then(
    (result) => port.postMessage({ ok: true, result }),
    (error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
}
