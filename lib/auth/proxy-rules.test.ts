import { describe, expect, it } from "vitest";
import { decideAccess } from "./proxy-rules";

const anonymous = (pathname: string, isServerAction = false) => decideAccess({ pathname, isSignedIn: false, isServerAction });

describe("decideAccess", () => {
  it("lets signed-in requests through", () => {
    expect(decideAccess({ pathname: "/admin", isSignedIn: true, isServerAction: false })).toBe("allow");
  });

  it.each(["/sign-in", "/api/auth/session", "/api/auth/callback/credentials", "/api/health", "/api/v1/runbooks", "/_next/static/x.js", "/favicon.ico", "/logo.svg", "/robots.txt"])(
    "lets %s through without a session",
    (path) => {
      expect(anonymous(path)).toBe("allow");
    },
  );

  it.each(["/", "/runbooks", "/deployments/1?tab=audit", "/sign-in-elsewhere", "/admin/users"])("sends %s to sign-in", (path) => {
    expect(anonymous(path)).toBe("redirect-to-sign-in");
  });

  it.each(["/api/deployments/1/live", "/api/healthcheck", "/api/v10", "/api/x.png"])("answers 401 for %s", (path) => {
    expect(anonymous(path)).toBe("unauthorized");
  });

  it("leaves server actions to answer for themselves", () => {
    expect(anonymous("/runbooks", true)).toBe("allow");
  });
});
