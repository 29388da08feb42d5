// GET /api/v1/openapi.json: the OpenAPI 3.1 document, open to all (it describes, it grants nothing).
import { buildOpenApiDocument } from "@/lib/api/v1/openapi";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
