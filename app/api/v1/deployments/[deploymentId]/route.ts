// GET /api/v1/deployments/{deploymentId} (lib/api/v1/deployments.ts)
export { getDeploymentRoute as GET } from "@/lib/api/v1/deployments";
export const dynamic = "force-dynamic";
