import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps paths on this site with their query and hash", () => {
    expect(safeCallbackPath("/deployments/abc?tab=audit#top")).toBe("/deployments/abc?tab=audit#top");
    expect(safeCallbackPath("/")).toBe("/");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    "/sign-in?callbackUrl=/x",
    "/api/auth/signout",
  ])("refuses %j", (raw) => {
    expect(safeCallbackPath(raw)).toBe("/");
  });

  it("falls back for anything that is not a string", () => {
    expect(safeCallbackPath(undefined, "/runbooks")).toBe("/runbooks");
    expect(safeCallbackPath(["/a"], "/runbooks")).toBe("/runbooks");
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  const base = "http://localhost:3000";
  it.each([
    ["http://localhost:3000.evil/", `${base}/`],
    ["http://localhost:99999/", `${base}/`],
    ["http://[::1", `${base}/`],
    ["https://evil.example/x", `${base}/`],
    ["//evil.example/", `${base}/`],
    ["/deployments?x=1", `${base}/deployments?x=1`],
    ["http://localhost:3000/runbooks#a", `${base}/runbooks#a`],
    ["http://localhost:3000/sign-in", `${base}/`],
  ])("%j → %j, never a throw", (url, expected) => {
    expect(safeRedirectUrl(url, base)).toBe(expected);
  });
});
