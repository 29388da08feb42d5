// What a session token may be trusted for (issue 10 items 3–4). Pure: the jwt callback, the
// server's session check and the tests share it. A token signed with the right secret proves only
// that someone held the secret; what it says about time is never a reason to skip a check, and
// who the person is now (active, roles, session version) always comes from the user's row.

/** Clocks of two instances may differ this much; a time claim later than that is refused. */
export const CLOCK_SKEW_S = 30;

/** The claims Phaseline reads from a decoded session JWT (next-auth puts iat/exp/jti there). */
export type TSessionClaims = {
  id?: unknown;
  /** the user's sessionVersion when the session was issued (or re-issued after a password change) */
  sv?: unknown;
  iat?: unknown;
  exp?: unknown;
  nbf?: unknown;
  checkedAt?: unknown;
};

/** The user's row as the check needs it (lib/auth/user-state.ts reads it). */
export type TSessionSubject = { isActive: boolean; sessionVersion: number };

export type TSessionRefusal = "no_user_id" | "future_time_claim" | "expiry_too_far" | "no_session_version" | "user_missing" | "user_deactivated" | "session_superseded";

/**
 * Refuses a token whose time claims lie: `iat`, `nbf` (seconds) or `checkedAt` (ms) later than now
 * plus CLOCK_SKEW_S, or an `exp` beyond now + maxAgeS (+ skew) — a session is never longer than
 * its configured age. `iat` is required (next-auth sets it on every encode). Null: acceptable.
 */
export function findTimeClaimProblem(claims: TSessionClaims, nowMs: number, maxAgeS: number): TSessionRefusal | null {
  const nowS = nowMs / 1000;
  if (typeof claims.iat !== "number" || claims.iat > nowS + CLOCK_SKEW_S) return "future_time_claim";
  if (claims.nbf !== undefined && (typeof claims.nbf !== "number" || claims.nbf > nowS + CLOCK_SKEW_S)) return "future_time_claim";
  if (claims.checkedAt !== undefined && (typeof claims.checkedAt !== "number" || claims.checkedAt > nowMs + CLOCK_SKEW_S * 1000)) {
    return "future_time_claim";
  }
  if (claims.exp !== undefined && (typeof claims.exp !== "number" || claims.exp > nowS + maxAgeS + CLOCK_SKEW_S)) return "expiry_too_far";
  return null;
}

/**
 * The session is valid only while its user exists, is active and still has the session version
 * the token was issued with: a password reset or change bumps the version and so ends every
 * older session (issue 10 item 4). A token without a version (issued before versions existed)
 * is refused: fail closed, the person signs in once more.
 */
export function decideSessionSubject(claims: TSessionClaims, subject: TSessionSubject | null): TSessionRefusal | null {
  if (!subject) return "user_missing";
  if (!subject.isActive) return "user_deactivated";
  if (typeof claims.sv !== "number" || !Number.isInteger(claims.sv)) return "no_session_version";
  if (claims.sv !== subject.sessionVersion) return "session_superseded";
  return null;
}
