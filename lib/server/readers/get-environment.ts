import "server-only";
import { getPrisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { TEnvironmentAdminView } from "./find-environments";
import { parseIdOrThrow } from "./parse-ids";
import { environmentAdminSelect } from "./selects";

/** One environment for its edit page; NotFoundError for an unknown or malformed id. */
export async function getEnvironment(rawId: unknown): Promise<TEnvironmentAdminView> {
  const id = parseIdOrThrow("environment", rawId);
  const environment = await getPrisma().environment.findUnique({ where: { id }, select: environmentAdminSelect });
  if (!environment) throw new NotFoundError("This environment does not exist.");
  return environment;
}
