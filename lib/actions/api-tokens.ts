"use server";
// Personal access tokens (issue 14). A person makes and revokes their own (no permission beyond
// being signed in: a token never carries more than its user's roles); an administrator also for
// a service user (admin.tokens). The token itself is in the result once and nowhere else.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "./action-client";
import { ZCreateApiToken, ZRevokeApiToken } from "@/lib/domain/api/tokens";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";

const toResult = (issued: Awaited<ReturnType<typeof createApiToken>>) => ({
  id: issued.id,
  token: issued.token,
  name: issued.name,
  scope: issued.scope,
  expiresAt: issued.expiresAt?.toISOString() ?? null,
});

export const createOwnApiTokenAction = defineAction({
  name: "createOwnApiTokenAction",
  schema: ZCreateApiToken,
  // any signed-in person, for themself: the token acts with their own current roles
  permission: null,
  handler: async ({ input, user }) => {
    const issued = await createApiToken({ ...input, ownerId: user.id, actor: { id: user.id, label: user.email } });
    revalidatePath("/settings/tokens");
    return toResult(issued);
  },
});

export const createServiceApiTokenAction = defineAction({
  name: "createServiceApiTokenAction",
  schema: ZCreateApiToken.extend({ userId: z.guid("Choose a user.") }),
  permission: (input) => ({ permission: "admin.tokens", target: { type: "user", id: input.userId } }),
  handler: async ({ input, user }) => {
    const issued = await createApiToken({ ...input, ownerId: input.userId, actor: { id: user.id, label: user.email } });
    revalidatePath(`/admin/users/${input.userId}`);
    return toResult(issued);
  },
});

export const revokeApiTokenAction = defineAction({
  name: "revokeApiTokenAction",
  schema: ZRevokeApiToken,
  // the use-case allows the token's owner, or an administrator
  permission: null,
  handler: async ({ input, user }) => {
    const result = await revokeApiToken({ tokenId: input.tokenId, actor: user });
    revalidatePath("/settings/tokens");
    revalidatePath("/admin/users", "layout");
    return result;
  },
});
