// Dropping a deployment's backup (issue 15): an explicit decision of a LEAD or an ADMIN, with a
// reason, audited as backup.dropped — never a side effect of something else. Only once the
// deployment has ended: until then its rollback may restore the backup.
//
// The schema is dropped on the target first, with no app transaction open (the executor's rule:
// the target is never waited on inside one), after checking that the schema's comment names this
// deployment and key. Then one transaction marks the backup dropped — a conditional update, so
// two clicks record one drop — and appends the audit event. A crash between the two leaves the
// backup listed as kept with its schema gone: dropping it again records it (wasOnTarget: false).
//
// A backup fanned out over the databases of the environment's group (issue 15 item 2) has a
// schema in each database: each is reached with that database's stored URL, decrypted here and
// never written anywhere. A database no longer in the group cannot be reached: the drop is
// refused, naming it, and nothing is recorded (the copy may still be there).
import "server-only";
import { currentTime } from "@/lib/clock";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { decryptSecret } from "@/lib/crypto";
import { backupSchemasOf, decideDropBackup, ZBackupTables, ZDropBackup } from "@/lib/domain/execution/backup";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { formatSqlError, NO_TARGET_MESSAGE } from "@/lib/server/execution/run-sql";
import { dropBackupSchemaOnTarget } from "@/lib/server/execution/run-backup";
import { changeDeployment, ensure, type TDeploymentActor } from "@/lib/server/deployments/change-deployment";

export type TDroppedBackup = { backupId: string; key: string; schemaName: string; wasOnTarget: boolean };

export async function dropBackup(input: { deploymentId: string; backupId: string; reason: string; actor: TDeploymentActor; prisma?: TPrisma }): Promise<TDroppedBackup> {
  return dropBackupAs(input);
}

/**
 * The drop itself, for a person (dropBackup) or for the retention sweep (actor null: the system,
 * with the environment's retention in days recorded beside the drop and in its audit event).
 */
export async function dropBackupAs(input: {
  deploymentId: string;
  backupId: string;
  reason: string;
  actor: TDeploymentActor | null;
  retentionDays?: number;
  prisma?: TPrisma;
}): Promise<TDroppedBackup> {
  const parsed = ZDropBackup.safeParse(input);
  if (!parsed.success) throw new ValidationError("Some fields need attention. Nothing was dropped.", { reason: parsed.error.issues.map((i) => i.message) });
  const { deploymentId, backupId, reason } = parsed.data;
  const prisma = input.prisma ?? getPrisma();
  const backup = await prisma.deploymentBackup.findFirst({
    where: { id: backupId, deploymentId },
    select: {
      key: true,
      schemaName: true,
      tables: true,
      droppedAt: true,
      deployment: {
        select: {
          name: true,
          status: true,
          environment: { select: { targetUrlCiphertext: true, databases: { select: { name: true, targetUrlCiphertext: true } } } },
        },
      },
    },
  });
  if (!backup) throw new NotFoundError("This deployment has no such backup.");

  const refusal = decideDropBackup({ deploymentStatus: backup.deployment.status, droppedAt: backup.droppedAt });
  let wasOnTarget = false;
  if (refusal === null) {
    const environment = backup.deployment.environment;
    // a fanned-out backup has a schema per target schema, or one in each group database: each is dropped (after its comment is checked)
    const tables = ZBackupTables.safeParse(backup.tables);
    for (const schema of backupSchemasOf({ schemaName: backup.schemaName, tables: tables.success ? tables.data : [] })) {
      let ciphertext = environment.targetUrlCiphertext;
      if (schema.isDatabase) {
        ciphertext = environment.databases.find((d) => d.name === schema.target)?.targetUrlCiphertext ?? null;
        if (!ciphertext) {
          throw new ConflictError(
            `The backup's copy in the database ${schema.target} cannot be reached: that database is no longer in the environment's group. Nothing was recorded; an administrator adds it back (same name) to drop the copy.`,
          );
        }
      } else if (!ciphertext) throw new ConflictError(NO_TARGET_MESSAGE);
      let targetUrl: string;
      try {
        targetUrl = decryptSecret(ciphertext);
      } catch {
        throw new ConflictError(
          `The ${schema.isDatabase ? `group database ${schema.target}'s URL` : "environment's target"} could not be decrypted with this server's PHASELINE_SECRET_KEY. Nothing was dropped.`,
        );
      }
      const dropped = await dropBackupSchemaOnTarget({
        targetUrl,
        applicationName: `phaseline:${backup.deployment.name}`.slice(0, 63),
        deploymentId,
        key: backup.key,
        schemaName: schema.schemaName,
        target: schema.target,
        isDatabase: schema.isDatabase,
      });
      if (!dropped.ok) {
        throw new ConflictError(
          `The backup could not be dropped from ${schema.isDatabase ? `the database ${schema.target}` : `the target${schema.target ? ` (the copy of ${schema.target})` : ""}`}: ${formatSqlError(dropped.error)} Nothing was recorded; drop it again to finish.`,
        );
      }
      wasOnTarget ||= dropped.wasOnTarget;
    }
  }

  // issue 15 item 2: the group databases whose copies the drop removed, named in its event
  const parsedTables = ZBackupTables.safeParse(backup.tables);
  const databases = backupSchemasOf({ schemaName: backup.schemaName, tables: parsedTables.success ? parsedTables.data : [] }).flatMap((s) =>
    s.isDatabase && s.target ? [s.target] : [],
  );
  return changeDeployment({ deploymentId, actor: input.actor, action: "backup.drop", target: `backup:${backupId}`, prisma }, async (ctx) => {
    // decided again under the deployment's lock: a refusal here is audited by changeDeployment
    ensure(refusal === null ? { ok: true } : { ok: false, reason: refusal });
    const { count } = await ctx.tx.deploymentBackup.updateMany({
      where: { id: backupId, deploymentId, droppedAt: null },
      data: { droppedAt: currentTime(), droppedById: input.actor?.id ?? null, droppedByRetentionDays: input.retentionDays ?? null },
    });
    ensure(count === 1 ? { ok: true } : { ok: false, reason: "This backup was already dropped." });
    await ctx.audit(
      {
        type: "backup.dropped",
        payload: {
          backupId,
          key: backup.key,
          schemaName: backup.schemaName,
          reason,
          wasOnTarget,
          ...(databases.length > 0 ? { databases } : {}),
          ...(input.retentionDays !== undefined ? { retentionDays: input.retentionDays } : {}),
        },
      },
      { type: "backup", id: backupId },
    );
    return { backupId, key: backup.key, schemaName: backup.schemaName, wasOnTarget };
  });
}
