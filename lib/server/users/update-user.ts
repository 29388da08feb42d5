import "server-only";
// An administrator renames a user or changes their roles. Optimistic concurrency on `version`:
// two admins editing the same user get a conflict message, never a silent overwrite (PRODUCT.md
// "Live work", rule 9).
import { getPrisma } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append";
import { forgetUserAuthState } from "@/lib/auth/user-state";
import { ZUpdateUser, type TUpdateUser } from "@/lib/domain/users";
import { ConflictError, ValidationError } from "@/lib/errors";
import { lockUsersForChange, userAuditContext, type TUserActor } from "./lock-users-for-change";
import { validateUserInput } from "./validate-user-input";

export const STALE_USER_MESSAGE = "This user was changed by someone else while you were editing. Reload the page to see their change, then make yours again.";
export const OWN_ADMIN_ROLE_MESSAGE = "You cannot remove your own Admin role: you would lock yourself out of administration. Ask another administrator to do it.";

export async function updateUser(input: TUpdateUser & { actor: TUserActor }): Promise<{ version: number; isChanged: boolean }> {
  const { userId, version, name, roles } = validateUserInput(ZUpdateUser, input);
  const { actor } = input;

  const result = await getPrisma().$transaction(async (tx) => {
    const current = await lockUsersForChange(tx, actor, userId);
    if (current.version !== version) throw new ConflictError(STALE_USER_MESSAGE);
    if (actor.id === userId && current.roles.includes("ADMIN") && !roles.includes("ADMIN")) {
      throw new ValidationError(OWN_ADMIN_ROLE_MESSAGE, { roles: [OWN_ADMIN_ROLE_MESSAGE] });
    }

    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (current.name !== name) changes.name = { from: current.name, to: name };
    if (current.roles.join() !== roles.join()) changes.roles = { from: current.roles, to: roles };
    if (Object.keys(changes).length === 0) return { version, isChanged: false };

    // The version is the check in the write; the row lock above makes it hold by construction,
    // this keeps it holding if the lock ever goes.
    const { count } = await tx.user.updateMany({
      where: { id: userId, version },
      data: { name, roles, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError(STALE_USER_MESSAGE);
    await appendAuditEvent(tx, userAuditContext(actor, userId), { type: "user.updated", payload: { changes } });
    return { version: version + 1, isChanged: true };
  });

  // after commit: this process's sessions see the new roles and name at once, not within a minute
  if (result.isChanged) forgetUserAuthState(userId);
  return result;
}
