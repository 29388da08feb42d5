import "server-only";
// Revokes a token at once: the next request that carries it is refused (and audited). Its owner
// may revoke it; so may an administrator (admin.tokens). Revoking twice is a no-op, not an error.
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append";
import { can } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";

export async function revokeApiToken(input: { tokenId: string; actor: { id: string; email: string; roles: readonly string[] }; prisma?: TPrisma }): Promise<{ isRevoked: true }> {
  const prisma = input.prisma ?? getPrisma();
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: input.tokenId }, select: { id: true, userId: true, name: true } });
    // someone else's token reads as missing: its existence is not the caller's business
    if (!token || (token.userId !== input.actor.id && !can(input.actor.roles, "admin.tokens"))) throw new NotFoundError("This token does not exist.");
    const { count } = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 1) {
      await appendAuditEvent(
        tx,
        { actor: { id: input.actor.id, label: input.actor.email }, targetType: "api_token", targetId: token.id },
        { type: "api_token.revoked", payload: { name: token.name } },
      );
    }
    return { isRevoked: true };
  });
}
