import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { environmentAdminSelect } from "./selects";

/** An environment as the admin pages see it: the target masked, its ciphertext never read. */
export type TEnvironmentAdminView = Prisma.EnvironmentGetPayload<{ select: typeof environmentAdminSelect }>;

/** Every environment, by name. Production ones are flagged, not hidden: admins manage both. */
export async function findEnvironments(): Promise<TEnvironmentAdminView[]> {
  return getPrisma().environment.findMany({ orderBy: { name: "asc" }, select: environmentAdminSelect });
}
