// Bad input (issue 17 item 5; PRODUCT.md rules 8 and 9), property-based: every server action —
// found from lib/actions' modules, so a new one is fuzzed without being listed — and every
// state-changing /api/v1 route gets malformed, oversized (1 MB fields), wrongly typed and
// unknown-id payloads, as each role and signed out. Never a throw, never "Something went wrong",
// never a changed row outside the audit trail; a typed refusal each time; the chain still verifies.
import { beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { z } from "zod";
import type { TRole } from "@/lib/auth/permissions";
import { testPrisma } from "@/lib/testing/db";
import { signInForTest } from "@/lib/testing/action-session";
import { createTestUser, deploymentMap, planTestDeployment, type TTestUser } from "@/lib/testing/deployment-fixture";
import { verifyAuditChain } from "@/lib/audit/verify";
import { apiRateLimiter, type TApiRoute } from "@/lib/api/define-route";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { API_ROUTES } from "@/lib/api/v1/routes";

vi.mock("@/lib/auth/session", async (original) => (await import("@/lib/testing/action-session")).mockedSessionModule(original));
vi.mock("next/cache", async () => (await import("@/lib/testing/action-session")).mockedNextCache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-session")).mockedNextHeaders("198.51.100.7"));

// ---------------------------------------------------------------------------------------------
// What is fuzzed: every exported `…Action` of lib/actions, every POST route of /api/v1

const actionModules = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts", "!./action-client.ts", "!./read-result.ts", "!./result.ts"], { eager: true });
const ACTIONS = Object.entries(actionModules)
  .flatMap(([file, exports]) => Object.entries(exports).map(([name, value]) => ({ name: `${file.slice(2, -3)}.${name}`, value })))
  .filter((e): e is { name: string; value: (input: unknown) => Promise<unknown> } => typeof e.value === "function" && e.name.endsWith("Action"))
  .sort((a, b) => a.name.localeCompare(b.name));
const WRITE_ROUTES = API_ROUTES.filter((route) => route.spec.method !== "GET");

// Field names: every key of every object schema lib/domain exports, plus the actions' own.
const domainModules = import.meta.glob<Record<string, unknown>>(["../domain/**/*.ts", "!../domain/**/*.test.ts", "!../domain/**/__fixtures__/**"], { eager: true });
function keysOf(node: unknown, out: Set<string>): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) keysOf(n, out);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties" && value && typeof value === "object") for (const k of Object.keys(value)) out.add(k);
    keysOf(value, out);
  }
}
const FIELD_NAMES = (() => {
  const out = new Set(["versionId", "runbookId", "doc", "endpointId", "userId", "parsed", "markdown", "isActive", "deploymentId", "phaseRunId", "lockVersion", "version"]);
  for (const exports of Object.values(domainModules)) {
    for (const value of Object.values(exports)) {
      if (value instanceof z.ZodType) keysOf(z.toJSONSchema(value, { io: "input", unrepresentable: "any", cycles: "ref", reused: "inline" }), out);
    }
  }
  return [...out].sort();
})();

// ---------------------------------------------------------------------------------------------
// The payloads

const ONE_MB = "x".repeat(1024 * 1024);
const ONE_MB_WIDE = "é".repeat(512 * 1024);
const badNumber = fc.constantFrom(2 ** 40, 2 ** 31, -(2 ** 31) - 1, -1, 0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER, 1e308);
const badString = fc.constantFrom(
  "",
  "   ",
  "\u0000",
  "9999-12-31T10:00",
  "2026-02-31T10:00",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "http://localhost:3000.evil/",
  "../../etc/passwd",
  ONE_MB,
  ONE_MB_WIDE,
);
const scalar = fc.oneof(fc.uuid(), badNumber, badString, fc.boolean(), fc.constant(null), fc.constant(undefined));
const value = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...FIELD_NAMES), scalar, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);
/** a payload: usually an object of known field names, sometimes not an object at all */
const payload = fc.oneof(
  { weight: 5, arbitrary: fc.dictionary(fc.constantFrom(...FIELD_NAMES), value, { maxKeys: 10 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, "", ONE_MB, 42, [], [{}]) },
);
/** the same field names, every one 1 MB / an unknown id / 2^40: the oversized and unknown-id payloads */
const wholeShapes: Record<string, unknown>[] = [
  Object.fromEntries(FIELD_NAMES.map((k) => [k, ONE_MB])),
  Object.fromEntries(FIELD_NAMES.map((k) => [k, k.toLowerCase().endsWith("id") ? crypto.randomUUID() : 2 ** 40])),
  // hostile-looking but valid for one action: a one-line Markdown document, which the import takes
  // as a draft (its text kept in a phase). The random payloads meet such inputs now and then
  { markdown: "' OR 1=1 --" },
];
/** ids of real rows (filled in beforeAll) with every version and count past the database's integer */
const realIds: Record<string, string> = {};
const NUMERIC_FIELDS = ["lockVersion", "version", "expectedLockVersion", "attempt", "line", "boundStepIndex", "limit"];

const ROLE_SETS: (TRole[] | null)[] = [null, ["LEAD"], ["DBA"], ["MANAGER"], ["ADMIN"], ["LEAD", "DBA", "MANAGER", "ADMIN"]];
const users = new Map<string, TTestUser>();
const signInAs = (roles: TRole[] | null) => {
  const user = roles ? users.get(roles.join("+")) : undefined;
  signInForTest(user ?? null);
};

// ---------------------------------------------------------------------------------------------
// The checks

const UNCHANGING_TABLES_EXCLUDED = new Set(["AuditEvent", "AuditChainHead", "AuditCheckpoint", "SignInAttempt", "_prisma_migrations"]);
/** bookkeeping a refused request may move: a token's last use */
const BOOKKEEPING_COLUMNS: Record<string, string[]> = { ApiToken: ["lastUsedAt"] };

/** count and checksum of every table but the audit trail's (refusals are audited, rule 8) and the sign-in throttle */
async function fingerprint(): Promise<Record<string, string>> {
  const prisma = testPrisma();
  const tables = await prisma.$queryRaw<
    { name: string }[]
  >`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`;
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    if (UNCHANGING_TABLES_EXCLUDED.has(name)) continue;
    const [row] = await prisma.$queryRawUnsafe<{ n: number; h: string | null }[]>(
      `SELECT count(*)::int AS n, md5(string_agg(md5(r), '' ORDER BY md5(r))) AS h FROM (SELECT (to_jsonb(t)${(BOOKKEEPING_COLUMNS[name] ?? []).map((c) => ` - '${c}'`).join("")})::text AS r FROM "${name}" t) rows`,
    );
    out[name] = `${row?.n}:${row?.h ?? ""}`;
  }
  return out;
}

const short = (v: unknown) => {
  const text = (() => {
    try {
      return JSON.stringify(v, (_k, x: unknown) => (typeof x === "string" && x.length > 40 ? `<${x.length} chars>` : typeof x === "number" && !Number.isFinite(x) ? String(x) : x));
    } catch {
      return String(v);
    }
  })();
  return text && text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

/** Why an action's answer is not a typed refusal, or null when it is. */
function judgeActionResult(result: unknown): string | null {
  if (!result || typeof result !== "object" || !("ok" in result)) return `not an action result: ${short(result)}`;
  const r = result as { ok: boolean; validationErrors?: Record<string, string[]>; serverError?: string; code?: string };
  if (r.ok) {
    // accepted: the input was valid after all (a random string is a Markdown document an import
    // takes); the caller re-reads the fingerprint, so only refusals must leave it as it was
    wasAccepted = true;
    return null;
  }
  if (r.validationErrors) return Object.values(r.validationErrors).flat().length > 0 ? null : "validation errors without a message";
  if (typeof r.serverError !== "string" || !r.serverError) return `no message: ${short(result)}`;
  if (/something went wrong/i.test(r.serverError)) return `an unexpected error: ${r.serverError}`;
  if (!r.code) return `no code: ${r.serverError}`;
  return null;
}

/** set when the last judged answer accepted its input */
let wasAccepted = false;

async function callAction(action: (input: unknown) => Promise<unknown>, input: unknown): Promise<string | null> {
  wasAccepted = false;
  try {
    return judgeActionResult(await action(input));
  } catch (error) {
    return `threw: ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`;
  }
}

const NUM_RUNS = Number(process.env.PHASELINE_FUZZ_RUNS ?? 10);

let tokens: { role: string; token: string }[] = [];

beforeAll(async () => {
  for (const roles of ROLE_SETS) if (roles) users.set(roles.join("+"), await createTestUser(roles, `fuzz ${roles.join(" ")}`));
  const lead = users.get("LEAD")!;
  const planned = await planTestDeployment(lead, [{ title: "Fuzz", steps: [{ kind: "MANUAL", title: "Look" }], checklistItems: [{ text: "Item" }] }]);
  const phase = (await deploymentMap(planned.deploymentId)).phase("Fuzz");
  const draft = await testPrisma().runbookVersion.create({
    data: {
      runbookId: (await testPrisma().runbookVersion.findUniqueOrThrow({ where: { id: planned.versionId } })).runbookId,
      number: null,
      status: "DRAFT",
      title: "Fuzz draft",
      riskLevel: "LOW",
      createdById: lead.id,
    },
    select: { id: true },
  });
  Object.assign(realIds, {
    deploymentId: planned.deploymentId,
    phaseRunId: phase.phaseRunId,
    stepId: phase.step("Look"),
    itemId: phase.checklist[0]!.id,
    environmentId: planned.environmentId,
    runbookVersionId: planned.versionId,
    versionId: draft.id,
    userId: users.get("MANAGER")!.id,
    leadId: lead.id,
  });
  wholeShapes.push({ ...realIds, ...Object.fromEntries(NUMERIC_FIELDS.map((k) => [k, 2 ** 40])) });
  tokens = [];
  for (const [key, user] of users) {
    for (const scope of ["READ", "RUN"] as const) {
      const minted = await createApiToken({ ownerId: user.id, actor: { id: user.id, label: user.email }, name: `fuzz-${scope}`, scope, expiresIn: "30d", prisma: testPrisma() });
      tokens.push({ role: `${key}/${scope}`, token: minted.token });
    }
  }
});

describe("bad input to every server action (issue 17)", () => {
  it("finds the actions and the field names", () => {
    expect(ACTIONS.length).toBeGreaterThan(25);
    expect(ACTIONS.map((a) => a.name)).toContain("deployments.tickChecklistItemAction");
    expect(FIELD_NAMES).toEqual(expect.arrayContaining(["deploymentId", "lockVersion", "plannedStart", "note"]));
  });

  it.each(ACTIONS.map((a) => [a.name, a.value] as const))("%s: a typed refusal, nothing changed", async (_name, action) => {
    let before = await fingerprint();
    const failures: string[] = [];
    // a refusal must change nothing: what an accepted (valid) input changed is taken as the new state
    const afterCall = async (why: string | null) => {
      if (why) return why;
      if (wasAccepted) before = await fingerprint();
      return null;
    };
    for (const roles of ROLE_SETS) {
      signInAs(roles);
      for (const shape of wholeShapes) {
        // the 1 MB shape reaches a handler only with every role (a 1 MB Markdown is parsed, ~2 s): once signed out, once with all
        if (shape === wholeShapes[0] && roles && roles.length < 4) continue;
        const why = await afterCall(await callAction(action, shape));
        if (why) failures.push(`as ${roles?.join("+") ?? "nobody"} with every field ${short(Object.values(shape)[0])}: ${why}`);
      }
    }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROLE_SETS), payload, async (roles, input) => {
        signInAs(roles);
        const why = await afterCall(await callAction(action, input));
        if (why) failures.push(`as ${roles?.join("+") ?? "nobody"} with ${short(input)}: ${why}`);
        return true;
      }),
      { numRuns: NUM_RUNS },
    );
    expect(failures.slice(0, 5)).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  });
});

describe("bad input to every state-changing /api/v1 route (issue 17)", () => {
  const send = async (route: TApiRoute, token: string | null, params: Record<string, string>, body: string) => {
    apiRateLimiter.reset();
    wasAccepted = false;
    const path = route.spec.path.replace(/\{(\w+)\}/g, (_m, k: string) => params[k] ?? "");
    const request = new Request(`http://localhost${path}`, {
      method: route.spec.method,
      headers: { "content-type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body,
    });
    try {
      const response = await route(request, { params: Promise.resolve(params) });
      const text = await response.text();
      if (response.status >= 500) return `status ${response.status}: ${text.slice(0, 200)}`;
      if (response.status < 400) {
        wasAccepted = true; // a valid request after all: the caller re-reads the fingerprint
        return null;
      }
      const parsed = JSON.parse(text) as { error?: { code?: string; message?: string } };
      if (!parsed.error?.code || !parsed.error.message) return `no typed error: ${text.slice(0, 200)}`;
      return null;
    } catch (error) {
      return `threw: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`;
    }
  };
  const bodies = fc.oneof(
    payload.map((p) => {
      try {
        return JSON.stringify(p) ?? "";
      } catch {
        return "{";
      }
    }),
    fc.constantFrom("{", "not json", "[", "\u0000", `{"name":"${"x".repeat(70 * 1024)}"}`, "x".repeat(10 * 1024 * 1024), "null", "1e999"),
  );
  const paramsArb = fc.record({ deploymentId: fc.oneof(fc.uuid(), fc.constantFrom("not-an-id", "", "' OR 1=1", "x".repeat(5000))) });

  it("finds the routes", () => {
    expect(WRITE_ROUTES.map((r) => r.spec.operationId ?? r.spec.path).length).toBeGreaterThanOrEqual(4);
  });

  it.each(WRITE_ROUTES.map((r) => [`${r.spec.method} ${r.spec.path}`, r] as const))("%s: a typed 4xx, nothing changed", async (_name, route) => {
    let before = await fingerprint();
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(null, ...tokens.map((t) => t.token)), paramsArb, bodies, async (token, params, body) => {
        const why = await send(route, token, params, body);
        if (!why && wasAccepted) before = await fingerprint();
        if (why) failures.push(`params ${short(params)} body ${short(body)}: ${why}`);
        return true;
      }),
      { numRuns: NUM_RUNS * 2 },
    );
    expect(failures.slice(0, 5)).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  });
});

describe("hostile query strings to every GET /api/v1 route (issue 17)", () => {
  const QUERIES = [
    "?before=9999999999999999999",
    "?before=99999999999999999999",
    "?limit=4294967296",
    "?limit=-1",
    "?limit=1e400",
    "?status=%00",
    `?runbookId=${"x".repeat(5000)}`,
    "?deploymentId=' OR 1=1",
  ];
  it.each(API_ROUTES.filter((r) => r.spec.method === "GET").map((r) => [r.spec.path, r] as const))("%s: never a 500", async (_path, route) => {
    const token = tokens.find((t) => t.role.startsWith("LEAD+DBA+MANAGER+ADMIN/RUN"))!.token;
    const failures: string[] = [];
    for (const query of QUERIES) {
      apiRateLimiter.reset();
      const params = { runbookId: crypto.randomUUID(), versionNumber: "2147483648", deploymentId: crypto.randomUUID() };
      wasAccepted = false;
      const path = route.spec.path.replace(/\{(\w+)\}/g, (_m, k: string) => params[k as keyof typeof params] ?? "");
      const response = await route(new Request(`http://localhost${path}${query}`, { headers: { Authorization: `Bearer ${token}` } }), { params: Promise.resolve(params) });
      if (response.status >= 500) failures.push(`${query}: ${response.status} ${(await response.text()).slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  });
});

describe("after the fuzzing", () => {
  it("the audit chain still verifies", async () => {
    const verification = await verifyAuditChain(testPrisma());
    expect(verification).toMatchObject({ isIntact: true });
  });
});

// ---------------------------------------------------------------------------------------------
// Found by hand, each a kind (issue 17): each failed before its fix

describe("faults found by hand", () => {
  it("a draft saved with a lockVersion of 2^40 is told to reload, not 'Something went wrong'", async () => {
    const lead = users.get("LEAD")!;
    signInAs(["LEAD"]);
    const { createRunbookDraftAction, saveDraftAction } = await import("./runbook-drafts");
    const created = (await createRunbookDraftAction({ title: "Fuzz lock version", riskLevel: "LOW" })) as { ok: true; data: { versionId: string } };
    expect(created).toMatchObject({ ok: true });
    const before = await fingerprint();
    const result = await saveDraftAction({ versionId: created.data.versionId, doc: { title: "Fuzz lock version", riskLevel: "LOW", phases: [], lockVersion: 2 ** 40 } });
    expect(result).toMatchObject({ ok: false, validationErrors: { lockVersion: ["Reload the page and try again."] } });
    expect(await fingerprint()).toEqual(before);
    expect(lead).toBeDefined();
  });

  it("a deployment cannot be planned for the year 9999", async () => {
    const lead = users.get("LEAD")!;
    const planned = await planTestDeployment(lead, [{ title: "Only", steps: [{ kind: "MANUAL", title: "Look" }] }]);
    signInAs(["LEAD"]);
    const { planDeploymentAction } = await import("./deployments");
    const before = await fingerprint();
    const result = await planDeploymentAction({
      runbookVersionId: planned.versionId,
      environmentId: planned.environmentId,
      leadId: lead.id,
      name: "far-future",
      plannedStart: "9999-12-31T10:00",
      plannedEnd: "9999-12-31T12:00",
    });
    expect(result).toMatchObject({ ok: false, validationErrors: { plannedStart: [expect.stringMatching(/next 5 years/)] } });
    expect(await fingerprint()).toEqual(before);
    expect((await deploymentMap(planned.deploymentId)).phase("Only")).toBeDefined();
  });
});
