import "server-only";
// An administrator's webhook endpoints (issue 14): register one (its signing secret is generated
// here, stored encrypted and shown once), switch it off or on, queue a test delivery. Each change
// is audited in its own transaction; no URL query string or secret reaches the audit trail.
import { randomBytes } from "node:crypto";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { encryptSecret } from "@/lib/crypto";
import { NotFoundError } from "@/lib/errors";
import { standardPayload, type TCreateWebhookEndpoint } from "@/lib/domain/webhooks/webhooks";
import { SECRET_PREFIX } from "@/lib/domain/webhooks/signature";

export async function createWebhookEndpoint(input: TCreateWebhookEndpoint & { actor: TActor; prisma?: TPrisma }): Promise<{ id: string; secret: string }> {
  const prisma = input.prisma ?? getPrisma();
  const secret = SECRET_PREFIX + randomBytes(24).toString("base64");
  return prisma.$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.create({
      data: {
        name: input.name,
        url: input.url,
        events: input.events,
        format: input.format,
        allowedHosts: input.allowedHosts,
        secretCiphertext: encryptSecret(secret),
        createdById: input.actor.id,
      },
      select: { id: true },
    });
    await appendAuditEvent(
      tx,
      { actor: input.actor, targetType: "webhook_endpoint", targetId: row.id },
      {
        type: "webhook.endpoint_created",
        payload: { name: input.name, host: new URL(input.url).host, events: input.events, format: input.format },
      },
    );
    return { id: row.id, secret };
  });
}

export async function setWebhookEndpointActive(input: { endpointId: string; isActive: boolean; actor: TActor; prisma?: TPrisma }): Promise<{ isActive: boolean }> {
  const prisma = input.prisma ?? getPrisma();
  return prisma.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: input.endpointId }, select: { id: true, name: true, isActive: true } });
    if (!endpoint) throw new NotFoundError("This webhook endpoint does not exist.");
    const { count } = await tx.webhookEndpoint.updateMany({ where: { id: endpoint.id, isActive: !input.isActive }, data: { isActive: input.isActive } });
    if (count === 1) {
      await appendAuditEvent(
        tx,
        { actor: input.actor, targetType: "webhook_endpoint", targetId: endpoint.id },
        { type: "webhook.endpoint_changed", payload: { name: endpoint.name, isActive: input.isActive } },
      );
    }
    return { isActive: input.isActive };
  });
}

/** Queues a `webhook.test` delivery: the worker sends it like any other, signed, within seconds. */
export async function sendTestWebhook(input: { endpointId: string; actor: TActor; prisma?: TPrisma }): Promise<{ deliveryId: string }> {
  const prisma = input.prisma ?? getPrisma();
  return prisma.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: input.endpointId }, select: { id: true, name: true } });
    if (!endpoint) throw new NotFoundError("This webhook endpoint does not exist.");
    const payload = standardPayload("webhook.test", new Date(), null, { summary: `Test from ${input.actor.label}: this endpoint receives Phaseline events.` });
    const delivery = await tx.webhookDelivery.create({ data: { endpointId: endpoint.id, event: "webhook.test", payload: asJson(payload) }, select: { id: true } });
    await appendAuditEvent(tx, { actor: input.actor, targetType: "webhook_endpoint", targetId: endpoint.id }, { type: "webhook.test_queued", payload: { name: endpoint.name } });
    return { deliveryId: delivery.id };
  });
}

/** JSON as Postgres stores it (no undefined, dates as strings). */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
