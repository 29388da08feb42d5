import "server-only";
// The lock every user change takes first. It serialises changes to one user, and re-checks under
// the lock that the person acting is still an active administrator: without it, two admins
// deactivating each other (or removing each other's Admin role) at the same moment would both
// pass and leave nobody able to administer Phaseline. The session was checked when the request began
// (lib/auth/check-session.ts); under the lock, the row is the truth.
import type { TTx } from "@/lib/db/client";
import type { TAuditContext } from "@/lib/audit/append";
import { can, isRole, type TRole } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/** Who is making the change: the signed-in administrator. */
export type TUserActor = { id: string; email: string };

export type TLockedUser = { id: string; email: string; name: string; roles: TRole[]; isActive: boolean; version: number };

export const ACTOR_NOT_ADMIN_MESSAGE = "Only an active administrator can change users. Your account changed; sign in again.";
export const USER_NOT_FOUND_MESSAGE = "This user does not exist.";

type TRow = { id: string; email: string; name: string; roles: string[] | null; isActive: boolean; version: number };

/**
 * Locks the actor's row and, when given, the target's — in id order, so two admins acting on
 * each other wait instead of deadlocking — and returns the target as it is now.
 */
export async function lockUsersForChange(tx: TTx, actor: TUserActor, targetId: string): Promise<TLockedUser>;
export async function lockUsersForChange(tx: TTx, actor: TUserActor, targetId?: undefined): Promise<null>;
export async function lockUsersForChange(tx: TTx, actor: TUserActor, targetId?: string): Promise<TLockedUser | null> {
  const ids = [...new Set([actor.id, ...(targetId ? [targetId] : [])])].sort();
  const rows = await tx.$queryRaw<TRow[]>`
    SELECT "id", "email", "name", "roles"::text[] AS "roles", "isActive", "version"
    FROM "User" WHERE "id" = ANY(${ids}::text[]) ORDER BY "id" FOR UPDATE`;
  const byId = new Map(rows.map((row) => [row.id, { ...row, roles: (row.roles ?? []).filter(isRole) }]));

  const actorRow = byId.get(actor.id);
  if (!actorRow?.isActive || !can(actorRow.roles, "admin.users")) throw new ForbiddenError(ACTOR_NOT_ADMIN_MESSAGE);
  if (!targetId) return null;
  const target = byId.get(targetId);
  if (!target) throw new NotFoundError(USER_NOT_FOUND_MESSAGE);
  return target;
}

/** The audit context of a change made by `actor` to user `userId`. */
export function userAuditContext(actor: TUserActor, userId: string): TAuditContext {
  return { actor: { id: actor.id, label: actor.email }, targetType: "user", targetId: userId };
}
