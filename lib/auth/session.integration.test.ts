// Authorisation and session freshness on the real database.
import { describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { ForbiddenError } from "@/lib/errors";
import { assertPermission } from "./session";
import { getAuthOptions } from "./options";
import { forgetUserAuthState } from "./user-state";
import { syncOidcUser } from "./oidc";

async function createUser(roles: ("LEAD" | "DBA" | "MANAGER" | "ADMIN")[], isActive = true) {
  return testPrisma().user.create({ data: { email: `s-${uniqueSuffix()}@example.test`, name: "Sam", roles, isActive } });
}

describe("assertPermission", () => {
  it("lets a permitted user through without an audit event", async () => {
    const lead = await createUser(["LEAD"]);
    await expect(assertPermission(lead, "deployment.run")).resolves.toBeUndefined();
    expect(await testPrisma().auditEvent.count({ where: { actorId: lead.id } })).toBe(0);
  });

  it("refuses with a user-safe ForbiddenError and appends access.denied with actor and target", async () => {
    const dba = await createUser(["DBA"]);
    const error = await assertPermission(dba, "admin.environments", { type: "environment", id: "env-1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).code).toBe("FORBIDDEN");
    expect((error as ForbiddenError).message).toMatch(/do not have permission/);
    const events = await testPrisma().auditEvent.findMany({ where: { actorId: dba.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "access.denied",
      actorLabel: dba.email,
      targetType: "environment",
      targetId: "env-1",
      deploymentId: null,
      payload: { permission: "admin.environments", target: "environment:env-1", reason: "roles DBA" },
    });
  });

  it("still refuses when the refusal cannot be audited", async () => {
    const manager = await createUser(["MANAGER"]);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    // the refusal's audit transaction fails: the answer must still be no
    const { getPrisma } = await import("@/lib/db/client");
    const spy = vi.spyOn(getPrisma(), "$transaction").mockRejectedValueOnce(new Error("database unreachable"));
    await expect(assertPermission(manager, "deployment.control")).rejects.toBeInstanceOf(ForbiddenError);
    spy.mockRestore();
    log.mockRestore();
  });
});

describe("the session's jwt callback", () => {
  const jwt = (params: Record<string, unknown>) => getAuthOptions().callbacks!.jwt!(params as never) as Promise<JWT>;

  const nowS = () => Math.floor(Date.now() / 1000);

  it("puts id, name, email, roles and the session version in the token at sign-in", async () => {
    const user = await createUser(["LEAD"]);
    const token = await jwt({
      token: { sub: user.id },
      user: { id: user.id, name: user.name, email: user.email, roles: ["LEAD"], sessionVersion: 1 },
      account: { provider: "credentials", type: "credentials" },
    });
    expect(token).toMatchObject({ sub: user.id, id: user.id, name: "Sam", email: user.email, roles: ["LEAD"], sv: 1, checkedAt: expect.any(Number) });
    const session = await getAuthOptions().callbacks!.session!({ session: { expires: "x", user: {} }, token } as never);
    expect(session).toMatchObject({ user: { id: user.id, name: "Sam", email: user.email, roles: ["LEAD"] } });
  });

  it("takes roles from the row on every read, whatever the token says and however recently it was checked", async () => {
    const user = await createUser(["LEAD"]);
    const fresh: JWT = { id: user.id, name: user.name, email: user.email, roles: ["LEAD"], sv: 1, iat: nowS(), checkedAt: Date.now() };
    await testPrisma().user.update({ where: { id: user.id }, data: { roles: ["MANAGER"] } });
    forgetUserAuthState(user.id); // what every writer of users does after commit
    expect((await jwt({ token: fresh })).roles).toEqual(["MANAGER"]);
  });

  it("ends a session whose time claims lie or whose version is old", async () => {
    const user = await createUser(["LEAD"]);
    const token: JWT = { id: user.id, roles: ["LEAD"], sv: 1, iat: nowS(), checkedAt: Date.now() };
    await expect(jwt({ token: { ...token, checkedAt: Date.now() + 5 * 60_000 } })).rejects.toThrow(/future_time_claim/);
    await expect(jwt({ token: { ...token, iat: nowS() + 600 } })).rejects.toThrow(/future_time_claim/);
    await expect(jwt({ token: { ...token, exp: nowS() + 30 * 24 * 3600 } })).rejects.toThrow(/expiry_too_far/);
    await expect(jwt({ token: { ...token, sv: undefined } })).rejects.toThrow(/no_session_version/);
    await testPrisma().user.update({ where: { id: user.id }, data: { sessionVersion: 2 } });
    forgetUserAuthState(user.id);
    await expect(jwt({ token })).rejects.toThrow(/session_superseded/);
  });

  it("ends the session of a deactivated or deleted user", async () => {
    const user = await createUser(["DBA"]);
    await testPrisma().user.update({ where: { id: user.id }, data: { isActive: false } });
    forgetUserAuthState(user.id);
    const stale: JWT = { id: user.id, roles: ["DBA"], sv: 1, iat: nowS(), checkedAt: 0 };
    await expect(jwt({ token: stale })).rejects.toThrow(/deactivated/);
    await expect(jwt({ token: { ...stale, id: "00000000-0000-7000-8000-000000000000" } })).rejects.toThrow(/user_missing/);
    await expect(jwt({ token: {} })).rejects.toThrow(/no_user_id/);
  });

  it("maps an OIDC sign-in to the Phaseline user row", async () => {
    const email = `oidc-${uniqueSuffix()}@example.test`;
    const synced = await syncOidcUser({ email, name: "Olga", rolesFromClaim: ["DBA"], isEmailVerified: true });
    expect(synced.ok).toBe(true);
    const token = await jwt({ token: { sub: "idp-subject" }, user: { id: "idp-subject", email, name: "Olga" }, account: { provider: "oidc", type: "oauth" } });
    expect(token).toMatchObject({ sub: synced.ok && synced.userId, id: synced.ok && synced.userId, roles: ["DBA"] });
  });
});

describe("syncOidcUser", () => {
  it("creates the user with the claim's roles and no password, audited", async () => {
    const email = `New-${uniqueSuffix()}@Example.test`;
    const result = await syncOidcUser({ email, name: "Nia", rolesFromClaim: ["LEAD", "DBA"], isEmailVerified: true });
    expect(result.ok).toBe(true);
    const row = await testPrisma().user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(row).toMatchObject({ name: "Nia", roles: ["LEAD", "DBA"], passwordHash: null, isActive: true });
    const types = (await testPrisma().auditEvent.findMany({ where: { actorId: row.id }, orderBy: { seq: "asc" } })).map((e) => e.type);
    expect(types).toEqual(["user.created", "auth.signed_in"]);
  });

  it("updates roles from the claim, and keeps them when the claim is absent", async () => {
    const user = await createUser(["MANAGER"]);
    expect(await syncOidcUser({ email: user.email, name: "Sam", rolesFromClaim: ["ADMIN"], isEmailVerified: true })).toEqual({ ok: true, userId: user.id });
    expect((await testPrisma().user.findUniqueOrThrow({ where: { id: user.id } })).roles).toEqual(["ADMIN"]);
    const updated = await testPrisma().auditEvent.findFirstOrThrow({ where: { actorId: user.id, type: "user.updated" } });
    expect(updated.payload).toMatchObject({ changes: { roles: { from: ["MANAGER"], to: ["ADMIN"] }, source: "oidc" } });
    expect(await syncOidcUser({ email: user.email, name: "Sam", rolesFromClaim: undefined, isEmailVerified: true })).toMatchObject({ ok: true });
    expect((await testPrisma().user.findUniqueOrThrow({ where: { id: user.id } })).roles).toEqual(["ADMIN"]);
  });

  it("refuses deactivated users, unverified emails and people without a role", async () => {
    const inactive = await createUser(["LEAD"], false);
    expect(await syncOidcUser({ email: inactive.email, name: "x", rolesFromClaim: ["LEAD"], isEmailVerified: true })).toEqual({ ok: false, reason: "deactivated" });
    const email = `none-${uniqueSuffix()}@example.test`;
    expect(await syncOidcUser({ email, name: "x", rolesFromClaim: [], isEmailVerified: true })).toEqual({ ok: false, reason: "no_roles" });
    expect(await syncOidcUser({ email, name: "x", rolesFromClaim: undefined, isEmailVerified: true })).toEqual({ ok: false, reason: "no_roles" });
    expect(await syncOidcUser({ email, name: "x", rolesFromClaim: ["LEAD"], isEmailVerified: false })).toEqual({ ok: false, reason: "email_unverified" });
    expect(await syncOidcUser({ email: " ", name: "x", rolesFromClaim: ["LEAD"], isEmailVerified: true })).toEqual({ ok: false, reason: "no_email" });
    expect(await testPrisma().user.count({ where: { email } })).toBe(0);
  });
});
