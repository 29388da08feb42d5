// Runs once when a server process starts (Next.js instrumentation). Starts this instance's step
// workers: the start-up recovery of runs whose worker died (PRODUCT.md rule 6), then the claim
// loops that execute queued runs. Only in the Node.js runtime: the workers talk to Postgres and
// the target databases. NEXT_RUNTIME is set by Next itself, not configuration.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startStepWorkers } = await import("@/lib/server/execution/worker");
  const { getEnv } = await import("@/lib/env");
  // no database configured (a bare `next start`): the pages say so; nothing to work on
  if (!getEnv().DATABASE_URL) return;
  if (getEnv().PHASELINE_ENABLE_COMMANDS) {
    // found once, at start: whether commands can run as another user, or will be refused
    const { describeCommandIsolation, getCommandIsolation } = await import("@/lib/server/execution/command-isolation");
    console.log(`[phaseline] ${describeCommandIsolation(getCommandIsolation())}`);
  }
  // live work pushed to the browsers (issue 17): this instance hears every committed change
  void (await import("@/lib/server/live/change-feed")).getChangeFeed().start(getEnv().DATABASE_URL as string);
  startStepWorkers();
  (await import("@/lib/server/webhooks/deliver-webhooks")).startWebhookWorker((await import("@/lib/db/client")).getPrisma());
  (await import("@/lib/server/audit/start-audit-schedule")).startAuditSchedule();
  // issue 15: backups of ended deployments past their environment's retention, dropped and audited
  (await import("@/lib/server/backups/sweep-expired-backups")).startBackupRetentionSchedule();
}
