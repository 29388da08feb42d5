// Issue 10: the server decides. Each cockpit action replayed after the state changed under it —
// a waived step, a finished deployment, the wrong phase, a rehearsal after the real run, a
// failing pre-flight — is refused on the server with a sentence, audited, and changes nothing,
// whatever a stale tab or a captured request says.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { UnauthenticatedError } from "@/lib/errors";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import type { TSessionUser } from "@/lib/auth/session";
import { createTestUser, deploymentMap, onTarget, planTestDeployment, runQueuedSteps, type TTestUser } from "@/lib/testing/deployment-fixture";

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
const prisma = () => testPrisma();

beforeEach(() => {
  session.user = null;
});

const as = (user: TTestUser) => {
  session.user = { id: user.id, name: user.name, email: user.email, roles: user.roles as TSessionUser["roles"] };
};

async function refusals(deploymentId: string) {
  return prisma().auditEvent.count({ where: { deploymentId, type: "deployment.action_refused" } });
}

/** A refused action: ok false, a sentence naming the rule, one more refusal in the audit trail. */
async function expectRefusedAndAudited(deploymentId: string, call: () => Promise<unknown>, mention: RegExp, code = "CONFLICT") {
  const before = await refusals(deploymentId);
  const result = (await call()) as { ok: boolean; serverError?: string; code?: string };
  expect(result).toMatchObject({ ok: false, code });
  expect(result.serverError).toMatch(mention);
  expect(await refusals(deploymentId)).toBe(before + 1);
}

async function setup() {
  const lead = await createTestUser(["LEAD"]);
  const table = `replay_${uniqueSuffix()}`;
  await onTarget(`CREATE TABLE ${table} (id int PRIMARY KEY); INSERT INTO ${table} VALUES (1), (2)`);
  const planned = await planTestDeployment(lead, [
    {
      title: "Work",
      steps: [
        { kind: "SQL", title: "Delete one", sql: `DELETE FROM ${table} WHERE id = 1;`, statementTimeoutMs: 5000, lockTimeoutMs: 1000 },
        { kind: "MANUAL", title: "Look", instructions: "Look at it." },
        { kind: "SQL", title: "Harmless", sql: "SELECT 1;", statementTimeoutMs: 5000, lockTimeoutMs: 1000 },
      ],
      checklistItems: [{ text: "Announce the window" }],
      successCriteria: [{ text: "Nothing broke", boundStepIndex: null }],
    },
    { title: "Later", steps: [{ kind: "SQL", title: "Later SQL", sql: "SELECT 2;", statementTimeoutMs: 5000, lockTimeoutMs: 1000 }], checklistItems: [{ text: "Later item" }] },
  ]);
  const map = await deploymentMap(planned.deploymentId);
  return { lead, table, ...planned, work: map.phase("Work"), later: map.phase("Later") };
}

describe("replayed cockpit actions after the state changed (issue 10)", () => {
  it("a waived step is neither run, rehearsed nor recorded: the DELETE never reaches the target", async () => {
    const d = await setup();
    as(d.lead);
    expect(await actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "start" })).toMatchObject({ ok: true });
    const ref = { deploymentId: d.deploymentId, phaseRunId: d.work.phaseRunId };
    expect(await actions.waiveStepAction({ ...ref, stepId: d.work.step("Delete one"), reason: "done by hand on the replica" })).toMatchObject({ ok: true });
    expect(await actions.waiveStepAction({ ...ref, stepId: d.work.step("Look"), reason: "not needed" })).toMatchObject({ ok: true });
    // the stale tab still shows Run / Rehearse / Record
    await expectRefusedAndAudited(d.deploymentId, () => actions.startStepRunAction({ ...ref, stepId: d.work.step("Delete one"), mode: "RUN", attempt: 1 }), /waived/);
    await expectRefusedAndAudited(d.deploymentId, () => actions.startStepRunAction({ ...ref, stepId: d.work.step("Delete one"), mode: "REHEARSAL", attempt: 1 }), /waived/);
    await expectRefusedAndAudited(d.deploymentId, () => actions.recordManualStepAction({ ...ref, stepId: d.work.step("Look"), attempt: 1, status: "SUCCEEDED" }), /waived/);
    await runQueuedSteps();
    expect(await prisma().stepRun.count({ where: { deploymentId: d.deploymentId } })).toBe(0);
    expect(await onTarget<{ n: number }>(`SELECT count(*)::int AS n FROM ${d.table}`)).toEqual([{ n: 2 }]);
  });

  it("a rehearsal after the real run is refused: no permanent rehearsal in the record", async () => {
    const d = await setup();
    as(d.lead);
    await actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "start" });
    const ref = { deploymentId: d.deploymentId, phaseRunId: d.work.phaseRunId, stepId: d.work.step("Harmless") };
    expect(await actions.startStepRunAction({ ...ref, mode: "RUN", attempt: 1 })).toMatchObject({ ok: true });
    await runQueuedSteps();
    await expectRefusedAndAudited(d.deploymentId, () => actions.startStepRunAction({ ...ref, mode: "REHEARSAL", attempt: 1 }), /already run for real/);
    expect(await prisma().stepRun.count({ where: { deploymentId: d.deploymentId, mode: "REHEARSAL" } })).toBe(0);
  });

  it("the wrong phase: a pending phase's checklist, step and criterion are refused", async () => {
    const d = await setup();
    as(d.lead);
    await actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "start" });
    const later = { deploymentId: d.deploymentId, phaseRunId: d.later.phaseRunId };
    await expectRefusedAndAudited(d.deploymentId, () => actions.tickChecklistItemAction({ ...later, itemId: d.later.checklist[0]!.id, isTicked: true }), /active/);
    await expectRefusedAndAudited(d.deploymentId, () => actions.startStepRunAction({ ...later, stepId: d.later.step("Later SQL"), mode: "RUN", attempt: 1 }), /active/);
    // an item of another phase named with this phase's id
    await expectRefusedAndAudited(
      d.deploymentId,
      () => actions.tickChecklistItemAction({ deploymentId: d.deploymentId, phaseRunId: d.work.phaseRunId, itemId: d.later.checklist[0]!.id, isTicked: true }),
      /not part of the phase/,
      "NOT_FOUND",
    );
    expect(await prisma().checklistTick.count({ where: { phaseRunId: { in: [d.work.phaseRunId, d.later.phaseRunId] } } })).toBe(0);
  });

  it("a finished deployment: every cockpit action is refused and nothing changes", async () => {
    const d = await setup();
    as(d.lead);
    await actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "start" });
    expect(await actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "abort", reason: "window closed" })).toMatchObject({ ok: true });
    const ref = { deploymentId: d.deploymentId, phaseRunId: d.work.phaseRunId };
    const before = await prisma().deployment.findUniqueOrThrow({ where: { id: d.deploymentId }, select: { version: true, status: true } });
    await expectRefusedAndAudited(d.deploymentId, () => actions.startStepRunAction({ ...ref, stepId: d.work.step("Harmless"), mode: "RUN", attempt: 1 }), /aborted/);
    await expectRefusedAndAudited(d.deploymentId, () => actions.startStepRunAction({ ...ref, stepId: d.work.step("Harmless"), mode: "REHEARSAL", attempt: 1 }), /aborted/);
    await expectRefusedAndAudited(d.deploymentId, () => actions.tickChecklistItemAction({ ...ref, itemId: d.work.checklist[0]!.id, isTicked: true }), /aborted/);
    await expectRefusedAndAudited(d.deploymentId, () => actions.recordCriterionAction({ ...ref, criterionId: d.work.criteria[0]!.id, isMet: true, evidence: "fine" }), /aborted/);
    await expectRefusedAndAudited(d.deploymentId, () => actions.completePhaseAction(ref), /aborted/);
    await expectRefusedAndAudited(d.deploymentId, () => actions.skipPhaseAction({ ...ref, reason: "x" }), /aborted/);
    await expectRefusedAndAudited(d.deploymentId, () => actions.waiveStepAction({ ...ref, stepId: d.work.step("Harmless"), reason: "x" }), /aborted/);
    await expectRefusedAndAudited(d.deploymentId, () => actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "pause" }), /aborted/);
    expect(await prisma().deployment.findUniqueOrThrow({ where: { id: d.deploymentId }, select: { version: true, status: true } })).toEqual(before);
    expect(await prisma().stepRun.count({ where: { deploymentId: d.deploymentId } })).toBe(0);
  });

  it("abort and roll back are refused while a step is queued on the target", async () => {
    const d = await setup();
    as(d.lead);
    await actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "start" });
    await actions.startStepRunAction({ deploymentId: d.deploymentId, phaseRunId: d.work.phaseRunId, stepId: d.work.step("Harmless"), mode: "RUN", attempt: 1 });
    await expectRefusedAndAudited(d.deploymentId, () => actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "abort", reason: "x" }), /running on the target/);
    await expectRefusedAndAudited(
      d.deploymentId,
      () => actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "end_failed", reason: "x" }),
      /running on the target/,
    );
    await runQueuedSteps();
    expect(await actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "abort", reason: "x" })).toMatchObject({ ok: true });
  });

  it("start is refused while the pre-flight fails, and with a reason it starts, audited as an override", async () => {
    const d = await setup();
    // the target stops answering: point the environment at a port where nothing listens
    const { encryptSecret, maskDatabaseUrl } = await import("@/lib/crypto");
    const dead = "postgresql://postgres@127.0.0.1:9/nowhere";
    await prisma().environment.update({ where: { id: d.environmentId }, data: { targetUrlCiphertext: encryptSecret(dead), targetUrlMasked: maskDatabaseUrl(dead) } });
    as(d.lead);
    await expectRefusedAndAudited(
      d.deploymentId,
      () => actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "start" }),
      /pre-flight check fails.*Target database answers/,
    );
    expect(await prisma().deployment.findUniqueOrThrow({ where: { id: d.deploymentId }, select: { status: true } })).toEqual({ status: "PLANNED" });
    expect(await actions.controlDeploymentAction({ deploymentId: d.deploymentId, action: "start", reason: "the target is behind a bastion the check cannot reach" })).toMatchObject(
      { ok: true },
    );
    const override = await prisma().auditEvent.findFirstOrThrow({ where: { deploymentId: d.deploymentId, type: "deployment.preflight_overridden" } });
    expect(override.payload).toMatchObject({ reason: "the target is behind a bastion the check cannot reach", failures: [expect.stringMatching(/^Target database answers/)] });
  });
});
