import "server-only";
// The one shape of a REST route under /api/v1 (issue 14; STYLE.md practice 1 for HTTP). A route
// defined here:
//   1. authenticates the bearer token (lib/server/api-tokens/authenticate-api-token.ts) → 401,
//   2. takes one request from the token's bucket → 429 with Retry-After,
//   3. validates path params (→ 404: a malformed id names nothing), query and JSON body (→ 422;
//      malformed JSON → 400, over BODY_LIMIT_BYTES → 413) with its zod schemas,
//   4. checks a named permission against the validated input, narrowed by the token's scope;
//      a refusal is audited as access.denied (rule 8) → 403,
//   5. calls its handler — which calls the same use-case a server action calls,
//   6. answers JSON (GET with an ETag; If-None-Match → 304), or the error as
//      `{ "error": { "code", "message", "fields"? } }` with the status HTTP gives that code.
// Unknown errors are logged with a reference and answered 500 without their message.
import { createHash } from "node:crypto";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append";
import { can, type TPermission } from "@/lib/auth/permissions";
import { auditRejectedInput } from "@/lib/auth/session";
import { AppError, newRequestId, ValidationError, type TErrorCode } from "@/lib/errors";
import { authenticateApiToken, type TTokenPrincipal } from "@/lib/server/api-tokens/authenticate-api-token";
import { API_BODY_LIMIT_BYTES } from "@/lib/request-limits";
import { TokenBucketLimiter } from "./rate-limit";

export const BODY_LIMIT_BYTES = API_BODY_LIMIT_BYTES;

export type TApiErrorCode = TErrorCode | "BAD_REQUEST" | "PAYLOAD_TOO_LARGE" | "RATE_LIMITED" | "INTERNAL";

const STATUS_OF: Record<TApiErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export const ZApiError = z.object({
  error: z.object({
    code: z.enum(Object.keys(STATUS_OF) as [TApiErrorCode, ...TApiErrorCode[]]),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

export type TPermissionRequirement = { permission: TPermission; target?: { type: string; id: string; deploymentId?: string | null } };

type TObjectSchema = z.ZodObject<z.ZodRawShape>;

export type TRouteSpec<P extends TObjectSchema, Q extends TObjectSchema, B extends z.ZodType> = {
  method: "GET" | "POST";
  /** the OpenAPI path, e.g. /api/v1/deployments/{deploymentId} */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  permission: TPermission | ((input: TRouteInput<P, Q, B>) => TPermissionRequirement);
  params?: P;
  query?: Q;
  body?: B;
  /** the success body, as it travels (dates as ISO strings) */
  response: z.ZodType;
  /** text/markdown routes answer a string */
  contentType?: "application/json" | "text/markdown";
  successStatus?: 200 | 201;
};

export type TRouteInput<P extends TObjectSchema, Q extends TObjectSchema, B extends z.ZodType> = {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
};

export type TRouteContext = { principal: TTokenPrincipal; requestId: string };

type TNextContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type TApiRoute = ((request: Request, context: TNextContext) => Promise<Response>) & { spec: TRouteSpec<TObjectSchema, TObjectSchema, z.ZodType> };

const globalForLimiter = globalThis as unknown as { phaselineApiLimiter?: TokenBucketLimiter };
export const apiRateLimiter = (globalForLimiter.phaselineApiLimiter ??= new TokenBucketLimiter());

class ApiFailure extends Error {
  constructor(
    readonly code: TApiErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export function defineRoute<P extends TObjectSchema = z.ZodObject<{}>, Q extends TObjectSchema = z.ZodObject<{}>, B extends z.ZodType = z.ZodUndefined>(
  spec: TRouteSpec<P, Q, B>,
  handler: (input: TRouteInput<P, Q, B>, context: TRouteContext) => Promise<unknown>,
): TApiRoute {
  const route = async (request: Request, context: TNextContext): Promise<Response> => {
    const requestId = newRequestId();
    try {
      const principal = await authenticateApiToken(request.headers.get("authorization"));
      const limited = apiRateLimiter.take(principal.token.id);
      if (!limited.ok) {
        throw new ApiFailure("RATE_LIMITED", `Too many requests with this token: wait ${limited.retryAfterSeconds} s.`, undefined, {
          "Retry-After": String(limited.retryAfterSeconds),
        });
      }

      const rawParams = (await context.params) ?? {};
      const params = spec.params ? spec.params.safeParse(rawParams) : { success: true as const, data: {} };
      if (!params.success) throw new ApiFailure("NOT_FOUND", "It does not exist, or it was removed.");
      const query = spec.query ? spec.query.safeParse(Object.fromEntries(new URL(request.url).searchParams)) : { success: true as const, data: {} };
      if (!query.success) throw new ApiFailure("VALIDATION", "Some query parameters are not valid.", fieldsOf(query.error));
      let body: { success: true; data: unknown } = { success: true, data: undefined };
      if (spec.body) {
        const parsed = spec.body.safeParse(await readJsonBody(request));
        if (!parsed.success) {
          const fields = fieldsOf(parsed.error);
          // a refused change is audited like a refused form (PRODUCT.md rule 8)
          await auditRejectedInput(principal.user, `${request.method} ${new URL(request.url).pathname}`, Object.keys(fields));
          throw new ApiFailure("VALIDATION", "Some of the input is not valid.", fields);
        }
        body = parsed;
      }
      const input = { params: params.data, query: query.data, body: body.data } as TRouteInput<P, Q, B>;

      const requirement = typeof spec.permission === "function" ? spec.permission(input) : { permission: spec.permission };
      await assertTokenPermission(principal, requirement);

      const result = await handler(input, { principal, requestId });
      return respond(request, spec, result);
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
  return Object.assign(route, { spec: spec as unknown as TRouteSpec<TObjectSchema, TObjectSchema, z.ZodType> });
}

/**
 * The token's user must hold the permission through their current roles AND the token's scope
 * must keep it. Either refusal is audited (access.denied) in its own transaction, like a
 * session's (lib/auth/session.ts), and fails closed if the audit cannot be written.
 */
async function assertTokenPermission(principal: TTokenPrincipal, requirement: TPermissionRequirement): Promise<void> {
  const { permission, target } = requirement;
  if (principal.permissions.includes(permission)) return;
  const reason = can(principal.user.roles, permission)
    ? `token ${principal.token.prefix} has scope ${principal.token.scope.toLowerCase()}`
    : principal.user.roles.length
      ? `roles ${[...principal.user.roles].sort().join(", ")}`
      : "no roles";
  try {
    await getPrisma().$transaction((tx) =>
      appendAuditEvent(
        tx,
        {
          actor: { id: principal.user.id, label: principal.user.email },
          deploymentId: target?.deploymentId ?? null,
          targetType: target?.type ?? null,
          targetId: target?.id ?? null,
        },
        { type: "access.denied", payload: { permission, ...(target ? { target: `${target.type}:${target.id}` } : {}), reason } },
      ),
    );
  } catch (error) {
    console.error(`[phaseline] could not audit a refused ${permission} by token ${principal.token.prefix}`, error);
  }
  throw new ApiFailure("FORBIDDEN", `This token may not do this (${permission}): ${reason}.`);
}

/** The JSON body, at most BODY_LIMIT_BYTES; an empty body reads as {}. */
async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > BODY_LIMIT_BYTES) throw new ApiFailure("PAYLOAD_TOO_LARGE", `The body is larger than ${BODY_LIMIT_BYTES / 1024} KB.`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > BODY_LIMIT_BYTES) {
        await reader.cancel().catch(() => {});
        throw new ApiFailure("PAYLOAD_TOO_LARGE", `The body is larger than ${BODY_LIMIT_BYTES / 1024} KB.`);
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiFailure("BAD_REQUEST", "The body is not valid JSON.");
  }
}

/** JSON with bigints (audit sequence numbers) as strings. */
export const toJson = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

function respond(request: Request, spec: TRouteSpec<TObjectSchema, TObjectSchema, z.ZodType>, result: unknown): Response {
  const isMarkdown = spec.contentType === "text/markdown";
  const body = isMarkdown ? String(result) : toJson(result);
  const headers: Record<string, string> = {
    "Content-Type": isMarkdown ? "text/markdown; charset=utf-8" : "application/json; charset=utf-8",
    "Cache-Control": "private, no-cache",
  };
  if (spec.method === "GET") {
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    headers.ETag = etag;
    if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": headers["Cache-Control"]! } });
  }
  return new Response(body, { status: spec.successStatus ?? 200, headers });
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((candidate) => {
    const value = candidate.trim().replace(/^W\//, "");
    return value === "*" || value === etag;
  });
}

function errorResponse(error: unknown, requestId: string): Response {
  let code: TApiErrorCode;
  let message: string;
  let fields: Record<string, string[]> | undefined;
  let headers: Record<string, string> = {};
  if (error instanceof ApiFailure) {
    ({ code, message, fields } = error);
    headers = error.headers ?? {};
  } else if (error instanceof AppError) {
    code = error.code;
    message = error.message;
    if (error instanceof ValidationError && Object.keys(error.fieldErrors).length) fields = error.fieldErrors;
  } else {
    console.error(`[phaseline] unexpected API error (ref ${requestId})`, error);
    code = "INTERNAL";
    message = `Something went wrong (ref ${requestId})`;
  }
  if (code === "UNAUTHENTICATED") headers["WWW-Authenticate"] = 'Bearer realm="phaseline"';
  return new Response(toJson({ error: { code, message, ...(fields ? { fields } : {}) } }), {
    status: STATUS_OF[code],
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

function fieldsOf(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
