// A token bucket per API token, in process (issue 14). Each instance limits on its own: with N
// instances a token gets at most N× the rate, which is still a bound. Pure apart from the map.

export type TBucketConfig = { capacity: number; refillPerSecond: number };
export const DEFAULT_BUCKET: TBucketConfig = { capacity: 120, refillPerSecond: 20 };

type TBucket = { tokens: number; updatedAt: number };

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, TBucket>();
  constructor(private config: TBucketConfig = DEFAULT_BUCKET) {}

  /** Tests use a small bucket, so the limit is reached in a few requests whatever the machine's speed. */
  configure(config: TBucketConfig): void {
    this.config = config;
    this.buckets.clear();
  }

  /** Takes one request's worth; when empty, how many whole seconds until one is available. */
  take(key: string, now: number = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const { capacity, refillPerSecond } = this.config;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updatedAt: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updatedAt) / 1000) * refillPerSecond);
    bucket.updatedAt = now;
    if (this.buckets.size > 50_000) this.buckets.clear(); // bounded; a forgotten bucket starts full
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond)) };
  }

  reset(): void {
    this.buckets.clear();
  }
}
