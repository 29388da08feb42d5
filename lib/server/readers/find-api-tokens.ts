import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Never the hash: the list shows the prefix people recognise a token by. */
const apiTokenListSelect = {
  id: true,
  name: true,
  prefix: true,
  scope: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} satisfies Prisma.ApiTokenSelect;

export type TApiTokenListItem = Prisma.ApiTokenGetPayload<{ select: typeof apiTokenListSelect }>;

/** A user's tokens, newest first (revoked ones too: the list is their history). */
export async function findApiTokens(userId: string): Promise<TApiTokenListItem[]> {
  return getPrisma().apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 200, select: apiTokenListSelect });
}
