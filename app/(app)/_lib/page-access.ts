import "server-only";
import { requirePermission, requireUser, type TSessionUser } from "@/lib/auth/session";
import { can, type TPermission } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";

/**
 * For pages: the user when they hold any of the permissions; otherwise null, after the refusal was
 * audited (by requirePermission), so the page can render ForbiddenView.
 */
export async function getPageUser(...anyOf: [TPermission, ...TPermission[]]): Promise<TSessionUser | null> {
  const user = await requireUser();
  if (anyOf.some((p) => can(user.roles, p))) return user;
  try {
    await requirePermission(anyOf[0]);
  } catch (e) {
    if (!(e instanceof ForbiddenError)) throw e;
  }
  return null;
}
