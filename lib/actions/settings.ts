"use server";
// A person's own settings (issue 18 item 7). Permission `null`: any signed-in person may change
// their own password — the use-case acts on the session's user only, never on an id from input.
import { headers } from "next/headers";
import { defineAction } from "@/lib/actions/action-client";
import { reissueSessionCookie } from "@/lib/auth/session";
import { clientAddressFrom } from "@/lib/auth/throttle";
import { ZChangeOwnPassword } from "@/lib/domain/users";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";

export const changeOwnPasswordAction = defineAction({
  name: "changeOwnPasswordAction",
  schema: ZChangeOwnPassword,
  permission: null,
  handler: async ({ input, user }) => {
    const { sessionVersion } = await changeOwnPassword({ ...input, userId: user.id, ipAddress: clientAddressFrom(await headers()) });
    // this session stays signed in with the new version; every other one ends on its next request
    await reissueSessionCookie(user.id, sessionVersion);
    return { otherSessionsEnded: true };
  },
});
