import { describe, expect, it } from "vitest";
import { parseExpiry, tokenPermissions, ZCreateApiToken } from "./tokens";

describe("tokenPermissions", () => {
  it("narrows a read token to view permissions and a run token to everything but administration", () => {
    expect(tokenPermissions(["LEAD"], "READ")).toEqual(["runbook.view", "deployment.view", "report.view", "report.export"]);
    expect(tokenPermissions(["LEAD"], "RUN")).toContain("deployment.run");
    expect(tokenPermissions(["ADMIN"], "RUN")).not.toContain("admin.users");
    expect(tokenPermissions(["ADMIN"], "RUN")).toContain("audit.view");
    // never more than the roles: a manager's run token cannot run
    expect(tokenPermissions(["MANAGER"], "RUN")).not.toContain("deployment.run");
    expect(tokenPermissions([], "RUN")).toEqual([]);
  });
});

describe("parseExpiry", () => {
  it("reads h/d/w/y durations up to two years, and never", () => {
    expect(parseExpiry("30d")).toBe(30 * 86_400_000);
    expect(parseExpiry("12h")).toBe(12 * 3_600_000);
    expect(parseExpiry("never")).toBeNull();
    expect(parseExpiry("3y")).toBeUndefined();
    expect(parseExpiry("0d")).toBeUndefined();
    expect(parseExpiry("soon")).toBeUndefined();
    expect(ZCreateApiToken.safeParse({ name: "ci", scope: "RUN", expiresIn: "1y" }).success).toBe(true);
    expect(ZCreateApiToken.safeParse({ name: "ci", scope: "ADMIN" }).success).toBe(false);
  });
});
