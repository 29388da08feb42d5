import "server-only";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { decryptSecret } from "@/lib/crypto";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { ZUpdateEnvironmentDatabase, type TUpdateEnvironmentDatabaseInput } from "@/lib/domain/environment";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { databaseNameTakenError, type TEnvironmentDatabaseResult } from "./add-environment-database";
import { appDatabaseTargetError, isAppDatabaseUrl } from "./app-database-guard";
import { ensureNoKeptBackupIn } from "@/lib/server/backups/kept-backup-copies";
import { parseEnvironmentInput } from "./parse-environment-input";
import { sealTargetUrl, TARGET_URL_CHANGED } from "./seal-target-url";

type TOptions = { actor: TActor; input: TUpdateEnvironmentDatabaseInput; prisma?: TPrisma };

export const STALE_DATABASE_MESSAGE =
  "Someone else changed this database of the group while you were editing it. Nothing was saved: reload to see their change, then apply yours again.";
export const GONE_DATABASE_MESSAGE = "This database is not in the environment's group any more: reload the page.";

/**
 * Renames a group database or replaces its URL (write-only: none typed keeps the stored one). The
 * check is in the write: it changes only at the version the form was loaded with (rule 9).
 */
export async function updateEnvironmentDatabase({ actor, input, prisma = getPrisma() }: TOptions): Promise<TEnvironmentDatabaseResult & { changes: string[] }> {
  const data = parseEnvironmentInput(ZUpdateEnvironmentDatabase, input);
  if (data.targetUrl !== null && (await isAppDatabaseUrl(data.targetUrl))) throw appDatabaseTargetError();
  const sealed = data.targetUrl === null ? null : sealTargetUrl(data.targetUrl);
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await tx.environmentDatabase.findUnique({
        where: { id: data.databaseId },
        select: { id: true, environmentId: true, name: true, version: true, targetUrlCiphertext: true },
      });
      if (!current) throw new NotFoundError(GONE_DATABASE_MESSAGE);
      if (current.version !== data.version) throw new ConflictError(STALE_DATABASE_MESSAGE);
      const changes: string[] = [];
      if (current.name !== data.name) {
        const taken = await tx.environmentDatabase.findFirst({ where: { environmentId: current.environmentId, name: data.name, id: { not: current.id } }, select: { id: true } });
        if (taken) throw databaseNameTakenError(data.name);
        // issue 15: the drop finds a kept backup's copy by the database's name
        await ensureNoKeptBackupIn(tx, current.environmentId, current.name, "renamed");
        changes.push(`name ("${current.name}" → "${data.name}")`);
      }
      const isUrlChanged = data.targetUrl !== null && !isStored(current.targetUrlCiphertext, data.targetUrl);
      if (isUrlChanged) changes.push(TARGET_URL_CHANGED);
      const result = { environmentId: current.environmentId, databaseId: current.id, name: data.name };
      if (changes.length === 0) return { ...result, version: current.version, changes };
      const { count } = await tx.environmentDatabase.updateMany({
        where: { id: current.id, version: data.version },
        data: { name: data.name, ...(isUrlChanged && sealed ? sealed : {}), version: { increment: 1 } },
      });
      if (count !== 1) throw new ConflictError(STALE_DATABASE_MESSAGE);
      await appendAuditEvent(
        tx,
        { actor, targetType: "environment", targetId: current.environmentId },
        { type: "environment.database_updated", payload: { databaseId: current.id, name: data.name, changes } },
      );
      return { ...result, version: data.version + 1, changes };
    });
  } catch (error) {
    if (isUniqueViolation(error, "name")) throw databaseNameTakenError(data.name);
    throw error;
  }
}

function isStored(ciphertext: string, plaintext: string): boolean {
  try {
    return decryptSecret(ciphertext) === plaintext;
  } catch {
    return false;
  }
}
