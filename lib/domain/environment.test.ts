import { describe, expect, it } from "vitest";
import { ZHttpAllowList } from "./environment";

describe("ZHttpAllowList", () => {
  it("keeps hosts and host:port entries in their stored form", () => {
    expect(ZHttpAllowList.parse("Status.Example.com.\n\n127.0.0.1:3000\n[FD00::5]:8080\n::1\nstatus.example.com")).toEqual([
      "status.example.com",
      "127.0.0.1:3000",
      "[fd00::5]:8080",
      "::1",
    ]);
  });

  it("refuses a scheme, a path, a bad port or a mistyped address", () => {
    const result = ZHttpAllowList.safeParse("https://example.com\nexample.com/health\nexample.com:99999\n10.0.0\nok.example.com");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      "Not a host name: https://example.com, example.com/health, example.com:99999, 10.0.0. Enter one host per line, optionally with a port, without scheme or path (e.g. status.example.com, or 10.0.0.12:8080).",
    );
  });
});
