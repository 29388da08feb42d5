import "server-only";
// A signed-in person changes their own password (issue 18 item 7). The current password proves it
// is them; a wrong one counts as a failed sign-in attempt from that address (lib/auth/throttle.ts),
// so a stolen session cannot guess it faster than the sign-in form allows. The change bumps the
// session version: every other session of the person ends on its next request (issue 10 item 4);
// the caller re-issues the current session with the returned version. Audited, never the password.
import { getPrisma } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { findSignInLock, lockSignInKey, throttledMessage } from "@/lib/auth/throttle";
import { forgetUserAuthState } from "@/lib/auth/user-state";
import { ZChangeOwnPassword, type TChangeOwnPassword } from "@/lib/domain/users";
import { ConflictError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { validateUserInput } from "./validate-user-input";

export const WRONG_CURRENT_PASSWORD_MESSAGE = "Your current password is not right.";
export const NO_PASSWORD_MESSAGE = "Your account signs in through single sign-on and has no Phaseline password to change.";
export const PASSWORD_CHANGED_CONCURRENTLY_MESSAGE = "Your password or account changed meanwhile. Sign in again, then retry.";

/** Returns the new session version (the caller's session must carry it to stay signed in). */
export async function changeOwnPassword(input: TChangeOwnPassword & { userId: string; ipAddress: string }): Promise<{ sessionVersion: number }> {
  const { currentPassword, newPassword } = validateUserInput(ZChangeOwnPassword, input);
  const { userId, ipAddress } = input;
  const prisma = getPrisma();

  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, isActive: true, passwordHash: true, sessionVersion: true },
  });
  if (!user?.isActive) throw new UnauthenticatedError();
  if (!user.passwordHash) throw new ValidationError(NO_PASSWORD_MESSAGE);

  const lockedUntil = await findSignInLock(prisma, user.email, ipAddress);
  if (lockedUntil) throw new ValidationError(throttledMessage(lockedUntil));

  // slow (argon2): both before the transaction, which then only writes
  const isCurrentRight = await verifyPassword(user.passwordHash, currentPassword);
  if (!isCurrentRight) {
    await prisma.$transaction(async (tx) => {
      await lockSignInKey(tx, user.email, ipAddress);
      await tx.signInAttempt.create({ data: { email: user.email, ipAddress, isSuccess: false } });
      await appendAuditEvent(
        tx,
        { actor: { id: user.id, label: user.email }, targetType: "user", targetId: user.id },
        { type: "auth.sign_in_failed", payload: { email: user.email, ipAddress, reason: "wrong_current_password" } },
      );
    });
    throw new ValidationError(WRONG_CURRENT_PASSWORD_MESSAGE, { currentPassword: [WRONG_CURRENT_PASSWORD_MESSAGE] });
  }
  const passwordHash = await hashPassword(newPassword);

  const sessionVersion = await prisma.$transaction(async (tx) => {
    // the check in the write: the hash and version verified above are still the row's
    const { count } = await tx.user.updateMany({
      where: { id: user.id, isActive: true, passwordHash: user.passwordHash, sessionVersion: user.sessionVersion },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError(PASSWORD_CHANGED_CONCURRENTLY_MESSAGE);
    await appendAuditEvent(
      tx,
      { actor: { id: user.id, label: user.email }, targetType: "user", targetId: user.id },
      { type: "user.password_changed", payload: { email: user.email, otherSessionsEnded: true } },
    );
    return user.sessionVersion + 1;
  });
  forgetUserAuthState(user.id); // after commit: this process refuses the other sessions at once
  return { sessionVersion };
}
