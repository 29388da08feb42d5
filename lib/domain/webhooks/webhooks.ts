// Lifecycle webhooks (PRODUCT.md "Interfaces", issue 14). Pure: which audit events are lifecycle
// events, the payloads (standard and Slack), the host check. The signature is in signature.ts.
import { z } from "zod";
import type { TAuditEventInput } from "@/lib/audit/events";

export const WEBHOOK_EVENTS = [
  "deployment.started",
  "deployment.paused",
  "deployment.succeeded",
  "deployment.failed",
  "deployment.rolling_back",
  "deployment.rolled_back",
  "deployment.aborted",
  "phase.awaiting_signoff",
  "signoff.decided",
  "step.failed",
  "step.interrupted",
] as const;
export type TWebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<TWebhookEvent, string> = {
  "deployment.started": "Deployment started",
  "deployment.paused": "Deployment paused",
  "deployment.succeeded": "Deployment succeeded",
  "deployment.failed": "Deployment failed",
  "deployment.rolling_back": "Rolling back",
  "deployment.rolled_back": "Rolled back",
  "deployment.aborted": "Deployment aborted",
  "phase.awaiting_signoff": "Phase awaiting sign-off",
  "signoff.decided": "Sign-off decided",
  "step.failed": "Step failed",
  "step.interrupted": "Step interrupted",
};

const STATUS_EVENTS: Record<string, TWebhookEvent> = {
  PAUSED: "deployment.paused",
  SUCCEEDED: "deployment.succeeded",
  FAILED: "deployment.failed",
  ROLLING_BACK: "deployment.rolling_back",
  ROLLED_BACK: "deployment.rolled_back",
  ABORTED: "deployment.aborted",
};

/** The lifecycle event an audit event announces, or null (most audit events are not lifecycle events). */
export function webhookEventOf(event: TAuditEventInput): TWebhookEvent | null {
  switch (event.type) {
    case "deployment.status_changed":
      if (event.payload.to === "IN_PROGRESS") return event.payload.from === "PLANNED" ? "deployment.started" : null;
      return STATUS_EVENTS[event.payload.to] ?? null;
    case "phase.status_changed":
      return event.payload.to === "AWAITING_SIGNOFF" ? "phase.awaiting_signoff" : null;
    case "signoff.recorded":
      return event.payload.decision === "WITHDRAWN" ? null : "signoff.decided";
    case "step.finished":
    case "step.recorded":
      return event.payload.status === "FAILED" ? "step.failed" : null;
    case "step.interrupted":
      return "step.interrupted";
    default:
      return null;
  }
}

/** The deployment as it stands when the event is queued: what a receiver acts on. */
export type TDeploymentState = {
  id: string;
  name: string;
  status: string;
  statusReason: string | null;
  environment: { name: string; isProduction: boolean };
  runbook: { title: string; versionNumber: number | null };
  phases: { procedure: string; position: number; title: string; status: string }[];
  url: string | null;
};

export type TWebhookPayload = { type: TWebhookEvent | "webhook.test"; timestamp: string; data: { deployment: TDeploymentState | null; details: Record<string, unknown> } };

/** Standard Webhooks' body shape: type, timestamp, data. */
export function standardPayload(type: TWebhookPayload["type"], at: Date, deployment: TDeploymentState | null, details: Record<string, unknown>): TWebhookPayload {
  return { type, timestamp: at.toISOString(), data: { deployment, details } };
}

const escapeSlack = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Slack's incoming-webhook shape: `text` (notifications, fallback) and blocks. */
export function slackPayload(payload: TWebhookPayload): { text: string; blocks: unknown[] } {
  const d = payload.data.deployment;
  const label = payload.type === "webhook.test" ? "Test message" : WEBHOOK_EVENT_LABELS[payload.type];
  const detail = typeof payload.data.details.summary === "string" ? ` — ${payload.data.details.summary}` : "";
  const name = d ? (d.url ? `<${d.url}|${escapeSlack(d.name)}>` : `*${escapeSlack(d.name)}*`) : "Phaseline";
  const text = d ? `${label}: ${d.name} (${d.status.toLowerCase().replace(/_/g, " ")})${detail}` : `${label} from Phaseline${detail}`;
  const blocks: unknown[] = [{ type: "section", text: { type: "mrkdwn", text: `*${label}*: ${name}${escapeSlack(detail)}` } }];
  if (d) {
    blocks.push({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: `${escapeSlack(d.runbook.title)} v${d.runbook.versionNumber ?? "?"} on ${escapeSlack(d.environment.name)}${d.environment.isProduction ? " (production)" : ""} · status ${d.status}`,
        },
      ],
    });
  }
  return { text, blocks };
}

/** Whether the URL's host is one the admin allowed: exact host, or host:port for that port only. */
export function isWebhookHostAllowed(url: URL, allowedHosts: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  return allowedHosts.some((raw) => {
    const entry = raw.trim().toLowerCase();
    return entry === host || entry === url.host.toLowerCase();
  });
}

/** Delays after attempts 1, 2, 3 …: 10 s, 20 s, 40 s … capped at 1 h; MAX_ATTEMPTS then gives up. */
export const MAX_ATTEMPTS = 8;
export function retryDelayMs(attempt: number): number {
  return Math.min(3_600_000, 10_000 * 2 ** Math.max(0, attempt - 1));
}

export const ZCreateWebhookEndpoint = z
  .object({
    name: z.string("Name the endpoint.").trim().min(1, "Name the endpoint.").max(80, "Use at most 80 characters."),
    url: z.url({ protocol: /^https?$/, error: "Enter an http(s) URL." }).max(2000),
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, "Choose at least one event."),
    format: z.enum(["STANDARD", "SLACK"]).default("STANDARD"),
    allowedHosts: z
      .string()
      .max(2000)
      .transform((v) =>
        v
          .split(/[\s,]+/)
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      ),
  })
  .superRefine((v, ctx) => {
    let url: URL;
    try {
      url = new URL(v.url);
    } catch {
      return;
    }
    if (!isWebhookHostAllowed(url, v.allowedHosts)) {
      ctx.addIssue({ code: "custom", path: ["allowedHosts"], message: `Allow the URL's host (${url.host}) explicitly: deliveries go only to allowed hosts.` });
    }
    if (url.username || url.password) ctx.addIssue({ code: "custom", path: ["url"], message: "Put no credentials in the URL: deliveries are signed instead." });
  });
export type TCreateWebhookEndpoint = z.output<typeof ZCreateWebhookEndpoint>;
