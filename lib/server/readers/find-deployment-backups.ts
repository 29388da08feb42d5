import "server-only";
// A deployment's backups (issue 15): what each holds (tables, rows, size), when it was taken, and
// whether it was dropped, by whom. Listed on the deployment's page, in its cockpit and its report.
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { backupSchemasOf, ZBackupTables } from "@/lib/domain/execution/backup";

export type TDeploymentBackup = Awaited<ReturnType<typeof findDeploymentBackups>>[number];

export async function findDeploymentBackups(deploymentId: string, client?: TPrisma) {
  const rows = await (client ?? getPrisma()).deploymentBackup.findMany({
    where: { deploymentId },
    orderBy: { takenAt: "asc" },
    select: {
      id: true,
      key: true,
      schemaName: true,
      tables: true,
      totalBytes: true,
      takenAt: true,
      droppedAt: true,
      droppedByRetentionDays: true,
      droppedBy: { select: { id: true, name: true, email: true } },
    },
  });
  return rows.map((row) => {
    const parsed = ZBackupTables.safeParse(row.tables);
    const tables = parsed.success
      ? parsed.data.map((t) => ({
          table: t.table,
          filter: t.filter,
          rowCount: t.rowCount,
          bytes: t.bytes,
          checksum: t.checksum,
          /** a fanned-out backup's target schema or group database (isDatabase); null: the one target */
          target: t.target ?? null,
          isDatabase: t.isDatabase === true,
        }))
      : [];
    return {
      id: row.id,
      key: row.key,
      schemaName: row.schemaName,
      /** the backup schemas: one on the target, one per target schema, or one in each group database (isDatabase) of a fanned-out backup (issue 15 item 2) */
      backupSchemas: backupSchemasOf({ schemaName: row.schemaName, tables: parsed.success ? parsed.data : [] }),
      tables,
      rowCount: tables.reduce((sum, t) => sum + t.rowCount, 0),
      totalBytes: Number(row.totalBytes),
      takenAt: row.takenAt.toISOString(),
      droppedAt: row.droppedAt?.toISOString() ?? null,
      droppedBy: row.droppedBy,
      /** dropped by the retention sweep after this many days; null: by a person, or kept */
      droppedByRetentionDays: row.droppedByRetentionDays,
    };
  });
}
