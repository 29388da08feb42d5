import "server-only";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { decryptSecret } from "@/lib/crypto";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { describeBackupRetention, ZUpdateEnvironment, type TUpdateEnvironmentInput } from "@/lib/domain/environment";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { nameTakenError } from "./create-environment";
import { appDatabaseTargetError, isAppDatabaseUrl } from "./app-database-guard";
import { parseEnvironmentInput } from "./parse-environment-input";
import { sealTargetUrl, TARGET_URL_CHANGED, type TSealedTargetUrl } from "./seal-target-url";

type TOptions = { actor: TActor; input: TUpdateEnvironmentInput; prisma?: TPrisma };

export type TUpdateEnvironmentResult = { environmentId: string; version: number; changes: string[] };

export const STALE_ENVIRONMENT_MESSAGE = "Someone else changed this environment while you were editing it. Nothing was saved: reload to see their change, then apply yours again.";

/**
 * Saves the edit form (PRODUCT.md "Environment"). The check is in the write: the row changes only
 * if it still has the version the form was loaded with, so two admins never overwrite each other
 * silently. The target URL is write-only: null keeps the stored one; a new one is encrypted and
 * masked, and the audit event says only that it changed.
 */
export async function updateEnvironment({ actor, input, prisma = getPrisma() }: TOptions): Promise<TUpdateEnvironmentResult> {
  const data = parseEnvironmentInput(ZUpdateEnvironment, input);
  if (data.targetUrl !== null && (await isAppDatabaseUrl(data.targetUrl))) throw appDatabaseTargetError();
  const sealed: TSealedTargetUrl | null = data.targetUrl === null ? null : sealTargetUrl(data.targetUrl);
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await tx.environment.findUnique({
        where: { id: data.environmentId },
        // the ciphertext is read only to tell whether a typed URL is the one already stored
        select: { id: true, name: true, description: true, isProduction: true, httpAllowList: true, backupRetentionDays: true, version: true, targetUrlCiphertext: true },
      });
      if (!current) throw new NotFoundError("This environment does not exist any more.");
      if (current.version !== data.version) throw new ConflictError(STALE_ENVIRONMENT_MESSAGE);

      const changes: string[] = [];
      if (current.name !== data.name) {
        const taken = await tx.environment.findFirst({ where: { name: data.name, id: { not: current.id } }, select: { id: true } });
        if (taken) throw nameTakenError(data.name);
        changes.push(`name ("${current.name}" → "${data.name}")`);
      }
      if (current.description !== data.description) changes.push("description changed");
      if (current.isProduction !== data.isProduction) changes.push(`production (${yesNo(current.isProduction)} → ${yesNo(data.isProduction)})`);
      const added = data.httpAllowList.filter((h) => !current.httpAllowList.includes(h));
      const removed = current.httpAllowList.filter((h) => !data.httpAllowList.includes(h));
      if (added.length || removed.length) {
        changes.push(`HTTP allow-list (${[...added.map((h) => `+${h}`), ...removed.map((h) => `-${h}`)].join(", ")})`);
      }
      if (current.backupRetentionDays !== data.backupRetentionDays) {
        changes.push(`backup retention (${describeBackupRetention(current.backupRetentionDays)} → ${describeBackupRetention(data.backupRetentionDays)})`);
      }
      const isTargetChanged = data.targetUrl !== null && !isStoredTarget(current.targetUrlCiphertext, data.targetUrl);
      if (isTargetChanged) changes.push(TARGET_URL_CHANGED);

      if (changes.length === 0) return { environmentId: current.id, version: current.version, changes };

      const { count } = await tx.environment.updateMany({
        where: { id: current.id, version: data.version },
        data: {
          name: data.name,
          description: data.description,
          isProduction: data.isProduction,
          httpAllowList: data.httpAllowList,
          backupRetentionDays: data.backupRetentionDays,
          ...(isTargetChanged && sealed ? sealed : {}),
          version: { increment: 1 },
          updatedById: actor.id,
        },
      });
      // another transaction saved between the read and this write
      if (count !== 1) throw new ConflictError(STALE_ENVIRONMENT_MESSAGE);

      await appendAuditEvent(tx, { actor, targetType: "environment", targetId: current.id }, { type: "environment.updated", payload: { changes } });
      return { environmentId: current.id, version: data.version + 1, changes };
    });
  } catch (error) {
    if (isUniqueViolation(error, "name")) throw nameTakenError(data.name);
    throw error;
  }
}

const yesNo = (value: boolean) => (value ? "yes" : "no");

/** True when the stored ciphertext decrypts to this URL; an unreadable one counts as different. */
function isStoredTarget(ciphertext: string | null, plaintext: string): boolean {
  if (ciphertext === null) return false;
  try {
    return decryptSecret(ciphertext) === plaintext;
  } catch {
    return false;
  }
}
