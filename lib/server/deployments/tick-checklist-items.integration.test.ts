// Ticking a group of checklist items in one action (issue 18 item 4): one audit event per item in
// the transaction that ticks them, all or nothing on a refusal, and a stale or replayed request
// refused (audited) without changing anything.
import { describe, expect, it } from "vitest";
import { testPrisma } from "@/lib/testing/db";
import { ConflictError } from "@/lib/errors";
import { createTestUser, deploymentMap, planTestDeployment } from "@/lib/testing/deployment-fixture";
import { verifyAuditChain } from "@/lib/audit/verify";
import { controlDeployment } from "./control-deployment";
import { tickChecklistItem } from "./tick-checklist-item";
import { tickChecklistItems, STALE_CHECKLIST } from "./tick-checklist-items";

const prisma = () => testPrisma();
const events = (deploymentId: string, type: string) => prisma().auditEvent.findMany({ where: { deploymentId, type }, orderBy: { seq: "asc" } });
const version = async (phaseRunId: string) => (await prisma().phaseRun.findUniqueOrThrow({ where: { id: phaseRunId }, select: { version: true } })).version;
const ticks = (phaseRunId: string) => prisma().checklistTick.findMany({ where: { phaseRunId, isTicked: true }, select: { checklistItemId: true, tickedById: true } });

async function setup() {
  const lead = await createTestUser(["LEAD"]);
  const texts = Array.from({ length: 12 }, (_, i) => `Item ${i + 1}`);
  const { deploymentId } = await planTestDeployment(lead, [
    { title: "Long list", checklistItems: texts.map((text) => ({ text })), steps: [] },
    { title: "Later", checklistItems: [{ text: "Later item" }], steps: [] },
  ]);
  await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
  const map = await deploymentMap(deploymentId);
  const phase = map.phase("Long list");
  const itemIds = texts.map((t) => phase.checklist.find((c) => c.text === t)!.id);
  return { lead, deploymentId, phaseRunId: phase.phaseRunId, itemIds, later: map.phase("Later") };
}

describe("tickChecklistItems", () => {
  it("ticks every item in one transaction with one audit event per item, and the chain verifies", async () => {
    const { lead, deploymentId, phaseRunId, itemIds } = await setup();
    const checklistVersion = await version(phaseRunId);
    const result = await tickChecklistItems({ deploymentId, phaseRunId, itemIds, checklistVersion, actor: lead, prisma: prisma() });
    expect(result).toEqual({ ticked: 12, checklistVersion: checklistVersion + 1 });
    expect((await ticks(phaseRunId)).map((t) => t.checklistItemId).sort()).toEqual([...itemIds].sort());
    expect((await ticks(phaseRunId)).every((t) => t.tickedById === lead.id)).toBe(true);
    const ticked = await events(deploymentId, "checklist.ticked");
    expect(ticked.map((e) => (e.payload as { itemId: string }).itemId)).toEqual(itemIds);
    expect(ticked.every((e) => e.actorId === lead.id && (e.payload as { isTicked: boolean }).isTicked)).toBe(true);
    expect((await verifyAuditChain(prisma())).isIntact).toBe(true);
  });

  it("refuses the whole group when one item is refused: nothing ticked, the refusal audited", async () => {
    const { lead, deploymentId, phaseRunId, itemIds, later } = await setup();
    const checklistVersion = await version(phaseRunId);
    // an item of a phase that is not the one named: the group is refused, the eleven others stay unticked
    const foreign = later.checklist[0]!.id;
    await expect(tickChecklistItems({ deploymentId, phaseRunId, itemIds: [...itemIds.slice(0, 11), foreign], checklistVersion, actor: lead, prisma: prisma() })).rejects.toThrow(
      /not part of the phase/,
    );
    // an already ticked item: refused too (the person's view was wrong), nothing else ticked
    await tickChecklistItem({ deploymentId, phaseRunId, itemId: itemIds[0]!, isTicked: true, actor: lead, prisma: prisma() });
    const fresh = await version(phaseRunId);
    await expect(tickChecklistItems({ deploymentId, phaseRunId, itemIds, checklistVersion: fresh, actor: lead, prisma: prisma() })).rejects.toThrow(/already ticked/);
    expect((await ticks(phaseRunId)).map((t) => t.checklistItemId)).toEqual([itemIds[0]]);
    expect(await events(deploymentId, "checklist.ticked")).toHaveLength(1);
    expect(await version(phaseRunId)).toBe(fresh);
    const refused = await events(deploymentId, "deployment.action_refused");
    expect(refused.map((e) => (e.payload as { action: string }).action)).toEqual(["checklist.tick_many", "checklist.tick_many"]);
  });

  it("refuses a replayed request and one made from a stale view, changing nothing", async () => {
    const { lead, deploymentId, phaseRunId, itemIds } = await setup();
    const checklistVersion = await version(phaseRunId);
    const request = { deploymentId, phaseRunId, itemIds: itemIds.slice(0, 5), checklistVersion, actor: lead, prisma: prisma() };
    await tickChecklistItems(request);
    // the same request again (a double click, a replay): refused, not a second set of events
    await expect(tickChecklistItems(request)).rejects.toBeInstanceOf(ConflictError);
    expect(await events(deploymentId, "checklist.ticked")).toHaveLength(5);
    // someone unticks an item meanwhile: a group tick from the older view is refused as stale
    const seen = await version(phaseRunId);
    await tickChecklistItem({ deploymentId, phaseRunId, itemId: itemIds[0]!, isTicked: false, actor: lead, prisma: prisma() });
    await expect(tickChecklistItems({ ...request, itemIds: itemIds.slice(5), checklistVersion: seen })).rejects.toThrow(STALE_CHECKLIST);
    expect(await ticks(phaseRunId)).toHaveLength(4);
    expect(await events(deploymentId, "checklist.ticked")).toHaveLength(6);
    const refused = await events(deploymentId, "deployment.action_refused");
    expect(refused).toHaveLength(2);
  });
});
