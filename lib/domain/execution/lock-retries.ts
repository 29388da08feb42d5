// Lock-timeout retries in words (issue 11 item 3): all of them happen inside one attempt of rule 5,
// so the cockpit, the record and the report say them apart from the attempt count — live while the
// step waits ("attempt 1: 1 lock wait retried (1.0 s), trying again") and once it ended ("attempt 1:
// 2 lock waits retried (1.0 s, 2.1 s), then succeeded"). The executor writes `result.lockRetries`
// (lib/server/execution/run-sql.ts withLockRetries); this reads it and trusts nothing else in it.
// Plain checks rather than a zod schema: the cockpit's client components import this module, and
// zod stays out of the deployment page's first-load JavaScript (issue 17, lib/client-imports.test.ts).

/** One lock-timeout retry as the executor records it in `result.lockRetries`. */
export type TLockRetry = {
  /** the try (1-based) that hit lock_timeout (SQLSTATE 55P03) */
  try: number;
  /** the jittered backoff before the next try, ms */
  waitMs: number;
  /** how long the try ran before it gave up on the lock, ms (absent in runs recorded before it was kept) */
  lockWaitMs?: number;
  message: string;
};

const isMs = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0;

function isLockRetry(value: unknown): value is TLockRetry {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.try === "number" && Number.isInteger(r.try) && r.try > 0 && isMs(r.waitMs) && (r.lockWaitMs === undefined || isMs(r.lockWaitMs)) && typeof r.message === "string";
}

/** The retries a step run's result records; [] for anything else (a malformed list counts as none). */
export function lockRetriesOf(result: unknown): TLockRetry[] {
  if (typeof result !== "object" || result === null || !("lockRetries" in result)) return [];
  const retries = (result as { lockRetries: unknown }).lockRetries;
  if (!Array.isArray(retries) || !retries.every(isLockRetry)) return [];
  return retries.map(({ try: n, waitMs, lockWaitMs, message }) => ({ try: n, waitMs, ...(lockWaitMs !== undefined ? { lockWaitMs } : {}), message }));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One line for a run's lock waits, or null when it had none. */
export function describeLockRetries(run: Readonly<{ attempt: number; status: string; result: unknown }>): string | null {
  const retries = lockRetriesOf(run.result);
  if (retries.length === 0) return null;
  const n = retries.length;
  const end =
    run.status === "SUCCEEDED"
      ? "then succeeded"
      : run.status === "FAILED" || run.status === "INTERRUPTED"
        ? `then ${run.status === "FAILED" ? "failed" : "was interrupted"}`
        : "trying again";
  return `attempt ${run.attempt}: ${n} lock ${n === 1 ? "wait" : "waits"} retried (${retries.map((r) => seconds(r.waitMs)).join(", ")}), ${end}`;
}

/** Each retry on a line of its own, for the detail under the summary (the server's message is in the output). */
export function describeLockRetryLines(result: unknown): string[] {
  return lockRetriesOf(result).map(
    (r) => `try ${r.try}: ${r.lockWaitMs !== undefined ? `waited ${seconds(r.lockWaitMs)} for a lock` : "lock not available"}, retried after ${seconds(r.waitMs)}`,
  );
}
