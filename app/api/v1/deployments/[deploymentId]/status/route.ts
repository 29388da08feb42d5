// GET /api/v1/deployments/{deploymentId}/status (lib/api/v1/deployments.ts)
export { getDeploymentStatusRoute as GET } from "@/lib/api/v1/deployments";
export const dynamic = "force-dynamic";
