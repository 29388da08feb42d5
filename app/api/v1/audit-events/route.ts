// GET /api/v1/audit-events (lib/api/v1/audit-events.ts)
export { listAuditEvents as GET } from "@/lib/api/v1/audit-events";
export const dynamic = "force-dynamic";
