// Dropping a deployment's backup (issue 15): an explicit decision of a LEAD or an ADMIN, with a
// reason, audited as backup.dropped — never a side effect of something else. Only once the
// deployment has ended: until then its rollback may restore the backup.
//
// The schema is dropped on the target first, with no app transaction open (the executor's rule:
// the target is never waited on inside one), after checking that the schema's comment names this
// deployment and key. Then one transaction marks the backup dropped — a conditional update, so
// two clicks record one drop — and appends the audit event. A crash between the two leaves the
// backup listed as kept with its schema gone: dropping it again records it (wasOnTarget: false).
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
      deployment: { select: { name: true, status: true, environment: { select: { targetUrlCiphertext: true } } } },
    },
  });
  if (!backup) throw new NotFoundError("This deployment has no such backup.");

  const refusal = decideDropBackup({ deploymentStatus: backup.deployment.status, droppedAt: backup.droppedAt });
  let wasOnTarget = false;
  if (refusal === null) {
    const ciphertext = backup.deployment.environment.targetUrlCiphertext;
    if (!ciphertext) throw new ConflictError(NO_TARGET_MESSAGE);
    // a fanned-out backup has a schema per target schema: each is dropped (after its comment is checked)
    const tables = ZBackupTables.safeParse(backup.tables);
    for (const schema of backupSchemasOf({ schemaName: backup.schemaName, tables: tables.success ? tables.data : [] })) {
      const dropped = await dropBackupSchemaOnTarget({
        targetUrl: decryptSecret(ciphertext),
        applicationName: `phaseline:${backup.deployment.name}`.slice(0, 63),
        deploymentId,
        key: backup.key,
        schemaName: schema.schemaName,
        target: schema.target,
      });
      if (!dropped.ok) {
        throw new ConflictError(
          `The backup could not be dropped from the target${schema.target ? ` (the copy of ${schema.target})` : ""}: ${formatSqlError(dropped.error)} Nothing was recorded; drop it again to finish.`,
        );
      }
      wasOnTarget ||= dropped.wasOnTarget;
    }
  }

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
          ...(input.retentionDays !== undefined ? { retentionDays: input.retentionDays } : {}),
        },
      },
      { type: "backup", id: backupId },
    );
    return { backupId, key: backup.key, schemaName: backup.schemaName, wasOnTarget };
  });
}
