import "server-only";
// /api/v1/audit-events (issue 14): the trail, newest first, keyset-paged on its sequence number.
import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import { DB_BIGINT_MAX } from "@/lib/domain/db-bounds";
import { findAuditEvents } from "@/lib/server/readers/find-audit-events";
import { ZAuditEventList, ZUuid } from "./schemas";

export const ZAuditQuery = z.object({
  deploymentId: ZUuid.optional(),
  before: z
    .string()
    .regex(/^\d{1,19}$/, "Pass the nextCursor of the previous page.")
    // 19 digits reach past the bigint column: a 500 before issue 17
    // guarded: zod runs a refine even after the regex failed, and BigInt("xyz") throws
    .refine((v) => /^\d{1,19}$/.test(v) && BigInt(v) <= DB_BIGINT_MAX, "Pass the nextCursor of the previous page.")
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const listAuditEvents = defineRoute(
  {
    method: "GET",
    path: "/api/v1/audit-events",
    operationId: "listAuditEvents",
    tag: "audit",
    summary: "Audit events, newest first, keyset-paged",
    permission: "audit.view",
    query: ZAuditQuery,
    response: ZAuditEventList,
  },
  async ({ query }) => {
    const { events, nextCursor } = await findAuditEvents({ limit: query.limit, before: query.before ?? null, deploymentId: query.deploymentId ?? null });
    return { items: events, nextCursor };
  },
);
