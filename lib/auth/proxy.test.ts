// The proxy itself, with real next-auth JWTs (no server needed).
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import { proxy } from "@/proxy";

async function request(path: string, init: { token?: Record<string, unknown>; headers?: Record<string, string> } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) {
    const jwt = await encode({ token: init.token, secret: getEnv().NEXTAUTH_SECRET! });
    headers.set("cookie", `next-auth.session-token=${jwt}`);
  }
  return proxy(new NextRequest(new URL(path, "http://localhost:3000"), { headers }));
}

describe("proxy", () => {
  it("sends a signed-out page request to sign-in with the original path and query", async () => {
    const response = await request("/deployments/abc?tab=audit");
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("callbackUrl")).toBe("/deployments/abc?tab=audit");
  });

  it("answers 401 JSON for a signed-out API request", async () => {
    const response = await request("/api/deployments/abc/live");
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  });

  it("lets a valid session through", async () => {
    const response = await request("/runbooks", { token: { sub: "u1", id: "u1", roles: ["LEAD"] } });
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  it("treats a forged or foreign cookie as no session", async () => {
    const response = await request("/runbooks", { headers: { cookie: "next-auth.session-token=not-a-jwt" } });
    expect(response.status).toBe(307);
  });

  it("lets sign-in, next-auth, health and the token API through without a session", async () => {
    for (const path of ["/sign-in?callbackUrl=%2F", "/api/auth/csrf", "/api/health", "/api/v1/runbooks"]) {
      expect((await request(path)).headers.get("x-middleware-next"), path).toBe("1");
    }
  });
});
