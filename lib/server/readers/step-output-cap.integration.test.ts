// Step output is cut by Postgres, not after a 256 kB stream crossed the wire (issue 17 item 2):
// the live cockpit shows the end of a long output (where a running step is), the record page and
// the report its beginning, and both say it was cut.
import { describe, expect, it } from "vitest";
import { testPrisma } from "@/lib/testing/db";
import { createTestUser, deploymentMap, planTestDeployment, runQueuedSteps } from "@/lib/testing/deployment-fixture";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import type { TRole } from "@/lib/auth/permissions";
import { COCKPIT_OUTPUT_CAP, getDeployment, STEP_OUTPUT_DISPLAY_CAP } from "./get-deployment";

describe("a long step output", () => {
  it("reaches the cockpit as its last characters and the record as its first, marked as cut", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [
      { title: "Query", steps: [{ kind: "SQL", title: "Select", sql: "SELECT 1;", statementTimeoutMs: 10_000, lockTimeoutMs: 2_000 }] },
    ]);
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: testPrisma() });
    const phase = (await deploymentMap(deploymentId)).phase("Query");
    const { stepRunId } = await startStepRun({
      deploymentId,
      phaseRunId: phase.phaseRunId,
      stepId: phase.step("Select"),
      mode: "RUN",
      attempt: 1,
      actor: lead,
      prisma: testPrisma(),
    });
    await runQueuedSteps();
    await testPrisma().$executeRaw`UPDATE "StepRun" SET output = 'BEGIN' || repeat('x', 40000) || 'END' WHERE id = ${stepRunId}`;

    const cockpit = await getDeployment(deploymentId, { mode: "live", viewer: { id: lead.id, name: lead.name, email: lead.email, roles: lead.roles as TRole[] } });
    const live = cockpit.phases[0]!.steps[0]!.runs[0]!;
    expect(live.output).toHaveLength(COCKPIT_OUTPUT_CAP);
    expect(live.output.endsWith("END")).toBe(true);
    expect(live.isOutputCut).toBe(true);

    const record = (await getDeployment(deploymentId, { mode: "record" })).phaseRuns[0]!.stepRuns[0]!;
    expect(record.output).toHaveLength(STEP_OUTPUT_DISPLAY_CAP);
    expect(record.output.startsWith("BEGIN")).toBe(true);
    expect(record.isOutputTruncated).toBe(true);
  });
});
