import "server-only";
// The one session check (issue 10 items 3–4): a decoded session token against its user's row.
// The jwt callback (lib/auth/options.ts, behind /api/auth/session) and lib/auth/session.ts (pages,
// route handlers, actions) both call it, so they cannot disagree.
import { decideSessionSubject, findTimeClaimProblem, type TSessionClaims, type TSessionRefusal } from "@/lib/auth/session-claims";
import { getUserAuthState } from "@/lib/auth/user-state";
import type { TRole } from "@/lib/auth/permissions";

export type TCheckedSession = { id: string; name: string; email: string; roles: TRole[]; sessionVersion: number; checkedAt: number };

export type TSessionCheck = { ok: true; session: TCheckedSession } | { ok: false; reason: TSessionRefusal };

/**
 * `maxAgeMs`: how old this process's copy of the user's row may be (0: read it now — mutations).
 * `maxAgeS`: the configured session length; a token claiming to last longer is refused.
 * Roles, name and email always come from the row, never from the token.
 */
export async function checkSessionClaims(
  claims: TSessionClaims,
  { maxAgeMs, maxAgeS, now = Date.now() }: { maxAgeMs: number; maxAgeS: number; now?: number },
): Promise<TSessionCheck> {
  if (typeof claims.id !== "string" || claims.id.length === 0) return { ok: false, reason: "no_user_id" };
  const timeProblem = findTimeClaimProblem(claims, now, maxAgeS);
  if (timeProblem) return { ok: false, reason: timeProblem };
  const { state, loadedAt } = await getUserAuthState(claims.id, { maxAgeMs, now });
  const refusal = decideSessionSubject(claims, state);
  if (refusal || !state) return { ok: false, reason: refusal ?? "user_missing" };
  return {
    ok: true,
    session: { id: state.id, name: state.name, email: state.email, roles: state.roles, sessionVersion: state.sessionVersion, checkedAt: loadedAt },
  };
}
