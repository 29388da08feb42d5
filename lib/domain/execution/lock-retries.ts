// Lock-timeout retries in words (issue 11 item 3): all of them happen inside one attempt of rule 5,
// so the cockpit, the record and the report say them apart from the attempt count — live while the
// step waits ("attempt 1: 1 lock wait retried (1.0 s), trying again") and once it ended ("attempt 1:
// 2 lock waits retried (1.0 s, 2.1 s), then succeeded"). The executor writes `result.lockRetries`
// (lib/server/execution/run-sql.ts withLockRetries); this reads it and trusts nothing else in it.
import { z } from "zod";

export const ZLockRetry = z.object({
  /** the try (1-based) that hit lock_timeout (SQLSTATE 55P03) */
  try: z.number().int().positive(),
  /** the jittered backoff before the next try */
  waitMs: z.number().nonnegative(),
  /** how long the try ran before it gave up on the lock (absent in runs recorded before it was kept) */
  lockWaitMs: z.number().nonnegative().optional(),
  message: z.string(),
});
export type TLockRetry = z.infer<typeof ZLockRetry>;

/** The retries a step run's result records; [] for anything else. */
export function lockRetriesOf(result: unknown): TLockRetry[] {
  if (typeof result !== "object" || result === null || !("lockRetries" in result)) return [];
  const parsed = z.array(ZLockRetry).safeParse((result as { lockRetries: unknown }).lockRetries);
  return parsed.success ? parsed.data : [];
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
