// GET /api/v1/runbooks (lib/api/v1/runbooks.ts)
export { listRunbooks as GET } from "@/lib/api/v1/runbooks";
export const dynamic = "force-dynamic";
