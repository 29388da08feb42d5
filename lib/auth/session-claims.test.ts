import { describe, expect, it } from "vitest";
import { CLOCK_SKEW_S, decideSessionSubject, findTimeClaimProblem } from "./session-claims";

const NOW = 1_800_000_000_000;
const nowS = NOW / 1000;
const MAX_AGE_S = 12 * 3600;

describe("findTimeClaimProblem", () => {
  it("accepts a token issued now, and clocks a little apart", () => {
    expect(findTimeClaimProblem({ iat: nowS, exp: nowS + MAX_AGE_S, checkedAt: NOW }, NOW, MAX_AGE_S)).toBeNull();
    expect(findTimeClaimProblem({ iat: nowS + CLOCK_SKEW_S, checkedAt: NOW + CLOCK_SKEW_S * 1000 }, NOW, MAX_AGE_S)).toBeNull();
  });

  it("refuses any time claim from the future, a missing iat and an expiry beyond the session's age", () => {
    expect(findTimeClaimProblem({ iat: nowS + CLOCK_SKEW_S + 1 }, NOW, MAX_AGE_S)).toBe("future_time_claim");
    expect(findTimeClaimProblem({ iat: nowS, checkedAt: NOW + 60_000 }, NOW, MAX_AGE_S)).toBe("future_time_claim");
    expect(findTimeClaimProblem({ iat: nowS, nbf: nowS + 3600 }, NOW, MAX_AGE_S)).toBe("future_time_claim");
    expect(findTimeClaimProblem({ iat: nowS, checkedAt: "later" }, NOW, MAX_AGE_S)).toBe("future_time_claim");
    expect(findTimeClaimProblem({}, NOW, MAX_AGE_S)).toBe("future_time_claim");
    expect(findTimeClaimProblem({ iat: nowS, exp: nowS + MAX_AGE_S + 3600 }, NOW, MAX_AGE_S)).toBe("expiry_too_far");
  });
});

describe("decideSessionSubject", () => {
  it("accepts an active user whose session version matches", () => {
    expect(decideSessionSubject({ sv: 3 }, { isActive: true, sessionVersion: 3 })).toBeNull();
  });

  it("refuses a missing or deactivated user, an older version and a token without one", () => {
    expect(decideSessionSubject({ sv: 1 }, null)).toBe("user_missing");
    expect(decideSessionSubject({ sv: 1 }, { isActive: false, sessionVersion: 1 })).toBe("user_deactivated");
    expect(decideSessionSubject({ sv: 1 }, { isActive: true, sessionVersion: 2 })).toBe("session_superseded");
    expect(decideSessionSubject({}, { isActive: true, sessionVersion: 1 })).toBe("no_session_version");
  });
});
