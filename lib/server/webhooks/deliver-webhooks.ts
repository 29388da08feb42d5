import "server-only";
// Sends queued webhook deliveries (issue 14), after commit and outside any transaction: claim
// due rows with FOR UPDATE SKIP LOCKED (several instances share the outbox), lease them, POST each
// signed (Standard Webhooks) to an allowed host without following redirects, and record the
// outcome — delivered, or retried with exponential backoff until MAX_ATTEMPTS, then failed.
import type { TPrisma } from "@/lib/db/client";
import { decryptSecret } from "@/lib/crypto";
import { isWebhookHostAllowed, MAX_ATTEMPTS, retryDelayMs, slackPayload, type TWebhookPayload } from "@/lib/domain/webhooks/webhooks";
import { signWebhook } from "@/lib/domain/webhooks/signature";

/** A claimed row is not claimed again for this long: a sender that died leaves it for a retry. */
const LEASE_MS = 60_000;
export const DELIVERY_TIMEOUT_MS = 10_000;

export async function claimDueWebhookDeliveries(prisma: TPrisma, limit = 10, now = new Date()): Promise<string[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    UPDATE "WebhookDelivery" SET attempts = attempts + 1, "nextAttemptAt" = ${leaseUntil}
    WHERE id IN (
      SELECT id FROM "WebhookDelivery"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id`;
  return rows.map((r) => r.id);
}

export type TDeliveryOutcome = { status: "SUCCEEDED" | "PENDING" | "FAILED"; responseCode: number | null; error: string | null };

/** Sends one claimed delivery and records its outcome. Never throws for the receiver's failure. */
export async function deliverWebhook(prisma: TPrisma, deliveryId: string, options: { fetchImpl?: typeof fetch; now?: () => Date } = {}): Promise<TDeliveryOutcome> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const now = options.now ?? (() => new Date());
  const delivery = await prisma.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { id: true, payload: true, attempts: true, endpoint: { select: { url: true, format: true, allowedHosts: true, secretCiphertext: true, isActive: true } } },
  });
  if (!delivery) return { status: "FAILED", responseCode: null, error: "gone" };
  const { endpoint } = delivery;

  const finish = async (outcome: TDeliveryOutcome) => {
    await prisma.webhookDelivery.update({
      where: { id: deliveryId },
      data: {
        status: outcome.status,
        lastResponseCode: outcome.responseCode,
        lastError: outcome.error,
        ...(outcome.status === "SUCCEEDED" ? { deliveredAt: now() } : {}),
        ...(outcome.status === "PENDING" ? { nextAttemptAt: new Date(now().getTime() + retryDelayMs(delivery.attempts)) } : {}),
      },
    });
    return outcome;
  };
  const failOrRetry = (responseCode: number | null, error: string) => finish({ status: delivery.attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING", responseCode, error });

  if (!endpoint.isActive) return finish({ status: "FAILED", responseCode: null, error: "The endpoint is disabled." });
  const url = new URL(endpoint.url);
  // checked at send time too: an allow-list edited after queueing still binds
  if (!isWebhookHostAllowed(url, endpoint.allowedHosts)) return finish({ status: "FAILED", responseCode: null, error: `The host ${url.host} is not allowed for this endpoint.` });

  const payload = delivery.payload as unknown as TWebhookPayload;
  const body = JSON.stringify(endpoint.format === "SLACK" ? slackPayload(payload) : payload);
  const timestamp = Math.floor(now().getTime() / 1000);
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      // never follow: a redirect could lead the signed payload to a host nobody allowed
      redirect: "manual",
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Phaseline-Webhooks/1",
        "webhook-id": delivery.id,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": signWebhook(decryptSecret(endpoint.secretCiphertext), delivery.id, timestamp, body),
      },
      body,
    });
    await response.body?.cancel().catch(() => {});
  } catch (error) {
    const isTimeout = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return failOrRetry(null, isTimeout ? `No answer within ${DELIVERY_TIMEOUT_MS / 1000} s.` : "Could not connect.");
  }
  if (response.status >= 200 && response.status < 300) return finish({ status: "SUCCEEDED", responseCode: response.status, error: null });
  if (response.status >= 300 && response.status < 400) return failOrRetry(response.status, "Redirect not followed: register the final URL.");
  return failOrRetry(response.status, `HTTP ${response.status}`);
}

type TWebhookWorker = { stop: () => void };
const globalForWebhooks = globalThis as unknown as { phaselineWebhookWorker?: TWebhookWorker };
const POLL_MS = 2_000;

/** This process's sender loop, started once (instrumentation.ts). */
export function startWebhookWorker(prisma: TPrisma): TWebhookWorker {
  if (globalForWebhooks.phaselineWebhookWorker) return globalForWebhooks.phaselineWebhookWorker;
  let isStopped = false;
  void (async () => {
    while (!isStopped) {
      try {
        const ids = await claimDueWebhookDeliveries(prisma);
        for (const id of ids) await deliverWebhook(prisma, id);
        if (ids.length) continue;
      } catch (error) {
        console.error("[phaseline] webhook worker: a round failed", error instanceof Error ? error.name : "error");
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  })();
  const handle = {
    stop: () => {
      isStopped = true;
      globalForWebhooks.phaselineWebhookWorker = undefined;
    },
  };
  globalForWebhooks.phaselineWebhookWorker = handle;
  return handle;
}
