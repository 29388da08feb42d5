// Live work pushed, not polled (issue 17 item 1): a committed change reaches this process's feed —
// over LISTEN/NOTIFY on a real server, from the process's own commits on the embedded database —
// a rolled-back one never does, and the cockpit's shared view is read once per change for every
// viewer, never served stale to the person who just acted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPrisma } from "@/lib/testing/db";
import { createTestUser, deploymentMap, planTestDeployment } from "@/lib/testing/deployment-fixture";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { tickChecklistItem } from "@/lib/server/deployments/tick-checklist-item";
import { getDeployment, getDeploymentLiveJson, getDeploymentLiveStreamParts } from "@/lib/server/readers/get-deployment";
import type { TRole } from "@/lib/auth/permissions";
import { getChangeFeed, notifyDeploymentChange, type TFeedMessage, type TLiveChange } from "./change-feed";

const isServer = process.env.PHASELINE_TEST_DB_KIND === "server";
const prisma = () => testPrisma();
const viewer = (u: { id: string; name: string; email: string; roles: readonly string[] }) => ({ ...u, roles: [...u.roles] as TRole[] });

/** Collects the feed's messages; `next(match)` waits for one (or fails after `ms`). */
function listen() {
  const messages: TFeedMessage[] = [];
  const waiters: { match: (c: TLiveChange) => boolean; resolve: (c: TLiveChange | null) => void }[] = [];
  const unsubscribe = getChangeFeed().subscribe((m) => {
    messages.push(m);
    if (m.type !== "change") return;
    for (const w of waiters.splice(0)) {
      if (w.match(m.change)) w.resolve(m.change);
      else waiters.push(w);
    }
  });
  const next = (match: (c: TLiveChange) => boolean, ms = 3_000) =>
    new Promise<TLiveChange | null>((resolve) => {
      const seen = messages.find((m): m is Extract<TFeedMessage, { type: "change" }> => m.type === "change" && match(m.change));
      if (seen) return resolve(seen.change);
      const timer = setTimeout(() => resolve(null), ms);
      waiters.push({
        match,
        resolve: (c) => {
          clearTimeout(timer);
          resolve(c);
        },
      });
    });
  return { messages, next, unsubscribe };
}

beforeAll(async () => {
  await getChangeFeed().start(process.env.DATABASE_URL as string);
});
afterAll(async () => {
  await getChangeFeed().stop();
});

describe("the live change feed", () => {
  it("listens on a real server and falls back to this process's own commits on the embedded database", () => {
    expect(getChangeFeed().mode).toBe(isServer ? "listen" : "local");
  });

  it("hears a tick and a start of the deployment, each once, with whom they concern", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [{ title: "Prepare", checklistItems: [{ text: "Tell support", isRequired: true }] }]);
    const phase = (await deploymentMap(deploymentId)).phase("Prepare");
    const feed = listen();
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
    const started = await feed.next((c) => c.deploymentId === deploymentId);
    expect(started).toMatchObject({ deploymentId, isStatus: true, isWaiting: true });

    const itemId = phase.checklist[0]!.id;
    await tickChecklistItem({ deploymentId, phaseRunId: phase.phaseRunId, itemId, isTicked: true, actor: lead, prisma: prisma() });
    const ticked = await feed.next((c) => c.deploymentId === deploymentId && !c.isStatus);
    expect(ticked).toMatchObject({ deploymentId, isStatus: false, isWaiting: false });
    await new Promise((r) => setTimeout(r, 200));
    const mine = feed.messages.filter((m) => m.type === "change" && m.change.deploymentId === deploymentId);
    expect(mine).toHaveLength(2);
    feed.unsubscribe();
  });

  it("says nothing of a refused change: its notification rolls back with it", async () => {
    const lead = await createTestUser(["LEAD"]);
    const feed = listen();
    const { deploymentId } = await planTestDeployment(lead, [{ title: "Only" }]);
    expect(await feed.next((c) => c.deploymentId === deploymentId)).toMatchObject({ isStatus: true });
    feed.messages.length = 0;
    // pausing a planned deployment is refused by the state machine (and audited apart)
    await expect(controlDeployment({ deploymentId, action: "pause", reason: "", actor: lead, prisma: prisma() })).rejects.toThrow();
    expect(await feed.next((c) => c.deploymentId === deploymentId, 500)).toBeNull();
    feed.unsubscribe();
  });

  it.skipIf(!isServer)("hears a change committed by another instance (a notification this process did not announce)", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [{ title: "Only" }]);
    const feed = listen();
    await prisma().$transaction((tx) => notifyDeploymentChange(tx, deploymentId, { isStatus: true, isWaiting: false }));
    expect(await feed.next((c) => c.deploymentId === deploymentId)).toMatchObject({ deploymentId, isStatus: true });
    feed.unsubscribe();
  });

  it("reads the cockpit once for every viewer, and afresh as soon as the viewer's own change commits", async () => {
    const lead = await createTestUser(["LEAD"]);
    const dba = await createTestUser(["DBA"]);
    const { deploymentId } = await planTestDeployment(lead, [{ title: "Prepare", checklistItems: [{ text: "Freeze merges", isRequired: true }] }]);
    const phase = (await deploymentMap(deploymentId)).phase("Prepare");
    const feed = listen();
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
    // the start's own notification may still be on its way (LISTEN): let it land first
    await feed.next((c) => c.deploymentId === deploymentId && c.isStatus);
    feed.unsubscribe();

    const asLead = await getDeployment(deploymentId, { mode: "live", viewer: viewer(lead) });
    const asDba = await getDeployment(deploymentId, { mode: "live", viewer: viewer(dba) });
    // one read shared: the same phases, the actions each viewer's own
    expect(asDba.phases).toBe(asLead.phases);
    expect(asLead.actions.deployment.pause.ok).toBe(true);
    expect(asDba.actions.deployment.pause.ok).toBe(false);
    // the route's text: the shared part serialised once, the viewer's part appended — same content
    const text = JSON.parse(await getDeploymentLiveJson(deploymentId, viewer(dba))) as typeof asDba;
    expect({ ...text, serverNow: "" }).toEqual({ ...JSON.parse(JSON.stringify(asDba)), serverNow: "" });
    // the stream's event (/api/live?cockpit=): the shared bytes encoded once for every viewer, the same cockpit
    const leadParts = await getDeploymentLiveStreamParts(deploymentId, viewer(lead));
    const dbaParts = await getDeploymentLiveStreamParts(deploymentId, viewer(dba));
    expect(dbaParts.shared).toBe(leadParts.shared);
    const streamed = JSON.parse(new TextDecoder().decode(dbaParts.shared) + dbaParts.rest) as typeof asDba;
    expect({ ...streamed, serverNow: "" }).toEqual({ ...text, serverNow: "" });
    expect(streamed.actions.deployment.pause.ok).toBe(false);

    await tickChecklistItem({ deploymentId, phaseRunId: phase.phaseRunId, itemId: phase.checklist[0]!.id, isTicked: true, actor: lead, prisma: prisma() });
    // no wait for the notification: the commit itself voids this process's copy
    const after = await getDeployment(deploymentId, { mode: "live", viewer: viewer(lead) });
    expect(after.phases).not.toBe(asLead.phases);
    expect(after.phases[0]!.checklist[0]!.isTicked).toBe(true);
  });
});
