// GET /api/v1/runbooks/{runbookId}/versions/{versionNumber}/markdown (lib/api/v1/runbooks.ts)
export { exportRunbookVersionRoute as GET } from "@/lib/api/v1/runbooks";
export const dynamic = "force-dynamic";
