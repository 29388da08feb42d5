import "server-only";
// The signed-in person, and the checks every server entry point makes before acting. Refusals
// are evidence: each one appends an `access.denied` audit event (PRODUCT.md rule 8) in its own
// transaction — there is no change for it to share one with.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getPrisma } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { getAuthOptions } from "@/lib/auth/options";
import { can, isRole, type TPermission, type TRole } from "@/lib/auth/permissions";

export type TSessionUser = { id: string; name: string; email: string; roles: TRole[] };

/** What a refused action was aimed at, for the audit trail. */
export type TAccessTarget = { type: string; id: string; deploymentId?: string | null };

export const FORBIDDEN_MESSAGE = "You do not have permission to do this. Ask an administrator if you need it.";

/** The signed-in user, or null. Deactivated users and deleted users read as signed out. */
export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  const session = await getServerSession(getAuthOptions());
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, name: user.name, email: user.email, roles: user.roles.filter(isRole) };
});

export async function requireUser(): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}

/** The signed-in user, if they hold the permission; otherwise audited and ForbiddenError. */
export async function requirePermission(permission: TPermission, target?: TAccessTarget): Promise<TSessionUser> {
  const user = await requireUser();
  await assertPermission(user, permission, target);
  return user;
}

/**
 * The check itself, for callers that already know the user (the action client, API token
 * handlers). Fails closed: if the refusal cannot be audited it is still a refusal.
 */
export async function assertPermission(
  user: Pick<TSessionUser, "id" | "email" | "roles">,
  permission: TPermission,
  target?: TAccessTarget,
): Promise<void> {
  if (can(user.roles, permission)) return;
  try {
    await getPrisma().$transaction((tx) =>
      appendAuditEvent(
        tx,
        {
          actor: { id: user.id, label: user.email },
          deploymentId: target?.deploymentId ?? null,
          targetType: target?.type ?? null,
          targetId: target?.id ?? null,
        },
        {
          type: "access.denied",
          payload: {
            permission,
            ...(target ? { target: `${target.type}:${target.id}` } : {}),
            reason: user.roles.length ? `roles ${[...user.roles].sort().join(", ")}` : "no roles",
          },
        },
      ),
    );
  } catch (error) {
    console.error(`[phaseline] could not audit a refused ${permission} by user ${user.id}`, error);
  }
  throw new ForbiddenError(FORBIDDEN_MESSAGE);
}
