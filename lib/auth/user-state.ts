import "server-only";
// What a session must re-check about its user on every request: still active, current roles,
// name and email, and the session version (lib/auth/session-claims.ts). Sessions are JWTs, so a
// deactivation, a role change or a password change reaches them only through this read.
//
// Freshness (issue 10 item 4):
// - a mutation (the action client, a state-changing route handler) reads the row itself: one
//   primary-key query (maxAgeMs 0; BENCHMARKS.md "Session check"), so no instance acts on a
//   revoked user or an old role, whatever its cache holds;
// - page reads and polling reuse this process's copy for at most READ_MAX_AGE_MS, and every
//   writer of users calls forgetUserAuthState after commit, so this process sees a change at once
//   and another instance within READ_MAX_AGE_MS.
import { getPool } from "@/lib/db/client";
import { isRole, type TRole } from "@/lib/auth/permissions";

/** How long a page read may trust this process's copy of a user's state (ms). */
export const READ_MAX_AGE_MS = 2_000;

export type TUserAuthState = { id: string; name: string; email: string; roles: TRole[]; isActive: boolean; sessionVersion: number };

type TEntry = { state: TUserAuthState | null; loadedAt: number };

const globalForState = globalThis as unknown as { phaselineUserStates?: Map<string, TEntry> };
const cache = (globalForState.phaselineUserStates ??= new Map<string, TEntry>());

/**
 * The user's state and when it was read from the database (state null: no such user).
 * `maxAgeMs`: how old a cached copy may be — 0 reads the row now (mutations).
 */
export async function getUserAuthState(userId: string, { maxAgeMs = READ_MAX_AGE_MS, now = Date.now() }: { maxAgeMs?: number; now?: number } = {}): Promise<TEntry> {
  const cached = cache.get(userId);
  // a cached copy from the future (clock moved back) is never trusted
  if (maxAgeMs > 0 && cached && now - cached.loadedAt < maxAgeMs && cached.loadedAt <= now) return cached;
  // on every mutation: through the pool, not Prisma (lib/db/client.ts getPool: a third of the CPU)
  const { rows } = await getPool().query<{ id: string; name: string; email: string; roles: string[]; isActive: boolean; sessionVersion: number }>(
    `SELECT "id", "name", "email", "roles"::text[] AS "roles", "isActive", "sessionVersion" FROM "User" WHERE "id" = $1`,
    [userId],
  );
  const row = rows[0];
  const entry: TEntry = { state: row ? { ...row, sessionVersion: Number(row.sessionVersion), roles: row.roles.filter(isRole) } : null, loadedAt: now };
  if (cache.size > 10_000) cache.clear(); // bounded; a miss costs one primary-key read
  cache.set(userId, entry);
  return entry;
}

/**
 * Call after committing any change to a user (roles, name, active, password, session version),
 * so this process's sessions see it at once.
 */
export function forgetUserAuthState(userId?: string): void {
  if (userId) cache.delete(userId);
  else cache.clear();
}
