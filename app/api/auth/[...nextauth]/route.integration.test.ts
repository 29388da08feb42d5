// next-auth's real route handler (issue 17 item 5): a callbackUrl that is not a URL at all —
// "http://localhost:3000.evil/" has a port that is not a number — used to make next-auth's default
// redirect callback throw "Invalid URL" and the endpoint answer 500. Whatever the query, the form
// body or the callback-url cookie carry, the answer is a redirect on this site.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";

// the route handler reads cookies and headers through next/headers (a CommonJS require), which
// needs Next's request scope: here they come from the request under test
const current: { request: Request | null } = { request: null };
const nextHeaders = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
nextHeaders.headers = async () => new Headers(current.request?.headers);
nextHeaders.cookies = async () => {
  const all = (current.request?.headers.get("cookie") ?? "")
    .split(";")
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => ({ name: c.slice(0, c.indexOf("=")), value: decodeURIComponent(c.slice(c.indexOf("=") + 1)) }));
  return { getAll: () => all };
};

const { GET, POST } = await import("./route");

const BASE = "http://localhost:3000";
const HOSTILE = [
  "http://localhost:3000.evil/",
  "http://localhost:99999/",
  "http://[::1",
  "https://evil.example/",
  "//evil.example/",
  "javascript:alert(1)",
  "%",
  "/deployments?x=1",
];

async function call(method: "GET" | "POST", path: string, init: { body?: URLSearchParams; cookie?: string } = {}) {
  const headers = new Headers({ host: "localhost:3000" });
  if (init.cookie) headers.set("cookie", init.cookie);
  if (init.body) headers.set("content-type", "application/x-www-form-urlencoded");
  const request = new NextRequest(new URL(path, BASE), { method, headers, body: init.body });
  current.request = request.clone();
  const segments = new URL(path, BASE).pathname.replace(/^\/api\/auth\//, "").split("/");
  const handler = method === "GET" ? GET : POST;
  return handler(request, { params: Promise.resolve({ nextauth: segments }) });
}

function expectOnThisSite(response: Response) {
  expect(response.status, `status ${response.status}`).toBeLessThan(500);
  const location = response.headers.get("location");
  if (!location) return;
  // next-auth itself sends a GET with a malformed callbackUrl to the sign-in page (error=Configuration)
  const target = new URL(location, BASE);
  expect(target.origin).toBe(BASE);
  const callbackUrl = target.searchParams.get("callbackUrl");
  if (callbackUrl) expect(new URL(callbackUrl, BASE).origin).toBe(BASE);
}

describe("next-auth's endpoints with a hostile callbackUrl", () => {
  process.env.NEXTAUTH_URL ??= BASE;

  it.each(HOSTILE)("GET /api/auth/signin?callbackUrl=%s stays on this site, never a 500", async (callbackUrl) => {
    const response = await call("GET", `/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    expectOnThisSite(response);
  });

  it.each(HOSTILE)("the callback-url cookie %s is no 500 either", async (callbackUrl) => {
    const response = await call("GET", "/api/auth/signin", { cookie: `next-auth.callback-url=${encodeURIComponent(callbackUrl)}` });
    expectOnThisSite(response);
  });

  it("POST /api/auth/callback/credentials with callbackUrl=http://localhost:3000.evil/ answers, without a 500", async () => {
    const csrf = await call("GET", "/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const body = new URLSearchParams({ csrfToken, email: "nobody@example.test", password: "wrong", callbackUrl: "http://localhost:3000.evil/", json: "true" });
    const response = await call("POST", "/api/auth/callback/credentials", { body, cookie });
    expectOnThisSite(response);
    // the wrong password's answer, with the way back on this site
    const { url } = (await response.json()) as { url: string };
    expect(new URL(url).origin).toBe(BASE);
    expect(new URL(url).searchParams.get("error")).toBe("Email or password is incorrect.");
  });
});

describe("next-auth's endpoints with a hostile body", () => {
  it.each([
    ["10 MB of form data", "application/x-www-form-urlencoded", `email=${"x".repeat(10 * 1024 * 1024)}`],
    ["10 MB without a declared length", "text/plain", "x".repeat(10 * 1024 * 1024)],
    ["JSON that is not", "application/json", "{not json"],
    ["a body of no known type", "application/octet-stream", "\u0000\u0001"],
  ])("POST /api/auth/callback/credentials with %s: no 500", async (_what, type, body) => {
    const headers = new Headers({ host: "localhost:3000", "content-type": type });
    const request = new NextRequest(new URL("/api/auth/callback/credentials", BASE), { method: "POST", headers, body });
    current.request = request.clone();
    const response = await POST(request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
    expect(response.status).toBeLessThan(500);
    if (response.status >= 400) expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^The request/);
  });
});
