import "server-only";
// What a session must re-check about its user: still active, current roles, name and email.
// Sessions are JWTs, so a deactivation or a role change reaches them only through this read;
// it is cached per process for at most REFRESH_MS, which bounds how long a change takes to bite.
import { getPrisma } from "@/lib/db/client";
import { isRole, type TRole } from "@/lib/auth/permissions";

export const REFRESH_MS = 60_000;

export type TUserAuthState = { id: string; name: string; email: string; roles: TRole[]; isActive: boolean };

type TEntry = { state: TUserAuthState | null; loadedAt: number };

const globalForState = globalThis as unknown as { phaselineUserStates?: Map<string, TEntry> };
const cache = (globalForState.phaselineUserStates ??= new Map<string, TEntry>());

/** The user's state and when it was read from the database (null: no such user). */
export async function getUserAuthState(userId: string, now: number = Date.now()): Promise<TEntry> {
  const cached = cache.get(userId);
  if (cached && now - cached.loadedAt < REFRESH_MS) return cached;
  const row = await getPrisma().user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, roles: true, isActive: true },
  });
  const entry: TEntry = { state: row ? { ...row, roles: row.roles.filter(isRole) } : null, loadedAt: now };
  if (cache.size > 10_000) cache.clear(); // bounded; a miss costs one primary-key read
  cache.set(userId, entry);
  return entry;
}

/** Call after changing a user's roles or deactivating them, so this process sees it at once. */
export function forgetUserAuthState(userId?: string): void {
  if (userId) cache.delete(userId);
  else cache.clear();
}
