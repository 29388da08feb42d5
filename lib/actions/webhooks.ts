"use server";
// Webhook endpoints (issue 14): administrators only (admin.tokens — integrations, with API
// tokens). Thin adapters over lib/server/webhooks/manage-webhook-endpoints.ts.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "./action-client";
import { ZCreateWebhookEndpoint } from "@/lib/domain/webhooks/webhooks";
import { createWebhookEndpoint, sendTestWebhook, setWebhookEndpointActive } from "@/lib/server/webhooks/manage-webhook-endpoints";

const actorOf = (user: { id: string; email: string }) => ({ id: user.id, label: user.email });
const ZEndpointRef = z.object({ endpointId: z.guid("Choose an endpoint.") });

/** Answers the signing secret once: it is stored encrypted and never shown again. */
export const createWebhookEndpointAction = defineAction({
  name: "createWebhookEndpointAction",
  schema: ZCreateWebhookEndpoint,
  permission: "admin.tokens",
  handler: async ({ input, user }) => {
    const result = await createWebhookEndpoint({ ...input, actor: actorOf(user) });
    revalidatePath("/admin/webhooks");
    return result;
  },
});

export const setWebhookEndpointActiveAction = defineAction({
  name: "setWebhookEndpointActiveAction",
  schema: ZEndpointRef.extend({ isActive: z.boolean() }),
  permission: "admin.tokens",
  handler: async ({ input, user }) => {
    const result = await setWebhookEndpointActive({ ...input, actor: actorOf(user) });
    revalidatePath("/admin/webhooks");
    return result;
  },
});

export const sendTestWebhookAction = defineAction({
  name: "sendTestWebhookAction",
  schema: ZEndpointRef,
  permission: "admin.tokens",
  handler: async ({ input, user }) => {
    const result = await sendTestWebhook({ ...input, actor: actorOf(user) });
    revalidatePath("/admin/webhooks");
    return result;
  },
});
