import "server-only";
// Backups kept in a database of an environment's group (issue 15 items 1–2). A BACKUP over the
// group's databases leaves a schema in each; the drop and the retention sweep reach it by the
// database's name in the group. Removing or renaming that database would leave the copy where
// nothing can reach it, so both are refused while such a backup is kept (drop it first).
import type { Prisma } from "@/lib/generated/prisma/client";
import { backupSchemasOf, ZBackupTables } from "@/lib/domain/execution/backup";
import { ConflictError } from "@/lib/errors";

type TTx = Prisma.TransactionClient;

/** The kept backups of the environment's deployments with a copy in the group database `name`. */
export async function keptBackupsInGroupDatabase(tx: TTx, environmentId: string, name: string): Promise<{ deploymentName: string; key: string }[]> {
  const kept = await tx.deploymentBackup.findMany({
    where: { droppedAt: null, deployment: { environmentId } },
    orderBy: { takenAt: "asc" },
    select: { key: true, schemaName: true, tables: true, deployment: { select: { name: true } } },
  });
  return kept.flatMap((b) => {
    const tables = ZBackupTables.safeParse(b.tables);
    if (!tables.success) return [];
    const isThere = backupSchemasOf({ schemaName: b.schemaName, tables: tables.data }).some((s) => s.isDatabase && s.target === name);
    return isThere ? [{ deploymentName: b.deployment.name, key: b.key }] : [];
  });
}

/** Refuses to remove or rename a group database that holds a kept backup's copy. */
export async function ensureNoKeptBackupIn(tx: TTx, environmentId: string, name: string, what: "removed" | "renamed"): Promise<void> {
  const kept = await keptBackupsInGroupDatabase(tx, environmentId, name);
  if (kept.length === 0) return;
  const named = kept
    .slice(0, 5)
    .map((b) => `"${b.key}" of ${b.deploymentName}`)
    .join(", ");
  throw new ConflictError(
    `The database ${name} holds the copy of ${kept.length === 1 ? "a kept backup" : `${kept.length} kept backups`} (${named}${kept.length > 5 ? ", …" : ""}): ${what === "removed" ? "removed" : "renamed"}, it could not be dropped from there. Drop ${kept.length === 1 ? "that backup" : "those backups"} on ${kept.length === 1 ? "its deployment's page" : "their deployments' pages"} first. Nothing was changed.`,
  );
}
