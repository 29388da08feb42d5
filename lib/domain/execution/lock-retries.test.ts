import { describe, expect, it } from "vitest";
import { describeLockRetries, describeLockRetryLines, lockRetriesOf } from "./lock-retries";

const retry = (t: number, waitMs: number, lockWaitMs?: number) => ({
  try: t,
  waitMs,
  ...(lockWaitMs !== undefined ? { lockWaitMs } : {}),
  message: "canceling statement due to lock timeout",
});

describe("lock-timeout retries in words", () => {
  it("says the waits inside the attempt and how the attempt ended", () => {
    const result = { lockRetries: [retry(1, 1000, 250), retry(2, 2140, 251)] };
    expect(describeLockRetries({ attempt: 1, status: "SUCCEEDED", result })).toBe("attempt 1: 2 lock waits retried (1.0 s, 2.1 s), then succeeded");
    expect(describeLockRetries({ attempt: 2, status: "FAILED", result })).toBe("attempt 2: 2 lock waits retried (1.0 s, 2.1 s), then failed");
    expect(describeLockRetries({ attempt: 1, status: "RUNNING", result: { lockRetries: [retry(1, 950)] } })).toBe("attempt 1: 1 lock wait retried (0.9 s), trying again");
    expect(describeLockRetryLines(result)).toEqual(["try 1: waited 0.3 s for a lock, retried after 1.0 s", "try 2: waited 0.3 s for a lock, retried after 2.1 s"]);
  });

  it("is silent without retries, and reads nothing it does not recognise", () => {
    expect(describeLockRetries({ attempt: 1, status: "SUCCEEDED", result: { rowsAffected: 1 } })).toBeNull();
    expect(describeLockRetries({ attempt: 1, status: "SUCCEEDED", result: null })).toBeNull();
    expect(lockRetriesOf({ lockRetries: [{ try: "1", waitMs: 5 }] })).toEqual([]);
    expect(describeLockRetryLines({ lockRetries: [retry(1, 1000)] })).toEqual(["try 1: lock not available, retried after 1.0 s"]);
  });
});
