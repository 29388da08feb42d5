import "server-only";
// Issues a personal access token (issue 14): 32 random bytes behind a recognisable `phl_` prefix,
// shown once and stored only as its sha256. A person makes tokens for themself; an administrator
// (admin.tokens, checked by the caller) also for a service user — the actor and the owner differ.
import { createHash, randomBytes } from "node:crypto";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { displayPrefix, parseExpiry, TOKEN_PREFIX, type TCreateApiToken } from "@/lib/domain/api/tokens";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type TIssuedToken = { id: string; token: string; prefix: string; name: string; scope: "READ" | "RUN"; expiresAt: Date | null };

export async function createApiToken(input: TCreateApiToken & { ownerId: string; actor: TActor; prisma?: TPrisma; now?: Date }): Promise<TIssuedToken> {
  const prisma = input.prisma ?? getPrisma();
  const now = input.now ?? new Date();
  const ms = parseExpiry(input.expiresIn);
  if (ms === undefined) throw new ValidationError("Check the highlighted fields.", { expiresIn: ["Use a duration such as 30d, 12h, 8w or 1y (at most 2y), or never."] });
  const expiresAt = ms === null ? null : new Date(now.getTime() + ms);
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const prefix = displayPrefix(token);
  return prisma.$transaction(async (tx) => {
    const owner = await tx.user.findUnique({ where: { id: input.ownerId }, select: { id: true, email: true, isActive: true } });
    if (!owner) throw new NotFoundError("This user does not exist.");
    if (!owner.isActive) throw new ValidationError("This user is deactivated: reactivate them before giving them a token.");
    const row = await tx.apiToken.create({
      data: { userId: owner.id, name: input.name, tokenHash: hashToken(token), prefix, scope: input.scope, expiresAt, createdById: input.actor.id },
      select: { id: true },
    });
    await appendAuditEvent(
      tx,
      { actor: input.actor, targetType: "api_token", targetId: row.id },
      {
        type: "api_token.issued",
        payload: { name: input.name, prefix, scope: input.scope, forUser: owner.email, expiresAt: expiresAt?.toISOString() ?? null },
      },
    );
    return { id: row.id, token, prefix, name: input.name, scope: input.scope, expiresAt };
  });
}
