import "server-only";
// Deactivate or reactivate a user. Users are never deleted: their runs, sign-offs and audit
// events keep naming them (PRODUCT.md rule 8). A deactivated user cannot sign in, and their open
// sessions end at their next request (lib/auth/check-session.ts). Deactivation also bumps the
// session version, so reactivating someone never revives a session opened before.
import { getPrisma } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append";
import { forgetUserAuthState } from "@/lib/auth/user-state";
import { ZSetUserActive, type TSetUserActive } from "@/lib/domain/users";
import { ConflictError, ValidationError } from "@/lib/errors";
import { lockUsersForChange, userAuditContext, type TUserActor } from "./lock-users-for-change";
import { validateUserInput } from "./validate-user-input";

export const OWN_DEACTIVATION_MESSAGE = "You cannot deactivate your own account: you would lock yourself out. Ask another administrator to do it.";

export async function setUserActive(input: TSetUserActive & { actor: TUserActor }): Promise<{ isActive: boolean }> {
  const { userId, isActive } = validateUserInput(ZSetUserActive, input);
  const { actor } = input;

  await getPrisma().$transaction(async (tx) => {
    const current = await lockUsersForChange(tx, actor, userId);
    if (!isActive && actor.id === userId) throw new ValidationError(OWN_DEACTIVATION_MESSAGE);
    // a state transition: only an active user is deactivated, only a deactivated one reactivated
    const { count } = await tx.user.updateMany({ where: { id: userId, isActive: !isActive }, data: isActive ? { isActive } : { isActive, sessionVersion: { increment: 1 } } });
    if (count !== 1) {
      throw new ConflictError(
        isActive ? "This user is already active. Reload the page to see the current state." : "This user is already deactivated. Reload the page to see the current state.",
      );
    }
    await appendAuditEvent(tx, userAuditContext(actor, userId), {
      type: isActive ? "user.reactivated" : "user.deactivated",
      payload: { email: current.email },
    });
  });

  forgetUserAuthState(userId);
  return { isActive };
}
