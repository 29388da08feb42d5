// GET /api/v1/runbooks/{runbookId}/versions/{versionNumber} (lib/api/v1/runbooks.ts)
export { getRunbookVersionRoute as GET } from "@/lib/api/v1/runbooks";
export const dynamic = "force-dynamic";
