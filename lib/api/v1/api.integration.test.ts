// The REST API against the test database, through the route files' own exported handlers with
// real Requests (issue 14): every route file is in the OpenAPI document and every documented
// route answers as documented; tokens act as their user, narrowed by scope; revoked, expired and
// deactivated tokens are refused and audited; bad input is a 4xx, never a 500.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZApiError, apiRateLimiter, BODY_LIMIT_BYTES, type TApiRoute } from "@/lib/api/define-route";
import { DEFAULT_BUCKET } from "@/lib/api/rate-limit";
import { buildOpenApiDocument } from "./openapi";
import { API_ROUTES } from "./routes";
import { testPrisma } from "@/lib/testing/db";
import { createTestUser, deploymentMap, planTestDeployment, type TTestUser } from "@/lib/testing/deployment-fixture";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { forgetUserAuthState } from "@/lib/auth/user-state";

const V1 = join(process.cwd(), "app", "api", "v1");

function routeFiles(dir = V1): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? routeFiles(path) : name === "route.ts" ? [path] : [];
  });
}

/** app/api/v1/deployments/[deploymentId]/status/route.ts → /api/v1/deployments/{deploymentId}/status */
const openApiPathOf = (file: string) =>
  "/api/v1/" +
  relative(V1, file)
    .split(sep)
    .slice(0, -1)
    .join("/")
    .replace(/\[([^\]]+)\]/g, "{$1}");
const asPath = (p: string) => p.replace(/\/$/, "");

type TCall = { route: TApiRoute; params?: Record<string, string>; query?: string; body?: unknown; token?: string | null; headers?: Record<string, string>; rawBody?: string };

async function call({ route, params = {}, query = "", body, token, headers = {}, rawBody }: TCall) {
  const path = route.spec.path.replace(/\{(\w+)\}/g, (_m, k: string) => params[k] ?? "");
  const init: RequestInit = { method: route.spec.method, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers } };
  if (route.spec.method === "POST") init.body = rawBody ?? JSON.stringify(body ?? {});
  const response = await route(new Request(`http://localhost${path}${query}`, init), { params: Promise.resolve(params) });
  const text = await response.text();
  const isJson = response.headers.get("content-type")?.startsWith("application/json");
  return { status: response.status, headers: response.headers, text, json: isJson && text ? JSON.parse(text) : undefined };
}

let lead: TTestUser;
let runToken: string;
let readToken: string;
let fixture: Awaited<ReturnType<typeof setupDeployment>>;

async function setupDeployment(owner: TTestUser) {
  const planned = await planTestDeployment(owner, [
    {
      title: "Prepare",
      checklistItems: [{ text: "Tell support", isRequired: true }],
      steps: [{ kind: "SQL", title: "Look", sql: "SELECT 1;", statementTimeoutMs: 1000, lockTimeoutMs: 1000 }],
    },
  ]);
  const map = await deploymentMap(planned.deploymentId);
  const version = await testPrisma().runbookVersion.findUniqueOrThrow({ where: { id: planned.versionId }, select: { runbookId: true, number: true } });
  const phase = map.phase("Prepare");
  return {
    ...planned,
    runbookId: version.runbookId,
    versionNumber: String(version.number),
    phaseRunId: phase.phaseRunId,
    stepId: phase.step("Look"),
    itemId: phase.checklist[0]!.id,
  };
}

const mint = (user: TTestUser, scope: "READ" | "RUN", expiresIn = "30d") =>
  createApiToken({ ownerId: user.id, actor: { id: user.id, label: user.email }, name: `t-${scope}`, scope, expiresIn, prisma: testPrisma() });

beforeAll(async () => {
  // a lead who also reads the audit trail: one token reaches every route
  lead = await createTestUser(["LEAD", "MANAGER"]);
  runToken = (await mint(lead, "RUN")).token;
  readToken = (await mint(lead, "READ")).token;
  fixture = await setupDeployment(lead);
});

beforeEach(() => apiRateLimiter.reset());

describe("the OpenAPI document", () => {
  it("documents every route file's handlers, and every documented route has its file", async () => {
    const doc = buildOpenApiDocument();
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    const served = new Set<string>();
    for (const file of routeFiles()) {
      if (file.includes("openapi.json")) continue;
      const mod = (await import(file)) as Record<string, TApiRoute | undefined>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        const handler = mod[method];
        if (!handler) continue;
        expect(handler.spec, `${file} ${method} is not built with defineRoute`).toBeDefined();
        expect(asPath(handler.spec.path)).toBe(openApiPathOf(file));
        expect(handler.spec.method).toBe(method);
        served.add(`${method} ${handler.spec.path}`);
      }
    }
    expect([...served].sort()).toEqual([...documented].sort());
    expect(API_ROUTES.length).toBe(documented.size);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("is served at /api/v1/openapi.json without a token", async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    const response = GET();
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.paths["/api/v1/deployments/{deploymentId}/status"].get.operationId).toBe("getDeploymentStatus");
  });
});

describe("every documented route answers as documented", () => {
  // a valid call per operation, in an order that leaves the fixture deployment able to take the next one
  const calls = (): Record<string, Omit<TCall, "route">> => ({
    listRunbooks: {},
    getRunbook: { params: { runbookId: fixture.runbookId } },
    getRunbookVersion: { params: { runbookId: fixture.runbookId, versionNumber: fixture.versionNumber } },
    exportRunbookVersion: { params: { runbookId: fixture.runbookId, versionNumber: fixture.versionNumber } },
    listDeployments: { query: `?status=PLANNED,IN_PROGRESS&runbookId=${fixture.runbookId}` },
    planDeployment: { body: { runbookVersionId: fixture.versionId, environmentId: fixture.environmentId, leadId: lead.id, name: `api-${Date.now()}` } },
    getDeployment: { params: { deploymentId: fixture.deploymentId } },
    getDeploymentStatus: { params: { deploymentId: fixture.deploymentId } },
    controlDeployment: { params: { deploymentId: fixture.deploymentId }, body: { action: "start" } },
    startStepRun: { params: { deploymentId: fixture.deploymentId }, body: { phaseRunId: fixture.phaseRunId, stepId: fixture.stepId, attempt: 1 } },
    tickChecklistItem: { params: { deploymentId: fixture.deploymentId }, body: { phaseRunId: fixture.phaseRunId, itemId: fixture.itemId, isTicked: true } },
    listAuditEvents: { query: `?deploymentId=${fixture.deploymentId}&limit=5` },
  });

  it("with a run token: the documented status and body; without one: 401 in the error shape", async () => {
    const doc = buildOpenApiDocument();
    const table = calls();
    expect(Object.keys(table).sort()).toEqual(API_ROUTES.map((r) => r.spec.operationId).sort());
    for (const route of API_ROUTES) {
      const { spec } = route;
      const op = (doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)[spec.path]![spec.method.toLowerCase()]!;
      const ok = await call({ route, ...table[spec.operationId], token: runToken });
      expect(ok.status, `${spec.operationId}: ${ok.text}`).toBe(spec.successStatus ?? 200);
      expect(Object.keys(op.responses)).toContain(String(ok.status));
      const parsed = spec.response.safeParse(spec.contentType === "text/markdown" ? ok.text : ok.json);
      expect(parsed.success, `${spec.operationId} answered off its schema: ${parsed.error?.message}`).toBe(true);

      const anonymous = await call({ route, ...table[spec.operationId], token: null });
      expect(anonymous.status).toBe(401);
      expect(Object.keys(op.responses)).toContain("401");
      expect(ZApiError.parse(anonymous.json).error.code).toBe("UNAUTHENTICATED");
      expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
    // the changes went through the use-cases: audited as the token's user
    const events = await testPrisma().auditEvent.findMany({ where: { deploymentId: fixture.deploymentId, actorId: lead.id }, select: { type: true } });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(["deployment.status_changed", "step.started", "checklist.ticked"]));
  });
});

describe("every route against every role", () => {
  it("a run token of each role reaches exactly the routes its roles allow (403 otherwise, audited)", async () => {
    const { tokenPermissions } = await import("@/lib/domain/api/tokens");
    for (const role of ["LEAD", "DBA", "MANAGER", "ADMIN"] as const) {
      const user = await createTestUser([role]);
      const { token } = await mint(user, "RUN");
      const target = await setupDeployment(lead);
      const table: Record<string, Omit<TCall, "route">> = {
        listRunbooks: {},
        getRunbook: { params: { runbookId: target.runbookId } },
        getRunbookVersion: { params: { runbookId: target.runbookId, versionNumber: target.versionNumber } },
        exportRunbookVersion: { params: { runbookId: target.runbookId, versionNumber: target.versionNumber } },
        listDeployments: {},
        planDeployment: { body: { runbookVersionId: target.versionId, environmentId: target.environmentId, leadId: lead.id, name: `r-${role}-${Date.now()}` } },
        getDeployment: { params: { deploymentId: target.deploymentId } },
        getDeploymentStatus: { params: { deploymentId: target.deploymentId } },
        controlDeployment: { params: { deploymentId: target.deploymentId }, body: { action: "start" } },
        startStepRun: { params: { deploymentId: target.deploymentId }, body: { phaseRunId: target.phaseRunId, stepId: target.stepId, attempt: 1 } },
        tickChecklistItem: { params: { deploymentId: target.deploymentId }, body: { phaseRunId: target.phaseRunId, itemId: target.itemId, isTicked: true } },
        listAuditEvents: {},
      };
      const allowed = tokenPermissions([role], "RUN");
      for (const route of API_ROUTES) {
        const { spec } = route;
        const required =
          typeof spec.permission === "string"
            ? spec.permission
            : spec.permission({ params: table[spec.operationId]!.params ?? {}, query: {}, body: table[spec.operationId]!.body ?? {} } as never).permission;
        const answer = await call({ route, ...table[spec.operationId], token });
        if (allowed.includes(required)) expect(answer.status, `${role} ${spec.operationId}: ${answer.text.slice(0, 160)}`).toBe(spec.successStatus ?? 200);
        else expect(answer.status, `${role} ${spec.operationId}`).toBe(403);
      }
    }
  });
});

describe("tokens", () => {
  it("a read token reads but cannot change anything; the refusal is audited", async () => {
    const { listDeployments, controlDeploymentRoute } = await import("./deployments");
    expect((await call({ route: listDeployments, token: readToken })).status).toBe(200);
    const fresh = await setupDeployment(lead);
    const refused = await call({ route: controlDeploymentRoute, params: { deploymentId: fresh.deploymentId }, body: { action: "start" }, token: readToken });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe("FORBIDDEN");
    expect((await testPrisma().deployment.findUniqueOrThrow({ where: { id: fresh.deploymentId } })).status).toBe("PLANNED");
    const denied = await testPrisma().auditEvent.findFirst({ where: { type: "access.denied", deploymentId: fresh.deploymentId }, orderBy: { seq: "desc" } });
    expect(denied?.payload).toMatchObject({ permission: "deployment.run", reason: expect.stringContaining("scope read") });
  });

  it("acts with the user's current roles: a manager's run token still cannot start a deployment", async () => {
    const manager = await createTestUser(["MANAGER"]);
    const { token } = await mint(manager, "RUN");
    const { controlDeploymentRoute, listDeployments } = await import("./deployments");
    const fresh = await setupDeployment(lead);
    expect((await call({ route: listDeployments, token })).status).toBe(200);
    const refused = await call({ route: controlDeploymentRoute, params: { deploymentId: fresh.deploymentId }, body: { action: "start" }, token });
    expect(refused.status).toBe(403);
  });

  it("a revoked, an expired and a deactivated user's token are refused (401) and each use is audited", async () => {
    const { listRunbooks } = await import("./runbooks");
    const revoked = await mint(lead, "READ");
    await revokeApiToken({ tokenId: revoked.id, actor: lead, prisma: testPrisma() });
    const expired = await createApiToken({
      ownerId: lead.id,
      actor: { id: lead.id, label: lead.email },
      name: "old",
      scope: "READ",
      expiresIn: "1h",
      prisma: testPrisma(),
      now: new Date(Date.now() - 2 * 3_600_000),
    });
    const leaver = await createTestUser(["LEAD"]);
    const leaverToken = await mint(leaver, "READ");
    await testPrisma().user.update({ where: { id: leaver.id }, data: { isActive: false } });
    forgetUserAuthState(leaver.id);

    for (const [issued, reason] of [
      [revoked, "revoked"],
      [revoked, "revoked"],
      [expired, "expired"],
      [leaverToken, "user_inactive"],
    ] as const) {
      const before = await testPrisma().auditEvent.count({ where: { type: "api_token.refused", targetId: issued.id } });
      const answer = await call({ route: listRunbooks, token: issued.token });
      expect(answer.status).toBe(401);
      expect(answer.json.error.code).toBe("UNAUTHENTICATED");
      const events = await testPrisma().auditEvent.findMany({ where: { type: "api_token.refused", targetId: issued.id }, select: { payload: true }, orderBy: { seq: "asc" } });
      expect(events.length).toBe(before + 1);
      expect(events.at(-1)!.payload).toMatchObject({ reason, prefix: issued.prefix });
    }
    // a garbage token is refused without an event
    expect((await call({ route: listRunbooks, token: "phl_" + "x".repeat(43) })).status).toBe(401);
  });

  it("stores only the sha256 of the token and records when it was last used", async () => {
    const issued = await mint(lead, "READ");
    expect(issued.token).toMatch(/^phl_[A-Za-z0-9_-]{43}$/);
    const row = await testPrisma().apiToken.findUniqueOrThrow({ where: { id: issued.id } });
    expect(row.tokenHash).not.toContain(issued.token.slice(4));
    expect(row.lastUsedAt).toBeNull();
    const { listRunbooks } = await import("./runbooks");
    await call({ route: listRunbooks, token: issued.token });
    expect((await testPrisma().apiToken.findUniqueOrThrow({ where: { id: issued.id } })).lastUsedAt).not.toBeNull();
  });
});

describe("HTTP semantics", () => {
  it("bad input is 400/404/413/422 in the error shape, never a 500", async () => {
    const { planDeploymentRoute, getDeploymentRoute, listDeployments, controlDeploymentRoute } = await import("./deployments");
    const cases: [TCall, number, string][] = [
      [{ route: planDeploymentRoute, rawBody: "{not json", token: runToken }, 400, "BAD_REQUEST"],
      [{ route: planDeploymentRoute, rawBody: JSON.stringify({ name: "x".repeat(BODY_LIMIT_BYTES) }), token: runToken }, 413, "PAYLOAD_TOO_LARGE"],
      [{ route: planDeploymentRoute, body: { name: "?" }, token: runToken }, 422, "VALIDATION"],
      [{ route: getDeploymentRoute, params: { deploymentId: "not-an-id" }, token: runToken }, 404, "NOT_FOUND"],
      [{ route: getDeploymentRoute, params: { deploymentId: "0190a0a0-0000-7000-8000-000000000000" }, token: runToken }, 404, "NOT_FOUND"],
      [{ route: listDeployments, query: "?status=NOPE", token: runToken }, 422, "VALIDATION"],
      [{ route: controlDeploymentRoute, params: { deploymentId: fixture.deploymentId }, body: { action: "abort" }, token: runToken }, 422, "VALIDATION"],
      // the fixture deployment was started above: starting it again is a conflict
      [{ route: controlDeploymentRoute, params: { deploymentId: fixture.deploymentId }, body: { action: "start" }, token: runToken }, 409, "CONFLICT"],
    ];
    for (const [request, status, code] of cases) {
      const answer = await call(request);
      expect(answer.status, `${request.route.spec.operationId}: ${answer.text.slice(0, 200)}`).toBe(status);
      expect(ZApiError.parse(answer.json).error.code).toBe(code);
    }
  });

  it("GETs carry an ETag; If-None-Match answers 304 until the resource changes", async () => {
    const { getDeploymentStatusRoute } = await import("./deployments");
    const params = { deploymentId: fixture.deploymentId };
    const first = await call({ route: getDeploymentStatusRoute, params, token: runToken });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await call({ route: getDeploymentStatusRoute, params, token: runToken, headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    await testPrisma().deployment.update({ where: { id: fixture.deploymentId }, data: { statusReason: "changed" } });
    expect((await call({ route: getDeploymentStatusRoute, params, token: runToken, headers: { "If-None-Match": etag } })).status).toBe(200);
  });

  it("limits each token: past the burst a 429 with Retry-After, other tokens unaffected", async () => {
    const { listRunbooks } = await import("./runbooks");
    const { token } = await mint(lead, "READ");
    apiRateLimiter.configure({ capacity: 3, refillPerSecond: 0.1 });
    try {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await call({ route: listRunbooks, token }));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
      expect(answers[3]!.json.error.code).toBe("RATE_LIMITED");
      expect(Number(answers[3]!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect((await call({ route: listRunbooks, token: readToken })).status).toBe(200);
    } finally {
      apiRateLimiter.configure(DEFAULT_BUCKET);
    }
  });
});

describe("checklist-ticks with several items (issue 18 item 4)", () => {
  it("ticks them all in one request naming the phase run's version; the same request again is refused, nothing changed", async () => {
    const planned = await planTestDeployment(lead, [{ title: "Many", checklistItems: [{ text: "One" }, { text: "Two" }, { text: "Three" }] }]);
    const phase = (await deploymentMap(planned.deploymentId)).phase("Many");
    const route = (id: string) => API_ROUTES.find((r) => r.spec.operationId === id)!;
    const params = { deploymentId: planned.deploymentId };
    await call({ route: route("controlDeployment"), params, body: { action: "start" }, token: runToken });
    const deployment = await call({ route: route("getDeployment"), params, token: runToken });
    const checklistVersion = (deployment.json as { phaseRuns: { id: string; version: number }[] }).phaseRuns.find((p) => p.id === phase.phaseRunId)!.version;
    const body = { phaseRunId: phase.phaseRunId, itemIds: phase.checklist.map((c) => c.id), checklistVersion };
    const ticked = await call({ route: route("tickChecklistItem"), params, body, token: runToken });
    expect(ticked.status, ticked.text).toBe(200);
    expect(ticked.json).toEqual({ ticked: 3, checklistVersion: checklistVersion + 1 });
    const replay = await call({ route: route("tickChecklistItem"), params, body, token: runToken });
    expect(replay.status).toBe(409);
    expect(await testPrisma().auditEvent.count({ where: { deploymentId: planned.deploymentId, type: "checklist.ticked" } })).toBe(3);
  });
});
