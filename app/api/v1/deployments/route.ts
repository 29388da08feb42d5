// GET and POST /api/v1/deployments (lib/api/v1/deployments.ts)
export { listDeployments as GET, planDeploymentRoute as POST } from "@/lib/api/v1/deployments";
export const dynamic = "force-dynamic";
