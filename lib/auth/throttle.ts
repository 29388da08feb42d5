// Sign-in throttling: after MAX_FAILURES failed attempts for one account from one address within
// WINDOW_MS, every further attempt from that address for that account is refused for LOCK_MS —
// even with the right password, so guessing cannot continue during the lock.
//
// SignInAttempt keeps one row per attempt (success or not). Refused attempts are recorded as
// failures too, but they must neither count towards a new lock nor extend the current one, so
// the lock is computed by replaying the recent attempts in order (computeLock): an attempt made
// while a lock was in force was necessarily refused, and is skipped.
import type { TPrisma, TTx } from "@/lib/db/client";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
/** how far back the replay looks; a lock can only stem from recent failures */
const LOOKBACK_MS = 4 * (WINDOW_MS + LOCK_MS);
/** a cap on the rows replayed: under sustained hammering the oldest are ignored */
const MAX_ROWS = 500;

export type TAttempt = { isSuccess: boolean; createdAt: Date };

/** Pure: the end of the lock in force at `now`, or null. `attempts` in any order. */
export function computeLock(attempts: readonly TAttempt[], now: Date): Date | null {
  const ordered = [...attempts].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  let lockedUntil = 0;
  let failures: number[] = [];
  for (const attempt of ordered) {
    const at = attempt.createdAt.getTime();
    if (at > now.getTime()) break;
    if (at < lockedUntil) continue; // refused during a lock: does not count, does not extend
    if (attempt.isSuccess) {
      failures = []; // a successful sign-in starts the count again
      continue;
    }
    failures = failures.filter((t) => t > at - WINDOW_MS);
    failures.push(at);
    if (failures.length >= MAX_FAILURES) {
      lockedUntil = at + LOCK_MS;
      failures = [];
    }
  }
  return lockedUntil > now.getTime() ? new Date(lockedUntil) : null;
}

export function throttledMessage(lockedUntil: Date, now: Date = new Date()): string {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** The lock in force for this account and address, read from the recorded attempts. */
export async function findSignInLock(db: TPrisma | TTx, email: string, ipAddress: string, now: Date = new Date()): Promise<Date | null> {
  const rows = await db.signInAttempt.findMany({
    where: { email, ipAddress, createdAt: { gte: new Date(now.getTime() - LOOKBACK_MS) } },
    orderBy: { createdAt: "desc" },
    take: MAX_ROWS,
    select: { isSuccess: true, createdAt: true },
  });
  return computeLock(rows, now);
}

/**
 * Serialises sign-in attempts for one account and address until the transaction ends, so two
 * parallel guesses cannot both read "4 failures" and both be judged (STYLE.md practice 2).
 */
export async function lockSignInKey(tx: TTx, email: string, ipAddress: string): Promise<void> {
  // the address holds no spaces (clientAddressFrom), so "<address> <email>" is unambiguous
  const key = `phaseline.sign-in:${ipAddress} ${email}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/** The client address from proxy headers: the first x-forwarded-for entry, x-real-ip, or "unknown". */
export function clientAddressFrom(headers: Readonly<Record<string, unknown>> | Headers | undefined | null): string {
  const read = (name: string): string | undefined => {
    if (!headers) return undefined;
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    if (Array.isArray(value)) return typeof value[0] === "string" ? value[0] : undefined;
    return typeof value === "string" ? value : undefined;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  const candidate = forwarded || read("x-real-ip")?.trim();
  // bounded and printable: it is stored and shown in the audit trail
  return candidate && /^[0-9A-Za-z.:%_\-\[\]]{1,64}$/.test(candidate) ? candidate : "unknown";
}
