import "server-only";
// What the settings page shows a person about themselves (issue 18 item 7): their account and
// roles, whether they have a Phaseline password (SSO-only accounts do not), and their last sign-in
// attempts with email and password (SignInAttempt: time, address, outcome).
import { getPrisma } from "@/lib/db/client";
import { isRole, type TRole } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";

export const SIGN_IN_HISTORY_LIMIT = 20;

export type TSignInHistoryEntry = { id: string; at: Date; ipAddress: string; isSuccess: boolean };

export type TOwnSettings = {
  name: string;
  email: string;
  roles: TRole[];
  hasPassword: boolean;
  lastSignInAt: Date | null;
  /** newest first, at most SIGN_IN_HISTORY_LIMIT */
  signIns: TSignInHistoryEntry[];
};

/** Throws NotFoundError if the user is gone (the session check normally says so first). */
export async function getOwnSettings(userId: string): Promise<TOwnSettings> {
  const prisma = getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, roles: true, passwordHash: true, lastSignInAt: true },
  });
  if (!user) throw new NotFoundError("This account does not exist.");
  // by email: attempts are recorded before anyone knows whether the account exists
  const attempts = await prisma.signInAttempt.findMany({
    where: { email: user.email },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SIGN_IN_HISTORY_LIMIT,
    select: { id: true, createdAt: true, ipAddress: true, isSuccess: true },
  });
  return {
    name: user.name,
    email: user.email,
    roles: user.roles.filter(isRole),
    hasPassword: user.passwordHash !== null,
    lastSignInAt: user.lastSignInAt,
    signIns: attempts.map((a) => ({ id: a.id.toString(), at: a.createdAt, ipAddress: a.ipAddress, isSuccess: a.isSuccess })),
  };
}
