import "server-only";
// Who a bearer token speaks for (issue 14). A token acts as its user with the user's CURRENT
// roles — read on every request through getUserAuthState, so a deactivation or a role change
// bites tokens exactly as it bites sessions — narrowed by the token's scope. Every use of a
// revoked or expired token, or of one whose user is deactivated, is refused and audited; a token
// that matches nothing is refused without an event (anyone can send garbage: the audit trail is
// not theirs to fill).
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append";
import { getUserAuthState } from "@/lib/auth/user-state";
import type { TPermission, TRole } from "@/lib/auth/permissions";
import { UnauthenticatedError } from "@/lib/errors";
import { displayPrefix, TOKEN_PATTERN, tokenPermissions, type TTokenScope } from "@/lib/domain/api/tokens";
import { hashToken } from "./create-api-token";

export type TTokenPrincipal = {
  user: { id: string; email: string; name: string; roles: TRole[] };
  token: { id: string; scope: TTokenScope; prefix: string };
  permissions: TPermission[];
};

/** lastUsedAt is written at most this often per token: a busy pipeline must not write on every GET */
const LAST_USED_GRANULARITY_MS = 60_000;

export const MISSING_TOKEN_MESSAGE = "Send a personal access token: Authorization: Bearer phl_…";

export async function authenticateApiToken(authorization: string | null, options: { prisma?: TPrisma; now?: Date } = {}): Promise<TTokenPrincipal> {
  const prisma = options.prisma ?? getPrisma();
  const now = options.now ?? new Date();
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match || !TOKEN_PATTERN.test(match[1]!)) throw new UnauthenticatedError(MISSING_TOKEN_MESSAGE);
  const raw = match[1]!;
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(raw) },
    select: { id: true, userId: true, scope: true, prefix: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  if (!token) throw new UnauthenticatedError("This token is not valid. Create a new one under Settings → Tokens.");

  const refuse = async (reason: "revoked" | "expired" | "user_inactive", message: string): Promise<never> => {
    try {
      await prisma.$transaction((tx) =>
        appendAuditEvent(
          tx,
          { actor: { id: token.userId, label: `token ${token.prefix}` }, targetType: "api_token", targetId: token.id },
          { type: "api_token.refused", payload: { prefix: displayPrefix(token.prefix), reason } },
        ),
      );
    } catch (error) {
      console.error(`[phaseline] could not audit a refused token ${token.prefix}`, error);
    }
    throw new UnauthenticatedError(message);
  };
  if (token.revokedAt) return refuse("revoked", "This token was revoked. Create a new one under Settings → Tokens.");
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return refuse("expired", "This token has expired. Create a new one under Settings → Tokens.");
  // every token request reads the user fresh: an API call may change state (issue 10: revocation on the next request)
  const { state } = await getUserAuthState(token.userId, { maxAgeMs: 0, now: now.getTime() });
  if (!state || !state.isActive) return refuse("user_inactive", "This token's user is deactivated.");

  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await prisma.apiToken.updateMany({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return {
    user: { id: state.id, email: state.email, name: state.name, roles: state.roles },
    token: { id: token.id, scope: token.scope, prefix: token.prefix },
    permissions: tokenPermissions(state.roles, token.scope),
  };
}
