// BACKUP and RESTORE through the product (issue 15): a deployment backs up, migrates, fails its
// validation, and its rollback restores the backup — the data identical to before; the backup is
// recorded on the deployment and dropped only by an audited action; a deployment never restores
// another's backup; a rehearsal leaves nothing.
import { afterAll, describe, expect, it } from "vitest";
import { backupSchemaName } from "@/lib/domain/execution/backup";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { createTestUser, deploymentMap, onTarget, planTestDeployment, runQueuedSteps, type TPhaseInput } from "@/lib/testing/deployment-fixture";
import { activatePhase } from "@/lib/server/deployments/activate-phase";
import { completePhase } from "@/lib/server/deployments/complete-phase";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { findDeploymentBackups } from "@/lib/server/readers/find-deployment-backups";
import { exportRunbookVersion } from "@/lib/server/runbooks/export-runbook-version";
import { importRunbook } from "@/lib/server/runbooks/import-runbook";
import { createPublishedVersion } from "@/lib/testing/deployment-fixture";
import { findSqlErrors } from "@/lib/server/runbooks/save-draft";
import { ZDraftPhase } from "@/lib/domain/runbook/draft";
import { dropBackup } from "./drop-backup";

const prisma = () => testPrisma();

// the target is shared by every test file: what this file creates there goes when it ends (a
// table left with a fixed_cost column made seed 003's "no column is still named fixed_cost" check
// fail in a later file)
const created: string[] = [];
afterAll(async () => {
  for (const table of created) await onTarget(`DROP TABLE IF EXISTS ${table} CASCADE`);
});

async function productsTable() {
  const table = `bk_products_${uniqueSuffix()}`;
  created.push(table);
  await onTarget(`CREATE TABLE ${table} (id int PRIMARY KEY, company text NOT NULL, fixed_cost numeric(12,2))`);
  await onTarget(`CREATE VIEW ${table}_revenue AS SELECT company, sum(fixed_cost) AS total FROM ${table} GROUP BY company`);
  await onTarget(`INSERT INTO ${table} SELECT g, 'co' || (g % 5), g * 10.5 FROM generate_series(1, 40) g`);
  return table;
}

const checksumOf = async (table: string) =>
  (await onTarget<{ sum: string }>(`SELECT md5(string_agg(ROW(id, company, fixed_cost)::text, E'\\n' ORDER BY id)) AS sum FROM ${table}`))[0]!.sum;

function runbook(table: string): TPhaseInput[] {
  return [
    { title: "Back up", steps: [{ kind: "BACKUP", title: "Back up products", backupKey: "before_change", backupTables: [table] }] },
    {
      title: "Migrate",
      steps: [{ kind: "SQL", title: "Rewrite costs", sql: `UPDATE ${table} SET fixed_cost = fixed_cost * 100; DELETE FROM ${table} WHERE id > 30;` }],
    },
    {
      title: "Validate",
      failurePolicy: "ROLLBACK",
      steps: [{ kind: "QUERY_CHECK", title: "Forty products", sql: `SELECT count(*) FROM ${table}`, expectation: { type: "scalar_equals", value: 40 } }],
    },
    { title: "Restore", procedure: "ROLLBACK", steps: [{ kind: "RESTORE", title: "Restore products", backupKey: "before_change" }] },
  ];
}

describe("backups through a deployment", () => {
  it("a failed validation rolls back by restoring the backup: the table's checksum is the one before; the backup is listed and dropped only by an audited action", async () => {
    const lead = await createTestUser(["LEAD"]);
    const admin = await createTestUser(["ADMIN"]);
    const table = await productsTable();
    const before = await checksumOf(table);
    const { deploymentId } = await planTestDeployment(lead, runbook(table));
    const map = await deploymentMap(deploymentId);
    const by = { actor: lead, prisma: prisma() };

    await controlDeployment({ deploymentId, action: "start", reason: "", ...by });
    const backupPhase = map.phase("Back up");
    await startStepRun({ deploymentId, phaseRunId: backupPhase.phaseRunId, stepId: backupPhase.step("Back up products"), mode: "RUN", attempt: 1, ...by });
    await runQueuedSteps();
    const [listed] = await findDeploymentBackups(deploymentId);
    expect(listed).toMatchObject({ key: "before_change", schemaName: backupSchemaName(deploymentId, "before_change"), droppedAt: null, rowCount: 40 });
    expect(listed!.tables).toEqual([expect.objectContaining({ table: `public.${table}`, rowCount: 40 })]);
    expect(listed!.totalBytes).toBeGreaterThan(0);
    const taken = await prisma().auditEvent.findFirst({ where: { deploymentId, type: "backup.taken" }, select: { payload: true } });
    expect(taken?.payload).toMatchObject({ key: "before_change", tables: [{ table: `public.${table}`, rowCount: 40 }] });

    await completePhase({ deploymentId, phaseRunId: backupPhase.phaseRunId, ...by });
    const migrate = map.phase("Migrate");
    await activatePhase({ deploymentId, phaseRunId: migrate.phaseRunId, confirmationName: null, ...by });
    await startStepRun({ deploymentId, phaseRunId: migrate.phaseRunId, stepId: migrate.step("Rewrite costs"), mode: "RUN", attempt: 1, ...by });
    await runQueuedSteps();
    await completePhase({ deploymentId, phaseRunId: migrate.phaseRunId, ...by });
    expect(await checksumOf(table)).not.toBe(before);
    const validate = map.phase("Validate");
    await activatePhase({ deploymentId, phaseRunId: validate.phaseRunId, confirmationName: null, ...by });
    await startStepRun({ deploymentId, phaseRunId: validate.phaseRunId, stepId: validate.step("Forty products"), mode: "RUN", attempt: 1, ...by });
    await runQueuedSteps();

    // the rollback opened: the lead may not drop the backup it is about to restore
    await expect(dropBackup({ deploymentId, backupId: listed!.id, reason: "cleanup", ...by })).rejects.toThrow(/has not ended/);
    const restore = map.phase("Restore");
    await startStepRun({ deploymentId, phaseRunId: restore.phaseRunId, stepId: restore.step("Restore products"), mode: "RUN", attempt: 1, ...by });
    await runQueuedSteps();
    const run = await prisma().stepRun.findFirstOrThrow({
      where: { deploymentId, stepId: restore.step("Restore products") },
      select: { status: true, errorMessage: true, output: true },
    });
    expect(run.status, run.errorMessage ?? "").toBe("SUCCEEDED");
    expect(run.output).toContain("matches the backup");
    expect(await completePhase({ deploymentId, phaseRunId: restore.phaseRunId, ...by })).toMatchObject({ deploymentStatus: "ROLLED_BACK" });
    expect(await checksumOf(table)).toBe(before);

    // dropped by an admin, with a reason, audited; the schema is gone from the target; the record stays
    const dropped = await dropBackup({ deploymentId, backupId: listed!.id, reason: "Deployment rolled back and verified", actor: admin, prisma: prisma() });
    expect(dropped).toMatchObject({ key: "before_change", wasOnTarget: true });
    expect(await onTarget("SELECT nspname FROM pg_namespace WHERE nspname = $1", [listed!.schemaName])).toEqual([]);
    const event = await prisma().auditEvent.findFirst({ where: { deploymentId, type: "backup.dropped" }, select: { actorId: true, payload: true } });
    expect(event).toMatchObject({ actorId: admin.id, payload: { key: "before_change", reason: "Deployment rolled back and verified", wasOnTarget: true } });
    expect((await findDeploymentBackups(deploymentId))[0]).toMatchObject({ droppedAt: expect.any(String), droppedBy: { id: admin.id } });
    // a second drop is refused, and the refusal is audited
    await expect(dropBackup({ deploymentId, backupId: listed!.id, reason: "again", actor: admin, prisma: prisma() })).rejects.toThrow(/already dropped/);
    const refusals = await prisma().auditEvent.count({ where: { deploymentId, type: "deployment.action_refused" } });
    expect(refusals).toBe(2);
  });

  it("refuses to restore another deployment's backup, however its key matches", async () => {
    const lead = await createTestUser(["LEAD"]);
    const table = await productsTable();
    const first = await planTestDeployment(lead, runbook(table));
    const second = await planTestDeployment(lead, [
      {
        title: "Restore only",
        steps: [
          { kind: "BACKUP", title: "Unused", backupKey: "before_change", backupTables: [table] },
          { kind: "RESTORE", title: "Restore products", backupKey: "before_change" },
        ],
      },
    ]);
    const by = { actor: lead, prisma: prisma() };
    const one = (await deploymentMap(first.deploymentId)).phase("Back up");
    await controlDeployment({ deploymentId: first.deploymentId, action: "start", reason: "", ...by });
    await startStepRun({ deploymentId: first.deploymentId, phaseRunId: one.phaseRunId, stepId: one.step("Back up products"), mode: "RUN", attempt: 1, ...by });
    await runQueuedSteps();
    await onTarget(`UPDATE ${table} SET fixed_cost = 0`);

    const two = (await deploymentMap(second.deploymentId)).phase("Restore only");
    await controlDeployment({ deploymentId: second.deploymentId, action: "start", reason: "", ...by });
    await startStepRun({ deploymentId: second.deploymentId, phaseRunId: two.phaseRunId, stepId: two.step("Restore products"), mode: "RUN", attempt: 1, ...by });
    await runQueuedSteps();
    const run = await prisma().stepRun.findFirstOrThrow({
      where: { deploymentId: second.deploymentId, stepId: two.step("Restore products") },
      select: { status: true, errorMessage: true },
    });
    expect(run).toMatchObject({ status: "FAILED", errorMessage: expect.stringContaining(`No backup "before_change" was taken in this deployment`) });
    expect(await onTarget(`SELECT DISTINCT fixed_cost FROM ${table}`)).toEqual([{ fixed_cost: "0.00" }]);
  });

  it("a rehearsed backup leaves no schema on the target and no backup on the deployment", async () => {
    const lead = await createTestUser(["LEAD"]);
    const dba = await createTestUser(["DBA"]);
    const table = await productsTable();
    const { deploymentId } = await planTestDeployment(lead, runbook(table));
    const phase = (await deploymentMap(deploymentId)).phase("Back up");
    await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Back up products"), mode: "REHEARSAL", attempt: 1, actor: dba, prisma: prisma() });
    await runQueuedSteps();
    const run = await prisma().stepRun.findFirstOrThrow({ where: { deploymentId, mode: "REHEARSAL" }, select: { status: true, errorMessage: true, output: true } });
    expect(run.status, run.errorMessage ?? "").toBe("SUCCEEDED");
    expect(run.output).toContain("ROLLBACK: rehearsal, nothing was kept.");
    expect(await findDeploymentBackups(deploymentId)).toEqual([]);
    expect(await onTarget("SELECT nspname FROM pg_namespace WHERE nspname = $1", [backupSchemaName(deploymentId, "before_change")])).toEqual([]);
  });
});

describe("BACKUP and RESTORE steps through Markdown export and import", () => {
  it("a published version's backup and restore steps import back with every field", async () => {
    const lead = await createTestUser(["LEAD"]);
    const phases: TPhaseInput[] = [
      {
        title: "Back up",
        steps: [
          {
            kind: "BACKUP",
            title: "Back up the pending orders",
            instructions: "Check the disk.",
            backupKey: "pending",
            backupTables: ["public.orders"],
            backupFilter: "status = 'pending'",
            backupMaxMb: 200,
            lockTimeoutMs: 2000,
          },
          { kind: "BACKUP", title: "Back up products", backupKey: "products", backupTables: ["client_products", "sales.prices"] },
        ],
      },
      { title: "Restore", procedure: "ROLLBACK", steps: [{ kind: "RESTORE", title: "Restore pending orders", backupKey: "pending", statementTimeoutMs: 90_000 }] },
    ];
    const { versionId } = await createPublishedVersion(lead, phases);
    const { markdown } = await exportRunbookVersion({ prisma: prisma(), versionId });
    const { saved } = await importRunbook({ prisma: prisma(), markdown, actor: { id: lead.id, label: lead.email } });
    const fields = async (id: string) =>
      (
        await prisma().step.findMany({
          where: { phase: { versionId: id } },
          orderBy: [{ phase: { procedure: "asc" } }, { phase: { position: "asc" } }, { position: "asc" }],
          select: {
            kind: true,
            title: true,
            instructions: true,
            backupKey: true,
            backupTables: true,
            backupFilter: true,
            backupMaxMb: true,
            statementTimeoutMs: true,
            lockTimeoutMs: true,
          },
        })
      ).map((s) => s);
    const original = await fields(versionId);
    expect(original.map((s) => s.kind)).toEqual(["BACKUP", "BACKUP", "RESTORE"]);
    expect(await fields(saved!.versionId)).toEqual(original);
  });
});

describe("saving a draft with a BACKUP step", () => {
  it("refuses a row filter that is not one condition, by its field's path, and accepts a real one", async () => {
    const phase = (backupFilter: string) =>
      ZDraftPhase.parse({ title: "Back up", steps: [{ kind: "BACKUP", title: "Back up orders", backupKey: "orders", backupTables: ["orders"], backupFilter }] });
    const errors = await findSqlErrors({ phases: [phase("status = 'x'); DELETE FROM orders; SELECT (1")] });
    expect(Object.keys(errors)).toEqual(["phases.0.steps.0.backupFilter"]);
    expect(errors["phases.0.steps.0.backupFilter"]![0]).toMatch(/^The row filter is not one condition/);
    expect(await findSqlErrors({ phases: [phase("status = 'pending' AND created_at < now() - interval '1 day'")] })).toEqual({});
  });
});
