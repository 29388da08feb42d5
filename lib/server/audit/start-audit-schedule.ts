import "server-only";
import { getPrisma } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { SYSTEM_ACTOR } from "@/lib/audit/append";
import { verifyAuditTrail } from "./verify-audit-trail";
import { anchorAuditCheckpoint } from "./anchor-audit-checkpoint";

const globalForSchedule = globalThis as unknown as { phaselineAuditSchedule?: NodeJS.Timeout };

/**
 * Every PHASELINE_AUDIT_VERIFY_MINUTES (default 60; 0 turns it off), in the server process: a
 * full verification of the audit chain (audited as `audit.verified`, intact or broken), then a
 * signed checkpoint anchored outside the database. Started once per process by instrumentation.ts,
 * like the step workers; the first run comes one interval after start. Failures are logged and
 * the next run tries again — a schedule must never take the server down.
 */
export function startAuditSchedule(): void {
  const minutes = getEnv().PHASELINE_AUDIT_VERIFY_MINUTES;
  if (minutes === 0 || globalForSchedule.phaselineAuditSchedule) return;
  let isRunning = false;
  const timer = setInterval(async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      const prisma = getPrisma();
      const { result } = await verifyAuditTrail({ prisma, scope: "full", actor: SYSTEM_ACTOR, trigger: "schedule" });
      if (!result.isIntact) {
        console.error(`[audit] scheduled verification: chain BROKEN at #${result.brokenAtSeq}: ${result.reason}`);
        return;
      }
      const anchored = await anchorAuditCheckpoint({ prisma, actor: SYSTEM_ACTOR, trigger: "schedule" });
      if (anchored.ok && anchored.fileError) console.error(`[audit] scheduled checkpoint: ${anchored.fileError}`);
    } catch (error) {
      console.error("[audit] scheduled verification failed:", (error as Error).name);
    } finally {
      isRunning = false;
    }
  }, minutes * 60_000);
  timer.unref();
  globalForSchedule.phaselineAuditSchedule = timer;
}
