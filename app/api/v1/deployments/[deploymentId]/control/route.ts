// POST /api/v1/deployments/{deploymentId}/control (lib/api/v1/deployments.ts)
export { controlDeploymentRoute as POST } from "@/lib/api/v1/deployments";
export const dynamic = "force-dynamic";
