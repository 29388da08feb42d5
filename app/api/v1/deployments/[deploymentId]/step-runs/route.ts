// POST /api/v1/deployments/{deploymentId}/step-runs (lib/api/v1/deployments.ts)
export { startStepRunRoute as POST } from "@/lib/api/v1/deployments";
export const dynamic = "force-dynamic";
