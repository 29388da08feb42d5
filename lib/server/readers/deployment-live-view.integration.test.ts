// The cockpit's reader while a rollback runs (issue 18 item 3): the failure that opened it comes
// from the server — phase, step, what it observed — and the failed phase's counts say what ran.
import { describe, expect, it } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { createTestUser, deploymentMap, onTarget, planTestDeployment, runQueuedSteps } from "@/lib/testing/deployment-fixture";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { getDeployment } from "./get-deployment";

describe("getDeployment live mode while rolling back", () => {
  it("pins the failed check that opened the rollback, with its observed value, and counts the failed phase's steps", async () => {
    const lead = await createTestUser(["LEAD"]);
    const table = `ev_${uniqueSuffix()}`;
    await onTarget(`CREATE TABLE ${table} (id int); INSERT INTO ${table} VALUES (1)`);
    const check = (title: string, value: number) => ({
      kind: "QUERY_CHECK" as const,
      title,
      sql: `SELECT count(*) FROM ${table}`,
      expectation: { type: "scalar_equals" as const, value },
    });
    const { deploymentId } = await planTestDeployment(lead, [
      { title: "Validate", failurePolicy: "ROLLBACK", steps: [check("One row", 1), check("Two rows", 2), { kind: "MANUAL", title: "Look at it" }] },
      { title: "Undo", procedure: "ROLLBACK", steps: [{ kind: "MANUAL", title: "Undo it" }] },
    ]);
    const validate = (await deploymentMap(deploymentId)).phase("Validate");
    const by = { actor: lead, prisma: testPrisma() };
    await controlDeployment({ deploymentId, action: "start", reason: "", ...by });
    const viewer = { id: lead.id, email: lead.email, name: lead.name, roles: ["LEAD" as const] };
    expect((await getDeployment(deploymentId, { mode: "live", viewer })).rollbackEvidence).toBeNull();
    for (const [attempt, title] of [
      [1, "One row"],
      [1, "Two rows"],
    ] as const) {
      await startStepRun({ deploymentId, phaseRunId: validate.phaseRunId, stepId: validate.step(title), mode: "RUN", attempt, ...by });
      await runQueuedSteps();
    }

    const cockpit = await getDeployment(deploymentId, { mode: "live", viewer });
    expect(cockpit.status).toBe("ROLLING_BACK");
    expect(cockpit.workingProcedure).toBe("ROLLBACK");
    const failed = cockpit.phases.find((p) => p.phaseRunId === validate.phaseRunId)!;
    expect(failed.status).toBe("FAILED");
    expect(failed.stepCounts).toEqual({ total: 3, succeeded: 1, failed: 1, waived: 0, running: 0, interrupted: 0 });
    expect(cockpit.rollbackEvidence).toMatchObject({
      phaseRunId: validate.phaseRunId,
      position: 1,
      title: "Validate",
      failurePolicy: "ROLLBACK",
      reason: expect.stringContaining("failure policy ROLLBACK"),
      steps: [{ title: "Two rows", position: 2, kind: "QUERY_CHECK", run: { status: "FAILED", result: expect.objectContaining({ passed: false }) } }],
    });
    expect(cockpit.rollbackEvidence!.failedAt).not.toBeNull();
  });
});
