// Completeness by construction, for successes (issue 13 item 1; PRODUCT.md rule 8): nothing changes
// state without its audit event, written in the same transaction.
//
// What is enumerated — so that something new without a case fails here, by name:
//   - every server action exported from lib/actions (`…Action`, found from the modules' exports);
//   - every route handler under app/api that answers POST / PUT / PATCH / DELETE (found from the files);
//   - every row of the CLI's command table (bin/commands/table.ts) marked "audited"; a row that
//     changes no audited state says why there, and an action or route that changes nothing says why
//     below (READ_ONLY_ACTIONS);
//   - beyond the entry points, what writes on its own: a worker's claim, the sweep and start-up
//     recovery (rule 6), a webhook sender, a page view's verification. Writes that are no state of
//     the product say why (BOOKKEEPING by column, NOT_PRODUCT_STATE by table). A fan-out's
//     per-target rows are the run's progress like its output; their outcome is counted in
//     step.fan_out_finished with the finish (not driven here: it needs many target schemas).
//
// How "the same transaction" is proved, for any table: for the length of this file a row-level
// trigger on every table but the trail's records the id of the transaction that inserted, updated
// or deleted each row (a token's last-use stamp alone excepted). Each case drives one successful
// change through the real entry point on the real database; every transaction that wrote a row
// since must be the transaction of an audit event appended since (the event row's `xmin`: a
// change and its event commit or roll back together), at least one row must have changed, and
// the expected event is there with the right type, actor and deployment / target. The chain
// verifies at the end.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signInForTest } from "@/lib/testing/action-session";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { withFreshDatabase } from "@/lib/testing/fresh-db";
import { createPrisma, type TPrisma } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { createPublishedVersion, createTestEnvironment, createTestUser, deploymentMap, planTestDeployment, runQueuedSteps, type TTestUser } from "@/lib/testing/deployment-fixture";
import { verifyAuditChain } from "@/lib/audit/verify";
import { appendAuditEvent, SYSTEM_ACTOR } from "@/lib/audit/append";
import { resetEnvCache } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { API_ROUTES } from "@/lib/api/v1/routes";
import { apiRateLimiter, type TApiRoute } from "@/lib/api/define-route";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { completePhase } from "@/lib/server/deployments/complete-phase";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { recoverInterruptedStepRuns } from "@/lib/server/execution/recover-interrupted-runs";
import { claimNextStepRun } from "@/lib/server/execution/worker";
import { verifyAuditTrail } from "@/lib/server/audit/verify-audit-trail";
import { claimDueWebhookDeliveries, deliverWebhook } from "@/lib/server/webhooks/deliver-webhooks";
import { createRunbook } from "@/lib/server/runbooks/create-runbook";
import { addEnvironmentDatabase } from "@/lib/server/environments/add-environment-database";
import { createWebhookEndpoint } from "@/lib/server/webhooks/manage-webhook-endpoints";
import { signInWithPassword } from "@/lib/auth/credentials";
import { CLI_COMMANDS } from "@/bin/commands/table";

vi.mock("@/lib/auth/session", async (original) => (await import("@/lib/testing/action-session")).mockedSessionModule(original));
vi.mock("next/cache", async () => (await import("@/lib/testing/action-session")).mockedNextCache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-session")).mockedNextHeaders("198.51.100.11"));

const prisma = () => testPrisma();

// ---------------------------------------------------------------------------------------------
// What exists

const actionModules = import.meta.glob<Record<string, unknown>>(
  ["../../actions/*.ts", "!../../actions/*.test.ts", "!../../actions/action-client.ts", "!../../actions/read-result.ts", "!../../actions/result.ts"],
  {
    eager: true,
  },
);
const ACTIONS = new Map(
  Object.values(actionModules)
    .flatMap((exports) => Object.entries(exports))
    .filter((e): e is [string, (input: unknown) => Promise<unknown>] => typeof e[1] === "function" && e[0].endsWith("Action")),
);

const APP_DIR = join(process.cwd(), "app");
function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}
/** "app/api/…/route.ts POST" for each state-changing handler a route file exports */
const WRITE_HANDLERS = routeFiles(join(APP_DIR, "api")).flatMap((path) => {
  const text = readFileSync(path, "utf8");
  const methods = new Set<string>();
  for (const m of text.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]!);
  for (const m of text.matchAll(/export\s*\{([^}]*)\}/g))
    for (const n of m[1]!.matchAll(/\bas\s+(POST|PUT|PATCH|DELETE)\b|^\s*(POST|PUT|PATCH|DELETE)\s*$/gm)) methods.add((n[1] ?? n[2])!);
  return [...methods].map((method) => `${relative(process.cwd(), path)} ${method}`);
});

// ---------------------------------------------------------------------------------------------
// The proof for one change

/** tables whose rows are the trail itself */
const TRAIL_TABLES = new Set(["AuditEvent", "AuditChainHead", "_prisma_migrations"]);
/**
 * Bookkeeping moved without an event, by the columns it alone touches: a token's last use (every
 * API request); a running step's streamed output and its worker's heartbeats (once a second each:
 * the run's progress, not a state — its status, worker and outcome move with events).
 */
const BOOKKEEPING: Record<string, string[]> = { ApiToken: ["lastUsedAt"], StepRun: ["output", "isOutputTruncated", "heartbeatAt"] };
/**
 * Tables whose writes are no state of the product, and why (the proof still records them; the
 * cases that drive them say which they expect).
 */
const NOT_PRODUCT_STATE: Record<string, string> = {
  WebhookDelivery:
    "the outbox's delivery log: attempts, lease, response code of each POST to a receiver. The lifecycle event it carries was audited when it was queued, in the change's own transaction",
  AuditCheckpoint:
    "a page view's verified point (unsigned): where the next view's verification starts, derived from the chain and re-proved by every full verification; an event per view would grow the trail with its readers. Asked-for verifications and signed checkpoints are audited",
};
const PROBE = "_ChangeProbe";

/**
 * Installs, for this file only, a row-level trigger on every table but the trail's that records
 * the writing transaction of each inserted, updated or deleted row — every write, including a
 * row written twice and a deleted one. Removed again after the file.
 */
async function installProbe(db: TPrisma = prisma()): Promise<void> {
  const tables = await db.$queryRaw<
    { name: string }[]
  >`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`;
  const bookkeeping = Object.entries(BOOKKEEPING)
    .map(([table, columns]) => {
      const list = `'{${columns.join(",")}}'::text[]`;
      return `(TG_TABLE_NAME = '${table}' AND TG_OP = 'UPDATE' AND (to_jsonb(NEW) - ${list}) = (to_jsonb(OLD) - ${list}))`;
    })
    .join(" OR ");
  await db.$executeRawUnsafe(`CREATE TABLE "${PROBE}" (id bigserial PRIMARY KEY, xid bigint NOT NULL, tbl text NOT NULL, op text NOT NULL)`);
  await db.$executeRawUnsafe(`CREATE FUNCTION change_probe() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NOT (${bookkeeping}) THEN
        INSERT INTO "${PROBE}" (xid, tbl, op) VALUES (txid_current() % 4294967296, TG_TABLE_NAME, TG_OP);
      END IF;
      RETURN NULL;
    END $$`);
  for (const { name } of tables) {
    if (TRAIL_TABLES.has(name)) continue;
    await db.$executeRawUnsafe(`CREATE TRIGGER change_probe AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION change_probe()`);
  }
}

async function removeProbe(db: TPrisma = prisma()): Promise<void> {
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS "${PROBE}"`);
  await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS change_probe() CASCADE`);
}

type TMark = { probeId: bigint; headSeq: bigint };
type TEvent = {
  seq: bigint;
  xid: string;
  type: string;
  actorId: string | null;
  actorLabel: string;
  deploymentId: string | null;
  targetType: string | null;
  targetId: string | null;
};

async function mark(db: TPrisma = prisma()): Promise<TMark> {
  const [probe] = await db.$queryRawUnsafe<{ id: bigint | null }[]>(`SELECT max(id) AS id FROM "${PROBE}"`);
  const head = await db.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  return { probeId: probe?.id ?? 0n, headSeq: head?.seq ?? 0n };
}

type TExpected = { type: string; actorId?: string | null; actorLabel?: string; deploymentId?: string | null; targetId?: string };

/**
 * The rows written since `m`, each by a transaction that also appended an audit event; and the
 * events expected. `isRecordOnly`: the event is the whole change (a connection test records its
 * outcome and changes nothing else).
 */
/** What was written since `m`, the events appended since, and the writes of transactions without an event. */
async function changesSince(m: TMark, db: TPrisma = prisma()) {
  const events = await db.$queryRaw<TEvent[]>`
    SELECT "seq", xmin::text AS xid, "type", "actorId", "actorLabel", "deploymentId", "targetType", "targetId" FROM "AuditEvent" WHERE "seq" > ${m.headSeq} ORDER BY "seq"`;
  const eventXids = new Set(events.map((e) => e.xid));
  const changed = await db.$queryRawUnsafe<{ table: string; op: string; xid: string; rows: number }[]>(
    `SELECT tbl AS table, op, xid::text AS xid, count(*)::int AS rows FROM "${PROBE}" WHERE id > $1 GROUP BY 1, 2, 3 ORDER BY min(id)`,
    m.probeId,
  );
  return { events, changed, unaudited: changed.filter((c) => !eventXids.has(c.xid)) };
}

async function expectAuditedChange(m: TMark, expected: TExpected[], { isRecordOnly = false, db = prisma() } = {}): Promise<TEvent[]> {
  const { events, changed, unaudited } = await changesSince(m, db);
  if (isRecordOnly) expect(changed, "a record-only case changed rows").toEqual([]);
  else expect(changed.length, "the case changed no state: drive a successful change").toBeGreaterThan(0);
  expect(unaudited, `rows written by a transaction that appended no audit event (events written: ${events.map((e) => e.type).join(", ") || "none"})`).toEqual([]);
  for (const want of expected) {
    const match = events.find(
      (e) =>
        e.type === want.type &&
        (want.actorId === undefined || e.actorId === want.actorId) &&
        (want.actorLabel === undefined || e.actorLabel === want.actorLabel) &&
        (want.deploymentId === undefined || e.deploymentId === want.deploymentId) &&
        (want.targetId === undefined || e.targetId === want.targetId),
    );
    expect(match, `an event ${JSON.stringify(want)} among ${JSON.stringify(events.map(({ seq: _s, xid: _x, ...e }) => e))}`).toBeDefined();
  }
  return events;
}

// ---------------------------------------------------------------------------------------------
// Building the state a change needs, through the use-cases

let admin: TTestUser;
const signIn = (user: TTestUser) => signInForTest(user);
const ok = <T>(result: unknown): T => {
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return (result as { data: T }).data;
};

const manual = (title: string) => ({ kind: "MANUAL" as const, title });
async function runningDeployment(options: { phases?: Parameters<typeof planTestDeployment>[1]; isProduction?: boolean; signoffSheet?: { label: string; role: null }[] } = {}) {
  const phases = options.phases ?? [
    {
      title: "First",
      steps: [manual("Do it"), { kind: "SQL" as const, title: "Select", sql: "SELECT 1;" }],
      checklistItems: [{ text: "Told the team" }, { text: "Opened the dashboard" }],
      successCriteria: [{ text: "Nothing broke" }],
      requiredSignoffRoles: ["DBA" as const],
    },
    { title: "Second", steps: [manual("Then this")] },
  ];
  const planned = await planTestDeployment(admin, phases, { requireSeparationOfDuties: false, isProduction: options.isProduction, signoffSheet: options.signoffSheet });
  await controlDeployment({ deploymentId: planned.deploymentId, action: "start", reason: "", actor: admin, prisma: prisma() });
  return { ...planned, map: await deploymentMap(planned.deploymentId) };
}

const MARKDOWN = `# Audited import\n\n## Phase 1: Check\n\n- [ ] Tell the team\n\n\`\`\`sql\nSELECT 1;\n\`\`\`\n`;
const anchorDir = mkdtempSync(join(tmpdir(), "phaseline-audited-anchor-"));

beforeAll(async () => {
  await installProbe();
  process.env.PHASELINE_AUDIT_SIGNING_KEY = Buffer.alloc(32, 9).toString("base64");
  process.env.PHASELINE_AUDIT_ANCHOR_DIR = anchorDir;
  resetEnvCache();
  admin = await createTestUser(["LEAD", "DBA", "MANAGER", "ADMIN"], "audited admin");
});

afterAll(async () => {
  await removeProbe();
  // the endpoints made here stay out of the next files' deliveries (a worker claims every due one)
  await prisma().webhookEndpoint.updateMany({ where: { url: "https://hooks.example.com/x" }, data: { isActive: false } });
  await prisma().webhookDelivery.deleteMany({ where: { endpoint: { url: "https://hooks.example.com/x" }, status: "PENDING" } });
  const chain = await verifyAuditChain(prisma());
  expect(chain).toMatchObject({ isIntact: true });
});

describe("the proof itself", () => {
  const person = () => ({ email: `proof-${uniqueSuffix()}@example.test`, name: "Proof", roles: ["LEAD" as const] });
  const event = { type: "access.denied" as const, payload: { permission: "proof" } };

  it("passes for a change and its event written in one transaction", async () => {
    const m = await mark();
    await prisma().$transaction(async (tx) => {
      await tx.user.create({ data: person() });
      await appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, event);
    });
    await expectAuditedChange(m, [{ type: "access.denied", actorId: null }]);
  });

  it("fails for a row written without an event", async () => {
    const m = await mark();
    await prisma().user.create({ data: person() });
    await expect(expectAuditedChange(m, [])).rejects.toThrow(/appended no audit event/);
  });

  it("fails for a change whose event was written in a transaction of its own", async () => {
    const m = await mark();
    await prisma().user.create({ data: person() });
    await prisma().$transaction((tx) => appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, event));
    await expect(expectAuditedChange(m, [{ type: "access.denied" }])).rejects.toThrow(/appended no audit event/);
  });

  it("fails when nothing changed, or when the expected event is missing", async () => {
    await expect(expectAuditedChange(await mark(), [])).rejects.toThrow(/changed no state/);
    const m = await mark();
    await prisma().$transaction(async (tx) => {
      await tx.user.create({ data: person() });
      await appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, event);
    });
    await expect(expectAuditedChange(m, [{ type: "user.created" }])).rejects.toThrow(/an event/);
  });
});

// ---------------------------------------------------------------------------------------------
// Server actions

/** actions that change no state, and why */
const READ_ONLY_ACTIONS: Record<string, string> = {
  previewRunbookImportAction: "a dry run: parses and lints the Markdown, saves nothing",
};

type TActionCase = () => Promise<void>;
const call = (name: string, input: unknown) => ACTIONS.get(name)!(input);

const ACTION_CASES: Record<string, TActionCase> = {
  async planDeploymentAction() {
    const { versionId } = await createPublishedVersion(admin, [{ title: "Only", steps: [manual("x")] }], { requireSeparationOfDuties: false });
    const environment = await createTestEnvironment();
    signIn(admin);
    const m = await mark();
    const { deploymentId } = ok<{ deploymentId: string }>(
      await call("planDeploymentAction", { runbookVersionId: versionId, environmentId: environment.id, leadId: admin.id, name: `dep-${uniqueSuffix()}` }),
    );
    await expectAuditedChange(m, [{ type: "deployment.planned", actorId: admin.id, deploymentId }]);
  },
  async controlDeploymentAction() {
    const { deploymentId } = await runningDeployment();
    signIn(admin);
    const m = await mark();
    ok(await call("controlDeploymentAction", { deploymentId, action: "pause", reason: "" }));
    await expectAuditedChange(m, [{ type: "deployment.status_changed", actorId: admin.id, deploymentId }]);
  },
  async activatePhaseAction() {
    const d = await runningDeployment({
      phases: [
        { title: "First", steps: [] },
        { title: "Second", steps: [manual("x")] },
      ],
    });
    await completePhase({ deploymentId: d.deploymentId, phaseRunId: d.map.phase("First").phaseRunId, actor: admin, prisma: prisma() });
    signIn(admin);
    const m = await mark();
    ok(await call("activatePhaseAction", { deploymentId: d.deploymentId, phaseRunId: d.map.phase("Second").phaseRunId }));
    await expectAuditedChange(m, [{ type: "phase.status_changed", actorId: admin.id, deploymentId: d.deploymentId }]);
  },
  async completePhaseAction() {
    const d = await runningDeployment({
      phases: [
        { title: "First", steps: [] },
        { title: "Second", steps: [manual("x")] },
      ],
    });
    signIn(admin);
    const m = await mark();
    ok(await call("completePhaseAction", { deploymentId: d.deploymentId, phaseRunId: d.map.phase("First").phaseRunId }));
    await expectAuditedChange(m, [{ type: "phase.status_changed", actorId: admin.id, deploymentId: d.deploymentId }]);
  },
  async skipPhaseAction() {
    const d = await runningDeployment({
      phases: [
        { title: "First", steps: [manual("x")] },
        { title: "Second", steps: [manual("y")] },
      ],
    });
    signIn(admin);
    const m = await mark();
    ok(await call("skipPhaseAction", { deploymentId: d.deploymentId, phaseRunId: d.map.phase("First").phaseRunId, reason: "not needed tonight" }));
    await expectAuditedChange(m, [{ type: "phase.status_changed", actorId: admin.id, deploymentId: d.deploymentId }]);
  },
  async startStepRunAction() {
    const d = await runningDeployment();
    const phase = d.map.phase("First");
    signIn(admin);
    const m = await mark();
    ok(await call("startStepRunAction", { deploymentId: d.deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Select"), mode: "RUN", attempt: 1 }));
    await expectAuditedChange(m, [{ type: "step.started", actorId: admin.id, deploymentId: d.deploymentId }]);
  },
  async explainStepAction() {
    const d = await runningDeployment();
    signIn(admin);
    const m = await mark();
    ok(await call("explainStepAction", { deploymentId: d.deploymentId, stepId: d.map.phase("First").step("Select") }));
    // asking the target for a plan changes nothing: the request itself is the record
    await expectAuditedChange(m, [{ type: "step.explained", actorId: admin.id, deploymentId: d.deploymentId }], { isRecordOnly: true });
  },
  async recordManualStepAction() {
    const d = await runningDeployment();
    const phase = d.map.phase("First");
    signIn(admin);
    const m = await mark();
    ok(
      await call("recordManualStepAction", {
        deploymentId: d.deploymentId,
        phaseRunId: phase.phaseRunId,
        stepId: phase.step("Do it"),
        attempt: 1,
        status: "SUCCEEDED",
        note: "done",
      }),
    );
    await expectAuditedChange(m, [{ type: "step.recorded", actorId: admin.id, deploymentId: d.deploymentId }]);
  },
  async waiveStepAction() {
    const d = await runningDeployment();
    const phase = d.map.phase("First");
    signIn(admin);
    const m = await mark();
    ok(await call("waiveStepAction", { deploymentId: d.deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Do it"), reason: "done by hand last week" }));
    await expectAuditedChange(m, [{ type: "step.waived", actorId: admin.id, deploymentId: d.deploymentId }]);
  },
  async reconcileStepRunAction() {
    const d = await runningDeployment();
    const phase = d.map.phase("First");
    const { stepRunId } = await startStepRun({
      deploymentId: d.deploymentId,
      phaseRunId: phase.phaseRunId,
      stepId: phase.step("Select"),
      mode: "RUN",
      attempt: 1,
      actor: admin,
      prisma: prisma(),
    });
    // a worker claimed it and died: its heartbeat stopped a minute ago
    await prisma().stepRun.update({ where: { id: stepRunId }, data: { status: "RUNNING", workerId: "dead-worker", heartbeatAt: new Date(Date.now() - 60_000) } });
    await recoverInterruptedStepRuns({ prisma: prisma(), staleAfterMs: 15_000 });
    signIn(admin);
    const m = await mark();
    ok(await call("reconcileStepRunAction", { deploymentId: d.deploymentId, stepRunId, status: "FAILED", note: "pg_stat_activity shows nothing" }));
    await expectAuditedChange(m, [{ type: "step.reconciled", actorId: admin.id, deploymentId: d.deploymentId }]);
  },
  async tickChecklistItemAction() {
    const d = await runningDeployment();
    const phase = d.map.phase("First");
    signIn(admin);
    const m = await mark();
    ok(await call("tickChecklistItemAction", { deploymentId: d.deploymentId, phaseRunId: phase.phaseRunId, itemId: phase.checklist[0]!.id, isTicked: true }));
    await expectAuditedChange(m, [{ type: "checklist.ticked", actorId: admin.id, deploymentId: d.deploymentId }]);
  },
  async tickChecklistItemsAction() {
    const d = await runningDeployment();
    const phase = d.map.phase("First");
    const { version } = await prisma().phaseRun.findUniqueOrThrow({ where: { id: phase.phaseRunId }, select: { version: true } });
    signIn(admin);
    const m = await mark();
    ok(
      await call("tickChecklistItemsAction", { deploymentId: d.deploymentId, phaseRunId: phase.phaseRunId, itemIds: phase.checklist.map((c) => c.id), checklistVersion: version }),
    );
    const events = await expectAuditedChange(m, [{ type: "checklist.ticked", actorId: admin.id, deploymentId: d.deploymentId }]);
    expect(events.filter((e) => e.type === "checklist.ticked")).toHaveLength(2);
  },
  async recordCriterionAction() {
    const d = await runningDeployment();
    const phase = d.map.phase("First");
    signIn(admin);
    const m = await mark();
    ok(
      await call("recordCriterionAction", {
        deploymentId: d.deploymentId,
        phaseRunId: phase.phaseRunId,
        criterionId: phase.criteria[0]!.id,
        isMet: true,
        evidence: "dashboards green",
      }),
    );
    await expectAuditedChange(m, [{ type: "criterion.recorded", actorId: admin.id, deploymentId: d.deploymentId }]);
  },
  async recordPhaseSignoffAction() {
    const d = await runningDeployment({
      phases: [
        { title: "Signed", requiredSignoffRoles: ["DBA"], steps: [] },
        { title: "Next", steps: [manual("y")] },
      ],
    });
    await completePhase({ deploymentId: d.deploymentId, phaseRunId: d.map.phase("Signed").phaseRunId, actor: admin, prisma: prisma() });
    signIn(admin);
    const m = await mark();
    ok(await call("recordPhaseSignoffAction", { deploymentId: d.deploymentId, phaseRunId: d.map.phase("Signed").phaseRunId, role: "DBA", decision: "APPROVED", comment: "" }));
    await expectAuditedChange(m, [{ type: "signoff.recorded", actorId: admin.id, deploymentId: d.deploymentId }]);
  },
  async recordPointOfNoReturnApprovalAction() {
    const d = await runningDeployment({
      isProduction: true,
      phases: [
        { title: "Intro", steps: [] },
        { title: "Cut over", isPointOfNoReturn: true, steps: [manual("Flip")] },
      ],
    });
    await completePhase({ deploymentId: d.deploymentId, phaseRunId: d.map.phase("Intro").phaseRunId, actor: admin, prisma: prisma() });
    const dba = await createTestUser(["DBA"], "approving dba");
    signIn(dba);
    const m = await mark();
    ok(await call("recordPointOfNoReturnApprovalAction", { deploymentId: d.deploymentId, phaseRunId: d.map.phase("Cut over").phaseRunId, decision: "APPROVED", comment: "" }));
    await expectAuditedChange(m, [{ type: "signoff.recorded", actorId: dba.id, deploymentId: d.deploymentId }]);
  },
  async recordSheetSignoffAction() {
    const d = await runningDeployment({ phases: [{ title: "Only", steps: [] }], signoffSheet: [{ label: "Verified in the app", role: null }] });
    await completePhase({ deploymentId: d.deploymentId, phaseRunId: d.map.phase("Only").phaseRunId, actor: admin, prisma: prisma() });
    const line = await prisma().signoffSheetLine.findFirstOrThrow({ where: { versionId: d.versionId } });
    signIn(admin);
    const m = await mark();
    ok(await call("recordSheetSignoffAction", { deploymentId: d.deploymentId, sheetLineId: line.id, comment: "all good" }));
    await expectAuditedChange(m, [{ type: "signoff.recorded", actorId: admin.id, deploymentId: d.deploymentId }]);
  },
  async dropBackupAction() {
    const table = `audited_bk_${uniqueSuffix()}`;
    const { onTarget } = await import("@/lib/testing/deployment-fixture");
    await onTarget(`CREATE TABLE ${table} (id int PRIMARY KEY)`);
    const d = await runningDeployment({
      phases: [
        { title: "Back up", steps: [{ kind: "BACKUP", title: "Back up it", backupKey: "before", backupTables: [table] }] },
        { title: "Later", steps: [] },
      ],
    });
    const phase = d.map.phase("Back up");
    await startStepRun({ deploymentId: d.deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Back up it"), mode: "RUN", attempt: 1, actor: admin, prisma: prisma() });
    await runQueuedSteps();
    await controlDeployment({ deploymentId: d.deploymentId, action: "abort", reason: "test over", actor: admin, prisma: prisma() });
    const backup = await prisma().deploymentBackup.findFirstOrThrow({ where: { deploymentId: d.deploymentId } });
    signIn(admin);
    const m = await mark();
    ok(await call("dropBackupAction", { deploymentId: d.deploymentId, backupId: backup.id, reason: "no longer needed" }));
    await expectAuditedChange(m, [{ type: "backup.dropped", actorId: admin.id, deploymentId: d.deploymentId }]);
  },

  async createOwnApiTokenAction() {
    signIn(admin);
    const m = await mark();
    const { id } = ok<{ id: string }>(await call("createOwnApiTokenAction", { name: "ci", scope: "READ", expiresIn: "30d" }));
    await expectAuditedChange(m, [{ type: "api_token.issued", actorId: admin.id, targetId: id }]);
  },
  async createServiceApiTokenAction() {
    const service = await createTestUser(["LEAD"], "service user");
    signIn(admin);
    const m = await mark();
    const { id } = ok<{ id: string }>(await call("createServiceApiTokenAction", { name: "pipeline", scope: "RUN", expiresIn: "30d", userId: service.id }));
    await expectAuditedChange(m, [{ type: "api_token.issued", actorId: admin.id, targetId: id }]);
  },
  async revokeApiTokenAction() {
    const issued = await createApiToken({ name: "old", scope: "READ", expiresIn: "30d", ownerId: admin.id, actor: { id: admin.id, label: admin.email }, prisma: prisma() });
    signIn(admin);
    const m = await mark();
    ok(await call("revokeApiTokenAction", { tokenId: issued.id }));
    await expectAuditedChange(m, [{ type: "api_token.revoked", actorId: admin.id, targetId: issued.id }]);
  },
  async verifyAuditChainAction() {
    signIn(admin);
    const m = await mark();
    ok(await call("verifyAuditChainAction", {}));
    await expectAuditedChange(m, [{ type: "audit.verified", actorId: admin.id }]);
  },
  async anchorAuditCheckpointAction() {
    signIn(admin);
    const m = await mark();
    expect(ok<{ isSigned: boolean }>(await call("anchorAuditCheckpointAction", {}))).toMatchObject({ isSigned: true });
    await expectAuditedChange(m, [{ type: "audit.checkpoint_anchored", actorId: admin.id }]);
  },

  async createEnvironmentAction() {
    signIn(admin);
    const m = await mark();
    const { environmentId } = ok<{ environmentId: string }>(
      await call("createEnvironmentAction", {
        name: `env-${uniqueSuffix()}`,
        description: "",
        isProduction: false,
        targetUrl: process.env.PHASELINE_DEMO_TARGET_URL,
        httpAllowList: "",
      }),
    );
    await expectAuditedChange(m, [{ type: "environment.created", actorId: admin.id, targetId: environmentId }]);
  },
  async updateEnvironmentAction() {
    const environment = await createTestEnvironment();
    const { version } = await prisma().environment.findUniqueOrThrow({ where: { id: environment.id }, select: { version: true } });
    signIn(admin);
    const m = await mark();
    ok(
      await call("updateEnvironmentAction", {
        environmentId: environment.id,
        version,
        name: environment.name,
        description: "now described",
        isProduction: false,
        targetUrl: "",
        httpAllowList: "",
      }),
    );
    await expectAuditedChange(m, [{ type: "environment.updated", actorId: admin.id, targetId: environment.id }]);
  },
  async testEnvironmentConnectionAction() {
    const environment = await createTestEnvironment();
    signIn(admin);
    const m = await mark();
    ok(await call("testEnvironmentConnectionAction", { environmentId: environment.id }));
    await expectAuditedChange(m, [{ type: "environment.connection_tested", actorId: admin.id, targetId: environment.id }], { isRecordOnly: true });
  },
  async addEnvironmentDatabaseAction() {
    const environment = await createTestEnvironment();
    signIn(admin);
    const m = await mark();
    ok(await call("addEnvironmentDatabaseAction", { environmentId: environment.id, name: "shard_a", targetUrl: process.env.PHASELINE_DEMO_TARGET_URL }));
    await expectAuditedChange(m, [{ type: "environment.database_added", actorId: admin.id, targetId: environment.id }]);
  },
  async updateEnvironmentDatabaseAction() {
    const environment = await createTestEnvironment();
    const database = await addEnvironmentDatabase({
      actor: { id: admin.id, label: admin.email },
      input: { environmentId: environment.id, name: "shard_a", targetUrl: process.env.PHASELINE_DEMO_TARGET_URL ?? "" },
      prisma: prisma(),
    });
    signIn(admin);
    const m = await mark();
    ok(await call("updateEnvironmentDatabaseAction", { databaseId: database.databaseId, version: database.version, name: "shard_b", targetUrl: "" }));
    await expectAuditedChange(m, [{ type: "environment.database_updated", actorId: admin.id, targetId: environment.id }]);
  },
  async removeEnvironmentDatabaseAction() {
    const environment = await createTestEnvironment();
    const database = await addEnvironmentDatabase({
      actor: { id: admin.id, label: admin.email },
      input: { environmentId: environment.id, name: "shard_a", targetUrl: process.env.PHASELINE_DEMO_TARGET_URL ?? "" },
      prisma: prisma(),
    });
    signIn(admin);
    const m = await mark();
    ok(await call("removeEnvironmentDatabaseAction", { databaseId: database.databaseId, version: database.version }));
    await expectAuditedChange(m, [{ type: "environment.database_removed", actorId: admin.id, targetId: environment.id }]);
  },
  async testEnvironmentDatabaseAction() {
    const environment = await createTestEnvironment();
    const database = await addEnvironmentDatabase({
      actor: { id: admin.id, label: admin.email },
      input: { environmentId: environment.id, name: "shard_a", targetUrl: process.env.PHASELINE_DEMO_TARGET_URL ?? "" },
      prisma: prisma(),
    });
    signIn(admin);
    const m = await mark();
    ok(await call("testEnvironmentDatabaseAction", { databaseId: database.databaseId }));
    await expectAuditedChange(m, [{ type: "environment.database_tested", actorId: admin.id, targetId: environment.id }], { isRecordOnly: true });
  },

  async createRunbookDraftAction() {
    signIn(admin);
    const m = await mark();
    ok(await call("createRunbookDraftAction", { title: `Audited ${uniqueSuffix()}`, riskLevel: "LOW" }));
    await expectAuditedChange(m, [{ type: "runbook.created", actorId: admin.id }]);
  },
  async startDraftFromVersionAction() {
    const { runbookId } = await createPublishedVersion(admin, [{ title: "Only", steps: [manual("x")] }]);
    signIn(admin);
    const m = await mark();
    ok(await call("startDraftFromVersionAction", { runbookId }));
    await expectAuditedChange(m, [{ type: "runbook.draft_started", actorId: admin.id }]);
  },
  async saveDraftAction() {
    const created = await createRunbook({
      prisma: testPrisma(),
      content: { title: `Saved ${uniqueSuffix()}`, riskLevel: "LOW" },
      actor: { id: admin.id, label: admin.email },
      source: "editor",
    });
    signIn(admin);
    const m = await mark();
    const doc = {
      lockVersion: 1,
      title: "Saved again",
      summary: "",
      riskLevel: "LOW",
      requireSeparationOfDuties: true,
      phases: [{ title: "One", steps: [manual("x")] }],
      signoffSheet: [],
    };
    ok(await call("saveDraftAction", { versionId: created.versionId, doc }));
    await expectAuditedChange(m, [{ type: "runbook.draft_saved", actorId: admin.id }]);
  },
  async importRunbookAction() {
    signIn(admin);
    const m = await mark();
    ok(await call("importRunbookAction", { markdown: MARKDOWN }));
    await expectAuditedChange(m, [{ type: "runbook.created", actorId: admin.id }]);
  },
  async publishDraftAction() {
    const created = await createRunbook({
      prisma: testPrisma(),
      content: { title: `Published ${uniqueSuffix()}`, riskLevel: "LOW" },
      actor: { id: admin.id, label: admin.email },
      source: "editor",
    });
    const { saveDraft } = await import("@/lib/server/runbooks/save-draft");
    const saved = await saveDraft({
      versionId: created.versionId,
      doc: {
        lockVersion: 1,
        title: "To publish",
        summary: "",
        riskLevel: "LOW",
        requireSeparationOfDuties: true,
        phases: [{ title: "One", steps: [manual("x")] }],
        signoffSheet: [],
      },
      actor: { id: admin.id, label: admin.email },
    });
    signIn(admin);
    const m = await mark();
    ok(await call("publishDraftAction", { versionId: created.versionId, expectedLockVersion: saved.lockVersion }));
    await expectAuditedChange(m, [{ type: "runbook.published", actorId: admin.id }]);
  },

  async changeOwnPasswordAction() {
    const person = await createTestUser(["LEAD"], "changing password");
    await prisma().user.update({ where: { id: person.id }, data: { passwordHash: await hashPassword("old password here!") } });
    signIn(person);
    const m = await mark();
    ok(await call("changeOwnPasswordAction", { currentPassword: "old password here!", newPassword: "a new password here", confirmPassword: "a new password here" }));
    await expectAuditedChange(m, [{ type: "user.password_changed", actorId: person.id, targetId: person.id }]);
  },
  async createUserAction() {
    signIn(admin);
    const m = await mark();
    const { id } = ok<{ id: string }>(
      await call("createUserAction", { name: "Made Here", email: `made-${uniqueSuffix()}@example.test`, roles: ["DBA"], password: "a long password here" }),
    );
    await expectAuditedChange(m, [{ type: "user.created", actorId: admin.id, targetId: id }]);
  },
  async updateUserAction() {
    const person = await createTestUser(["DBA"], "to update");
    signIn(admin);
    const m = await mark();
    ok(await call("updateUserAction", { userId: person.id, version: 1, name: "Updated Name", roles: ["DBA", "LEAD"] }));
    await expectAuditedChange(m, [{ type: "user.updated", actorId: admin.id, targetId: person.id }]);
  },
  async setUserActiveAction() {
    const person = await createTestUser(["DBA"], "to deactivate");
    signIn(admin);
    const m = await mark();
    ok(await call("setUserActiveAction", { userId: person.id, isActive: false }));
    await expectAuditedChange(m, [{ type: "user.deactivated", actorId: admin.id, targetId: person.id }]);
  },
  async resetUserPasswordAction() {
    const person = await createTestUser(["DBA"], "to reset");
    signIn(admin);
    const m = await mark();
    ok(await call("resetUserPasswordAction", { userId: person.id, password: "a fresh password here" }));
    await expectAuditedChange(m, [{ type: "user.password_reset", actorId: admin.id, targetId: person.id }]);
  },

  async createWebhookEndpointAction() {
    signIn(admin);
    const m = await mark();
    ok(
      await call("createWebhookEndpointAction", {
        name: "chat",
        url: "https://hooks.example.com/x",
        events: ["deployment.started"],
        format: "STANDARD",
        allowedHosts: "hooks.example.com",
      }),
    );
    await expectAuditedChange(m, [{ type: "webhook.endpoint_created", actorId: admin.id }]);
  },
  async setWebhookEndpointActiveAction() {
    const { endpointId } = await webhookEndpoint();
    signIn(admin);
    const m = await mark();
    ok(await call("setWebhookEndpointActiveAction", { endpointId, isActive: false }));
    await expectAuditedChange(m, [{ type: "webhook.endpoint_changed", actorId: admin.id, targetId: endpointId }]);
  },
  async sendTestWebhookAction() {
    const { endpointId } = await webhookEndpoint();
    signIn(admin);
    const m = await mark();
    ok(await call("sendTestWebhookAction", { endpointId }));
    await expectAuditedChange(m, [{ type: "webhook.test_queued", actorId: admin.id, targetId: endpointId }]);
  },
};

async function webhookEndpoint(): Promise<{ endpointId: string }> {
  const created = await createWebhookEndpoint({
    name: `hook ${uniqueSuffix()}`,
    url: "https://hooks.example.com/x",
    events: ["deployment.started"],
    format: "STANDARD",
    allowedHosts: ["hooks.example.com"],
    actor: { id: admin.id, label: admin.email },
    prisma: prisma(),
  });
  return { endpointId: created.id };
}

describe("every server action writes its event with its change, in one transaction", () => {
  const names = [...ACTIONS.keys()].sort();

  it("finds the actions, and each has a case or says why it changes nothing", () => {
    expect(names.length).toBeGreaterThan(30);
    const missing = names.filter((n) => !ACTION_CASES[n] && !READ_ONLY_ACTIONS[n]);
    expect(missing, "server actions without a case here: add one to ACTION_CASES (or to READ_ONLY_ACTIONS with the reason)").toEqual([]);
    const stale = Object.keys({ ...ACTION_CASES, ...READ_ONLY_ACTIONS }).filter((n) => !ACTIONS.has(n));
    expect(stale, "cases for actions lib/actions no longer exports").toEqual([]);
  });

  it.each(names.filter((n) => ACTION_CASES[n]))("%s", async (name) => {
    await ACTION_CASES[name]!();
  });
});

// ---------------------------------------------------------------------------------------------
// Route handlers

const apiRoute = (operationId: string): TApiRoute => {
  const route = API_ROUTES.find((r) => r.spec.operationId === operationId);
  if (!route) throw new Error(`no /api/v1 route ${operationId}`);
  return route;
};

async function send(route: TApiRoute, token: string, params: Record<string, string>, body: unknown): Promise<Response> {
  apiRateLimiter.reset();
  const path = route.spec.path.replace(/\{(\w+)\}/g, (_m, k: string) => params[k] ?? "");
  return route(
    new Request(`http://localhost${path}`, {
      method: route.spec.method,
      headers: { "content-type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );
}

async function runToken(): Promise<string> {
  return (
    await createApiToken({ name: `route ${uniqueSuffix()}`, scope: "RUN", expiresIn: "30d", ownerId: admin.id, actor: { id: admin.id, label: admin.email }, prisma: prisma() })
  ).token;
}

const ROUTE_CASES: Record<string, () => Promise<void>> = {
  async "app/api/v1/deployments/route.ts POST"() {
    const { versionId } = await createPublishedVersion(admin, [{ title: "Only", steps: [manual("x")] }], { requireSeparationOfDuties: false });
    const environment = await createTestEnvironment();
    const token = await runToken();
    const m = await mark();
    const response = await send(
      apiRoute("planDeployment"),
      token,
      {},
      { runbookVersionId: versionId, environmentId: environment.id, leadId: admin.id, name: `api-${uniqueSuffix()}` },
    );
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    await expectAuditedChange(m, [{ type: "deployment.planned", actorId: admin.id }]);
  },
  async "app/api/v1/deployments/[deploymentId]/control/route.ts POST"() {
    const d = await runningDeployment();
    const token = await runToken();
    const m = await mark();
    const response = await send(apiRoute("controlDeployment"), token, { deploymentId: d.deploymentId }, { action: "pause" });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    await expectAuditedChange(m, [{ type: "deployment.status_changed", actorId: admin.id, deploymentId: d.deploymentId }]);
  },
  async "app/api/v1/deployments/[deploymentId]/step-runs/route.ts POST"() {
    const d = await runningDeployment();
    const phase = d.map.phase("First");
    const token = await runToken();
    const m = await mark();
    const response = await send(
      apiRoute("startStepRun"),
      token,
      { deploymentId: d.deploymentId },
      { phaseRunId: phase.phaseRunId, stepId: phase.step("Select"), mode: "RUN", attempt: 1 },
    );
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    await expectAuditedChange(m, [{ type: "step.started", actorId: admin.id, deploymentId: d.deploymentId }]);
  },
  async "app/api/v1/deployments/[deploymentId]/checklist-ticks/route.ts POST"() {
    const d = await runningDeployment();
    const phase = d.map.phase("First");
    const token = await runToken();
    const m = await mark();
    const response = await send(
      apiRoute("tickChecklistItem"),
      token,
      { deploymentId: d.deploymentId },
      { phaseRunId: phase.phaseRunId, itemId: phase.checklist[0]!.id, isTicked: true },
    );
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    await expectAuditedChange(m, [{ type: "checklist.ticked", actorId: admin.id, deploymentId: d.deploymentId }]);
  },
  /** next-auth's POST endpoints: their one state change is a sign-in, made by `signInWithPassword` (its credentials provider's authorize) */
  async "app/api/auth/[...nextauth]/route.ts POST"() {
    const person = await createTestUser(["LEAD"], "signing in");
    await prisma().user.update({ where: { id: person.id }, data: { passwordHash: await hashPassword("sign in password!") } });
    const m = await mark();
    expect(await signInWithPassword({ email: person.email, password: "sign in password!" }, "198.51.100.12", prisma())).toMatchObject({ ok: true });
    await expectAuditedChange(m, [{ type: "auth.signed_in", actorId: person.id }]);
  },
};

describe("every state-changing route handler writes its event with its change, in one transaction", () => {
  it("finds the route files, and each state-changing handler has a case", () => {
    expect(WRITE_HANDLERS.length).toBeGreaterThanOrEqual(5);
    const missing = WRITE_HANDLERS.filter((h) => !ROUTE_CASES[h]);
    expect(missing, "state-changing route handlers without a case here: add one to ROUTE_CASES").toEqual([]);
    expect(
      Object.keys(ROUTE_CASES).filter((h) => !WRITE_HANDLERS.includes(h)),
      "cases for handlers no route file exports",
    ).toEqual([]);
  });

  it.each(Object.keys(ROUTE_CASES).sort())("%s", async (handler) => {
    await ROUTE_CASES[handler]!();
  });
});

// ---------------------------------------------------------------------------------------------
// CLI commands (bin/commands/table.ts), run in this process against the test database

const silenced = async (fn: () => Promise<number>) => {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    return await fn();
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
};
const cli = (words: string) => CLI_COMMANDS.find((c) => c.words.join(" ") === words)!;

const CLI_CASES: Record<string, () => Promise<void>> = {
  /** on a database of its own: the run's database may hold the demo already (other files seed it), and a second seed changes nothing */
  async seed() {
    await withFreshDatabase(async (url) => {
      await migrate(url);
      const db = createPrisma(url, { max: 2 });
      const shared = process.env.DATABASE_URL;
      try {
        await installProbe(db);
        const m = await mark(db);
        process.env.DATABASE_URL = url;
        resetEnvCache();
        expect(await silenced(() => cli("seed").run(["--history", "none"]))).toBe(0);
        await expectAuditedChange(m, [{ type: "system.seeded", actorId: null }], { db });
        expect(await verifyAuditChain(db)).toMatchObject({ isIntact: true });
      } finally {
        process.env.DATABASE_URL = shared;
        resetEnvCache();
        await db.$disconnect();
      }
    });
  },
  async "audit verify"() {
    const m = await mark();
    expect(await silenced(() => cli("audit verify").run([]))).toBe(0);
    await expectAuditedChange(m, [{ type: "audit.verified", actorId: null }]);
  },
  async "audit checkpoint"() {
    const m = await mark();
    expect(await silenced(() => cli("audit checkpoint").run([]))).toBe(0);
    await expectAuditedChange(m, [{ type: "audit.checkpoint_anchored", actorId: null }]);
  },
  async "secrets rotate"() {
    await createTestEnvironment();
    const oldKey = process.env.PHASELINE_SECRET_KEY!;
    const newKey = Buffer.alloc(32, 3).toString("base64");
    const dir = mkdtempSync(join(tmpdir(), "phaseline-rotate-"));
    writeFileSync(join(dir, "new"), newKey);
    writeFileSync(join(dir, "old"), oldKey);
    const m = await mark();
    try {
      expect(await silenced(() => cli("secrets rotate").run(["--new-key-file", join(dir, "new")]))).toBe(0);
      await expectAuditedChange(m, [{ type: "secrets.rotated", actorId: null }]);
    } finally {
      // and back, so the rest of the run reads its targets
      process.env.PHASELINE_SECRET_KEY = newKey;
      resetEnvCache();
      expect(await silenced(() => cli("secrets rotate").run(["--new-key-file", join(dir, "old")]))).toBe(0);
      process.env.PHASELINE_SECRET_KEY = oldKey;
      resetEnvCache();
    }
  },
  async import() {
    const dir = mkdtempSync(join(tmpdir(), "phaseline-import-"));
    writeFileSync(join(dir, "runbook.md"), MARKDOWN);
    const m = await mark();
    expect(await silenced(() => cli("import").run([join(dir, "runbook.md"), "--as", admin.email]))).toBe(0);
    await expectAuditedChange(m, [{ type: "runbook.created", actorId: admin.id }]);
  },
  async "tokens create"() {
    const m = await mark();
    expect(await silenced(() => cli("tokens create").run(["--user", admin.email, "--scope", "read"]))).toBe(0);
    await expectAuditedChange(m, [{ type: "api_token.issued", actorLabel: "cli" }]);
  },
};

describe("every state-changing CLI command writes its event with its change, in one transaction", () => {
  it("each command of the table is a case here, or says why it changes no audited state", () => {
    for (const command of CLI_COMMANDS) if (command.state !== "audited") expect(command.state.unaudited.length, command.words.join(" ")).toBeGreaterThan(10);
    const audited = CLI_COMMANDS.filter((c) => c.state === "audited").map((c) => c.words.join(" "));
    expect(
      audited.filter((w) => !CLI_CASES[w]),
      "CLI commands marked audited without a case here: add one to CLI_CASES",
    ).toEqual([]);
    expect(
      Object.keys(CLI_CASES).filter((w) => !audited.includes(w)),
      "cases for commands the table does not mark audited",
    ).toEqual([]);
  });

  it.each(Object.keys(CLI_CASES).sort())("phaseline %s", async (words) => {
    await CLI_CASES[words]!();
  });
});

// ---------------------------------------------------------------------------------------------
// Beyond the entry points: what workers, sweeps and senders write on their own

describe("what runs without a person writes its event with its change too", () => {
  it("a worker's claim of a queued run (QUEUED → RUNNING, its worker and first heartbeat) writes step.claimed in the claim's transaction", async () => {
    // The run's start (step.started, at Run) and its end (step.finished) were always audited; the
    // claim in between is a state change of its own (rule 6 turns a claimed run INTERRUPTED, never
    // a queued one). Output flushes and heartbeats are the run's progress (BOOKKEEPING above).
    const d = await runningDeployment();
    const phase = d.map.phase("First");
    const { stepRunId } = await startStepRun({
      deploymentId: d.deploymentId,
      phaseRunId: phase.phaseRunId,
      stepId: phase.step("Select"),
      mode: "RUN",
      attempt: 1,
      actor: admin,
      prisma: prisma(),
    });
    const m = await mark();
    const workerId = `claim-worker-${uniqueSuffix()}`;
    await runQueuedSteps(workerId);
    const events = await expectAuditedChange(m, [
      { type: "step.claimed", actorId: null, actorLabel: "system", deploymentId: d.deploymentId, targetId: stepRunId },
      { type: "step.finished", deploymentId: d.deploymentId },
    ]);
    const claimed = await prisma().auditEvent.findFirstOrThrow({ where: { seq: events.find((e) => e.type === "step.claimed" && e.targetId === stepRunId)!.seq } });
    expect(claimed.payload).toEqual({ stepRunId, stepTitle: "Select", kind: "SQL", mode: "RUN", attempt: 1, workerId });
  });

  it("the sweep's and the start-up recovery's RUNNING → INTERRUPTED (rule 6) writes step.interrupted with it", async () => {
    const d = await runningDeployment();
    const phase = d.map.phase("First");
    const { stepRunId } = await startStepRun({
      deploymentId: d.deploymentId,
      phaseRunId: phase.phaseRunId,
      stepId: phase.step("Select"),
      mode: "RUN",
      attempt: 1,
      actor: admin,
      prisma: prisma(),
    });
    // a worker claimed it (audited) and died: its heartbeat stopped a minute ago
    expect(await claimNextStepRun(prisma(), "dying-worker")).toBe(stepRunId);
    await prisma().$executeRaw`UPDATE "StepRun" SET "heartbeatAt" = "heartbeatAt" - interval '1 minute' WHERE id = ${stepRunId}`;
    const m = await mark();
    expect(await recoverInterruptedStepRuns({ prisma: prisma(), staleAfterMs: 15_000 })).toContain(stepRunId);
    await expectAuditedChange(m, [{ type: "step.interrupted", actorLabel: "system", deploymentId: d.deploymentId }]);
  });

  it("a webhook sender writes only its delivery log, which is no state of the product", async () => {
    const { endpointId } = await webhookEndpoint();
    // due long ago: the claim (oldest first) takes this one, and no other file's
    const delivery = await prisma().webhookDelivery.create({
      data: { endpointId, event: "deployment.started", payload: { type: "deployment.started" }, nextAttemptAt: new Date("2001-01-01T00:00:00Z") },
    });
    const m = await mark();
    expect(await claimDueWebhookDeliveries(prisma(), 1)).toEqual([delivery.id]);
    expect(await deliverWebhook(prisma(), delivery.id, { fetchImpl: async () => new Response("ok", { status: 200 }) })).toMatchObject({ status: "SUCCEEDED" });
    const { unaudited } = await changesSince(m);
    expect([...new Set(unaudited.map((u) => u.table))], NOT_PRODUCT_STATE.WebhookDelivery).toEqual(["WebhookDelivery"]);
  });

  it("a page view's verification stores its checkpoint and nothing else without an event", async () => {
    await prisma().$transaction((tx) => appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, { type: "access.denied", payload: { permission: "page-view" } }));
    const m = await mark();
    const { checkpoint } = await verifyAuditTrail({ prisma: prisma(), scope: "since_checkpoint", actor: SYSTEM_ACTOR, trigger: "page" });
    expect(checkpoint).not.toBeNull();
    const { events, unaudited } = await changesSince(m);
    expect(events).toEqual([]);
    expect(
      unaudited.map((u) => `${u.table} ${u.op}`),
      NOT_PRODUCT_STATE.AuditCheckpoint,
    ).toEqual(["AuditCheckpoint INSERT"]);
  });
});
