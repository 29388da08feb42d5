import "server-only";
// An administrator sets a new password for a user (who forgot theirs, or whose account is being
// handed over). The audit event says that it happened, never what the password is. Every session
// of the user ends: the session version is bumped, and sessions carrying an older one are refused
// on their next request (lib/auth/check-session.ts; issue 10 item 4).
import { getPrisma } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append";
import { hashPassword } from "@/lib/auth/password";
import { forgetUserAuthState } from "@/lib/auth/user-state";
import { ZResetUserPassword, type TResetUserPassword } from "@/lib/domain/users";
import { NotFoundError } from "@/lib/errors";
import { lockUsersForChange, USER_NOT_FOUND_MESSAGE, userAuditContext, type TUserActor } from "./lock-users-for-change";
import { validateUserInput } from "./validate-user-input";

export async function resetUserPassword(input: TResetUserPassword & { actor: TUserActor }): Promise<{ userId: string }> {
  const { userId, password } = validateUserInput(ZResetUserPassword, input);
  const passwordHash = await hashPassword(password); // slow: before the transaction

  await getPrisma().$transaction(async (tx) => {
    const current = await lockUsersForChange(tx, input.actor, userId);
    // `version` is left alone: it guards the name-and-roles form, which a new password does not make stale
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    if (count !== 1) throw new NotFoundError(USER_NOT_FOUND_MESSAGE);
    await appendAuditEvent(tx, userAuditContext(input.actor, userId), { type: "user.password_reset", payload: { email: current.email } });
  });
  forgetUserAuthState(userId); // after commit: this process refuses the old sessions at once
  return { userId };
}
