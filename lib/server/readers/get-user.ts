import "server-only";
import { getPrisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { isRole } from "@/lib/auth/permissions";
import { userAdminSelect, type TUserListItem } from "./find-users";
import { parseIdOrThrow } from "./parse-ids";

export type TUserDetail = TUserListItem;

/** One user for the admin page; NotFoundError for an unknown or malformed id. */
export async function getUser(rawUserId: string): Promise<TUserDetail> {
  const id = parseIdOrThrow("user", rawUserId);
  const user = await getPrisma().user.findUnique({ where: { id }, select: userAdminSelect });
  if (!user) throw new NotFoundError("This user does not exist.");
  return { ...user, roles: user.roles.filter(isRole) };
}
