import { describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import { isWebhookHostAllowed, retryDelayMs, slackPayload, standardPayload, webhookEventOf } from "./webhooks";
import { signWebhook, verifyWebhook } from "./signature";

describe("signWebhook (Standard Webhooks)", () => {
  it("is v1, base64 HMAC-SHA256 of id.timestamp.body under the decoded whsec_ key, and verifies", () => {
    const key = Buffer.from("0123456789abcdef0123456789abcdef");
    const secret = `whsec_${key.toString("base64")}`;
    const body = JSON.stringify({ type: "deployment.succeeded" });
    const signature = signWebhook(secret, "msg_1", 1_700_000_000, body);
    expect(signature).toBe(`v1,${createHmac("sha256", key).update(`msg_1.1700000000.${body}`).digest("base64")}`);
    expect(verifyWebhook(secret, { id: "msg_1", timestamp: "1700000000", signature: `v1,bogus ${signature}` }, body)).toBe(true);
    expect(verifyWebhook(secret, { id: "msg_1", timestamp: "1700000000", signature }, body + " ")).toBe(false);
    expect(verifyWebhook(secret, { id: "msg_2", timestamp: "1700000000", signature }, body)).toBe(false);
  });
});

describe("webhookEventOf", () => {
  it("names lifecycle events and ignores the rest", () => {
    expect(webhookEventOf({ type: "deployment.status_changed", payload: { from: "PLANNED", to: "IN_PROGRESS" } })).toBe("deployment.started");
    expect(webhookEventOf({ type: "deployment.status_changed", payload: { from: "PAUSED", to: "IN_PROGRESS" } })).toBeNull();
    expect(webhookEventOf({ type: "deployment.status_changed", payload: { from: "ROLLING_BACK", to: "ROLLED_BACK" } })).toBe("deployment.rolled_back");
    expect(webhookEventOf({ type: "phase.status_changed", payload: { phaseRunId: "p", phaseTitle: "Migrate", from: "ACTIVE", to: "AWAITING_SIGNOFF" } })).toBe(
      "phase.awaiting_signoff",
    );
    expect(webhookEventOf({ type: "step.finished", payload: { stepRunId: "s", stepTitle: "x", status: "FAILED" } })).toBe("step.failed");
    expect(webhookEventOf({ type: "step.finished", payload: { stepRunId: "s", stepTitle: "x", status: "SUCCEEDED" } })).toBeNull();
    expect(webhookEventOf({ type: "checklist.ticked", payload: { phaseRunId: "p", itemId: "i", text: "t", isTicked: true } })).toBeNull();
  });
});

describe("payloads", () => {
  const deployment = {
    id: "d",
    name: "rename-fixed-cost",
    status: "IN_PROGRESS",
    statusReason: null,
    environment: { name: "production", isProduction: true },
    runbook: { title: "Rename <col>", versionNumber: 2 },
    phases: [],
    url: "https://phaseline.example/deployments/d",
  };
  it("Slack: text and blocks, with Slack's characters escaped", () => {
    const slack = slackPayload(standardPayload("phase.awaiting_signoff", new Date(0), deployment, { summary: "Migrate needs DBA" }));
    expect(slack.text).toBe("Phase awaiting sign-off: rename-fixed-cost (in progress) — Migrate needs DBA");
    expect(JSON.stringify(slack.blocks)).toContain("Rename &lt;col&gt; v2 on production (production)");
    expect(JSON.stringify(slack.blocks)).toContain("<https://phaseline.example/deployments/d|rename-fixed-cost>");
  });
});

describe("hosts and retries", () => {
  it("allows only listed hosts (host:port entries for that port only)", () => {
    expect(isWebhookHostAllowed(new URL("https://hooks.slack.com/services/x"), ["hooks.slack.com"])).toBe(true);
    expect(isWebhookHostAllowed(new URL("https://evil.example/"), ["hooks.slack.com"])).toBe(false);
    expect(isWebhookHostAllowed(new URL("http://127.0.0.1:9000/"), ["127.0.0.1:9000"])).toBe(true);
    expect(isWebhookHostAllowed(new URL("http://127.0.0.1:9001/"), ["127.0.0.1:9000"])).toBe(false);
  });
  it("backs off exponentially, capped at an hour", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelayMs(30)).toBe(3_600_000);
  });
});
