// Every deployment action refuses a signed-out caller and a role without its permission — on the
// server, audited, nothing changed (PRODUCT.md rules 8 and 9; issue 3's rule for every action).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { UnauthenticatedError } from "@/lib/errors";
import { testPrisma } from "@/lib/testing/db";
import type { TSessionUser } from "@/lib/auth/session";
import { createTestUser, deploymentMap, planTestDeployment } from "@/lib/testing/deployment-fixture";

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/session")>();
  return {
    ...original,
    requireUser: async () => {
      if (!session.user) throw new UnauthenticatedError();
      return session.user;
    },
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("./deployments");

beforeEach(() => {
  session.user = null;
});

async function setup() {
  const lead = await createTestUser(["LEAD"]);
  const planned = await planTestDeployment(lead, [
    { title: "Only", requiredSignoffRoles: ["DBA"], steps: [{ kind: "SQL", title: "Do", sql: "SELECT 1;", statementTimeoutMs: 1000, lockTimeoutMs: 1000 }] },
  ]);
  const map = await deploymentMap(planned.deploymentId);
  const phase = map.phase("Only");
  return { lead, ...planned, phaseRunId: phase.phaseRunId, stepId: phase.step("Do") };
}

type TCall = [name: string, call: (ids: Awaited<ReturnType<typeof setup>>) => Promise<unknown>, permission: string];
const CALLS: TCall[] = [
  ["controlDeploymentAction start", (d) => actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "start" }), "deployment.run"],
  ["controlDeploymentAction abort", (d) => actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "abort", reason: "no" }), "deployment.control"],
  ["activatePhaseAction", (d) => actions.activatePhaseAction({ deploymentId: d.deploymentId, phaseRunId: d.phaseRunId }), "deployment.run"],
  ["completePhaseAction", (d) => actions.completePhaseAction({ deploymentId: d.deploymentId, phaseRunId: d.phaseRunId }), "deployment.run"],
  ["skipPhaseAction", (d) => actions.skipPhaseAction({ deploymentId: d.deploymentId, phaseRunId: d.phaseRunId, reason: "x" }), "deployment.run"],
  [
    "startStepRunAction run",
    (d) => actions.startStepRunAction({ deploymentId: d.deploymentId, phaseRunId: d.phaseRunId, stepId: d.stepId, mode: "RUN", attempt: 1 }),
    "deployment.run",
  ],
  [
    "startStepRunAction rehearse",
    (d) => actions.startStepRunAction({ deploymentId: d.deploymentId, phaseRunId: d.phaseRunId, stepId: d.stepId, mode: "REHEARSAL", attempt: 1 }),
    "deployment.rehearse",
  ],
  [
    "recordManualStepAction",
    (d) => actions.recordManualStepAction({ deploymentId: d.deploymentId, phaseRunId: d.phaseRunId, stepId: d.stepId, attempt: 1, status: "SUCCEEDED" }),
    "deployment.run",
  ],
  ["waiveStepAction", (d) => actions.waiveStepAction({ deploymentId: d.deploymentId, phaseRunId: d.phaseRunId, stepId: d.stepId, reason: "x" }), "deployment.run"],
  [
    "tickChecklistItemAction",
    (d) => actions.tickChecklistItemAction({ deploymentId: d.deploymentId, phaseRunId: d.phaseRunId, itemId: d.stepId, isTicked: true }),
    "deployment.run",
  ],
  [
    "tickChecklistItemsAction",
    (d) => actions.tickChecklistItemsAction({ deploymentId: d.deploymentId, phaseRunId: d.phaseRunId, itemIds: [d.stepId], checklistVersion: 1 }),
    "deployment.run",
  ],
  [
    "recordPhaseSignoffAction",
    (d) => actions.recordPhaseSignoffAction({ deploymentId: d.deploymentId, phaseRunId: d.phaseRunId, role: "DBA", decision: "APPROVED" }),
    "signoff.dba",
  ],
  [
    "recordPointOfNoReturnApprovalAction",
    (d) => actions.recordPointOfNoReturnApprovalAction({ deploymentId: d.deploymentId, phaseRunId: d.phaseRunId, decision: "APPROVED" }),
    "signoff.dba",
  ],
];

describe("deployment actions", () => {
  it.each(CALLS)("%s refuses a signed-out caller", async (_name, call) => {
    const d = await setup();
    expect(await call(d)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it.each(CALLS)("%s refuses a manager (read-only), audits it and changes nothing", async (_name, call, permission) => {
    const d = await setup();
    const manager = await createTestUser(["MANAGER"]);
    session.user = { id: manager.id, email: manager.email, name: manager.name, roles: ["MANAGER"] };
    const before = await testPrisma().deployment.findUniqueOrThrow({ where: { id: d.deploymentId }, select: { status: true, version: true } });
    expect(await call(d)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const denied = await testPrisma().auditEvent.findMany({ where: { type: "access.denied", actorId: manager.id } });
    expect(denied).toHaveLength(1);
    expect(denied[0]!.payload).toMatchObject({ permission, target: `deployment:${d.deploymentId}` });
    expect(await testPrisma().deployment.findUniqueOrThrow({ where: { id: d.deploymentId }, select: { status: true, version: true } })).toEqual(before);
    expect(await testPrisma().stepRun.count({ where: { deploymentId: d.deploymentId } })).toBe(0);
  });

  it("a DBA may rehearse but not run", async () => {
    const d = await setup();
    const dba = await createTestUser(["DBA"]);
    session.user = { id: dba.id, email: dba.email, name: dba.name, roles: ["DBA"] };
    expect(await actions.startStepRunAction({ deploymentId: d.deploymentId, phaseRunId: d.phaseRunId, stepId: d.stepId, mode: "RUN", attempt: 1 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await actions.startStepRunAction({ deploymentId: d.deploymentId, phaseRunId: d.phaseRunId, stepId: d.stepId, mode: "REHEARSAL", attempt: 1 })).toMatchObject({
      ok: true,
    });
  });

  it("invalid input gets field messages and changes nothing", async () => {
    const d = await setup();
    session.user = { id: d.lead.id, email: d.lead.email, name: d.lead.name, roles: ["LEAD"] };
    expect(await actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "abort", reason: "  " })).toMatchObject({
      ok: false,
      validationErrors: { reason: [expect.stringMatching(/Say why/)] },
    });
    expect(await actions.startStepRunAction({ deploymentId: "not-an-id", phaseRunId: d.phaseRunId, stepId: d.stepId, attempt: 0 })).toMatchObject({
      ok: false,
      validationErrors: { deploymentId: expect.any(Array), attempt: expect.any(Array) },
    });
    expect((await testPrisma().deployment.findUniqueOrThrow({ where: { id: d.deploymentId } })).status).toBe("PLANNED");
  });

  it("a refused transition reaches the person as a sentence and is audited", async () => {
    const d = await setup();
    session.user = { id: d.lead.id, email: d.lead.email, name: d.lead.name, roles: ["LEAD"] };
    const result = await actions.completePhaseAction({ deploymentId: d.deploymentId, phaseRunId: d.phaseRunId });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", serverError: expect.stringMatching(/planned/) });
    expect(await testPrisma().auditEvent.count({ where: { deploymentId: d.deploymentId, type: "deployment.action_refused" } })).toBe(1);
  });
});
