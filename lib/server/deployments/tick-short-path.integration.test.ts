// A tick's short path (guarded-phase-write.ts, issue 17 item 3): decided on the phase read without
// the deployment's lock, written in one statement that re-checks under lock what the decision
// rested on. These re-prove the rules the long path kept by holding the deployment's lock for the
// whole change: a decision made on a state that has since moved writes nothing (and the tick is
// then refused, audited, by the long path); a tick racing a pause is never recorded after it;
// ticks and unticks of one item at once leave one event per change, alternating, ending on the
// row's state; the checklist's version moves with each change and only with a change.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { testPrisma } from "@/lib/testing/db";
import { ConflictError } from "@/lib/errors";
import { createTestUser, deploymentMap, planTestDeployment } from "@/lib/testing/deployment-fixture";
import { verifyAuditChain } from "@/lib/audit/verify";
import { controlDeployment } from "./control-deployment";
import { completePhase } from "./complete-phase";
import { readPhaseScope } from "./deployment-snapshot";
import { guardedPhaseWrite } from "./guarded-phase-write";
import { tickChecklistItem } from "./tick-checklist-item";
import { recordCriterion } from "./record-criterion";
import type { TDeploymentActor } from "./change-deployment";

const prisma = () => testPrisma();
const events = (deploymentId: string, type: string) => prisma().auditEvent.findMany({ where: { deploymentId, type }, orderBy: { seq: "asc" } });
const version = async (phaseRunId: string) => (await prisma().phaseRun.findUniqueOrThrow({ where: { id: phaseRunId }, select: { version: true } })).version;

async function setup(itemCount = 3) {
  const lead = await createTestUser(["LEAD"]);
  const texts = Array.from({ length: itemCount }, (_, i) => `Item ${i + 1}`);
  const { deploymentId } = await planTestDeployment(lead, [
    { title: "First", checklistItems: texts.map((text) => ({ text })), steps: [] },
    { title: "Second", checklistItems: [{ text: "Later" }], steps: [] },
  ]);
  await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
  const phase = (await deploymentMap(deploymentId)).phase("First");
  return { lead, deploymentId, phaseRunId: phase.phaseRunId, itemIds: texts.map((t) => phase.checklist.find((c) => c.text === t)!.id) };
}

/** The short path's write of one tick, decided on `scope` (as tick-checklist-item.ts makes it). */
const writeTick = (deploymentId: string, scope: NonNullable<Awaited<ReturnType<typeof readPhaseScope>>>, itemId: string, isTicked: boolean, actor: TDeploymentActor) =>
  guardedPhaseWrite({
    prisma: prisma(),
    deploymentId,
    scope,
    actor,
    write: Prisma.sql`
      INSERT INTO "ChecklistTick" ("id", "phaseRunId", "checklistItemId", "isTicked", "tickedById")
      SELECT gen_random_uuid()::text, locked."id", ${itemId}, ${isTicked}::boolean, ${actor.id} FROM locked
      ON CONFLICT ("phaseRunId", "checklistItemId") DO UPDATE SET "isTicked" = EXCLUDED."isTicked"
       WHERE "ChecklistTick"."isTicked" IS DISTINCT FROM EXCLUDED."isTicked"
      RETURNING "id"`,
    isVersioned: true,
    event: { type: "checklist.ticked", payload: { phaseRunId: scope.phase.phaseRunId, itemId, text: "Item", isTicked } },
    target: { type: "checklist_item", id: itemId },
  });

describe("a tick's short path", () => {
  it("a decision made before the phase completed writes nothing; the tick is then refused and audited", async () => {
    const { lead, deploymentId, phaseRunId, itemIds } = await setup(1);
    await tickChecklistItem({ deploymentId, phaseRunId, itemId: itemIds[0]!, isTicked: true, actor: lead, prisma: prisma() });
    // the person's view: the phase active, the item ticked; meanwhile the phase is completed
    const stale = (await readPhaseScope(prisma(), deploymentId, phaseRunId))!;
    expect(stale.phase.status).toBe("ACTIVE");
    await completePhase({ deploymentId, phaseRunId, actor: lead, prisma: prisma() });
    const before = await version(phaseRunId);

    expect(await writeTick(deploymentId, stale, itemIds[0]!, false, lead)).toBe("moved");
    expect(await prisma().checklistTick.findFirstOrThrow({ where: { phaseRunId }, select: { isTicked: true } })).toEqual({ isTicked: true });
    expect(await version(phaseRunId)).toBe(before);
    expect(await events(deploymentId, "checklist.ticked")).toHaveLength(1);

    await expect(tickChecklistItem({ deploymentId, phaseRunId, itemId: itemIds[0]!, isTicked: false, actor: lead, prisma: prisma() })).rejects.toThrow(ConflictError);
    const refused = await events(deploymentId, "deployment.action_refused");
    expect(refused.at(-1)?.payload).toMatchObject({ action: "checklist.tick", reason: expect.stringMatching(/while it is active/) });
    expect((await verifyAuditChain(prisma())).isIntact).toBe(true);
  });

  it("a decision made before a pause writes nothing; the tick is then refused: the deployment is paused", async () => {
    const { lead, deploymentId, phaseRunId, itemIds } = await setup(1);
    const stale = (await readPhaseScope(prisma(), deploymentId, phaseRunId))!;
    await controlDeployment({ deploymentId, action: "pause", reason: "a look", actor: lead, prisma: prisma() });
    expect(await writeTick(deploymentId, stale, itemIds[0]!, true, lead)).toBe("moved");
    expect(await prisma().checklistTick.count({ where: { phaseRunId } })).toBe(0);
    await expect(tickChecklistItem({ deploymentId, phaseRunId, itemId: itemIds[0]!, isTicked: true, actor: lead, prisma: prisma() })).rejects.toThrow(/paused/);
    expect(await events(deploymentId, "checklist.ticked")).toHaveLength(0);
  });

  it("ticks racing a pause: none is recorded after the pause, and every recorded tick is on its row", async () => {
    const { lead, deploymentId, phaseRunId, itemIds } = await setup(12);
    const ticks = itemIds.map((itemId) => tickChecklistItem({ deploymentId, phaseRunId, itemId, isTicked: true, actor: lead, prisma: prisma() }));
    const pause = controlDeployment({ deploymentId, action: "pause", reason: "race", actor: lead, prisma: prisma() });
    const results = await Promise.allSettled([...ticks, pause]);
    // each tick either made its change or was refused because the deployment is paused
    for (const r of results) if (r.status === "rejected") expect(String(r.reason)).toMatch(/paused/);
    const paused = (await events(deploymentId, "deployment.status_changed")).find((e) => (e.payload as { to: string }).to === "PAUSED")!;
    const ticked = await events(deploymentId, "checklist.ticked");
    expect(ticked.every((e) => e.seq < paused.seq)).toBe(true);
    const rows = await prisma().checklistTick.findMany({ where: { phaseRunId, isTicked: true }, select: { checklistItemId: true } });
    expect(rows.map((r) => r.checklistItemId).sort()).toEqual(ticked.map((e) => (e.payload as { itemId: string }).itemId).sort());
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(ticked.length + 1);
    expect((await verifyAuditChain(prisma())).isIntact).toBe(true);
  });

  it("ticks and unticks of one item at once: one event per change, alternating, ending on the row's state; the version moves with each", async () => {
    const { lead, deploymentId, phaseRunId, itemIds } = await setup(1);
    const itemId = itemIds[0]!;
    const before = await version(phaseRunId);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => tickChecklistItem({ deploymentId, phaseRunId, itemId, isTicked: i % 3 !== 0, actor: lead, prisma: prisma() })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill("fulfilled"));
    const states = (await events(deploymentId, "checklist.ticked")).map((e) => (e.payload as { isTicked: boolean }).isTicked);
    expect(states.length).toBeGreaterThan(0);
    // a change is a change: never two events saying the same, the first one a tick
    states.forEach((s, i) => expect(s).toBe(i % 2 === 0));
    const row = await prisma().checklistTick.findFirstOrThrow({ where: { phaseRunId, checklistItemId: itemId }, select: { isTicked: true } });
    expect(row.isTicked).toBe(states.at(-1));
    expect(await version(phaseRunId)).toBe(before + states.length);
    // a tick that changes nothing moves nothing
    await tickChecklistItem({ deploymentId, phaseRunId, itemId, isTicked: row.isTicked, actor: lead, prisma: prisma() });
    expect(await version(phaseRunId)).toBe(before + states.length);
    expect((await verifyAuditChain(prisma())).isIntact).toBe(true);
  });

  it("a criterion recorded on the short path is written with its event; one recorded after the phase completed is refused", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [
      { title: "First", checklistItems: [], successCriteria: [{ text: "Nothing broke" }], steps: [] },
      { title: "Second", checklistItems: [{ text: "Later" }], steps: [] },
    ]);
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
    const phase = (await deploymentMap(deploymentId)).phase("First");
    const criterionId = phase.criteria[0]!.id;
    const record = (isMet: boolean, evidence: string) =>
      recordCriterion({ deploymentId, phaseRunId: phase.phaseRunId, criterionId, isMet, evidence, actor: lead, prisma: prisma() });
    await record(false, "a dashboard is red");
    await record(true, "green again");
    const row = await prisma().criterionResult.findFirstOrThrow({ where: { phaseRunId: phase.phaseRunId, criterionId }, select: { isMet: true, evidence: true, metById: true } });
    expect(row).toEqual({ isMet: true, evidence: "green again", metById: lead.id });
    expect((await events(deploymentId, "criterion.recorded")).map((e) => (e.payload as { isMet: boolean }).isMet)).toEqual([false, true]);
    await completePhase({ deploymentId, phaseRunId: phase.phaseRunId, actor: lead, prisma: prisma() });
    await expect(record(false, "too late")).rejects.toThrow(/while it is active/);
    expect(await events(deploymentId, "criterion.recorded")).toHaveLength(2);
    expect((await verifyAuditChain(prisma())).isIntact).toBe(true);
  });
});
