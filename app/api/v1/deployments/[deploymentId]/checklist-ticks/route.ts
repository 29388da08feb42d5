// POST /api/v1/deployments/{deploymentId}/checklist-ticks (lib/api/v1/deployments.ts)
export { tickChecklistItemRoute as POST } from "@/lib/api/v1/deployments";
export const dynamic = "force-dynamic";
