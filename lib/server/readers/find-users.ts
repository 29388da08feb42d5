import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isRole, type TRole } from "@/lib/auth/permissions";

// passwordHash is never selected: it stays in lib/auth (sign-in) and the password use-cases.
export const userAdminSelect = {
  id: true,
  name: true,
  email: true,
  roles: true,
  isActive: true,
  version: true,
  lastSignInAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.UserSelect;

export type TUserListItem = {
  id: string;
  name: string;
  email: string;
  roles: TRole[];
  isActive: boolean;
  version: number;
  lastSignInAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

/** Every user, active ones first, then by name. A team's users fit one page; no pagination yet. */
export async function findUsers(): Promise<TUserListItem[]> {
  const users = await getPrisma().user.findMany({
    select: userAdminSelect,
    orderBy: [{ isActive: "desc" }, { name: "asc" }, { email: "asc" }],
  });
  return users.map((user) => ({ ...user, roles: user.roles.filter(isRole) }));
}
