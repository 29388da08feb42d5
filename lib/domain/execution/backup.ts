// BACKUP and RESTORE steps (issue 15 item 1; PRODUCT.md "Domain"): what is pure about them — the
// backup schema's name, what a backup records per table, the size rule and the sentences people
// read. The target work is lib/server/execution/run-backup.ts.
//
// The checksum rule (one place, used by the backup and by the restore's verification):
//   md5 of string_agg(ROW(<the table's columns at backup time, in their order>)::text, E'\n'
//   ORDER BY <primary key columns>), '' for no rows — computed in a session with TimeZone UTC,
//   DateStyle ISO and extra_float_digits 3, so the text of a row does not depend on a session.
//   A table without a primary key is ordered by the row's text (COLLATE "C") instead.
// Columns added after the backup are not part of it: a restore puts back the rows' contents, not
// the table's shape.
import { z } from "zod";
import { FINAL_DEPLOYMENT_STATUSES } from "@/lib/domain/deployment/state-machine";
import { BYTES_PER_MB, formatBytes } from "./backup-labels";

/** What a backup keeps about one table: enough to restore it and to prove the restore. */
export const ZBackupTable = z.object({
  /** the source table, schema-qualified as resolved on the target */
  table: z.string(),
  /** the copy's name inside the backup schema */
  copy: z.string(),
  /** the WHERE condition of a row-filter backup; null: the whole table */
  filter: z.string().nullable(),
  /** the columns copied, in the table's order (generated columns included, marked) */
  columns: z.array(z.object({ name: z.string(), isGenerated: z.boolean(), isIdentityAlways: z.boolean() })),
  /** primary key columns; empty when the table has none */
  keyColumns: z.array(z.string()),
  rowCount: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  bytes: z.number().nonnegative().max(Number.MAX_SAFE_INTEGER),
  checksum: z.string(),
  /**
   * A fanned-out BACKUP (issue 15 item 2): the target schema this table was copied from, and the
   * backup schema of that target holding the copy. Absent: a backup of one schema, whose copies
   * are all in the backup's own schemaName.
   */
  target: z.string().optional(),
  backupSchema: z.string().optional(),
  /** the target is a database of the environment's group (issue 15 item 2), not a schema of the environment's own target */
  isDatabase: z.boolean().optional(),
});
export type TBackupTable = z.infer<typeof ZBackupTable>;
export const ZBackupTables = z.array(ZBackupTable);

export const BACKUP_SCHEMA_PREFIX = "phaseline_backup_";

/**
 * The deployment's short id: the last 12 hex digits of its uuid (v7), the random part — the first
 * ones are a timestamp, shared by deployments planned in the same minute.
 */
export function deploymentShortId(deploymentId: string): string {
  return deploymentId.replace(/-/g, "").toLowerCase().slice(-12);
}

/** `phaseline_backup_<deployment short id>_<key>`: at most 17 + 12 + 1 + 30 = 60 characters, under Postgres's 63. */
export function backupSchemaName(deploymentId: string, key: string): string {
  return `${BACKUP_SCHEMA_PREFIX}${deploymentShortId(deploymentId)}_${key}`;
}

/**
 * The comment a backup schema carries: whose it is (and, fanned out, which target schema — or
 * which database of the environment's group — it copies). A restore or a drop refuses a schema
 * whose comment differs.
 */
export function backupSchemaComment(deploymentId: string, key: string, target?: string | null, isDatabase = false): string {
  if (!target) return JSON.stringify({ phaseline: "backup", deploymentId, key });
  return JSON.stringify(isDatabase ? { phaseline: "backup", deploymentId, key, database: target } : { phaseline: "backup", deploymentId, key, target });
}

/**
 * A fanned-out backup's schema for one target: `phaseline_backup_<deployment short id>_t<16 hex>`,
 * the hex being the first of sha256(key NUL target) — the caller hashes (this module is pure). A
 * key and a target name together are longer than an identifier allows, so the name is a digest;
 * the schema's comment says whose it is, and the deployment's backups list shows key and target.
 */
export function backupTargetSchemaName(deploymentId: string, digestHex: string): string {
  return `${BACKUP_SCHEMA_PREFIX}${deploymentShortId(deploymentId)}_t${digestHex.slice(0, 16)}`;
}

/** The targets a backup copied (target schemas, or databases of the group), in order; empty for a backup of one schema. */
export function backupTargets(tables: readonly TBackupTable[]): string[] {
  return [...new Set(tables.flatMap((t) => (t.target ? [t.target] : [])))];
}

/** Whether a fanned-out backup's targets are databases of the environment's group (issue 15 item 2). */
export function isBackupOverDatabases(tables: readonly TBackupTable[]): boolean {
  return tables.some((t) => t.target && t.isDatabase === true);
}

/**
 * Every backup schema a backup made: one on the environment's target, one per target schema of
 * it, or one in each database of the group it fanned out over (`isDatabase`: `target` names it).
 */
export function backupSchemasOf(backup: { schemaName: string; tables: readonly TBackupTable[] }): { schemaName: string; target: string | null; isDatabase: boolean }[] {
  const targets = backupTargets(backup.tables);
  if (targets.length === 0) return [{ schemaName: backup.schemaName, target: null, isDatabase: false }];
  return targets.map((target) => {
    const first = backup.tables.find((t) => t.target === target);
    return { schemaName: first?.backupSchema ?? backup.schemaName, target, isDatabase: first?.isDatabase === true };
  });
}

export { BYTES_PER_MB, describeBackupStep, formatBytes } from "./backup-labels";

/** The refusal when a backup would be too large: what was estimated, the limit, and what to do. */
export function backupTooLargeMessage(estimatedBytes: number, maxMb: number): string {
  return `The backup would copy about ${formatBytes(estimatedBytes)}, above this step's limit of ${formatBytes(maxMb * BYTES_PER_MB)}: nothing was copied. Narrow it with a row filter, back up fewer tables, or raise the step's size limit if the target has room.`;
}

/** The reason the retention sweep gives in its backup.dropped event (actor: system). */
export const RETENTION_DROP_REASON = "retention";

/** A backup is past its environment's retention once that many days have gone by since it was taken. */
export function isExpiredBackup(input: { takenAt: Date; retentionDays: number; now: Date }): boolean {
  return input.now.getTime() - input.takenAt.getTime() >= input.retentionDays * 86_400_000;
}

/** Dropping a deployment's backup from the target: an explicit, audited decision with a reason. */
export const ZDropBackup = z.object({
  deploymentId: z.guid("Choose a deployment."),
  backupId: z.guid("Choose a backup."),
  reason: z.string("Say why the backup is dropped.").trim().min(1, "Say why the backup is dropped.").max(1000, "Use at most 1,000 characters."),
});
export type TDropBackup = z.infer<typeof ZDropBackup>;

/** Why a backup cannot be dropped now, or null: only once its deployment has ended, since until then its rollback may restore it. */
export function decideDropBackup(input: { deploymentStatus: string; droppedAt: Date | null }): string | null {
  if (input.droppedAt) return "This backup was already dropped.";
  if (!(FINAL_DEPLOYMENT_STATUSES as readonly string[]).includes(input.deploymentStatus)) {
    return "The deployment has not ended: its rollback may still restore this backup. Drop it once the deployment has succeeded, failed, been rolled back or aborted.";
  }
  return null;
}
