import "server-only";
// The signed-in person, and the checks every server entry point makes before acting. Refusals
// are evidence: each one appends an `access.denied` audit event (PRODUCT.md rule 8) in its own
// transaction — there is no change for it to share one with.
//
// The session cookie is a next-auth JWT; it is decoded here and checked against the user's row
// (lib/auth/check-session.ts) on every request: a deactivated user, a session older than the
// user's session version, or a token whose time claims lie reads as signed out. Pages read the
// row through a per-process copy at most READ_MAX_AGE_MS old; mutations (`isFresh`) read it now.
import { cache } from "react";
import { cookies } from "next/headers";
import { encode, getToken, type JWT } from "next-auth/jwt";
import { getPrisma } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { getAuthOptions, SESSION_MAX_AGE_S } from "@/lib/auth/options";
import { checkSessionClaims, type TCheckedSession } from "@/lib/auth/check-session";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { READ_MAX_AGE_MS } from "@/lib/auth/user-state";
import { can, type TPermission, type TRole } from "@/lib/auth/permissions";

export type TSessionUser = { id: string; name: string; email: string; roles: TRole[] };

/** What a refused action was aimed at, for the audit trail. */
export type TAccessTarget = { type: string; id: string; deploymentId?: string | null };

/** `isFresh`: read the user's row now instead of this process's copy (every mutation does). */
export type TSessionOptions = { isFresh?: boolean };

export const FORBIDDEN_MESSAGE = "You do not have permission to do this. Ask an administrator if you need it.";

function sessionCookieName(): string {
  return getAuthOptions().useSecureCookies ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** The decoded session cookie of this request (signature and expiry verified), or null. */
const readSessionClaims = cache(async (): Promise<JWT | null> => {
  const options = getAuthOptions();
  try {
    // only the cookie: a Bearer header is an API token's business (/api/v1), never a session
    return await getToken({
      req: { cookies: await cookies(), headers: {} } as never,
      secret: options.secret,
      secureCookie: options.useSecureCookies,
      decode: decodeSessionToken,
    });
  } catch {
    return null; // an unreadable cookie is no session
  }
});

const checkSession = cache(async (isFresh: boolean): Promise<TCheckedSession | null> => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  const result = await checkSessionClaims(claims, { maxAgeMs: isFresh ? 0 : READ_MAX_AGE_MS, maxAgeS: SESSION_MAX_AGE_S });
  return result.ok ? result.session : null;
});

function toSessionUser(session: TCheckedSession): TSessionUser {
  return { id: session.id, name: session.name, email: session.email, roles: session.roles };
}

/** The signed-in user, or null. Deactivated, deleted and signed-out-elsewhere users read as signed out. */
export async function getSessionUser({ isFresh = false }: TSessionOptions = {}): Promise<TSessionUser | null> {
  const session = await checkSession(isFresh);
  return session ? toSessionUser(session) : null;
}

export async function requireUser(options: TSessionOptions = {}): Promise<TSessionUser> {
  const user = await getSessionUser(options);
  if (!user) throw new UnauthenticatedError();
  return user;
}

/**
 * After the signed-in user's session version was bumped by their own action (a password
 * change), re-issue this request's cookie with the new version so that this session stays signed
 * in while every other one ends. Server actions and route handlers only (it sets a cookie).
 * Throws UnauthenticatedError when there is no session to re-issue.
 */
export async function reissueSessionCookie(userId: string, sessionVersion: number): Promise<void> {
  const claims = await getToken({ req: { cookies: await cookies(), headers: {} } as never, secret: getAuthOptions().secret, secureCookie: getAuthOptions().useSecureCookies });
  if (!claims || claims.id !== userId) throw new UnauthenticatedError();
  const { iat: _iat, exp: _exp, jti: _jti, ...rest } = claims as JWT & { iat?: number; exp?: number; jti?: string };
  const token = await encode({ token: { ...rest, sv: sessionVersion, checkedAt: Date.now() }, secret: getAuthOptions().secret!, maxAge: SESSION_MAX_AGE_S });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: getAuthOptions().useSecureCookies,
    expires: new Date(Date.now() + SESSION_MAX_AGE_S * 1000),
  });
}

export async function requirePermission(permission: TPermission, target?: TAccessTarget, options: TSessionOptions = {}): Promise<TSessionUser> {
  const user = await requireUser(options);
  await assertPermission(user, permission, target);
  return user;
}

/**
 * Records a refused input (PRODUCT.md rules 8 and 9): an `input.rejected` event naming the attempt
 * (`action`: a server action's name or an API route's method and path) and the fields at fault,
 * never their values (a refused form may hold a password). In its own transaction; a failure to
 * record is logged and does not change the answer.
 */
export async function auditRejectedInput(user: Pick<TSessionUser, "id" | "email">, action: string, fields: readonly string[]): Promise<void> {
  try {
    await getPrisma().$transaction((tx) =>
      appendAuditEvent(tx, { actor: { id: user.id, label: user.email } }, { type: "input.rejected", payload: { action, fields: [...fields].slice(0, 50) } }),
    );
  } catch (error) {
    console.error(`[phaseline] could not audit a rejected input to ${action} by user ${user.id}`, error instanceof Error ? error.message : String(error));
  }
}

/**
 * The check itself, for callers that already know the user (the action client, API token
 * handlers). Fails closed: if the refusal cannot be audited it is still a refusal.
 */
export async function assertPermission(user: Pick<TSessionUser, "id" | "email" | "roles">, permission: TPermission, target?: TAccessTarget): Promise<void> {
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
