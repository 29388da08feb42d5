import "server-only";
// The OpenAPI 3.1 document of /api/v1 (issue 14), generated from the routes' own zod schemas with
// zod 4's z.toJSONSchema (JSON Schema 2020-12, which OpenAPI 3.1 uses as is): the document cannot
// drift from what the routes validate and answer.
import { z } from "zod";
import { ZApiError, type TApiRoute } from "@/lib/api/define-route";
import { API_ROUTES } from "./routes";

type TJsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: "input" | "output"): TJsonSchema => {
  const { $schema: _omit, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as TJsonSchema;
  return rest;
};

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "The body is not valid JSON",
  401: "No token, or an unknown, revoked or expired one",
  403: "The token's user or scope lacks the permission (audited)",
  404: "Nothing with this id",
  409: "The deployment's state does not allow it now (audited)",
  413: "The body is larger than 64 KB",
  422: "The input is not valid",
  429: "Too many requests with this token (see Retry-After)",
};

function errorStatuses(route: TApiRoute): number[] {
  const { spec } = route;
  const statuses = [401, 403, 429];
  if (spec.params) statuses.push(404);
  if (spec.query) statuses.push(422);
  if (spec.body) statuses.push(400, 404, 409, 413, 422);
  return [...new Set(statuses)].sort();
}

function parameters(route: TApiRoute): TJsonSchema[] {
  const out: TJsonSchema[] = [];
  for (const [where, schema] of [
    ["path", route.spec.params],
    ["query", route.spec.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, "input") as { properties?: Record<string, TJsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      out.push({ name, in: where, required: where === "path" || (json.required ?? []).includes(name), schema: property });
    }
  }
  return out;
}

export function buildOpenApiDocument(routes: readonly TApiRoute[] = API_ROUTES) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const { spec } = route;
    const contentType = spec.contentType ?? "application/json";
    const responses: Record<string, unknown> = {
      [String(spec.successStatus ?? 200)]: {
        description: "OK",
        ...(spec.method === "GET" ? { headers: { ETag: { schema: { type: "string" } } } } : {}),
        content: { [contentType]: { schema: toSchema(spec.response, "output") } },
      },
    };
    if (spec.method === "GET") responses["304"] = { description: "Not modified (If-None-Match matched the ETag)" };
    for (const status of errorStatuses(route)) {
      responses[String(status)] = { description: ERROR_DESCRIPTIONS[status], content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
    }
    (paths[spec.path] ??= {})[spec.method.toLowerCase()] = {
      operationId: spec.operationId,
      summary: spec.summary,
      tags: [spec.tag],
      parameters: parameters(route),
      ...(spec.body ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(spec.body, "input") } } } } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Phaseline API",
      version: "1",
      description:
        "Deployment runbooks over HTTP. Authenticate with a personal access token (Settings → Tokens): `Authorization: Bearer phl_…`. A `read` token reads; a `run` token also plans, starts and runs deployments, as its user's current roles allow.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "a personal access token, phl_…" } },
      schemas: { Error: toSchema(ZApiError, "output") },
    },
    paths,
  };
}
