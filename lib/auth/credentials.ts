import "server-only";
// Email + password sign-in, as the Credentials provider's authorize runs it. Every attempt is
// recorded (SignInAttempt) with its audit event in one transaction (PRODUCT.md rule 8). The
// messages never say whether an account exists: an unknown email, a password-less (SSO-only)
// account and a wrong password all read the same and take the same time. Only someone who gave
// the right password learns that the account is deactivated.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { isRole, type TRole } from "@/lib/auth/permissions";
import { findSignInLock, lockSignInKey, throttledMessage } from "@/lib/auth/throttle";

export const WRONG_CREDENTIALS_MESSAGE = "Email or password is incorrect.";
export const DEACTIVATED_MESSAGE = "This account is deactivated. Ask an administrator to reactivate it.";
export const MISSING_CREDENTIALS_MESSAGE = "Enter your email and password.";

const ANONYMOUS: TActor = { id: null, label: "anonymous" };

export const ZCredentials = z.object({
  email: z
    .string()
    .trim()
    .min(1)
    .max(320)
    .transform((v) => v.toLowerCase()),
  password: z.string().min(1).max(1024),
});

export type TSignedInUser = { id: string; name: string; email: string; roles: TRole[]; sessionVersion: number };

export type TSignInResult = { ok: true; user: TSignedInUser } | { ok: false; message: string };

// Verifying against a throwaway hash when there is no usable one keeps the timing of
// "no such account" equal to that of "wrong password".
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomUUID());
  return dummyHash;
}

export async function signInWithPassword(raw: unknown, ipAddress: string, prisma: TPrisma = getPrisma()): Promise<TSignInResult> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return { ok: false, message: MISSING_CREDENTIALS_MESSAGE };
  const { email, password } = parsed.data;

  // Cheap refusal first: during a lock no password is even checked.
  const earlyLock = await findSignInLock(prisma, email, ipAddress);
  if (earlyLock) return recordThrottled(prisma, email, ipAddress);

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, roles: true, isActive: true, passwordHash: true, sessionVersion: true },
  });
  const isPasswordRight = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await verifyPassword(await getDummyHash(), password), false);

  return prisma.$transaction(async (tx): Promise<TSignInResult> => {
    // The decision is taken again under the lock, with the attempts that raced this one.
    await lockSignInKey(tx, email, ipAddress);
    const lockedUntil = await findSignInLock(tx, email, ipAddress);
    if (lockedUntil) {
      await tx.signInAttempt.create({ data: { email, ipAddress, isSuccess: false } });
      await appendAuditEvent(tx, { actor: ANONYMOUS, ...userTarget(user) }, { type: "auth.sign_in_throttled", payload: { email, ipAddress } });
      return { ok: false, message: throttledMessage(lockedUntil) };
    }
    if (!user || !isPasswordRight || !user.isActive) {
      const reason = !user ? "unknown_account" : !isPasswordRight ? "wrong_password" : "deactivated";
      await tx.signInAttempt.create({ data: { email, ipAddress, isSuccess: false } });
      await appendAuditEvent(tx, { actor: ANONYMOUS, ...userTarget(user) }, { type: "auth.sign_in_failed", payload: { email, ipAddress, reason } });
      return { ok: false, message: reason === "deactivated" ? DEACTIVATED_MESSAGE : WRONG_CREDENTIALS_MESSAGE };
    }
    await tx.signInAttempt.create({ data: { email, ipAddress, isSuccess: true } });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await appendAuditEvent(
      tx,
      { actor: { id: user.id, label: user.email }, targetType: "user", targetId: user.id },
      { type: "auth.signed_in", payload: { method: "credentials", ipAddress } },
    );
    return { ok: true, user: { id: user.id, name: user.name, email: user.email, roles: user.roles.filter(isRole), sessionVersion: user.sessionVersion } };
  });
}

async function recordThrottled(prisma: TPrisma, email: string, ipAddress: string): Promise<TSignInResult> {
  return prisma.$transaction(async (tx) => {
    await lockSignInKey(tx, email, ipAddress);
    const lockedUntil = (await findSignInLock(tx, email, ipAddress)) ?? new Date(Date.now() + 60_000);
    await tx.signInAttempt.create({ data: { email, ipAddress, isSuccess: false } });
    await appendAuditEvent(tx, { actor: ANONYMOUS }, { type: "auth.sign_in_throttled", payload: { email, ipAddress } });
    return { ok: false as const, message: throttledMessage(lockedUntil) };
  });
}

function userTarget(user: { id: string } | null) {
  return user ? { targetType: "user", targetId: user.id } : {};
}
