import { describe, expect, it } from "vitest";
import { TokenBucketLimiter } from "./rate-limit";

describe("TokenBucketLimiter", () => {
  it("lets a burst of `capacity` through, then refuses with the seconds until the next request", () => {
    const limiter = new TokenBucketLimiter({ capacity: 3, refillPerSecond: 0.5 });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take("a", t).ok)).toEqual([true, true, true]);
    expect(limiter.take("a", t)).toEqual({ ok: false, retryAfterSeconds: 2 });
    // another token has its own bucket
    expect(limiter.take("b", t).ok).toBe(true);
    // two seconds later one request's worth has refilled
    expect(limiter.take("a", t + 2000).ok).toBe(true);
    expect(limiter.take("a", t + 2000).ok).toBe(false);
  });
});
