// User administration on the real database (PRODUCT.md "People", rules 8 and 9).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { hashPassword } from "@/lib/auth/password";
import { DEACTIVATED_MESSAGE, signInWithPassword, WRONG_CREDENTIALS_MESSAGE } from "@/lib/auth/credentials";
import { getUserAuthState } from "@/lib/auth/user-state";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { TRole } from "@/lib/auth/permissions";
import { findUsers } from "@/lib/server/readers/find-users";
import { getUser } from "@/lib/server/readers/get-user";
import { createUser, duplicateEmailMessage } from "./create-user";
import { OWN_ADMIN_ROLE_MESSAGE, STALE_USER_MESSAGE, updateUser } from "./update-user";
import { OWN_DEACTIVATION_MESSAGE, setUserActive } from "./set-user-active";
import { resetUserPassword } from "./reset-user-password";
import { ACTOR_NOT_ADMIN_MESSAGE, type TUserActor } from "./lock-users-for-change";

// Lets a test make the audit append fail, to show the change and its event share one transaction.
const audit = vi.hoisted(() => ({ failNext: false }));
vi.mock("@/lib/audit/append", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/audit/append")>();
  return {
    ...original,
    appendAuditEvent: async (...args: Parameters<typeof original.appendAuditEvent>) => {
      if (audit.failNext) {
        audit.failNext = false;
        throw new Error("audit store unavailable");
      }
      return original.appendAuditEvent(...args);
    },
  };
});

const PASSWORD = "initial password 1";
const ip = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;

// Fixtures are written straight to the table: the use-cases under test are not their own setup.
let passwordHash: string;
async function insertUser(roles: TRole[], overrides: { isActive?: boolean } = {}) {
  passwordHash ??= await hashPassword(PASSWORD);
  return testPrisma().user.create({
    data: { email: `u-${uniqueSuffix()}@example.test`, name: "Pat Person", roles, passwordHash, isActive: overrides.isActive ?? true },
  });
}

async function insertAdmin(): Promise<TUserActor & { name: string }> {
  const admin = await insertUser(["ADMIN"]);
  return { id: admin.id, email: admin.email, name: admin.name };
}

const payloadsOf = (events: Array<{ payload: unknown }>) => JSON.stringify(events.map((e) => e.payload));
const userRow = (id: string) => testPrisma().user.findUniqueOrThrow({ where: { id } });
const eventsFor = (targetId: string) => testPrisma().auditEvent.findMany({ where: { targetType: "user", targetId }, orderBy: { seq: "asc" } });

async function expectRejection<T extends Error>(promise: Promise<unknown>, type: new (...args: never[]) => T): Promise<T> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as T;
}

beforeEach(() => {
  audit.failNext = false;
});

describe("createUser", () => {
  it("creates the user with a normalised email, an argon2id hash and their roles, and audits it without secrets", async () => {
    const admin = await insertAdmin();
    const local = `new-${uniqueSuffix()}`;
    const created = await createUser({ name: "  Nia Newcomer ", email: `  ${local.toUpperCase()}@Example.TEST `, roles: ["DBA", "LEAD", "DBA"], password: PASSWORD, actor: admin });

    const row = await userRow(created.id);
    expect(row).toMatchObject({ email: `${local}@example.test`, name: "Nia Newcomer", roles: ["LEAD", "DBA"], isActive: true, version: 1 });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);

    const events = await eventsFor(created.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "user.created",
      actorId: admin.id,
      actorLabel: admin.email,
      payload: { email: `${local}@example.test`, roles: ["LEAD", "DBA"] },
    });
    expect(payloadsOf(events)).not.toContain(PASSWORD);
    expect(payloadsOf(events)).not.toContain("argon2");

    expect(await signInWithPassword({ email: row.email, password: PASSWORD }, ip())).toMatchObject({ ok: true });
  });

  it("refuses a duplicate email, whatever its case, with a clear message and changes nothing", async () => {
    const admin = await insertAdmin();
    const existing = await insertUser(["LEAD"]);
    const before = await testPrisma().user.count();
    const eventsBefore = await testPrisma().auditEvent.count({ where: { type: "user.created" } });

    const error = await expectRejection(createUser({ name: "Impostor", email: existing.email.toUpperCase(), roles: ["ADMIN"], password: PASSWORD, actor: admin }), ConflictError);
    expect(error.message).toBe(duplicateEmailMessage(existing.email));
    expect(error.message).not.toMatch(/prisma|constraint|P2002|unique/i);

    expect(await testPrisma().user.count()).toBe(before);
    expect(await userRow(existing.id)).toEqual(existing);
    expect(await testPrisma().auditEvent.count({ where: { type: "user.created" } })).toBe(eventsBefore);
  });

  it("gives one user and one refusal when two admins add the same email at once", async () => {
    const admin = await insertAdmin();
    const email = `race-${uniqueSuffix()}@example.test`;
    const results = await Promise.allSettled([
      createUser({ name: "One", email, roles: ["LEAD"], password: PASSWORD, actor: admin }),
      createUser({ name: "Two", email, roles: ["DBA"], password: PASSWORD, actor: admin }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect(await testPrisma().user.count({ where: { email } })).toBe(1);
  });

  it("refuses no roles, a short password and a bad email with field messages, creating nothing", async () => {
    const admin = await insertAdmin();
    const email = `invalid-${uniqueSuffix()}@example.test`;
    const error = await expectRejection(createUser({ name: "", email: "not-an-email", roles: [], password: "short", actor: admin }), ValidationError);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["email", "name", "password", "roles"]);
    const other = await expectRejection(createUser({ name: "Ok", email, roles: [], password: PASSWORD, actor: admin }), ValidationError);
    expect(other.fieldErrors).toEqual({ roles: ["Choose at least one role."] });
    expect(await testPrisma().user.count({ where: { email } })).toBe(0);
  });

  it("rolls the user back when its audit event cannot be written: one transaction", async () => {
    const admin = await insertAdmin();
    const email = `audit-fail-${uniqueSuffix()}@example.test`;
    audit.failNext = true;
    await expect(createUser({ name: "Ghost", email, roles: ["LEAD"], password: PASSWORD, actor: admin })).rejects.toThrow("audit store unavailable");
    expect(await testPrisma().user.count({ where: { email } })).toBe(0);
  });
});

describe("updateUser", () => {
  it("changes name and roles, bumps the version, audits the change and refreshes the session's view at once", async () => {
    const admin = await insertAdmin();
    const user = await insertUser(["LEAD"]);
    expect((await getUserAuthState(user.id)).state?.roles).toEqual(["LEAD"]); // now in this process's copy

    const result = await updateUser({ userId: user.id, version: 1, name: "Pat Renamed", roles: ["LEAD", "DBA"], actor: admin });
    expect(result).toEqual({ version: 2, isChanged: true });
    expect(await userRow(user.id)).toMatchObject({ name: "Pat Renamed", roles: ["LEAD", "DBA"], version: 2, passwordHash: user.passwordHash });
    expect((await getUserAuthState(user.id)).state).toMatchObject({ name: "Pat Renamed", roles: ["LEAD", "DBA"] });

    const events = await eventsFor(user.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "user.updated",
      actorId: admin.id,
      payload: { changes: { name: { from: "Pat Person", to: "Pat Renamed" }, roles: { from: ["LEAD"], to: ["LEAD", "DBA"] } } },
    });
  });

  it("records nothing when nothing changed", async () => {
    const admin = await insertAdmin();
    const user = await insertUser(["MANAGER"]);
    expect(await updateUser({ userId: user.id, version: 1, name: user.name, roles: ["MANAGER"], actor: admin })).toEqual({ version: 1, isChanged: false });
    expect(await userRow(user.id)).toEqual(user);
    expect(await eventsFor(user.id)).toHaveLength(0);
  });

  it("refuses a stale version with the conflict message and changes nothing", async () => {
    const admin = await insertAdmin();
    const user = await insertUser(["LEAD"]);
    await updateUser({ userId: user.id, version: 1, name: "First edit", roles: ["LEAD"], actor: admin });
    const afterFirst = await userRow(user.id);

    const error = await expectRejection(updateUser({ userId: user.id, version: 1, name: "Second edit", roles: ["DBA"], actor: admin }), ConflictError);
    expect(error.message).toBe(STALE_USER_MESSAGE);
    expect(error.message).toMatch(/^This user was changed by someone else/);
    expect(await userRow(user.id)).toEqual(afterFirst);
    expect((await eventsFor(user.id)).map((e) => e.type)).toEqual(["user.updated"]);
  });

  it("lets exactly one of two simultaneous edits of the same version through", async () => {
    const admin = await insertAdmin();
    const otherAdmin = await insertAdmin();
    const user = await insertUser(["LEAD"]);
    const results = await Promise.allSettled([
      updateUser({ userId: user.id, version: 1, name: "Edit A", roles: ["LEAD"], actor: admin }),
      updateUser({ userId: user.id, version: 1, name: "Edit B", roles: ["DBA"], actor: otherAdmin }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect((await userRow(user.id)).version).toBe(2);
    expect(await eventsFor(user.id)).toHaveLength(1);
  });

  it("refuses an admin removing their own Admin role, but lets them rename themself", async () => {
    const admin = await insertAdmin();
    const error = await expectRejection(updateUser({ userId: admin.id, version: 1, name: admin.name, roles: ["LEAD"], actor: admin }), ValidationError);
    expect(error.message).toBe(OWN_ADMIN_ROLE_MESSAGE);
    expect(error.fieldErrors).toEqual({ roles: [OWN_ADMIN_ROLE_MESSAGE] });
    expect(await userRow(admin.id)).toMatchObject({ roles: ["ADMIN"], version: 1 });
    expect(await eventsFor(admin.id)).toHaveLength(0);

    expect(await updateUser({ userId: admin.id, version: 1, name: "Ada Renamed", roles: ["LEAD", "ADMIN"], actor: admin })).toEqual({ version: 2, isChanged: true });
  });

  it("says so for an unknown user, and refuses an actor who is no longer an active admin", async () => {
    const admin = await insertAdmin();
    await expectRejection(updateUser({ userId: "01900000-0000-7000-8000-000000000000", version: 1, name: "X", roles: ["LEAD"], actor: admin }), NotFoundError);

    const user = await insertUser(["LEAD"]);
    const formerAdmin = await insertUser(["LEAD", "ADMIN"], { isActive: false });
    const error = await expectRejection(
      updateUser({ userId: user.id, version: 1, name: "Hijacked", roles: ["ADMIN"], actor: { id: formerAdmin.id, email: formerAdmin.email } }),
      ForbiddenError,
    );
    expect(error.message).toBe(ACTOR_NOT_ADMIN_MESSAGE);
    expect(await userRow(user.id)).toEqual(user);
  });

  it("rolls the edit back when its audit event cannot be written", async () => {
    const admin = await insertAdmin();
    const user = await insertUser(["LEAD"]);
    audit.failNext = true;
    await expect(updateUser({ userId: user.id, version: 1, name: "Lost", roles: ["DBA"], actor: admin })).rejects.toThrow("audit store unavailable");
    expect(await userRow(user.id)).toEqual(user);
  });
});

describe("setUserActive", () => {
  it("deactivates: audited, sign-in refused, the session's view updated at once; reactivating restores it", async () => {
    const admin = await insertAdmin();
    const user = await insertUser(["DBA"]);
    expect((await getUserAuthState(user.id)).state?.isActive).toBe(true); // now in this process's copy

    expect(await setUserActive({ userId: user.id, isActive: false, actor: admin })).toEqual({ isActive: false });
    const row = await userRow(user.id);
    expect(row).toMatchObject({ isActive: false, version: 1, sessionVersion: 2 }); // never deleted; its open sessions never come back
    expect((await getUserAuthState(user.id)).state?.isActive).toBe(false);
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, ip())).toEqual({ ok: false, message: DEACTIVATED_MESSAGE });

    expect(await setUserActive({ userId: user.id, isActive: true, actor: admin })).toEqual({ isActive: true });
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, ip())).toMatchObject({ ok: true });

    const events = (await eventsFor(user.id)).filter((e) => e.type.startsWith("user."));
    expect(events.map((e) => [e.type, e.actorId, e.payload])).toEqual([
      ["user.deactivated", admin.id, { email: user.email }],
      ["user.reactivated", admin.id, { email: user.email }],
    ]);
  });

  it("refuses to deactivate twice: the second admin is told, and only one event is written", async () => {
    const admin = await insertAdmin();
    const otherAdmin = await insertAdmin();
    const user = await insertUser(["LEAD"]);
    const results = await Promise.allSettled([
      setUserActive({ userId: user.id, isActive: false, actor: admin }),
      setUserActive({ userId: user.id, isActive: false, actor: otherAdmin }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = (results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as ConflictError;
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused.message).toMatch(/already deactivated/);
    expect((await eventsFor(user.id)).map((e) => e.type)).toEqual(["user.deactivated"]);
  });

  it("refuses an admin deactivating themself, and changes nothing", async () => {
    const admin = await insertAdmin();
    const error = await expectRejection(setUserActive({ userId: admin.id, isActive: false, actor: admin }), ValidationError);
    expect(error.message).toBe(OWN_DEACTIVATION_MESSAGE);
    expect(await userRow(admin.id)).toMatchObject({ isActive: true });
    expect(await eventsFor(admin.id)).toHaveLength(0);
  });

  it("never leaves Phaseline without an admin: of two admins deactivating each other at once, one is refused", async () => {
    const a = await insertAdmin();
    const b = await insertAdmin();
    const results = await Promise.allSettled([setUserActive({ userId: b.id, isActive: false, actor: a }), setUserActive({ userId: a.id, isActive: false, actor: b })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ForbiddenError);
    const rows = await testPrisma().user.findMany({ where: { id: { in: [a.id, b.id] } } });
    expect(rows.filter((r) => r.isActive)).toHaveLength(1);
  });

  it("rolls the deactivation back when its audit event cannot be written", async () => {
    const admin = await insertAdmin();
    const user = await insertUser(["LEAD"]);
    audit.failNext = true;
    await expect(setUserActive({ userId: user.id, isActive: false, actor: admin })).rejects.toThrow("audit store unavailable");
    expect(await userRow(user.id)).toEqual(user);
  });
});

describe("resetUserPassword", () => {
  it("sets a new password: the old one stops working, the new one works, the event holds no secret", async () => {
    const admin = await insertAdmin();
    const user = await insertUser(["MANAGER"]);
    const newPassword = "a brand new passphrase";
    expect(await resetUserPassword({ userId: user.id, password: newPassword, actor: admin })).toEqual({ userId: user.id });

    const row = await userRow(user.id);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toBe(user.passwordHash);
    expect(row.version).toBe(user.version); // the name-and-roles form open elsewhere is not made stale
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, ip())).toEqual({ ok: false, message: WRONG_CREDENTIALS_MESSAGE });
    expect(await signInWithPassword({ email: user.email, password: newPassword }, ip())).toMatchObject({ ok: true });

    const events = (await eventsFor(user.id)).filter((e) => e.type === "user.password_reset");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.id, payload: { email: user.email } });
    expect(payloadsOf(events)).not.toContain(newPassword);
    expect(payloadsOf(events)).not.toContain(row.passwordHash!);
  });

  it("refuses a short password and changes nothing; rolls back when the audit fails", async () => {
    const admin = await insertAdmin();
    const user = await insertUser(["LEAD"]);
    const error = await expectRejection(resetUserPassword({ userId: user.id, password: "too short", actor: admin }), ValidationError);
    expect(error.fieldErrors.password).toEqual(["Use at least 12 characters."]);
    audit.failNext = true;
    await expect(resetUserPassword({ userId: user.id, password: "long enough password", actor: admin })).rejects.toThrow("audit store unavailable");
    expect(await userRow(user.id)).toEqual(user);
    expect(await eventsFor(user.id)).toHaveLength(0);
  });
});

describe("user readers", () => {
  it("never read the password hash, and treat unknown or malformed ids as not found", async () => {
    const user = await insertUser(["LEAD"]);
    const listed = (await findUsers()).find((u) => u.id === user.id);
    expect(listed).toMatchObject({ email: user.email, roles: ["LEAD"], isActive: true, version: 1 });
    expect(listed).not.toHaveProperty("passwordHash");
    const detail = await getUser(user.id);
    expect(detail).not.toHaveProperty("passwordHash");
    expect(detail.email).toBe(user.email);
    await expectRejection(getUser("01900000-0000-7000-8000-000000000000"), NotFoundError);
    await expectRejection(getUser('\'; DROP TABLE "User"; --'), NotFoundError);
  });
});
