// The proxy itself, with real next-auth JWTs (no server needed).
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import { proxy } from "@/proxy";
import { ACTION_MALFORMED_MESSAGE, ACTION_TOO_LARGE_MESSAGE, SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/request-limits";

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

describe("proxy: a server action's body (issue 17)", () => {
  const action = (body: BodyInit, headers: Record<string, string>) =>
    proxy(new NextRequest(new URL("/deployments/x", "http://localhost:3000"), { method: "POST", body, headers: { "next-action": "0123abcd", ...headers } }));

  it("answers 413 with a sentence, as text/plain the action's caller reads, for a body over the limit", async () => {
    const big = "x".repeat(SERVER_ACTION_BODY_LIMIT_BYTES + 1);
    const response = await action(JSON.stringify([{ note: big }]), { "content-type": "text/plain;charset=UTF-8", "content-length": String(big.length + 20) });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(await response.text()).toBe(ACTION_TOO_LARGE_MESSAGE);
  });

  it("answers 400 with a sentence for a body that is not the JSON React sends", async () => {
    const response = await action("{not json", { "content-type": "text/plain;charset=UTF-8" });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(ACTION_MALFORMED_MESSAGE);
    const noBoundary = await action("--x--", { "content-type": "multipart/form-data" });
    expect(noBoundary.status).toBe(400);
  });

  it("lets a well-formed action through, its body intact", async () => {
    const response = await action(JSON.stringify([{ deploymentId: "x" }]), { "content-type": "text/plain;charset=UTF-8" });
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });
});
