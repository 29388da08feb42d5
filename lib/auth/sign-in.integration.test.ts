// Credentials sign-in and its throttle on the real database (PRODUCT.md rules 8 and 9).
import { describe, expect, it } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { hashPassword } from "./password";
import { DEACTIVATED_MESSAGE, signInWithPassword, WRONG_CREDENTIALS_MESSAGE } from "./credentials";
import { MAX_FAILURES } from "./throttle";

const PASSWORD = "correct horse battery staple";
const THROTTLED = /^Too many failed sign-in attempts\. Try again in (1[45]|15) minutes\.$/;

async function createUser(overrides: { isActive?: boolean; passwordHash?: string | null } = {}) {
  const email = `user-${uniqueSuffix()}@example.test`;
  return testPrisma().user.create({
    data: {
      email,
      name: "Pat Lead",
      roles: ["LEAD", "DBA"],
      passwordHash: overrides.passwordHash === undefined ? await hashPassword(PASSWORD) : overrides.passwordHash,
      isActive: overrides.isActive ?? true,
    },
  });
}

async function auditFor(email: string) {
  const events = await testPrisma().auditEvent.findMany({ orderBy: { seq: "asc" } });
  return events.filter((e) => (e.payload as { email?: string }).email === email || e.actorLabel === email).map((e) => e.type);
}

const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

describe("signInWithPassword", () => {
  it("signs in with the right password, whatever the email's case, and records it", async () => {
    const user = await createUser();
    const address = ip();
    const result = await signInWithPassword({ email: `  ${user.email.toUpperCase()} `, password: PASSWORD }, address);
    expect(result).toEqual({ ok: true, user: { id: user.id, name: "Pat Lead", email: user.email, roles: ["LEAD", "DBA"], sessionVersion: 1 } });
    const attempts = await testPrisma().signInAttempt.findMany({ where: { email: user.email } });
    expect(attempts).toMatchObject([{ ipAddress: address, isSuccess: true }]);
    expect((await testPrisma().user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();
    const events = await testPrisma().auditEvent.findMany({ where: { type: "auth.signed_in", actorId: user.id } });
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toEqual({ method: "credentials", ipAddress: address });
  });

  it("gives the same answer for a wrong password, an unknown email and a password-less account", async () => {
    const user = await createUser();
    const ssoOnly = await createUser({ passwordHash: null });
    expect(await signInWithPassword({ email: user.email, password: "nope" }, ip())).toEqual({ ok: false, message: WRONG_CREDENTIALS_MESSAGE });
    expect(await signInWithPassword({ email: `nobody-${uniqueSuffix()}@example.test`, password: PASSWORD }, ip())).toEqual({ ok: false, message: WRONG_CREDENTIALS_MESSAGE });
    expect(await signInWithPassword({ email: ssoOnly.email, password: "" + PASSWORD }, ip())).toEqual({ ok: false, message: WRONG_CREDENTIALS_MESSAGE });
    expect(await auditFor(user.email)).toEqual(["auth.sign_in_failed"]);
  });

  it("refuses a deactivated account, saying so only to someone with the right password", async () => {
    const user = await createUser({ isActive: false });
    expect(await signInWithPassword({ email: user.email, password: "wrong" }, ip())).toEqual({ ok: false, message: WRONG_CREDENTIALS_MESSAGE });
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, ip())).toEqual({ ok: false, message: DEACTIVATED_MESSAGE });
    const failures = await testPrisma().auditEvent.findMany({ where: { type: "auth.sign_in_failed", targetId: user.id }, orderBy: { seq: "asc" } });
    expect(failures.map((e) => (e.payload as { reason: string }).reason)).toEqual(["wrong_password", "deactivated"]);
  });

  it("asks for both fields and records nothing when one is missing", async () => {
    expect(await signInWithPassword({ email: "", password: "x" }, ip())).toEqual({ ok: false, message: "Enter your email and password." });
    expect(await signInWithPassword(null, ip())).toMatchObject({ ok: false });
  });

  it("after five failures refuses even the right password for 15 minutes, from that address only", async () => {
    const user = await createUser();
    const address = ip();
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await signInWithPassword({ email: user.email, password: `guess ${i}` }, address)).toEqual({ ok: false, message: WRONG_CREDENTIALS_MESSAGE });
    }
    const locked = await signInWithPassword({ email: user.email, password: PASSWORD }, address);
    expect(locked).toMatchObject({ ok: false, message: expect.stringMatching(THROTTLED) });
    // an unknown account is throttled the same way: the lock does not reveal that an account exists
    const ghost = `ghost-${uniqueSuffix()}@example.test`;
    for (let i = 0; i < MAX_FAILURES; i++) await signInWithPassword({ email: ghost, password: "x" }, address);
    expect(await signInWithPassword({ email: ghost, password: "x" }, address)).toMatchObject({ message: expect.stringMatching(THROTTLED) });
    // another address is not locked out
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, ip().replace("198.51", "192.0"))).toMatchObject({ ok: true });

    const attempts = await testPrisma().signInAttempt.findMany({ where: { email: user.email, ipAddress: address } });
    expect(attempts).toHaveLength(MAX_FAILURES + 1);
    expect(attempts.every((a) => !a.isSuccess)).toBe(true);
    expect((await auditFor(user.email)).filter((t) => t !== "auth.signed_in")).toEqual([...Array(MAX_FAILURES).fill("auth.sign_in_failed"), "auth.sign_in_throttled"]);
  });

  it("lifts the lock 15 minutes after the fifth failure", async () => {
    const user = await createUser();
    const address = ip();
    const sixteenMinutesAgo = Date.now() - 16 * 60_000;
    await testPrisma().signInAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES }, (_, i) => ({ email: user.email, ipAddress: address, isSuccess: false, createdAt: new Date(sixteenMinutesAgo + i * 1000) })),
    });
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, address)).toMatchObject({ ok: true });
  });

  it("judges parallel guesses one at a time: no more than five are checked", async () => {
    const user = await createUser();
    const address = ip();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => signInWithPassword({ email: user.email, password: `parallel ${i}` }, address)));
    const wrong = results.filter((r) => !r.ok && r.message === WRONG_CREDENTIALS_MESSAGE).length;
    const throttled = results.filter((r) => !r.ok && THROTTLED.test(r.message)).length;
    expect(wrong).toBe(MAX_FAILURES);
    expect(throttled).toBe(3);
    const types = await auditFor(user.email);
    expect(types.filter((t) => t === "auth.sign_in_throttled")).toHaveLength(3);
  });
});
