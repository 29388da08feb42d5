import "server-only";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { ZCreateEnvironment, type TCreateEnvironmentInput } from "@/lib/domain/environment";
import { ValidationError } from "@/lib/errors";
import { appDatabaseTargetError, isAppDatabaseUrl } from "./app-database-guard";
import { parseEnvironmentInput } from "./parse-environment-input";
import { sealTargetUrl } from "./seal-target-url";

type TOptions = { actor: TActor; input: TCreateEnvironmentInput; prisma?: TPrisma };

export const nameTakenError = (name: string) => new ValidationError("Nothing was saved: the name is taken.", { name: [`An environment named "${name}" already exists.`] });

/** Creates an environment and its `environment.created` event in one transaction (PRODUCT.md rule 8). */
export async function createEnvironment({ actor, input, prisma = getPrisma() }: TOptions): Promise<{ environmentId: string; version: number }> {
  // checked here too: the CLI and the API call this without the action's schema
  const data = parseEnvironmentInput(ZCreateEnvironment, input);
  // before the transaction: a connection to the target is slow, and it must change nothing
  if (data.targetUrl !== null && (await isAppDatabaseUrl(data.targetUrl))) throw appDatabaseTargetError();
  // encrypted before the transaction: nothing slow while the audit lock is held
  const sealed = data.targetUrl === null ? { targetUrlCiphertext: null, targetUrlMasked: null } : sealTargetUrl(data.targetUrl);
  try {
    return await prisma.$transaction(async (tx) => {
      const taken = await tx.environment.findUnique({ where: { name: data.name }, select: { id: true } });
      if (taken) throw nameTakenError(data.name);
      const row = await tx.environment.create({
        data: {
          name: data.name,
          description: data.description,
          isProduction: data.isProduction,
          httpAllowList: data.httpAllowList,
          backupRetentionDays: data.backupRetentionDays,
          ...sealed,
          updatedById: actor.id,
        },
        select: { id: true, version: true },
      });
      await appendAuditEvent(
        tx,
        { actor, targetType: "environment", targetId: row.id },
        {
          type: "environment.created",
          payload: { name: data.name, isProduction: data.isProduction, ...(data.backupRetentionDays !== null ? { backupRetentionDays: data.backupRetentionDays } : {}) },
        },
      );
      return { environmentId: row.id, version: row.version };
    });
  } catch (error) {
    // two admins creating the same name at once: the unique index decides
    if (isUniqueViolation(error, "name")) throw nameTakenError(data.name);
    throw error;
  }
}
