import "server-only";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { ENVIRONMENT_DATABASES_MAX, ZAddEnvironmentDatabase, type TAddEnvironmentDatabaseInput } from "@/lib/domain/environment";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { appDatabaseTargetError, isAppDatabaseUrl } from "./app-database-guard";
import { parseEnvironmentInput } from "./parse-environment-input";
import { sealTargetUrl } from "./seal-target-url";

type TOptions = { actor: TActor; input: TAddEnvironmentDatabaseInput; prisma?: TPrisma };

export type TEnvironmentDatabaseResult = { environmentId: string; databaseId: string; name: string; version: number };

export const databaseNameTakenError = (name: string) =>
  new ValidationError("Nothing was saved: the name is taken.", { name: [`This environment already has a database named "${name}".`] });

/**
 * Adds a database to an environment's group (issue 15 item 2), last in its order. The URL is
 * sealed like the environment's own target; the audit event names the database, never its URL.
 */
export async function addEnvironmentDatabase({ actor, input, prisma = getPrisma() }: TOptions): Promise<TEnvironmentDatabaseResult> {
  const data = parseEnvironmentInput(ZAddEnvironmentDatabase, input);
  const url = data.targetUrl as string;
  if (await isAppDatabaseUrl(url)) throw appDatabaseTargetError();
  const sealed = sealTargetUrl(url);
  try {
    return await prisma.$transaction(async (tx) => {
      // the environment row is locked so two admins adding at once get distinct positions
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Environment" WHERE id = ${data.environmentId} FOR UPDATE`;
      if (locked.length === 0) throw new NotFoundError("This environment does not exist any more.");
      const members = await tx.environmentDatabase.findMany({ where: { environmentId: data.environmentId }, select: { name: true, position: true } });
      if (members.some((m) => m.name === data.name)) throw databaseNameTakenError(data.name);
      if (members.length >= ENVIRONMENT_DATABASES_MAX) {
        throw new ValidationError(`Nothing was saved: an environment's group holds at most ${ENVIRONMENT_DATABASES_MAX} databases.`, {});
      }
      const position = Math.max(0, ...members.map((m) => m.position)) + 1;
      const row = await tx.environmentDatabase.create({
        data: { environmentId: data.environmentId, name: data.name, position, ...sealed },
        select: { id: true, version: true },
      });
      await appendAuditEvent(
        tx,
        { actor, targetType: "environment", targetId: data.environmentId },
        { type: "environment.database_added", payload: { databaseId: row.id, name: data.name } },
      );
      return { environmentId: data.environmentId, databaseId: row.id, name: data.name, version: row.version };
    });
  } catch (error) {
    if (isUniqueViolation(error, "name")) throw databaseNameTakenError(data.name);
    throw error;
  }
}
