// Issue 11 item 3 on the real server: a competing session holds the lock, the step retries by
// policy, and each retry is on the running row as it happens — the cockpit's reader shows the
// waits live — then the finished attempt keeps them, said apart from rule 5's attempt count, in
// the record and the Markdown report.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { isRealServer, testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { createTestUser, deploymentMap, onTarget, planTestDeployment, runQueuedSteps, targetUrl } from "@/lib/testing/deployment-fixture";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { describeLockRetries } from "@/lib/domain/execution/lock-retries";
import { renderReportMarkdown } from "@/lib/domain/review/report";
import { getDeployment } from "./get-deployment";
import { getDeploymentReport } from "./get-deployment-report";

describe.skipIf(!isRealServer())("lock-timeout retries in the cockpit, the record and the report", () => {
  it("shows each lock wait live while the step retries, then the attempt's waits once it succeeded", async () => {
    const lead = await createTestUser(["LEAD"]);
    const table = `lw_${uniqueSuffix()}`;
    await onTarget(`CREATE TABLE ${table} (id int PRIMARY KEY, n int); INSERT INTO ${table} VALUES (1, 5)`);
    const { deploymentId } = await planTestDeployment(lead, [
      { title: "Change", steps: [{ kind: "SQL", title: "Update", sql: `UPDATE ${table} SET n = 6;`, statementTimeoutMs: 10_000, lockTimeoutMs: 200, lockRetries: 3 }] },
    ]);
    const phase = (await deploymentMap(deploymentId)).phase("Change");
    const by = { actor: lead, prisma: testPrisma() };
    const viewer = { id: lead.id, email: lead.email, name: lead.name, roles: ["LEAD" as const] };
    await controlDeployment({ deploymentId, action: "start", reason: "", ...by });

    const holder = new pg.Client({ connectionString: targetUrl() });
    await holder.connect();
    await holder.query(`BEGIN; LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    let worker: Promise<number> | null = null;
    try {
      await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Update"), mode: "RUN", attempt: 1, ...by });
      worker = runQueuedSteps();
      // the cockpit, polled as the browser does, while the competing session still holds the lock
      const liveRun = async () => (await getDeployment(deploymentId, { mode: "live", viewer })).phases[0]!.steps[0]!.runs[0];
      let live = await liveRun();
      for (let i = 0; i < 200 && !(live?.status === "RUNNING" && describeLockRetries(live)?.startsWith("attempt 1: 2 lock waits")); i++) {
        await new Promise((r) => setTimeout(r, 50));
        live = await liveRun();
      }
      expect(live).toMatchObject({ status: "RUNNING", attempt: 1 });
      expect(describeLockRetries(live!)).toMatch(/^attempt 1: 2 lock waits retried \(\d\.\d s, \d\.\d s\), trying again$/);
      expect(live!.result).toMatchObject({ lockRetries: [{ try: 1, lockWaitMs: expect.any(Number) }, { try: 2 }] });
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
    }
    await worker;

    const ended = (await getDeployment(deploymentId, { mode: "live", viewer })).phases[0]!.steps[0]!.runs;
    // one attempt of rule 5, its lock waits inside it
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ status: "SUCCEEDED", attempt: 1 });
    const said = describeLockRetries(ended[0]!);
    expect(said).toMatch(/^attempt 1: [23] lock waits retried \((\d\.\d s(, )?){2,3}\), then succeeded$/);
    for (const r of (ended[0]!.result as { lockRetries: { lockWaitMs: number }[] }).lockRetries) expect(r.lockWaitMs).toBeGreaterThanOrEqual(150);
    expect(await onTarget(`SELECT n FROM ${table}`)).toEqual([{ n: 6 }]);

    const { deployment, audit } = await getDeploymentReport(deploymentId);
    const markdown = renderReportMarkdown(deployment, audit, new Date());
    expect(markdown).toContain(`- Attempt 1: **Succeeded**`);
    expect(markdown).toContain(`  - Lock waits: ${said}`);
    expect(markdown).toMatch(/ {4}- try 1: waited \d\.\d s for a lock, retried after \d\.\d s\n/);
  });
});
