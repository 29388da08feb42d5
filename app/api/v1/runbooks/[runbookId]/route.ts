// GET /api/v1/runbooks/{runbookId} (lib/api/v1/runbooks.ts)
export { getRunbook as GET } from "@/lib/api/v1/runbooks";
export const dynamic = "force-dynamic";
