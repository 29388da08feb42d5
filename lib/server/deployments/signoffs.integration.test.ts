// Sign-offs on the real database (issue 6; PRODUCT.md rules 2, 3, 8): no phase that needs a
// sign-off completes without it, by any path; each sign-off names what it covered.
import { describe, expect, it } from "vitest";
import { testPrisma } from "@/lib/testing/db";
import { createTestUser, deploymentMap, planTestDeployment, runQueuedSteps, type TPhaseInput, type TTestUser } from "@/lib/testing/deployment-fixture";
import { controlDeployment } from "./control-deployment";
import { completePhase } from "./complete-phase";
import { skipPhase } from "./skip-phase";
import { startStepRun } from "./start-step-run";
import { recordPhaseSignoff } from "./record-phase-signoff";
import { recordSheetSignoff } from "./record-sheet-signoff";

const prisma = () => testPrisma();
const sqlPhase = (title: string, roles: ("LEAD" | "DBA")[]): TPhaseInput => ({
  title,
  requiredSignoffRoles: roles,
  steps: [{ kind: "SQL", title: `${title} SQL`, sql: "SELECT 1;", statementTimeoutMs: 5_000, lockTimeoutMs: 1_000 }],
});

/** A started deployment whose only phase ran its step and waits for sign-off. */
async function awaitingSignoff(lead: TTestUser, roles: ("LEAD" | "DBA")[], options: { requireSeparationOfDuties?: boolean } = {}) {
  const { deploymentId } = await planTestDeployment(lead, [sqlPhase("Gate", roles)], options);
  const phase = (await deploymentMap(deploymentId)).phase("Gate");
  await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
  const { stepRunId } = await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Gate SQL"), mode: "RUN", attempt: 1, actor: lead, prisma: prisma() });
  await runQueuedSteps();
  await completePhase({ deploymentId, phaseRunId: phase.phaseRunId, actor: lead, prisma: prisma() });
  return { deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Gate SQL"), stepRunId };
}

describe("phase sign-offs", () => {
  it("no other path completes a phase awaiting sign-off", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId, phaseRunId } = await awaitingSignoff(lead, ["DBA"]);
    await expect(completePhase({ deploymentId, phaseRunId, actor: lead, prisma: prisma() })).rejects.toThrow(/not active/);
    await expect(skipPhase({ deploymentId, phaseRunId, reason: "hurry", actor: lead, prisma: prisma() })).rejects.toThrow(/only a waiting or active phase/);
    expect((await prisma().phaseRun.findUniqueOrThrow({ where: { id: phaseRunId } })).status).toBe("AWAITING_SIGNOFF");
    expect((await prisma().deployment.findUniqueOrThrow({ where: { id: deploymentId } })).status).toBe("IN_PROGRESS");
  });

  it("two DBAs approving at the same moment complete the phase once", async () => {
    const lead = await createTestUser(["LEAD"]);
    const [dba1, dba2] = await Promise.all([createTestUser(["DBA"]), createTestUser(["DBA"])]);
    const { deploymentId, phaseRunId } = await awaitingSignoff(lead, ["DBA"]);
    const results = await Promise.allSettled(
      [dba1!, dba2!].map((dba) => recordPhaseSignoff({ deploymentId, phaseRunId, role: "DBA", decision: "APPROVED", comment: "", actor: dba, prisma: prisma() })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma().signoff.count({ where: { phaseRunId, decision: "APPROVED" } })).toBe(1);
    const done = await prisma().auditEvent.findMany({ where: { deploymentId, type: "phase.status_changed" } });
    expect(done.filter((e) => (e.payload as { to: string }).to === "DONE")).toHaveLength(1);
    expect((await prisma().deployment.findUniqueOrThrow({ where: { id: deploymentId } })).status).toBe("SUCCEEDED");
  });

  it("one person holding two roles signs once per role; separation of duties can be switched off per runbook", async () => {
    const leadDba = await createTestUser(["LEAD", "DBA"]);
    const { deploymentId, phaseRunId } = await awaitingSignoff(leadDba, ["LEAD", "DBA"], { requireSeparationOfDuties: false });
    expect(await recordPhaseSignoff({ deploymentId, phaseRunId, role: "LEAD", decision: "APPROVED", comment: "", actor: leadDba, prisma: prisma() })).toMatchObject({
      phaseStatus: "AWAITING_SIGNOFF",
    });
    await expect(recordPhaseSignoff({ deploymentId, phaseRunId, role: "LEAD", decision: "APPROVED", comment: "", actor: leadDba, prisma: prisma() })).rejects.toThrow(
      /one sign-off per person per role/,
    );
    expect(await recordPhaseSignoff({ deploymentId, phaseRunId, role: "DBA", decision: "APPROVED", comment: "", actor: leadDba, prisma: prisma() })).toMatchObject({
      phaseStatus: "DONE",
    });
  });

  it("each sign-off names the runs it covered", async () => {
    const lead = await createTestUser(["LEAD"]);
    const dba = await createTestUser(["DBA"]);
    const { deploymentId, phaseRunId, stepRunId } = await awaitingSignoff(lead, ["DBA"]);
    await recordPhaseSignoff({ deploymentId, phaseRunId, role: "DBA", decision: "APPROVED", comment: "looks right", actor: dba, prisma: prisma() });
    const signoff = await prisma().signoff.findFirstOrThrow({ where: { phaseRunId } });
    expect(signoff).toMatchObject({ coveredStepRunIds: [stepRunId], userId: dba.id, role: "DBA", decision: "APPROVED", comment: "looks right" });
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { deploymentId, type: "signoff.recorded" } });
    expect(event.payload).toMatchObject({ coveredStepRunIds: [stepRunId], decision: "APPROVED" });
  });

  it("a step run again after an approval withdraws that approval, shown and audited; both rows stay", async () => {
    const lead = await createTestUser(["LEAD"]);
    const dba = await createTestUser(["DBA"]);
    const { deploymentId, phaseRunId, stepId } = await awaitingSignoff(lead, ["LEAD", "DBA"]);
    await recordPhaseSignoff({ deploymentId, phaseRunId, role: "DBA", decision: "APPROVED", comment: "", actor: dba, prisma: prisma() });
    // the lead's own review rejects: the phase goes back, the DBA's approval still stands
    await recordPhaseSignoff({ deploymentId, phaseRunId, role: "LEAD", decision: "REJECTED", comment: "row counts look off, re-running", actor: lead, prisma: prisma() });
    await startStepRun({ deploymentId, phaseRunId, stepId, mode: "RUN", attempt: 2, actor: lead, prisma: prisma() });
    const rows = await prisma().signoff.findMany({ where: { phaseRunId, role: "DBA" }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.decision)).toEqual(["APPROVED", "WITHDRAWN"]);
    expect(rows[1]!.comment).toMatch(/run again by/);
    expect(await prisma().auditEvent.count({ where: { deploymentId, type: "signoff.withdrawn" } })).toBe(1);
    await runQueuedSteps();
    // the new round asks the DBA again
    expect(await completePhase({ deploymentId, phaseRunId, actor: lead, prisma: prisma() })).toMatchObject({ phaseStatus: "AWAITING_SIGNOFF" });
    expect(await recordPhaseSignoff({ deploymentId, phaseRunId, role: "DBA", decision: "APPROVED", comment: "", actor: dba, prisma: prisma() })).toMatchObject({
      phaseStatus: "AWAITING_SIGNOFF",
    });
  });
});

describe("the final sign-off sheet", () => {
  it("is signed once the deployment has ended, one signature per line, by the line's role", async () => {
    const lead = await createTestUser(["LEAD"]);
    const dba = await createTestUser(["DBA"]);
    const { deploymentId } = await planTestDeployment(lead, [{ title: "Only", steps: [] }]);
    const version = await prisma().deployment.findUniqueOrThrow({ where: { id: deploymentId }, select: { runbookVersionId: true } });
    const [leadLine, dbaLine, anyLine] = await Promise.all(
      (
        [
          ["Deployment Lead", "LEAD"],
          ["DBA", "DBA"],
          ["Post-deployment verification", null],
        ] as const
      ).map(([label, role], i) => prisma().signoffSheetLine.create({ data: { versionId: version.runbookVersionId, position: i + 1, label, role } })),
    );
    await expect(recordSheetSignoff({ deploymentId, sheetLineId: leadLine!.id, comment: "", actor: lead, prisma: prisma() })).rejects.toThrow(/once the deployment has ended/);
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
    const only = (await deploymentMap(deploymentId)).phase("Only");
    await completePhase({ deploymentId, phaseRunId: only.phaseRunId, actor: lead, prisma: prisma() });

    await expect(recordSheetSignoff({ deploymentId, sheetLineId: dbaLine!.id, comment: "", actor: lead, prisma: prisma() })).rejects.toThrow(/holding the DBA role/);
    await recordSheetSignoff({ deploymentId, sheetLineId: leadLine!.id, comment: "all phases done", actor: lead, prisma: prisma() });
    await recordSheetSignoff({ deploymentId, sheetLineId: dbaLine!.id, comment: "", actor: dba, prisma: prisma() });
    await recordSheetSignoff({ deploymentId, sheetLineId: anyLine!.id, comment: "verified in the app", actor: dba, prisma: prisma() });
    await expect(recordSheetSignoff({ deploymentId, sheetLineId: leadLine!.id, comment: "", actor: lead, prisma: prisma() })).rejects.toThrow(/already signed by/);
    const sheet = await prisma().signoff.findMany({ where: { deploymentId, scope: "SHEET" }, select: { sheetLineId: true, userId: true } });
    expect(sheet).toHaveLength(3);
  });
});
