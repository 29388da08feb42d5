import "server-only";
// An administrator adds a person with their roles and an initial password (PRODUCT.md "People").
import { getPrisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { appendAuditEvent } from "@/lib/audit/append";
import { hashPassword } from "@/lib/auth/password";
import { ZCreateUser, type TCreateUser } from "@/lib/domain/users";
import { ConflictError } from "@/lib/errors";
import { lockUsersForChange, userAuditContext, type TUserActor } from "./lock-users-for-change";
import { validateUserInput } from "./validate-user-input";

export function duplicateEmailMessage(email: string): string {
  return `A user with the email ${email} already exists. Open their page to change their roles or reactivate them.`;
}

export async function createUser(input: TCreateUser & { actor: TUserActor }): Promise<{ id: string; email: string }> {
  const { name, email, roles, password } = validateUserInput(ZCreateUser, input);
  // slow work before the transaction: argon2id takes tens of milliseconds on purpose
  const passwordHash = await hashPassword(password);
  try {
    return await getPrisma().$transaction(async (tx) => {
      await lockUsersForChange(tx, input.actor);
      // The unique index is the check (STYLE.md "put the check in the write"): two admins adding
      // the same address at once get one user and one clear refusal.
      const created = await tx.user.create({ data: { email, name, roles, passwordHash }, select: { id: true, email: true } });
      await appendAuditEvent(tx, userAuditContext(input.actor, created.id), { type: "user.created", payload: { email, roles } });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw new ConflictError(duplicateEmailMessage(email));
    throw error;
  }
}
