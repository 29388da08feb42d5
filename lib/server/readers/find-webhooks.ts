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

/** The URL as the page shows it: scheme, host and the path's first segment. A Slack webhook URL's
 * path IS its credential, so the rest never reaches a browser. */
export type TWebhookEndpointItem = Omit<Prisma.WebhookEndpointGetPayload<{ select: typeof endpointSelect }>, "url"> & { urlMasked: string };

export function maskWebhookUrl(raw: string): string {
  try {
    const url = new URL(raw);
    const first = url.pathname.split("/").filter(Boolean)[0];
    return `${url.origin}/${first ? `${first}/` : ""}…`;
  } catch {
    return "…";
  }
}
export type TWebhookDeliveryItem = Prisma.WebhookDeliveryGetPayload<{ select: typeof deliverySelect }>;

/** The endpoints, and the delivery log's newest `limit` rows (status, response code, attempts). */
export async function findWebhooks(options: { limit?: number } = {}): Promise<{ endpoints: TWebhookEndpointItem[]; deliveries: TWebhookDeliveryItem[] }> {
  const prisma = getPrisma();
  const [endpoints, deliveries] = await Promise.all([
    prisma.webhookEndpoint.findMany({ orderBy: { createdAt: "asc" }, select: endpointSelect }),
    prisma.webhookDelivery.findMany({ orderBy: { createdAt: "desc" }, take: Math.min(options.limit ?? 50, 200), select: deliverySelect }),
  ]);
  return { endpoints: endpoints.map(({ url, ...rest }) => ({ ...rest, urlMasked: maskWebhookUrl(url) })), deliveries };
}
