// Backup retention (issue 15 item 1: "dropped by an explicit, audited action, or after a retention
// period the environment sets — never silently"). An environment may set how many days a backup
// is kept; a backup of an ended deployment older than that is dropped by this sweep through the
// same path as the manual drop (dropBackup): the schema(s) on the target checked by their comment
// and dropped, then one transaction that marks the backup dropped and appends `backup.dropped`
// with actor "system" and reason "retention". A backup whose deployment has not ended is never
// swept (its rollback may restore it); one whose drop fails stays listed as kept and is tried at
// the next sweep, the failure in the server log.
//
// Age is measured from when the backup was taken, by the use-case clock (lib/clock.ts): a test or
// the demo seed moves time with withClock.
import "server-only";
import { currentTime } from "@/lib/clock";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { FINAL_DEPLOYMENT_STATUSES } from "@/lib/domain/deployment/state-machine";
import { isExpiredBackup, RETENTION_DROP_REASON } from "@/lib/domain/execution/backup";
import { dropBackupAs, type TDroppedBackup } from "./drop-backup";

export type TRetentionSweep = { dropped: TDroppedBackup[]; failed: { backupId: string; deploymentId: string; message: string }[] };

export async function sweepExpiredBackups(options: { prisma?: TPrisma } = {}): Promise<TRetentionSweep> {
  const prisma = options.prisma ?? getPrisma();
  const now = currentTime();
  const candidates = await prisma.deploymentBackup.findMany({
    where: {
      droppedAt: null,
      deployment: { status: { in: [...FINAL_DEPLOYMENT_STATUSES] }, environment: { backupRetentionDays: { not: null } } },
    },
    orderBy: { takenAt: "asc" },
    select: { id: true, deploymentId: true, takenAt: true, deployment: { select: { environment: { select: { backupRetentionDays: true } } } } },
  });
  const sweep: TRetentionSweep = { dropped: [], failed: [] };
  // one after another: each drop talks to the target, and the embedded target answers one session at a time
  for (const backup of candidates) {
    const days = backup.deployment.environment.backupRetentionDays;
    if (days === null || !isExpiredBackup({ takenAt: backup.takenAt, retentionDays: days, now })) continue;
    try {
      sweep.dropped.push(await dropBackupAs({ deploymentId: backup.deploymentId, backupId: backup.id, reason: RETENTION_DROP_REASON, actor: null, retentionDays: days, prisma }));
    } catch (error) {
      // kept, listed as kept, tried again at the next sweep: a retention drop is never assumed
      sweep.failed.push({ backupId: backup.id, deploymentId: backup.deploymentId, message: error instanceof AppError ? error.message : "internal error" });
    }
  }
  return sweep;
}

const SWEEP_INTERVAL_MS = 10 * 60_000;
const globalForSweep = globalThis as unknown as { phaselineRetentionSweep?: NodeJS.Timeout };

/** Starts this process's retention sweep once: shortly after start, then every ten minutes. */
export function startBackupRetentionSchedule(prisma?: TPrisma): void {
  if (globalForSweep.phaselineRetentionSweep) return;
  const run = async () => {
    try {
      const { dropped, failed } = await sweepExpiredBackups({ prisma });
      if (dropped.length) console.log(`[phaseline] backup retention: dropped ${dropped.length} backup(s) past their environment's retention`);
      for (const f of failed) console.error(`[phaseline] backup retention: backup ${f.backupId} of deployment ${f.deploymentId} could not be dropped: ${f.message}`);
    } catch (error) {
      console.error("[phaseline] backup retention sweep failed", error instanceof Error ? error.name : typeof error);
    }
  };
  setTimeout(() => void run(), 30_000).unref();
  globalForSweep.phaselineRetentionSweep = setInterval(() => void run(), SWEEP_INTERVAL_MS);
  globalForSweep.phaselineRetentionSweep.unref();
}
