import { describe, expect, it } from "vitest";
import { parseRolesClaim, readClaim } from "./oidc";
import { signInErrorFromCode } from "./sign-in-messages";

describe("OIDC roles claim", () => {
  it("reads arrays and space or comma separated strings, case-insensitively", () => {
    expect(parseRolesClaim(["lead", "DBA", "viewer"])).toEqual(["LEAD", "DBA"]);
    expect(parseRolesClaim("manager admin")).toEqual(["MANAGER", "ADMIN"]);
    expect(parseRolesClaim("Lead, dba,,")).toEqual(["LEAD", "DBA"]);
    expect(parseRolesClaim("")).toEqual([]);
    expect(parseRolesClaim(42)).toEqual([]);
  });

  it("tells an absent claim from an empty one", () => {
    expect(parseRolesClaim(undefined)).toBeUndefined();
    expect(parseRolesClaim(null)).toBeUndefined();
  });

  it("reads nested claims by a dotted name", () => {
    const claims = { realm_access: { roles: ["ADMIN"] }, "x.y": "LEAD" };
    expect(readClaim(claims, "realm_access.roles")).toEqual(["ADMIN"]);
    expect(readClaim(claims, "x.y")).toBe("LEAD");
    expect(readClaim(claims, "missing.path")).toBeUndefined();
  });
});

describe("sign-in page error codes", () => {
  it("turns known codes into sentences and anything else into a generic one", () => {
    expect(signInErrorFromCode("OidcNoRoles")).toMatch(/no Phaseline role/);
    expect(signInErrorFromCode("Send your password to evil@example.com")).toBe("Sign-in did not complete. Try again.");
    expect(signInErrorFromCode("constructor")).toBe("Sign-in did not complete. Try again.");
    expect(signInErrorFromCode(undefined)).toBeNull();
  });
});
