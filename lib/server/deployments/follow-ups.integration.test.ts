// Follow-up phases on the real database (issue 15 item 3): when the main phases finish the
// deployment SUCCEEDS with follow-ups open, each follow-up falls due at the main phases' end plus
// its offset on the database's clock, starts only when due, and its outcome — passed, failed by the
// lead, failed with policy ROLLBACK — is written and audited like every other transition. No test
// waits: a due time is moved into the past with SQL.
import { describe, expect, it } from "vitest";
import { testPrisma } from "@/lib/testing/db";
import { ConflictError } from "@/lib/errors";
import { createTestUser, deploymentMap, planTestDeployment, runQueuedSteps, type TPhaseInput, type TTestUser } from "@/lib/testing/deployment-fixture";
import { verifyAuditChain } from "@/lib/audit/verify";
import { controlDeployment } from "./control-deployment";
import { activatePhase } from "./activate-phase";
import { completePhase } from "./complete-phase";
import { skipPhase } from "./skip-phase";
import { startStepRun } from "./start-step-run";
import { recordManualStep } from "./record-manual-step";
import { tickChecklistItem } from "./tick-checklist-item";
import { findWaitingSignoffs } from "@/lib/server/readers/find-waiting-signoffs";

const prisma = () => testPrisma();
const deployment = (id: string) => prisma().deployment.findUniqueOrThrow({ where: { id }, select: { status: true, followUpStatus: true, finishedAt: true, statusReason: true } });
const phaseRun = (id: string) => prisma().phaseRun.findUniqueOrThrow({ where: { id }, select: { status: true, dueAt: true, reason: true } });
const events = (deploymentId: string, type: string) => prisma().auditEvent.findMany({ where: { deploymentId, type }, orderBy: { seq: "asc" } });
/** "the clock moved on": the follow-up's due time is now in the past, on the database's clock */
const makeDue = (phaseRunId: string) => prisma().$executeRaw`UPDATE "PhaseRun" SET "dueAt" = now() - interval '1 minute' WHERE id = ${phaseRunId}`;
const dbNow = async () => (await prisma().$queryRaw<{ now: Date }[]>`SELECT now() AS now`)[0]!.now;

const manualPhase = (title: string, extra: Partial<TPhaseInput> = {}): TPhaseInput => ({ title, steps: [{ kind: "MANUAL", title: `${title}: do it` }], ...extra });

async function finishMainPhases(lead: TTestUser, phases: TPhaseInput[]) {
  const { deploymentId } = await planTestDeployment(lead, phases);
  const actor = { actor: lead, prisma: prisma() };
  await controlDeployment({ deploymentId, action: "start", reason: "", ...actor });
  const migrate = (await deploymentMap(deploymentId)).phase("Migrate");
  await recordManualStep({ deploymentId, phaseRunId: migrate.phaseRunId, stepId: migrate.step("Migrate: do it"), attempt: 1, status: "SUCCEEDED", note: "done", ...actor });
  const before = await dbNow();
  const result = await completePhase({ deploymentId, phaseRunId: migrate.phaseRunId, ...actor });
  return { deploymentId, actor, before, result, map: await deploymentMap(deploymentId) };
}

describe("follow-up phases (issue 15)", () => {
  it("succeed with follow-ups open, fall due on the database's clock, start only when due, and pass when all are done", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId, actor, before, result, map } = await finishMainPhases(lead, [
      manualPhase("Migrate"),
      { title: "Check at +4 h", followUpOffsetMinutes: 240, checklistItems: [{ text: "Error rate below 1 %" }] },
      { title: "Check at +24 h", followUpOffsetMinutes: 1440, checklistItems: [{ text: "No alerts overnight" }] },
      manualPhase("Undo", { procedure: "ROLLBACK" }),
    ]);
    const after = await dbNow();
    expect(result.deploymentStatus).toBe("SUCCEEDED");
    const row = await deployment(deploymentId);
    expect(row).toMatchObject({ status: "SUCCEEDED", followUpStatus: "OPEN" });
    const four = map.phase("Check at +4 h");
    const day = map.phase("Check at +24 h");
    const due4 = (await phaseRun(four.phaseRunId)).dueAt!;
    const due24 = (await phaseRun(day.phaseRunId)).dueAt!;
    // the main phases' end on the database's clock, plus the offset
    expect(due4.getTime()).toBeGreaterThanOrEqual(before.getTime() + 240 * 60_000);
    expect(due4.getTime()).toBeLessThanOrEqual(after.getTime() + 240 * 60_000);
    expect(due24.getTime() - due4.getTime()).toBe(20 * 3_600_000);

    const [scheduled] = await events(deploymentId, "deployment.follow_ups_scheduled");
    expect(scheduled?.payload).toMatchObject({
      phases: [
        { phaseRunId: four.phaseRunId, phaseTitle: "Check at +4 h", offsetMinutes: 240, dueAt: due4.toISOString() },
        { phaseRunId: day.phaseRunId, phaseTitle: "Check at +24 h", offsetMinutes: 1440, dueAt: due24.toISOString() },
      ],
    });

    // before its time: refused with the due time, and the refusal audited
    await expect(activatePhase({ deploymentId, phaseRunId: four.phaseRunId, confirmationName: null, ...actor })).rejects.toThrow(ConflictError);
    const [refused] = await events(deploymentId, "deployment.action_refused");
    expect((refused!.payload as { reason: string }).reason).toContain(`due at ${due4.toISOString().slice(0, 16).replace("T", " ")} UTC`);
    expect((await phaseRun(four.phaseRunId)).status).toBe("PENDING");

    // "Waiting for you" asks the lead once it is due, not before
    const followUpsWaiting = async () =>
      (await findWaitingSignoffs({ id: lead.id, roles: ["LEAD"] })).filter((i) => i.kind === "FOLLOW_UP" && i.deploymentId === deploymentId).map((i) => i.phaseTitle);
    expect(await followUpsWaiting()).toEqual([]);
    await makeDue(four.phaseRunId);
    expect(await followUpsWaiting()).toEqual(["Check at +4 h"]);
    await activatePhase({ deploymentId, phaseRunId: four.phaseRunId, confirmationName: null, ...actor });
    expect(await followUpsWaiting()).toEqual([]);
    await tickChecklistItem({ deploymentId, phaseRunId: four.phaseRunId, itemId: four.checklist[0]!.id, isTicked: true, ...actor });
    await completePhase({ deploymentId, phaseRunId: four.phaseRunId, ...actor });
    expect(await deployment(deploymentId)).toMatchObject({ status: "SUCCEEDED", followUpStatus: "OPEN" });

    // the second is not due yet; skipping it is the lead's decision, with a reason
    await expect(activatePhase({ deploymentId, phaseRunId: day.phaseRunId, confirmationName: null, ...actor })).rejects.toThrow(/due at/);
    await makeDue(day.phaseRunId);
    await skipPhase({ deploymentId, phaseRunId: day.phaseRunId, reason: "the dashboard was watched all night", ...actor });
    expect(await deployment(deploymentId)).toMatchObject({ status: "SUCCEEDED", followUpStatus: "PASSED" });
    const [passed] = await events(deploymentId, "deployment.follow_up_status_changed");
    expect(passed?.payload).toMatchObject({ from: "OPEN", to: "PASSED" });
    // the main phases cannot be touched once the deployment succeeded
    await expect(activatePhase({ deploymentId, phaseRunId: map.phase("Undo").phaseRunId, confirmationName: null, ...actor })).rejects.toThrow(ConflictError);
    expect((await verifyAuditChain(prisma())).isIntact).toBe(true);
  });

  it("a failed follow-up check with policy ROLLBACK: succeeded, follow-up failed, and the rollback procedure opens", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId, actor, map } = await finishMainPhases(lead, [
      manualPhase("Migrate"),
      {
        title: "Morning check",
        followUpOffsetMinutes: 720,
        failurePolicy: "ROLLBACK",
        steps: [{ kind: "QUERY_CHECK", title: "Orders flowing", sql: "SELECT 0", expectation: { type: "scalar_equals", value: 1 } }],
      },
      manualPhase("Undo", { procedure: "ROLLBACK" }),
    ]);
    const check = map.phase("Morning check");
    await makeDue(check.phaseRunId);
    await activatePhase({ deploymentId, phaseRunId: check.phaseRunId, confirmationName: null, ...actor });
    await startStepRun({ deploymentId, phaseRunId: check.phaseRunId, stepId: check.step("Orders flowing"), mode: "RUN", attempt: 1, ...actor });
    await runQueuedSteps();

    const row = await deployment(deploymentId);
    expect(row).toMatchObject({ status: "ROLLING_BACK", followUpStatus: "FAILED", finishedAt: null });
    expect(row.statusReason).toMatch(/follow-up "Morning check"/);
    expect(await phaseRun(check.phaseRunId)).toMatchObject({ status: "FAILED" });
    expect((await phaseRun(map.phase("Undo").phaseRunId)).status).toBe("ACTIVE");
    const [failed] = await events(deploymentId, "deployment.follow_up_status_changed");
    expect(failed?.payload).toMatchObject({ from: "OPEN", to: "FAILED" });
    const statuses = (await events(deploymentId, "deployment.status_changed")).map((e) => (e.payload as { to: string }).to);
    expect(statuses).toEqual(["IN_PROGRESS", "SUCCEEDED", "ROLLING_BACK"]);
  });

  it("the lead marks an open follow-up failed with a reason; the deployment stays succeeded and may then roll back", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId, actor, map } = await finishMainPhases(lead, [
      manualPhase("Migrate"),
      { title: "Next-day review", followUpOffsetMinutes: 1440, checklistItems: [{ text: "Finance confirms totals" }] },
      manualPhase("Undo", { procedure: "ROLLBACK" }),
    ]);
    const review = map.phase("Next-day review");
    // only with a reason, and only while follow-ups are open
    await expect(controlDeployment({ deploymentId, action: "start_rollback", reason: "x", ...actor })).rejects.toThrow(/mark its follow-up failed first/);
    await makeDue(review.phaseRunId);
    await activatePhase({ deploymentId, phaseRunId: review.phaseRunId, confirmationName: null, ...actor });
    await controlDeployment({ deploymentId, action: "fail_follow_up", reason: "finance found 3 invoices off by a cent", ...actor });
    expect(await deployment(deploymentId)).toMatchObject({
      status: "SUCCEEDED",
      followUpStatus: "FAILED",
      statusReason: "follow-up failed: finance found 3 invoices off by a cent",
    });
    expect(await phaseRun(review.phaseRunId)).toMatchObject({ status: "FAILED", reason: "finance found 3 invoices off by a cent" });
    await expect(tickChecklistItem({ deploymentId, phaseRunId: review.phaseRunId, itemId: review.checklist[0]!.id, isTicked: true, ...actor })).rejects.toThrow(
      /follow-ups have failed/,
    );
    await controlDeployment({ deploymentId, action: "start_rollback", reason: "undo the fee change", ...actor });
    expect(await deployment(deploymentId)).toMatchObject({ status: "ROLLING_BACK", followUpStatus: "FAILED" });
  });
});
