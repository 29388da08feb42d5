// Lifecycle webhooks end to end on the test database and a real HTTP receiver on 127.0.0.1
// (issue 14): the outbox row is written with the change, the delivery is signed (Standard
// Webhooks) and verifies, a 500 is retried with backoff until it succeeds, a redirect is not
// followed, and a change that rolls back queues nothing.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPrisma } from "@/lib/testing/db";
import { createTestUser, deploymentMap, planTestDeployment, type TTestUser } from "@/lib/testing/deployment-fixture";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { changeDeployment, RefusedError } from "@/lib/server/deployments/change-deployment";
import { WEBHOOK_EVENTS } from "@/lib/domain/webhooks/webhooks";
import { verifyWebhook } from "@/lib/domain/webhooks/signature";
import { ZCreateWebhookEndpoint } from "@/lib/domain/webhooks/webhooks";
import { claimDueWebhookDeliveries, deliverWebhook } from "./deliver-webhooks";
import { createWebhookEndpoint, sendTestWebhook, setWebhookEndpointActive } from "./manage-webhook-endpoints";

type TReceived = { path: string; headers: IncomingMessage["headers"]; body: string };
const received: TReceived[] = [];
/** what the receiver answers next, per path; default 200 */
const answers = new Map<string, number[]>();
let server: Server;
let origin: string;
let host: string;
let lead: TTestUser;
const admin = { id: null, label: "test-admin" };

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body });
      const status = answers.get(path)?.shift() ?? 200;
      if (status === 302) res.writeHead(302, { Location: `${origin}/elsewhere` }).end();
      else res.writeHead(status).end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  origin = `http://${host}`;
  lead = await createTestUser(["LEAD"]);
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function endpoint(path: string, options: { format?: "STANDARD" | "SLACK"; events?: string[] } = {}) {
  const input = ZCreateWebhookEndpoint.parse({
    name: `hook ${path}`,
    url: `${origin}${path}`,
    events: options.events ?? [...WEBHOOK_EVENTS],
    format: options.format ?? "STANDARD",
    allowedHosts: host,
  });
  return { ...(await createWebhookEndpoint({ ...input, actor: admin, prisma: testPrisma() })), path };
}

/** One worker round at `now`: claim what is due and send it. */
async function sendDue(now = new Date()) {
  const ids = await claimDueWebhookDeliveries(testPrisma(), 50, now);
  return Promise.all(ids.map((id) => deliverWebhook(testPrisma(), id, { now: () => now })));
}

const deliveriesOf = (endpointId: string) => testPrisma().webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: "asc" } });

describe("webhooks", () => {
  it("queues the start with the change, signs it, retries after a 500 and then delivers the current state", async () => {
    const hook = await endpoint("/retry");
    answers.set("/retry", [500]);
    const planned = await planTestDeployment(lead, [{ title: "Only", steps: [{ kind: "MANUAL", title: "Do", instructions: "Do." }] }]);
    await controlDeployment({ deploymentId: planned.deploymentId, action: "start", reason: "", actor: lead, prisma: testPrisma() });

    const [queued] = await deliveriesOf(hook.id);
    expect(queued).toMatchObject({ event: "deployment.started", status: "PENDING", attempts: 0 });

    const t0 = new Date();
    expect((await sendDue(t0)).map((o) => o.status)).toEqual(["PENDING"]);
    const afterFirst = (await deliveriesOf(hook.id))[0]!;
    expect(afterFirst).toMatchObject({ status: "PENDING", attempts: 1, lastResponseCode: 500 });
    expect(afterFirst.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(t0.getTime() + 10_000);
    // not due yet: nothing is sent
    expect(await sendDue(new Date(t0.getTime() + 1_000))).toEqual([]);

    expect((await sendDue(new Date(t0.getTime() + 11_000))).map((o) => o.status)).toEqual(["SUCCEEDED"]);
    expect((await deliveriesOf(hook.id))[0]).toMatchObject({ status: "SUCCEEDED", attempts: 2, lastResponseCode: 200 });

    const sent = received.filter((r) => r.path === "/retry");
    expect(sent).toHaveLength(2);
    const last = sent[1]!;
    // the same webhook-id on every attempt: receivers de-duplicate on it
    expect(last.headers["webhook-id"]).toBe(sent[0]!.headers["webhook-id"]);
    expect(
      verifyWebhook(
        hook.secret,
        { id: String(last.headers["webhook-id"]), timestamp: String(last.headers["webhook-timestamp"]), signature: String(last.headers["webhook-signature"]) },
        last.body,
      ),
    ).toBe(true);
    expect(
      verifyWebhook(
        "whsec_" + Buffer.alloc(24, 1).toString("base64"),
        { id: String(last.headers["webhook-id"]), timestamp: String(last.headers["webhook-timestamp"]), signature: String(last.headers["webhook-signature"]) },
        last.body,
      ),
    ).toBe(false);
    const body = JSON.parse(last.body);
    expect(body).toMatchObject({ type: "deployment.started", data: { deployment: { id: planned.deploymentId, name: planned.name, status: "IN_PROGRESS" } } });
    // the state as the transaction saw it when the event was audited (the first phase opens just after)
    expect(body.data.deployment.phases[0]).toMatchObject({ title: "Only", procedure: "MAIN" });
    await setWebhookEndpointActive({ endpointId: hook.id, isActive: false, actor: admin, prisma: testPrisma() });
  });

  it("queues nothing for a change that rolls back", async () => {
    const hook = await endpoint("/rolled-back");
    const planned = await planTestDeployment(lead, [{ title: "Only", steps: [{ kind: "MANUAL", title: "Do", instructions: "Do." }] }]);
    await controlDeployment({ deploymentId: planned.deploymentId, action: "start", reason: "", actor: lead, prisma: testPrisma() });
    const before = (await deliveriesOf(hook.id)).length;
    await expect(
      changeDeployment({ deploymentId: planned.deploymentId, actor: lead, action: "test.rollback", prisma: testPrisma() }, async (ctx) => {
        await ctx.tx.deployment.update({ where: { id: planned.deploymentId }, data: { status: "ABORTED" } });
        await ctx.audit({ type: "deployment.status_changed", payload: { from: "IN_PROGRESS", to: "ABORTED", reason: "x" } });
        throw new RefusedError("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await deliveriesOf(hook.id)).toHaveLength(before);
    expect((await testPrisma().deployment.findUniqueOrThrow({ where: { id: planned.deploymentId } })).status).toBe("IN_PROGRESS");
    // while a committed one is queued
    await controlDeployment({ deploymentId: planned.deploymentId, action: "pause", reason: "", actor: lead, prisma: testPrisma() });
    expect((await deliveriesOf(hook.id)).map((d) => d.event).slice(before)).toEqual(["deployment.paused"]);
    await setWebhookEndpointActive({ endpointId: hook.id, isActive: false, actor: admin, prisma: testPrisma() });
    await sendDue(new Date(Date.now() + 3_600_000 * 2));
  });

  it("does not follow a redirect, sends only subscribed events, and speaks Slack when asked", async () => {
    const redirecting = await endpoint("/moved");
    answers.set("/moved", [302]);
    const slack = await endpoint("/slack", { format: "SLACK", events: ["phase.awaiting_signoff", "deployment.started"] });
    const planned = await planTestDeployment(lead, [{ title: "Migrate", requiredSignoffRoles: ["DBA"], steps: [{ kind: "MANUAL", title: "Do", instructions: "Do." }] }]);
    await controlDeployment({ deploymentId: planned.deploymentId, action: "start", reason: "", actor: lead, prisma: testPrisma() });
    const map = await deploymentMap(planned.deploymentId);
    expect(map.phase("Migrate").status).toBe("ACTIVE");

    await sendDue(new Date(Date.now() + 7_200_000));
    expect((await deliveriesOf(redirecting.id))[0]).toMatchObject({ status: "PENDING", lastResponseCode: 302, lastError: expect.stringContaining("Redirect not followed") });
    expect(received.some((r) => r.path === "/elsewhere")).toBe(false);

    const slackBody = JSON.parse(received.filter((r) => r.path === "/slack").at(-1)!.body);
    expect(slackBody.text).toBe(`Deployment started: ${planned.name} (in progress) — started`);
    expect(slackBody.blocks[0].type).toBe("section");
    expect((await deliveriesOf(slack.id)).map((d) => d.event)).toEqual(["deployment.started"]);
  });

  it("a test delivery, and nothing to a host no longer allowed", async () => {
    const hook = await endpoint("/test");
    const { deliveryId } = await sendTestWebhook({ endpointId: hook.id, actor: admin, prisma: testPrisma() });
    await sendDue(new Date(Date.now() + 10_800_000));
    expect(await testPrisma().webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({ status: "SUCCEEDED", lastResponseCode: 200 });
    expect(JSON.parse(received.filter((r) => r.path === "/test").at(-1)!.body).type).toBe("webhook.test");

    await testPrisma().webhookEndpoint.update({ where: { id: hook.id }, data: { allowedHosts: ["hooks.slack.com"] } });
    const second = await sendTestWebhook({ endpointId: hook.id, actor: admin, prisma: testPrisma() });
    const count = received.length;
    await sendDue(new Date(Date.now() + 14_400_000));
    expect(await testPrisma().webhookDelivery.findUniqueOrThrow({ where: { id: second.deliveryId } })).toMatchObject({
      status: "FAILED",
      lastError: expect.stringContaining("not allowed"),
    });
    expect(received.length).toBe(count);
  });

  it("refuses to register a URL whose host is not allowed", () => {
    const parsed = ZCreateWebhookEndpoint.safeParse({ name: "x", url: "https://evil.example/hook", events: ["deployment.failed"], allowedHosts: "hooks.slack.com" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["allowedHosts"]);
  });
});
