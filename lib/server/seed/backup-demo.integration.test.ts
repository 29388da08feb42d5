// The demo's second runbook (issue 15 "Done when"): a lead runs it — the backup is taken, the
// change applied, the failing validation opens the rollback, which restores the backup: the data
// is identical to before. Seeding twice keeps one runbook. On a real server it runs as the demo
// target's own role (issue 11 item 2), not as the administrator.
import { beforeAll, describe, expect, it } from "vitest";
import { isRealServer, testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { deploymentMap, onTarget, runQueuedSteps, targetUrl } from "@/lib/testing/deployment-fixture";
import { activatePhase } from "@/lib/server/deployments/activate-phase";
import { completePhase } from "@/lib/server/deployments/complete-phase";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { planDeployment } from "@/lib/server/deployments/plan-deployment";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { dropBackup } from "@/lib/server/backups/drop-backup";
import { decryptSecret } from "@/lib/crypto";
import { DEMO_TENANTS } from "@/prisma/seed/demo-target";
import { BACKUP_DEMO_SLUG } from "./backup-demo-runbook";
import { seedDemo } from "./seed-demo";

const prisma = () => testPrisma();
const activeFees = async () =>
  (
    await onTarget<{ sum: string; n: number }>(
      "SELECT md5(string_agg(id || ':' || percentage_fee, ',' ORDER BY id)) AS sum, count(*)::int AS n FROM client_products WHERE status = 'active'",
    )
  )[0]!;

const tenantFees = () =>
  onTarget<{ tenant: string; digest: string }>(
    // every column of every row: the tenant tables' whole contents
    DEMO_TENANTS.map((t) => `SELECT '${t}' AS tenant, md5(string_agg(f::text, E'\\n' ORDER BY id)) AS digest FROM ${t}.fees f`).join(" UNION ALL ") + " ORDER BY 1",
  );

describe("the backup demo runbook", () => {
  beforeAll(async () => {
    await seedDemo({ prisma: prisma(), demoTargetUrl: targetUrl(), isTargetRoleOwn: isRealServer() });
  }, 480_000);

  it("is published once, however often the demo is seeded; the tenant schemas are one set of data", async () => {
    await seedDemo({ prisma: prisma(), demoTargetUrl: targetUrl(), isTargetRoleOwn: isRealServer() });
    expect(await onTarget<{ n: number }>(`SELECT (${DEMO_TENANTS.map((t) => `(SELECT count(*) FROM ${t}.fees)`).join(" + ")})::int AS n`)).toEqual([{ n: 9 }]);
    const runbooks = await prisma().runbook.findMany({ where: { slug: BACKUP_DEMO_SLUG }, select: { versions: { select: { status: true } } } });
    expect(runbooks).toEqual([{ versions: [{ status: "PUBLISHED" }] }]);
  });

  it("runs: backup, change, failed validation, rollback restores the data as it was", async () => {
    const lead = await prisma().user.findUniqueOrThrow({ where: { email: "lead@phaseline.local" }, select: { id: true, email: true, name: true, roles: true } });
    const version = await prisma().runbookVersion.findFirstOrThrow({ where: { runbook: { slug: BACKUP_DEMO_SLUG }, status: "PUBLISHED" }, select: { id: true } });
    const staging = await prisma().environment.findFirstOrThrow({ where: { name: "staging" }, select: { id: true, targetUrlCiphertext: true } });
    // its steps connect as the demo target's own role, owner of the demo target database only
    if (isRealServer()) expect(new URL(decryptSecret(staging.targetUrlCiphertext!)).username).toBe(new URL(targetUrl()).pathname.slice(1));
    const by = { actor: lead, prisma: prisma() };
    const { deploymentId } = await planDeployment({
      runbookVersionId: version.id,
      environmentId: staging.id,
      leadId: lead.id,
      name: `backup-demo-${uniqueSuffix()}`,
      plannedStart: null,
      plannedEnd: null,
      ...by,
    });
    const before = await activeFees();
    expect(before.n).toBeGreaterThan(0);
    const map = await deploymentMap(deploymentId);
    const run = async (phaseTitle: string, stepTitle: string) => {
      const phase = map.phase(phaseTitle);
      await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step(stepTitle), mode: "RUN", attempt: 1, ...by });
      await runQueuedSteps();
      return prisma().stepRun.findFirstOrThrow({ where: { deploymentId, stepId: phase.step(stepTitle) }, select: { status: true, errorMessage: true } });
    };

    await controlDeployment({ deploymentId, action: "start", reason: "", ...by });
    expect(await run("Back up the rows the change touches", "Capture the active products' fees")).toMatchObject({ status: "SUCCEEDED" });
    expect(await run("Back up the rows the change touches", "Back up the active products")).toMatchObject({ status: "SUCCEEDED" });
    const tenantsBefore = await tenantFees();
    expect(tenantsBefore).toHaveLength(3);
    expect(await run("Back up the rows the change touches", "Back up the tenants' fees")).toMatchObject({ status: "SUCCEEDED" });
    // issue 15: one backup per tenant schema, with its own counts and checksum
    const tenantBackup = await prisma().deploymentBackup.findUniqueOrThrow({ where: { deploymentId_key: { deploymentId, key: "tenant_fees" } }, select: { tables: true } });
    const perTenant = tenantBackup.tables as { table: string; target: string; backupSchema: string; rowCount: number }[];
    expect(perTenant.map((t) => [t.table, t.target])).toEqual(DEMO_TENANTS.map((t) => [`${t}.fees`, t]));
    expect(new Set(perTenant.map((t) => t.backupSchema)).size).toBe(DEMO_TENANTS.length);
    await completePhase({ deploymentId, phaseRunId: map.phase("Back up the rows the change touches").phaseRunId, ...by });
    await activatePhase({ deploymentId, phaseRunId: map.phase("Change the fees").phaseRunId, confirmationName: null, ...by });
    expect(await run("Change the fees", "Raise active products' percentage fee by 10 %")).toMatchObject({ status: "SUCCEEDED" });
    expect((await activeFees()).sum).not.toBe(before.sum);
    // issue 15 item 2: the change applied to every tenant schema, one result per schema
    expect(await run("Change the fees", "Raise active fees in every tenant schema")).toMatchObject({ status: "SUCCEEDED" });
    const fanned = await prisma().stepRun.findFirstOrThrow({
      where: { deploymentId, stepId: map.phase("Change the fees").step("Raise active fees in every tenant schema") },
      select: { targets: { orderBy: { position: "asc" }, select: { schemaName: true, status: true, rowCount: true } } },
    });
    expect(fanned.targets).toEqual([
      { schemaName: "tenant_acme", status: "SUCCEEDED", rowCount: 2 },
      { schemaName: "tenant_globex", status: "SUCCEEDED", rowCount: 2 },
      { schemaName: "tenant_initech", status: "SUCCEEDED", rowCount: 3 },
    ]);
    expect(await tenantFees()).not.toEqual(tenantsBefore);
    expect(await run("Change the fees", "Every tenant still has active fees")).toMatchObject({ status: "SUCCEEDED" });
    await completePhase({ deploymentId, phaseRunId: map.phase("Change the fees").phaseRunId, ...by });
    await activatePhase({ deploymentId, phaseRunId: map.phase("Validate").phaseRunId, confirmationName: null, ...by });
    expect(await run("Validate", "Fees as before")).toMatchObject({ status: "FAILED" });
    expect((await prisma().deployment.findUniqueOrThrow({ where: { id: deploymentId }, select: { status: true } })).status).toBe("ROLLING_BACK");

    expect(await run("Restore the backup", "Restore the active products")).toMatchObject({ status: "SUCCEEDED" });
    expect(await run("Restore the backup", "Restore the tenants' fees")).toMatchObject({ status: "SUCCEEDED" });
    const restoredTenants = await prisma().stepRun.findFirstOrThrow({
      where: { deploymentId, stepId: map.phase("Restore the backup").step("Restore the tenants' fees") },
      select: { targets: { orderBy: { position: "asc" }, select: { schemaName: true, status: true } } },
    });
    expect(restoredTenants.targets).toEqual(DEMO_TENANTS.map((schemaName) => ({ schemaName, status: "SUCCEEDED" })));
    expect(await run("Restore the backup", "Fees as before the change")).toMatchObject({ status: "SUCCEEDED" });
    expect(await completePhase({ deploymentId, phaseRunId: map.phase("Restore the backup").phaseRunId, ...by })).toMatchObject({ deploymentStatus: "ROLLED_BACK" });
    expect(await activeFees()).toEqual(before);
    expect(await tenantFees()).toEqual(tenantsBefore);

    // the target as the demo had it: the backups are dropped (audited), no copy of client_products is left
    for (const backup of await prisma().deploymentBackup.findMany({ where: { deploymentId }, select: { id: true } })) {
      await dropBackup({ deploymentId, backupId: backup.id, reason: "test done", ...by });
    }
    expect(await onTarget("SELECT table_schema FROM information_schema.tables WHERE table_name LIKE '%client_products'")).toEqual([{ table_schema: "public" }]);
    expect(await onTarget("SELECT nspname FROM pg_namespace WHERE obj_description(oid, 'pg_namespace') LIKE $1", [`%${deploymentId}%`])).toEqual([]);
  });
});
