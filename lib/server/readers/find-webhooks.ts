import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Never the secret's ciphertext. */
const endpointSelect = { id: true, name: true, url: true, events: true, format: true, allowedHosts: true, isActive: true, createdAt: true } satisfies Prisma.WebhookEndpointSelect;
const deliverySelect = {
  id: true,
  event: true,
  status: true,
  attempts: true,
  lastResponseCode: true,
  lastError: true,
  nextAttemptAt: true,
  deliveredAt: true,
  createdAt: true,
  endpoint: { select: { id: true, name: true } },
} satisfies Prisma.WebhookDeliverySelect;

export type TWebhookEndpointItem = Prisma.WebhookEndpointGetPayload<{ select: typeof endpointSelect }>;
export type TWebhookDeliveryItem = Prisma.WebhookDeliveryGetPayload<{ select: typeof deliverySelect }>;

/** The endpoints, and the delivery log's newest `limit` rows (status, response code, attempts). */
export async function findWebhooks(options: { limit?: number } = {}): Promise<{ endpoints: TWebhookEndpointItem[]; deliveries: TWebhookDeliveryItem[] }> {
  const prisma = getPrisma();
  const [endpoints, deliveries] = await Promise.all([
    prisma.webhookEndpoint.findMany({ orderBy: { createdAt: "asc" }, select: endpointSelect }),
    prisma.webhookDelivery.findMany({ orderBy: { createdAt: "desc" }, take: Math.min(options.limit ?? 50, 200), select: deliverySelect }),
  ]);
  return { endpoints, deliveries };
}
