// Backup retention (issue 15): the environment sets how many days a backup is kept (the admin's
// form, validated and audited); a backup of an ended deployment older than that is dropped by the
// sweep — audited as backup.dropped by "system" with reason "retention" — and listed as dropped by
// retention. Time moves through the use-case clock (lib/clock.ts withClock), on the real target.
import { describe, expect, it } from "vitest";
import { ManualClock, withClock } from "@/lib/clock";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { createTestUser, deploymentMap, onTarget, planTestDeployment, runQueuedSteps } from "@/lib/testing/deployment-fixture";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { updateEnvironment } from "@/lib/server/environments/update-environment";
import { findDeploymentBackups } from "@/lib/server/readers/find-deployment-backups";
import { sweepExpiredBackups } from "./sweep-expired-backups";

const DAY = 86_400_000;
const schemaCount = async (name: string) => (await onTarget<{ n: number }>("SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = $1", [name]))[0]!.n;

async function setRetention(environmentId: string, days: number | string | null) {
  const admin = await createTestUser(["ADMIN"]);
  const env = await testPrisma().environment.findUniqueOrThrow({ where: { id: environmentId } });
  return updateEnvironment({
    actor: { id: admin.id, label: admin.email },
    input: {
      environmentId,
      version: env.version,
      name: env.name,
      description: env.description,
      isProduction: env.isProduction,
      httpAllowList: env.httpAllowList,
      targetUrl: null,
      backupRetentionDays: days,
    },
    prisma: testPrisma(),
  });
}

/** A deployment that took a backup at `takenAt` (by the use-case clock), then ended or not. */
async function deploymentWithBackup(takenAt: Date, end: "abort" | null) {
  const table = `rt_${uniqueSuffix()}`;
  await onTarget(`CREATE TABLE ${table} (id int PRIMARY KEY, v text); INSERT INTO ${table} VALUES (1, 'a'), (2, 'b');`);
  const lead = await createTestUser(["LEAD"]);
  const planned = await planTestDeployment(lead, [
    { title: "Back up", failurePolicy: "STOP", steps: [{ kind: "BACKUP", title: "Copy", backupKey: "keep_me", backupTables: [table], backupMaxMb: 8 }] },
  ]);
  const { deploymentId } = planned;
  await withClock(new ManualClock(takenAt), async () => {
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: testPrisma() });
    const phase = (await deploymentMap(deploymentId)).phase("Back up");
    await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Copy"), mode: "RUN", attempt: 1, actor: lead, prisma: testPrisma() });
    await runQueuedSteps();
    if (end) await controlDeployment({ deploymentId, action: end, reason: "test over", actor: lead, prisma: testPrisma() });
  });
  const backup = await testPrisma().deploymentBackup.findUniqueOrThrow({ where: { deploymentId_key: { deploymentId, key: "keep_me" } } });
  expect(backup.takenAt.toISOString()).toBe(takenAt.toISOString());
  return { ...planned, backup };
}

describe("backup retention (issue 15)", () => {
  it("the environment's retention is validated and its change audited", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { environmentId } = await planTestDeployment(lead, [{ title: "Nothing", steps: [{ kind: "MANUAL", title: "Look" }] }]);
    for (const bad of [0, -1, 3651, 1.5, "soon"]) await expect(setRetention(environmentId, bad as number)).rejects.toThrow(/some fields need attention/);
    expect((await testPrisma().environment.findUniqueOrThrow({ where: { id: environmentId } })).backupRetentionDays).toBeNull();
    expect((await setRetention(environmentId, "14")).changes).toEqual(["backup retention (kept until dropped → 14 days)"]);
    expect((await setRetention(environmentId, "")).changes).toEqual(["backup retention (14 days → kept until dropped)"]);
    const events = await testPrisma().auditEvent.findMany({ where: { type: "environment.updated", targetId: environmentId }, orderBy: { seq: "asc" } });
    expect(events.map((e) => (e.payload as { changes: string[] }).changes)).toEqual([
      ["backup retention (kept until dropped → 14 days)"],
      ["backup retention (14 days → kept until dropped)"],
    ]);
  });

  it("drops a backup of an ended deployment once it is older than the retention, audited as the system's, and never one whose deployment is still running", async () => {
    const t0 = new Date(Date.UTC(2026, 5, 1, 9, 0));
    const ended = await deploymentWithBackup(t0, "abort");
    const running = await deploymentWithBackup(t0, null);
    await setRetention(ended.environmentId, 7);
    await setRetention(running.environmentId, 7);
    const swept = (at: Date) => withClock(new ManualClock(at), () => sweepExpiredBackups({ prisma: testPrisma() }));

    // six days on: both kept
    const early = await swept(new Date(t0.getTime() + 6 * DAY));
    expect(early.dropped.map((d) => d.backupId)).not.toContain(ended.backup.id);
    expect(await schemaCount(ended.backup.schemaName)).toBe(1);

    // seven days and a minute on: the ended deployment's backup goes, the running one's stays
    const later = await swept(new Date(t0.getTime() + 7 * DAY + 60_000));
    expect(later.dropped.filter((d) => d.backupId === ended.backup.id || d.backupId === running.backup.id).map((d) => d.backupId)).toEqual([ended.backup.id]);
    expect(await schemaCount(ended.backup.schemaName)).toBe(0);
    expect(await schemaCount(running.backup.schemaName)).toBe(1);

    const [listed] = await findDeploymentBackups(ended.deploymentId, testPrisma());
    expect(listed).toMatchObject({ droppedBy: null, droppedByRetentionDays: 7 });
    expect(listed!.droppedAt).toBe(new Date(t0.getTime() + 7 * DAY + 60_000).toISOString());
    const [event] = await testPrisma().auditEvent.findMany({ where: { type: "backup.dropped", deploymentId: ended.deploymentId } });
    expect(event).toMatchObject({ actorId: null, actorLabel: "system" });
    expect(event!.payload).toMatchObject({ backupId: ended.backup.id, reason: "retention", retentionDays: 7, wasOnTarget: true });

    // swept again: nothing twice
    const again = await swept(new Date(t0.getTime() + 30 * DAY));
    expect(again.dropped.map((d) => d.backupId)).not.toContain(ended.backup.id);
    expect(await testPrisma().auditEvent.count({ where: { type: "backup.dropped", deploymentId: ended.deploymentId } })).toBe(1);
  }, 120_000);
});
