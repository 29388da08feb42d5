import "server-only";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { ZRemoveEnvironmentDatabase, type TRemoveEnvironmentDatabaseInput } from "@/lib/domain/environment";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { ensureNoKeptBackupIn } from "@/lib/server/backups/kept-backup-copies";
import { parseEnvironmentInput } from "./parse-environment-input";
import { GONE_DATABASE_MESSAGE, STALE_DATABASE_MESSAGE } from "./update-environment-database";

type TOptions = { actor: TActor; input: TRemoveEnvironmentDatabaseInput; prisma?: TPrisma };

/**
 * Removes a database from the group, at the version the page showed. Past fan-out results keep
 * its name (they are records); a step that names it fails before running until it is added again.
 * Refused while a kept backup has a copy in it (lib/server/backups/kept-backup-copies.ts).
 */
export async function removeEnvironmentDatabase({ actor, input, prisma = getPrisma() }: TOptions): Promise<{ environmentId: string; databaseId: string; name: string }> {
  const data = parseEnvironmentInput(ZRemoveEnvironmentDatabase, input);
  return prisma.$transaction(async (tx) => {
    const current = await tx.environmentDatabase.findUnique({ where: { id: data.databaseId }, select: { id: true, environmentId: true, name: true, version: true } });
    if (!current) throw new NotFoundError(GONE_DATABASE_MESSAGE);
    // issue 15: a kept backup's copy in it would be out of reach of its drop and of retention
    await ensureNoKeptBackupIn(tx, current.environmentId, current.name, "removed");
    const { count } = await tx.environmentDatabase.deleteMany({ where: { id: current.id, version: data.version } });
    if (count !== 1) throw new ConflictError(STALE_DATABASE_MESSAGE);
    await appendAuditEvent(
      tx,
      { actor, targetType: "environment", targetId: current.environmentId },
      { type: "environment.database_removed", payload: { databaseId: current.id, name: current.name } },
    );
    return { environmentId: current.environmentId, databaseId: current.id, name: current.name };
  });
}
