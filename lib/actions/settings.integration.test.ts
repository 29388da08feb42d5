// Changing one's own password (issue 18 item 7) through the real action client and a real
// next-auth session cookie: the old password stops working, the new one works, this session stays
// signed in and every other session of the person ends on its next request (issue 10 item 4).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { hashPassword } from "@/lib/auth/password";
import { signInWithPassword } from "@/lib/auth/credentials";
import { getAuthOptions, SESSION_MAX_AGE_S } from "@/lib/auth/options";

const jar = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => [...jar.cookies].map(([name, value]) => ({ name, value })),
    get: (name: string) => (jar.cookies.has(name) ? { name, value: jar.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void jar.cookies.set(name, value),
    delete: (name: string) => void jar.cookies.delete(name),
  }),
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
}));

const { changeOwnPasswordAction } = await import("./settings");
const { getSessionUser } = await import("@/lib/auth/session");

const COOKIE = "next-auth.session-token";
const OLD = "old-password-0123";
const NEW = "new-password-4567";

async function createUserWithPassword() {
  const email = `self-${uniqueSuffix()}@example.test`;
  return testPrisma().user.create({ data: { email, name: "Sol Self", roles: ["DBA"], passwordHash: await hashPassword(OLD) } });
}

async function sessionCookieOf(user: { id: string; name: string; email: string; sessionVersion: number }): Promise<string> {
  return encode({
    token: { sub: user.id, id: user.id, name: user.name, email: user.email, roles: ["DBA"], sv: user.sessionVersion, checkedAt: Date.now() },
    secret: getAuthOptions().secret!,
    maxAge: SESSION_MAX_AGE_S,
  });
}

beforeEach(() => jar.cookies.clear());

describe("changeOwnPasswordAction", () => {
  it("changes the password, keeps this session, ends the others, and audits it without the password", async () => {
    const user = await createUserWithPassword();
    const otherBrowser = await sessionCookieOf(user);
    jar.cookies.set(COOKIE, await sessionCookieOf(user));

    const result = await changeOwnPasswordAction({ currentPassword: OLD, newPassword: NEW, confirmPassword: NEW });
    expect(result).toEqual({ ok: true, data: { otherSessionsEnded: true } });

    expect(await signInWithPassword({ email: user.email, password: OLD }, "198.51.100.1")).toMatchObject({ ok: false });
    expect(await signInWithPassword({ email: user.email, password: NEW }, "198.51.100.1")).toMatchObject({ ok: true });

    // this browser's cookie was re-issued with the new version: still signed in, for reads and mutations
    expect(await getSessionUser({ isFresh: true })).toMatchObject({ id: user.id });
    // the other browser's cookie carries the old version: signed out
    jar.cookies.set(COOKIE, otherBrowser);
    expect(await getSessionUser({ isFresh: true })).toBeNull();
    expect(await changeOwnPasswordAction({ currentPassword: NEW, newPassword: OLD, confirmPassword: OLD })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });

    const events = await testPrisma().auditEvent.findMany({ where: { targetId: user.id, type: "user.password_changed" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: user.id, payload: { email: user.email, otherSessionsEnded: true } });
    expect(JSON.stringify(events[0]!.payload)).not.toContain(NEW);
  });

  it("refuses a wrong current password: recorded as a failed sign-in attempt, nothing changed", async () => {
    const user = await createUserWithPassword();
    jar.cookies.set(COOKIE, await sessionCookieOf(user));
    const result = await changeOwnPasswordAction({ currentPassword: "not-my-password", newPassword: NEW, confirmPassword: NEW });
    expect(result).toMatchObject({ ok: false, validationErrors: { currentPassword: ["Your current password is not right."] } });
    const row = await testPrisma().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ passwordHash: user.passwordHash, sessionVersion: user.sessionVersion });
    expect(await testPrisma().signInAttempt.count({ where: { email: user.email, isSuccess: false, ipAddress: "203.0.113.9" } })).toBe(1);
    expect(await getSessionUser({ isFresh: true })).toMatchObject({ id: user.id });
  });

  it("asks for matching, long enough, different passwords", async () => {
    const user = await createUserWithPassword();
    jar.cookies.set(COOKIE, await sessionCookieOf(user));
    expect(await changeOwnPasswordAction({ currentPassword: OLD, newPassword: NEW, confirmPassword: `${NEW}x` })).toMatchObject({
      ok: false,
      validationErrors: { confirmPassword: ["The two new passwords differ. Type them again."] },
    });
    expect(await changeOwnPasswordAction({ currentPassword: OLD, newPassword: "short", confirmPassword: "short" })).toMatchObject({
      ok: false,
      validationErrors: { newPassword: [expect.stringMatching(/at least 12/)] },
    });
    expect(await changeOwnPasswordAction({ currentPassword: OLD, newPassword: OLD, confirmPassword: OLD })).toMatchObject({
      ok: false,
      validationErrors: { newPassword: ["Choose a password different from the current one."] },
    });
    expect((await testPrisma().user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion);
  });
});
