"use server";
// User administration (PRODUCT.md "People"): thin adapters over lib/server/users. The action
// client resolves the session, validates with the Z… schema, checks `admin.users` (refusals are
// audited) and maps errors; the use-case makes the change and its audit event in one transaction.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action-client";
import { ZCreateUser, ZResetUserPassword, ZSetUserActive, ZUpdateUser } from "@/lib/domain/users";
import { createUser } from "@/lib/server/users/create-user";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { updateUser } from "@/lib/server/users/update-user";

const USERS_PATH = "/admin/users";

function userTarget(userId: string) {
  return { permission: "admin.users" as const, target: { type: "user", id: userId } };
}

function revalidateUser(userId: string) {
  revalidatePath(USERS_PATH);
  revalidatePath(`${USERS_PATH}/${userId}`);
}

export const createUserAction = defineAction({
  name: "createUserAction",
  schema: ZCreateUser,
  permission: "admin.users",
  handler: async ({ input, user }) => {
    const created = await createUser({ ...input, actor: user });
    revalidatePath(USERS_PATH);
    return created;
  },
});

export const updateUserAction = defineAction({
  name: "updateUserAction",
  schema: ZUpdateUser,
  permission: (input) => userTarget(input.userId),
  handler: async ({ input, user }) => {
    const result = await updateUser({ ...input, actor: user });
    if (result.isChanged) revalidateUser(input.userId);
    return result;
  },
});

export const setUserActiveAction = defineAction({
  name: "setUserActiveAction",
  schema: ZSetUserActive,
  permission: (input) => userTarget(input.userId),
  handler: async ({ input, user }) => {
    const result = await setUserActive({ ...input, actor: user });
    revalidateUser(input.userId);
    return result;
  },
});

export const resetUserPasswordAction = defineAction({
  name: "resetUserPasswordAction",
  schema: ZResetUserPassword,
  permission: (input) => userTarget(input.userId),
  handler: async ({ input, user }) => {
    const result = await resetUserPassword({ ...input, actor: user });
    revalidateUser(input.userId);
    return result;
  },
});
