// The one read model of a deployment (issue 12 item 3) and the finished record's phase detail
// fetched on opening (issue 17 item 2): the record and live modes tell the same story from one
// read; the record page's summary counts what the detail shows; the detail survives its JSON trip
// through the declared schema; and the phase-detail endpoint is authorised like the page.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testPrisma } from "@/lib/testing/db";
import { createTestUser, deploymentMap, planTestDeployment, runQueuedSteps } from "@/lib/testing/deployment-fixture";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { tickChecklistItem } from "@/lib/server/deployments/tick-checklist-item";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { TSessionUser } from "@/lib/auth/session";
import type { TRole } from "@/lib/auth/permissions";
import { ZPhaseRunDetail } from "@/lib/domain/deployment/record-view";
import { ZCockpit } from "@/lib/domain/deployment/live-view";

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/session")>();
  const requireUser = async () => {
    if (!session.user) throw new UnauthenticatedError();
    return session.user;
  };
  // the session cookie is the only thing stood in for: the permission check is the real one
  return {
    ...original,
    requireUser,
    requirePermission: async (...[permission, target]: Parameters<typeof original.requirePermission>) => {
      const user = await requireUser();
      await original.assertPermission(user, permission, target);
      return user;
    },
  };
});

const { getDeployment, getDeploymentLiveJson, getDeploymentRecordSummary, getPhaseRunDetail } = await import("./get-deployment");
const { GET } = await import("@/app/api/deployments/[deploymentId]/phase-runs/[phaseRunId]/route");

beforeEach(() => {
  session.user = null;
});

const asViewer = (u: { id: string; name: string; email: string; roles: readonly string[] }): TSessionUser => ({
  id: u.id,
  name: u.name,
  email: u.email,
  roles: [...u.roles] as TRole[],
});

/** An aborted deployment: in its first phase one SQL step ran and one checklist item of two was ticked; the second phase never started. */
async function finishedDeployment() {
  const lead = await createTestUser(["LEAD"]);
  const { deploymentId } = await planTestDeployment(lead, [
    {
      title: "Work",
      checklistItems: [{ text: "Tell support", isRequired: true }, { text: "Freeze merges" }],
      steps: [
        { kind: "SQL", title: "1. Select one", sql: "SELECT 1 AS one;", statementTimeoutMs: 5_000, lockTimeoutMs: 1_000 },
        { kind: "MANUAL", title: "Look at it" },
      ],
    },
    { title: "Later", steps: [{ kind: "MANUAL", title: "Never done" }] },
  ]);
  const by = { actor: lead, prisma: testPrisma() };
  await controlDeployment({ deploymentId, action: "start", reason: "", ...by });
  const work = (await deploymentMap(deploymentId)).phase("Work");
  await startStepRun({ deploymentId, phaseRunId: work.phaseRunId, stepId: work.step("1. Select one"), mode: "RUN", attempt: 1, ...by });
  await runQueuedSteps();
  await tickChecklistItem({ deploymentId, phaseRunId: work.phaseRunId, itemId: work.checklist.find((c) => c.text === "Tell support")!.id, isTicked: true, ...by });
  await controlDeployment({ deploymentId, action: "abort", reason: "window closed", ...by });
  const later = (await deploymentMap(deploymentId)).phase("Later");
  return { lead, deploymentId, workRunId: work.phaseRunId, laterRunId: later.phaseRunId };
}

describe("getDeployment: one read, two modes", () => {
  it("record and live mode tell the same story: the same phases, runs and outcome, as Dates or ISO text", async () => {
    const { lead, deploymentId } = await finishedDeployment();
    const record = await getDeployment(deploymentId, { mode: "record" });
    const live = await getDeployment(deploymentId, { mode: "live", viewer: asViewer(lead) });

    expect(record.status).toBe("ABORTED");
    expect(live.status).toBe("ABORTED");
    expect(live.isFinal).toBe(true);
    expect(live.phases.map((p) => p.phaseRunId)).toEqual(record.phaseRuns.map((p) => p.id));
    const recordRun = record.phaseRuns[0]!.stepRuns[0]!;
    const liveRun = live.phases[0]!.steps[0]!.runs[0]!;
    expect(recordRun.status).toBe("SUCCEEDED");
    expect(recordRun.startedAt).toBeInstanceOf(Date);
    expect(liveRun.startedAt).toBe(recordRun.startedAt!.toISOString());
    expect(liveRun.id).toBe(recordRun.id);
    // the record is what happened, not what may be done: no viewer part, and nothing of the live-only columns
    expect(record).not.toHaveProperty("actions");
    expect(recordRun).not.toHaveProperty("heartbeatAt");
    expect(record.phaseRuns[0]!.phase.steps[0]).toEqual({ id: expect.any(String), position: 1, kind: "SQL", title: "1. Select one" });
    // live mode as the endpoint sends it: the same content as the object (but the moment it was answered)
    const { serverNow: _a, ...text } = JSON.parse(await getDeploymentLiveJson(deploymentId, asViewer(lead)));
    const { serverNow: _b, ...object } = JSON.parse(JSON.stringify(live));
    expect(text).toEqual(object);
    // and the browser's check of it: the declared live shape accepts the reply as it is
    expect(ZCockpit.parse(JSON.parse(await getDeploymentLiveJson(deploymentId, asViewer(lead)))).phases).toHaveLength(2);
  });

  it("the record page's summary counts what each phase's detail holds, and carries no detail", async () => {
    const { deploymentId, workRunId } = await finishedDeployment();
    const summary = await getDeploymentRecordSummary(deploymentId);
    const [work, later] = summary.phaseRuns;
    expect(work).toMatchObject({ title: "Work", steps: { total: 2, succeeded: 1, failed: 0, waived: 0, other: 1 }, checklist: { total: 2, ticked: 1 }, isUntouched: false });
    expect(later).toMatchObject({ title: "Later", status: "PENDING", isUntouched: true });
    expect(work).not.toHaveProperty("stepRuns");

    const detail = await getPhaseRunDetail(deploymentId, workRunId);
    expect(detail.stepRuns).toHaveLength(1);
    expect(detail.checklistTicks.filter((t) => t.isTicked)).toHaveLength(1);
    // the browser's view of it: JSON parsed with the declared schema gives back the same record
    expect(ZPhaseRunDetail.parse(JSON.parse(JSON.stringify(detail)))).toEqual(detail);
  });

  it("a phase run of another deployment, or none, is not found", async () => {
    const first = await finishedDeployment();
    const second = await finishedDeployment();
    await expect(getPhaseRunDetail(first.deploymentId, second.workRunId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDeployment("not-an-id", { mode: "record" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("GET /api/deployments/[id]/phase-runs/[phaseRunId]", () => {
  const call = (deploymentId: string, phaseRunId: string) =>
    GET(new Request(`http://localhost/api/deployments/${deploymentId}/phase-runs/${phaseRunId}`), { params: Promise.resolve({ deploymentId, phaseRunId }) });

  it("answers a signed-out caller 401 and a user without deployment.view 403 (audited), with nothing of the phase", async () => {
    const { deploymentId, workRunId } = await finishedDeployment();
    const signedOut = await call(deploymentId, workRunId);
    expect(signedOut.status).toBe(401);
    expect(await signedOut.text()).not.toContain("Select one");

    const nobody = await createTestUser([], "no role");
    session.user = asViewer(nobody);
    const refused = await call(deploymentId, workRunId);
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain("Select one");
    const denied = await testPrisma().auditEvent.findFirst({ where: { type: "access.denied", actorId: nobody.id, deploymentId } });
    expect(denied?.payload).toMatchObject({ permission: "deployment.view" });
  });

  it("gives a viewer the phase in full, in the declared shape; an unknown or foreign phase run is 404", async () => {
    const { deploymentId, workRunId } = await finishedDeployment();
    const manager = await createTestUser(["MANAGER"]);
    session.user = asViewer(manager);
    const response = await call(deploymentId, workRunId);
    expect(response.status).toBe(200);
    const detail = ZPhaseRunDetail.parse(await response.json());
    expect(detail.phase.title).toBe("Work");
    expect(detail.stepRuns[0]!.result).toMatchObject({ resultSets: [expect.objectContaining({ columns: ["one"] })] });

    const other = await finishedDeployment();
    expect((await call(deploymentId, other.workRunId)).status).toBe(404);
    expect((await call(deploymentId, "not-a-uuid")).status).toBe(404);
  });
});
