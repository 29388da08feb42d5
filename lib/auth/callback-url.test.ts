import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

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
