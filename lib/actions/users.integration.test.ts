// The user-administration actions end to end below the browser: session → validation →
// `admin.users` → use-case. Refused calls change nothing; wrong-role refusals are audited.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { hashPassword } from "@/lib/auth/password";
import { UnauthenticatedError } from "@/lib/errors";
import type { TRole } from "@/lib/auth/permissions";
import type { TSessionUser } from "@/lib/auth/session";

// The session comes from next-auth's cookie in a real request; here it is whoever the test says
// (as in action-client.integration.test.ts).
const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/session")>();
  return {
    ...original,
    requireUser: async () => {
      if (!session.user) throw new UnauthenticatedError();
      return session.user;
    },
  };
});
// revalidatePath needs a Next request; what it is asked to refresh is checked instead
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const { createUserAction, updateUserAction, setUserActiveAction, resetUserPasswordAction } = await import("./users");

const PASSWORD = "initial password 1";

async function insertUser(roles: TRole[]) {
  const row = await testPrisma().user.create({
    data: { email: `a-${uniqueSuffix()}@example.test`, name: "Sam Subject", roles, passwordHash: await hashPassword(PASSWORD) },
  });
  const sessionUser: TSessionUser = { id: row.id, name: row.name, email: row.email, roles };
  return { row, sessionUser };
}

const userRow = (id: string) => testPrisma().user.findUniqueOrThrow({ where: { id } });
const deniedFor = (actorId: string) => testPrisma().auditEvent.findMany({ where: { type: "access.denied", actorId }, orderBy: { seq: "asc" } });
const userEventCount = (targetId: string) => testPrisma().auditEvent.count({ where: { targetType: "user", targetId, type: { startsWith: "user." } } });

beforeEach(() => {
  session.user = null;
  revalidatePath.mockClear();
});

// Each action with input that would succeed for an admin, aimed at `target`.
type TCall = { name: string; permissionTarget: boolean; run: (targetId: string) => Promise<unknown> };
const calls: TCall[] = [
  {
    name: "createUserAction",
    permissionTarget: false,
    run: () => createUserAction({ name: "Eve Intruder", email: `eve-${uniqueSuffix()}@example.test`, roles: ["ADMIN"], password: "eve's password!" }),
  },
  { name: "updateUserAction", permissionTarget: true, run: (id) => updateUserAction({ userId: id, version: 1, name: "Renamed", roles: ["ADMIN"] }) },
  { name: "setUserActiveAction", permissionTarget: true, run: (id) => setUserActiveAction({ userId: id, isActive: false }) },
  { name: "resetUserPasswordAction", permissionTarget: true, run: (id) => resetUserPasswordAction({ userId: id, password: "attacker's new password" }) },
];

describe.each(calls)("$name", ({ permissionTarget, run }) => {
  it("refuses a signed-out caller and changes nothing", async () => {
    const { row: target } = await insertUser(["LEAD"]);
    const usersBefore = await testPrisma().user.count();
    expect(await run(target.id)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await userRow(target.id)).toEqual(target);
    expect(await testPrisma().user.count()).toBe(usersBefore);
    expect(await userEventCount(target.id)).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it.each<{ roles: TRole[] }>([{ roles: ["LEAD"] }, { roles: ["DBA"] }, { roles: ["MANAGER"] }, { roles: ["LEAD", "DBA", "MANAGER"] }])(
    "refuses roles $roles, audits access.denied and changes nothing",
    async ({ roles }) => {
      const { row: target } = await insertUser(["LEAD"]);
      const { sessionUser: caller } = await insertUser(roles);
      session.user = caller;
      const usersBefore = await testPrisma().user.count();

      const result = await run(target.id);
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", serverError: expect.stringMatching(/do not have permission/) });

      expect(await userRow(target.id)).toEqual(target);
      expect(await testPrisma().user.count()).toBe(usersBefore);
      expect(await userEventCount(target.id)).toBe(0);
      const denied = await deniedFor(caller.id);
      expect(denied).toHaveLength(1);
      expect(denied[0]).toMatchObject({
        actorLabel: caller.email,
        payload: { permission: "admin.users", reason: `roles ${[...roles].sort().join(", ")}` },
        ...(permissionTarget ? { targetType: "user", targetId: target.id } : {}),
      });
      if (permissionTarget) expect(denied[0]!.payload).toMatchObject({ target: `user:${target.id}` });
      expect(revalidatePath).not.toHaveBeenCalled();
    },
  );
});

describe("user actions for an admin", () => {
  it("create, edit, deactivate, reactivate and reset a password, revalidating the pages", async () => {
    const { sessionUser: admin } = await insertUser(["ADMIN"]);
    session.user = admin;
    const email = `made-${uniqueSuffix()}@example.test`;

    const created = await createUserAction({ name: "Made Here", email: ` ${email.toUpperCase()} `, roles: ["DBA"], password: PASSWORD });
    expect(created).toMatchObject({ ok: true, data: { email } });
    const id = (created as { data: { id: string } }).data.id;
    expect(revalidatePath).toHaveBeenCalledWith("/admin/users");

    expect(await updateUserAction({ userId: id, version: 1, name: "Made Here Too", roles: ["DBA", "LEAD"] })).toEqual({ ok: true, data: { version: 2, isChanged: true } });
    expect(revalidatePath).toHaveBeenCalledWith(`/admin/users/${id}`);
    expect(await setUserActiveAction({ userId: id, isActive: false })).toEqual({ ok: true, data: { isActive: false } });
    expect(await setUserActiveAction({ userId: id, isActive: true })).toEqual({ ok: true, data: { isActive: true } });
    expect(await resetUserPasswordAction({ userId: id, password: "another long password" })).toEqual({ ok: true, data: { userId: id } });

    expect(await userRow(id)).toMatchObject({ name: "Made Here Too", roles: ["LEAD", "DBA"], isActive: true, version: 2 });
    const types = (await testPrisma().auditEvent.findMany({ where: { targetType: "user", targetId: id }, orderBy: { seq: "asc" } })).map((e) => e.type);
    expect(types).toEqual(["user.created", "user.updated", "user.deactivated", "user.reactivated", "user.password_reset"]);
  });

  it("returns field errors for oversized or malformed input and changes nothing", async () => {
    const { sessionUser: admin } = await insertUser(["ADMIN"]);
    const { row: target } = await insertUser(["LEAD"]);
    session.user = admin;
    const usersBefore = await testPrisma().user.count();

    const created = await createUserAction({ name: "x".repeat(121), email: `${"e".repeat(250)}@example.test`, roles: ["ROOT"], password: "short" });
    expect(created).toMatchObject({
      ok: false,
      validationErrors: { name: [expect.any(String)], email: [expect.any(String)], roles: [expect.any(String)], password: [expect.any(String)] },
    });

    expect(await updateUserAction({ userId: target.id, version: 1, name: "y".repeat(121), roles: [] })).toMatchObject({
      ok: false,
      validationErrors: { name: ["Use at most 120 characters."], roles: ["Choose at least one role."] },
    });
    expect(await updateUserAction({ userId: "not-a-uuid", version: 1, name: "Ok", roles: ["LEAD"] })).toMatchObject({
      ok: false,
      validationErrors: { userId: [expect.any(String)] },
    });
    expect(await setUserActiveAction({ userId: target.id, isActive: "no" })).toMatchObject({ ok: false, validationErrors: { isActive: [expect.any(String)] } });
    expect(await resetUserPasswordAction({ userId: target.id, password: "p".repeat(257) })).toMatchObject({
      ok: false,
      validationErrors: { password: ["Use at most 256 characters."] },
    });

    expect(await testPrisma().user.count()).toBe(usersBefore);
    expect(await userRow(target.id)).toEqual(target);
    expect(await userEventCount(target.id)).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("returns the use-case's refusals as messages: duplicate email, stale version, own deactivation", async () => {
    const { sessionUser: admin } = await insertUser(["ADMIN"]);
    const { row: target } = await insertUser(["LEAD"]);
    session.user = admin;

    expect(await createUserAction({ name: "Dup", email: target.email, roles: ["LEAD"], password: PASSWORD })).toEqual({
      ok: false,
      code: "CONFLICT",
      serverError: expect.stringContaining(`A user with the email ${target.email} already exists`),
    });
    expect(await updateUserAction({ userId: target.id, version: 7, name: "Stale", roles: ["LEAD"] })).toEqual({
      ok: false,
      code: "CONFLICT",
      serverError: expect.stringMatching(/^This user was changed by someone else/),
    });
    expect(await setUserActiveAction({ userId: admin.id, isActive: false })).toEqual({
      ok: false,
      validationErrors: { _form: [expect.stringMatching(/^You cannot deactivate your own account/)] },
    });
    expect(await updateUserAction({ userId: admin.id, version: 1, name: admin.name, roles: ["LEAD"] })).toMatchObject({
      ok: false,
      validationErrors: { roles: [expect.stringMatching(/^You cannot remove your own Admin role/)] },
    });
    expect(await userRow(target.id)).toEqual(target);
    expect(await userRow(admin.id)).toMatchObject({ isActive: true, roles: ["ADMIN"], version: 1 });
  });
});
