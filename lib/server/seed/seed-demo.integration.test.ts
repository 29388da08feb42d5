import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { isRealServer, testPrisma } from "@/lib/testing/db";
import { verifyAuditChain } from "@/lib/audit/verify";
import { verifyPassword } from "@/lib/auth/password";
import { decryptSecret } from "@/lib/crypto";
import { getEnv } from "@/lib/env";
import { RUNBOOK_003, MIGRATION_SQL, ROLLBACK_SQL, COMPANY_TOTALS_SQL, type TExpectation } from "@/prisma/seed/runbook-003";
import { companyTotalsBaseline, edgeCaseBaseline, generateDemoData, productRevenueBaseline } from "@/prisma/seed/demo-target";
import { DEMO_RUNBOOK_SLUG, DEMO_USERS, seedDemo } from "./seed-demo";
import { PAST_DEPLOYMENTS, SAMPLE_HISTORY } from "./past-deployments";

const targetUrl = () => {
  const url = process.env.PHASELINE_DEMO_TARGET_URL;
  if (!url) throw new Error("PHASELINE_DEMO_TARGET_URL is not set by the global setup");
  return url;
};

async function withTarget<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: targetUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const seedStep = (key: string) => {
  const step = RUNBOOK_003.phases.flatMap((p) => p.steps).find((s) => s.key === key);
  if (!step?.sql) throw new Error(`no SQL step ${key}`);
  return step;
};

/** What the QUERY_CHECK executor is expected to decide, for checking the seed's SQL against its own expectations. */
function isExpectationMet(expectation: TExpectation, rows: Record<string, unknown>[]): boolean {
  if (expectation.type === "row_count_equals") return rows.length === expectation.value;
  const first = rows[0];
  const value = Number(first ? Object.values(first)[0] : NaN);
  if (expectation.type === "scalar_equals") return value === expectation.value;
  if (expectation.type === "scalar_at_most") return value <= expectation.value;
  return value >= expectation.min && value <= expectation.max;
}

describe("seedDemo", () => {
  const prisma = testPrisma();
  let firstSummary = "";

  beforeAll(async () => {
    // other test files share the database: the demo may already be there, which is fine
    // a sample of the history: the essential runs and one of each outcome (the whole is minutes of use-case calls)
    firstSummary = (await seedDemo({ prisma, demoTargetUrl: targetUrl(), history: "sample", isTargetRoleOwn: isRealServer() })).summary;
  }, 900_000);

  it("is a no-op the second time", async () => {
    expect(firstSummary).toMatch(/demo/);
    const count = () =>
      Promise.all([prisma.user.count(), prisma.environment.count(), prisma.runbook.count(), prisma.deployment.count(), prisma.stepRun.count(), prisma.auditEvent.count()]);
    const before = await count();
    const second = await seedDemo({ prisma, demoTargetUrl: targetUrl(), history: "sample", isTargetRoleOwn: isRealServer() });
    expect(second).toEqual({ created: false, summary: expect.stringMatching(/nothing seeded/) });
    expect(await count()).toEqual(before);
  });

  it("creates one user per role with the documented passwords", async () => {
    const users = await prisma.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } });
    expect(users).toHaveLength(DEMO_USERS.length);
    expect(new Set(users.flatMap((u) => u.roles))).toEqual(new Set(["LEAD", "DBA", "MANAGER", "ADMIN"]));
    for (const demo of DEMO_USERS) {
      const user = users.find((u) => u.email === demo.email);
      expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user!.passwordHash!, demo.password)).toBe(true);
      expect(await verifyPassword(user!.passwordHash!, `${demo.password}x`)).toBe(false);
    }
  });

  it("stores the demo target encrypted and masked on both environments", async () => {
    const envs = await prisma.environment.findMany({ where: { name: { in: ["staging", "production"] } }, orderBy: { name: "asc" } });
    expect(envs.map((e) => [e.name, e.isProduction])).toEqual([
      ["production", true],
      ["staging", false],
    ]);
    for (const env of envs) {
      // on a real server the demo target's own role (demo-target-role.integration.test.ts), not the administrator
      const stored = new URL(decryptSecret(env.targetUrlCiphertext!));
      const admin = new URL(targetUrl());
      expect([stored.host, stored.pathname]).toEqual([admin.host, admin.pathname]);
      expect(decodeURIComponent(stored.username)).toBe(isRealServer() ? admin.pathname.slice(1) : admin.username);
      expect(env.targetUrlCiphertext).not.toContain("127.0.0.1");
      expect(env.targetUrlMasked).toBeTruthy();
      expect(env.httpAllowList).toEqual([`127.0.0.1:${getEnv().PORT}`]);
    }
  });

  it("publishes the seed 003 runbook with every phase, checklist item and criterion of the document", async () => {
    const runbook = await prisma.runbook.findUniqueOrThrow({
      where: { slug: DEMO_RUNBOOK_SLUG },
      include: {
        versions: {
          include: {
            phases: {
              include: { steps: { orderBy: { position: "asc" } }, checklistItems: { orderBy: { position: "asc" } }, successCriteria: { orderBy: { position: "asc" } } },
              orderBy: [{ procedure: "asc" }, { position: "asc" }],
            },
            signoffSheet: { orderBy: { position: "asc" } },
          },
        },
      },
    });
    expect(runbook.versions).toHaveLength(1);
    const version = runbook.versions[0]!;
    expect(version).toMatchObject({ number: 1, status: "PUBLISHED", riskLevel: "HIGH", estimatedMinutes: 45, rollbackMinutes: 20 });
    expect(version.publishedAt).toBeInstanceOf(Date);
    expect(version.preamble).toContain("Emergency Contacts");
    expect(version.preamble).toContain("Appendix B: Troubleshooting");

    const main = version.phases.filter((p) => p.procedure === "MAIN");
    const rollback = version.phases.filter((p) => p.procedure === "ROLLBACK");
    expect(main.map((p) => p.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(main.map((p) => p.failurePolicy)).toEqual(["STOP", "ROLLBACK", "ROLLBACK", "ROLLBACK", "STOP", "CONTINUE", "ROLLBACK", "CONTINUE"]);
    expect(main.map((p) => p.estimatedMinutes)).toEqual([5, 5, 10, 5, 5, 3, 5, 1440]);
    // issue 15: the 24-hour monitoring is a follow-up due 24 h after the main phases
    expect(main.map((p) => p.followUpOffsetMinutes)).toEqual([null, null, null, null, null, null, null, 1440]);
    expect(main[1]).toMatchObject({ isPointOfNoReturn: true, requiredSignoffRoles: ["DBA"] });
    expect(main[2]!.requiredSignoffRoles).toEqual(["DBA"]);
    expect(rollback.length).toBeGreaterThanOrEqual(1);

    // the document has 67 "- [ ]" lines and 31 "✅" success criteria
    expect(version.phases.reduce((n, p) => n + p.checklistItems.length, 0)).toBe(67);
    expect(main.reduce((n, p) => n + p.successCriteria.length, 0)).toBe(31);
    expect(main[6]!.checklistItems.filter((i) => i.text.startsWith("Test 3: Edit Existing Product:"))).toHaveLength(6);

    const steps = version.phases.flatMap((p) => p.steps);
    const migrate = main[1]!.steps.find((s) => s.kind === "SQL");
    expect(migrate?.sql).toContain("RENAME COLUMN fixed_cost TO fixed_fee_facilitated");
    expect(migrate?.statementTimeoutMs).toBeGreaterThan(0);
    expect(migrate?.lockTimeoutMs).toBeGreaterThan(0);
    expect(steps.find((s) => s.kind === "HTTP_CHECK")).toMatchObject({ httpUrl: "http://127.0.0.1:3000/api/health", httpExpectStatus: 200, timeoutMs: 5000 });
    expect(steps.filter((s) => s.kind === "COMMAND").map((s) => s.commandArgv)).toContainEqual(["pm2", "stop", "kingstons-api"]);
    expect(rollback.flatMap((p) => p.steps).some((s) => s.kind === "SQL" && s.sql?.includes("RENAME COLUMN fixed_fee_facilitated TO fixed_cost"))).toBe(true);
    // criteria bound to a step point into the same phase
    for (const phase of version.phases) {
      for (const c of phase.successCriteria.filter((c) => c.stepId)) expect(phase.steps.map((s) => s.id)).toContain(c.stepId);
    }

    expect(version.signoffSheet.map((l) => [l.label, l.role])).toEqual([
      ["Deployment Lead", "LEAD"],
      ["Database Admin", "DBA"],
      ["Product Owner", null],
      ["Post-Deployment Verification", null],
    ]);
  });

  it("records the hand-written succeeded and rolled back deployments with their history", async () => {
    const [succeeded, rolledBack] = await Promise.all(
      ["rename-fixed-cost-staging-2026-10-14", "rename-fixed-cost-production-2026-10-21"].map((name) =>
        prisma.deployment.findUniqueOrThrow({
          where: { name },
          include: { phaseRuns: { include: { phase: true } }, stepRuns: true, signoffs: true, baselines: true, environment: true },
        }),
      ),
    );
    expect(succeeded).toMatchObject({ status: "SUCCEEDED", followUpStatus: "PASSED", environment: { name: "staging" } });
    expect(rolledBack).toMatchObject({ status: "ROLLED_BACK", environment: { name: "production" } });
    for (const d of [succeeded!, rolledBack!]) {
      expect(d.phaseRuns).toHaveLength(RUNBOOK_003.phases.length);
      expect(d.baselines.map((b) => b.name).sort()).toEqual(["company_totals", "edge_case_counts", "product_revenue"]);
      expect(d.startedAt!.getTime()).toBeLessThan(d.finishedAt!.getTime());
      expect(await prisma.auditEvent.count({ where: { deploymentId: d.id } })).toBeGreaterThan(50);
    }
    const byPosition = (d: typeof succeeded, procedure: "MAIN" | "ROLLBACK") =>
      d!.phaseRuns
        .filter((r) => r.procedure === procedure)
        .sort((a, b) => a.position - b.position)
        .map((r) => r.status);
    expect(byPosition(succeeded, "MAIN")).toEqual(["DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "SKIPPED"]);
    expect(byPosition(rolledBack, "MAIN").slice(0, 3)).toEqual(["DONE", "DONE", "FAILED"]);
    expect(byPosition(rolledBack, "ROLLBACK").every((s) => s === "DONE")).toBe(true);
    expect(rolledBack!.rollbackStartedAt).toBeInstanceOf(Date);
    expect(rolledBack!.signoffs.map((s) => s.decision)).toContain("REJECTED");
    expect(rolledBack!.signoffs.some((s) => s.scope === "POINT_OF_NO_RETURN")).toBe(true);
    expect(succeeded!.stepRuns.some((r) => r.mode === "REHEARSAL")).toBe(true);
    expect(rolledBack!.stepRuns.filter((r) => r.status === "FAILED")).toHaveLength(1);
    // the rule-7 sentence the failure policy writes, not a seed's own wording; it stays the reason
    // once the rollback completed (the trail says that apart)
    expect(rolledBack!.statusReason).toMatch(/failed in "Post-Migration Validation" \(failure policy ROLLBACK\)/);
  });

  it("writes its past deployments through the use-cases: phase runs, reasons and times as the real flow sets them", async () => {
    expect(PAST_DEPLOYMENTS.length).toBeGreaterThanOrEqual(38);
    const names = PAST_DEPLOYMENTS.map((p) => p.name).filter((name) => SAMPLE_HISTORY.has(name));
    expect(names.length).toBeGreaterThanOrEqual(8);
    const deployments = await prisma.deployment.findMany({
      where: { name: { in: names } },
      include: { environment: true, phaseRuns: { include: { phase: true } }, stepRuns: true, signoffs: true, lead: true },
    });
    expect(deployments).toHaveLength(names.length);
    const outcomes = new Set<string>();
    const leads = new Set<string>();
    const approvers = new Set<string>();
    for (const d of deployments) {
      const outcome = d.status === "SUCCEEDED" && d.followUpStatus === "FAILED" ? "FOLLOW_UP_FAILED" : d.status;
      outcomes.add(`${outcome}:${d.environment.name}`);
      leads.add(d.lead.email);
      const main = d.phaseRuns.filter((r) => r.procedure === "MAIN" && r.phase.followUpOffsetMinutes === null);
      const followUps = d.phaseRuns.filter((r) => r.phase.followUpOffsetMinutes !== null);
      const rollback = d.phaseRuns.filter((r) => r.procedure === "ROLLBACK");
      const where = `${d.name} (${d.status})`;
      expect(d.finishedAt, where).toBeInstanceOf(Date);
      expect(d.startedAt!.getTime(), where).toBeLessThan(d.finishedAt!.getTime());
      expect(d.createdAt.getTime(), where).toBeLessThanOrEqual(d.startedAt!.getTime());
      // nothing left open — except what the state machine itself leaves: a deployment the lead
      // ended as failed keeps the halted phase ACTIVE (controlDeployment ends the deployment only)
      const open = d.phaseRuns.filter((r) => r.status === "ACTIVE" || r.status === "AWAITING_SIGNOFF");
      expect(
        open.map((r) => r.phase.title),
        where,
      ).toEqual(d.status === "FAILED" ? ["Frontend Deployment"] : []);
      expect(
        d.stepRuns.filter((r) => !["SUCCEEDED", "FAILED"].includes(r.status)),
        where,
      ).toEqual([]);
      switch (d.status) {
        case "SUCCEEDED":
          expect(
            main.every((r) => r.status === "DONE"),
            where,
          ).toBe(true);
          expect(
            rollback.every((r) => r.status === "PENDING"),
            where,
          ).toBe(true);
          // the follow-ups opened at the main phases' end and were each due 24 h later (issue 15)
          for (const f of followUps) expect(f.dueAt, where).toBeInstanceOf(Date);
          if (d.followUpStatus === "FAILED") {
            expect(d.statusReason, where).toMatch(/^follow-up failed: /);
            expect(
              followUps.some((f) => f.status === "DONE" || f.status === "FAILED"),
              where,
            ).toBe(true);
          } else {
            expect(d.followUpStatus, where).toBe("PASSED");
            expect(d.statusReason, where).toBe("every main phase is done or skipped; follow-ups open");
            expect(
              followUps.every((f) => f.status === "DONE" || f.status === "SKIPPED"),
              where,
            ).toBe(true);
          }
          break;
        case "ROLLED_BACK":
          expect(d.statusReason, where).not.toBe("the rollback procedure is complete");
          expect(d.statusReason, where).toBeTruthy();
          expect(d.rollbackStartedAt, where).toBeInstanceOf(Date);
          expect(
            main.filter((r) => r.status === "FAILED"),
            where,
          ).toHaveLength(1);
          expect(
            rollback.every((r) => r.status === "DONE"),
            where,
          ).toBe(true);
          break;
        case "FAILED":
          expect(d.statusReason, where).toBeTruthy();
          expect(
            main.some((r) => r.status === "PENDING"),
            where,
          ).toBe(true);
          expect(
            d.stepRuns.some((r) => r.status === "FAILED"),
            where,
          ).toBe(true);
          break;
        case "ABORTED":
          expect(d.statusReason, where).toMatch(/nightly fee batch/);
          break;
        default:
          throw new Error(`${where}: a past deployment must have ended`);
      }
      // a phase that waited for a sign-off carries when it began waiting, before each decision on it
      for (const run of d.phaseRuns.filter((r) => r.phase.requiredSignoffRoles.length && r.status === "DONE")) {
        expect(run.awaitingSignoffAt, `${where}: ${run.phase.title}`).toBeInstanceOf(Date);
        const decisions = d.signoffs.filter((s) => s.scope === "PHASE" && s.phaseRunId === run.id);
        expect(decisions.length, `${where}: ${run.phase.title}`).toBeGreaterThan(0);
        for (const s of decisions) approvers.add(s.userId);
        const last = decisions.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).at(-1)!;
        expect(run.awaitingSignoffAt!.getTime()).toBeLessThanOrEqual(last.createdAt.getTime());
        expect(run.activatedAt!.getTime()).toBeLessThan(run.completedAt!.getTime());
      }
      // each run's own audit trail runs forward in time
      const events = await prisma.auditEvent.findMany({ where: { deploymentId: d.id }, orderBy: { seq: "asc" }, select: { createdAt: true, type: true } });
      const times = events.map((e) => e.createdAt.getTime());
      expect(times, where).toEqual([...times].sort((a, b) => a - b));
      expect(events[0]?.type, where).toBe("deployment.planned");
    }
    // the demo shows every outcome, on both environments, led and signed by more than one person
    for (const o of ["SUCCEEDED:staging", "SUCCEEDED:production", "FOLLOW_UP_FAILED:production", "ROLLED_BACK:production", "FAILED:production", "ABORTED:staging"]) {
      expect(outcomes).toContain(o);
    }
    expect(leads.size).toBeGreaterThanOrEqual(2);
    expect(approvers.size).toBeGreaterThanOrEqual(2);
    // and the history was written in time order, deployment after deployment (the essential two
    // may have been seeded earlier by another test file: "essential" is seedDemo's default)
    const essential = new Set(PAST_DEPLOYMENTS.filter((p) => p.isEssential).map((p) => p.name));
    const history = await prisma.auditEvent.findMany({
      where: { deploymentId: { in: deployments.filter((d) => !essential.has(d.name)).map((d) => d.id) } },
      orderBy: { seq: "asc" },
      select: { createdAt: true },
    });
    const all = history.map((e) => e.createdAt.getTime());
    expect(all).toEqual([...all].sort((a, b) => a - b));
  });

  it("stamps every row of its past deployments with the history's clock, never the day it was seeded", async () => {
    // a column left to its database default (now()) dates a step of May's deployment to today
    const names = PAST_DEPLOYMENTS.map((p) => p.name).filter((name) => SAMPLE_HISTORY.has(name));
    const latest = new Date(Math.max(...PAST_DEPLOYMENTS.map((p) => Date.parse(p.plannedStart))) + 7 * 86_400_000);
    const late = await prisma.$queryRaw<{ what: string; at: Date }[]>`
      WITH d AS (SELECT id FROM "Deployment" WHERE name = ANY(${names}))
      SELECT 'Deployment.createdAt' AS what, "createdAt" AS at FROM "Deployment" WHERE id IN (SELECT id FROM d)
      UNION ALL SELECT 'PhaseRun.activatedAt', "activatedAt" FROM "PhaseRun" WHERE "deploymentId" IN (SELECT id FROM d)
      UNION ALL SELECT 'PhaseRun.completedAt', "completedAt" FROM "PhaseRun" WHERE "deploymentId" IN (SELECT id FROM d)
      UNION ALL SELECT 'StepRun.createdAt', "createdAt" FROM "StepRun" WHERE "deploymentId" IN (SELECT id FROM d)
      UNION ALL SELECT 'StepRun.finishedAt', "finishedAt" FROM "StepRun" WHERE "deploymentId" IN (SELECT id FROM d)
      UNION ALL SELECT 'ChecklistTick.tickedAt', t."tickedAt" FROM "ChecklistTick" t JOIN "PhaseRun" r ON r.id = t."phaseRunId" WHERE r."deploymentId" IN (SELECT id FROM d)
      UNION ALL SELECT 'CriterionResult.metAt', c."metAt" FROM "CriterionResult" c JOIN "PhaseRun" r ON r.id = c."phaseRunId" WHERE r."deploymentId" IN (SELECT id FROM d)
      UNION ALL SELECT 'Signoff.createdAt', "createdAt" FROM "Signoff" WHERE "deploymentId" IN (SELECT id FROM d)
      UNION ALL SELECT 'AuditEvent.createdAt', "createdAt" FROM "AuditEvent" WHERE "deploymentId" IN (SELECT id FROM d)`;
    const stamped = late.filter((r) => r.at !== null);
    expect(stamped.length).toBeGreaterThan(100);
    expect(stamped.filter((r) => r.at > latest).map((r) => `${r.what} ${r.at.toISOString()}`)).toEqual([]);
  });

  it("keeps the audit chain intact and ends with system.seeded", async () => {
    expect(await verifyAuditChain(prisma)).toMatchObject({ isIntact: true });
    expect(await prisma.auditEvent.count({ where: { type: "system.seeded" } })).toBeGreaterThanOrEqual(1);
  });

  it("gives the demo target client_products.fixed_cost and the three views with 7 references", async () => {
    await withTarget(async (client) => {
      const { rows: columns } = await client.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'client_products' AND column_name LIKE 'fixed%'`,
      );
      expect(columns.map((c) => c.column_name)).toEqual(["fixed_cost"]);
      const { rows: views } = await client.query<{ name: string; def: string }>(
        // the views built on client_products: other tests share this target and leave views of their own
        `SELECT c.relname AS name, pg_get_viewdef(c.oid) AS def FROM pg_class c
          WHERE c.relkind = 'v' AND c.relnamespace = current_schema()::regnamespace AND pg_get_viewdef(c.oid) LIKE '%client_products%' ORDER BY 1`,
      );
      expect(views.map((v) => v.name)).toEqual(["company_revenue_analytics", "products_list_view", "revenue_analytics_optimized"]);
      expect(views.reduce((n, v) => n + (v.def.match(/fixed_cost/g)?.length ?? 0), 0)).toBe(7);
      const { rows } = await client.query(
        `SELECT COUNT(*)::int AS n, COUNT(*) FILTER (WHERE fixed_cost IS NULL)::int AS nulls, COUNT(*) FILTER (WHERE status = 'inactive')::int AS inactive FROM client_products`,
      );
      expect(rows[0].n).toBeGreaterThanOrEqual(200);
      expect(rows[0].nulls).toBeGreaterThan(0);
      expect(rows[0].inactive).toBeGreaterThan(0);
    });
  });

  it("has baselines that equal what the runbook's capture queries return on the target", async () => {
    const data = generateDemoData();
    await withTarget(async (client) => {
      expect((await client.query(seedStep("p1.baseline_products").sql!)).rows).toEqual(productRevenueBaseline(data).rows);
      expect((await client.query(seedStep("p1.baseline_companies").sql!)).rows).toEqual(companyTotalsBaseline(data).rows);
      expect((await client.query(seedStep("p1.baseline_edge_cases").sql!)).rows).toEqual(edgeCaseBaseline(data).rows);
    });
  });

  it("runs the migration, its validation and its rollback on the target with identical revenue totals", async () => {
    await withTarget(async (client) => {
      await client.query("BEGIN");
      try {
        const before = (await client.query(COMPANY_TOTALS_SQL)).rows;
        const products = (await client.query(seedStep("p1.baseline_products").sql!)).rows;
        const edges = (await client.query(seedStep("p1.baseline_edge_cases").sql!)).rows;
        expect(isExpectationMet(seedStep("p1.edge_case_share").expectation!, (await client.query(seedStep("p1.edge_case_share").sql!)).rows)).toBe(true);

        await client.query(MIGRATION_SQL);
        for (const phaseKey of ["p2", "p3"]) {
          for (const step of RUNBOOK_003.phases.find((p) => p.key === phaseKey)!.steps) {
            if (step.kind === "QUERY_CHECK") {
              const { rows } = await client.query(step.sql!);
              expect({ step: step.key, isMet: isExpectationMet(step.expectation!, rows) }).toEqual({ step: step.key, isMet: true });
            }
          }
        }
        expect((await client.query(seedStep("p3.compare_products").sql!)).rows).toEqual(products);
        expect((await client.query(seedStep("p3.compare_companies").sql!)).rows).toEqual(before);
        expect((await client.query(seedStep("p3.compare_edge_cases").sql!)).rows).toEqual(edges);

        await client.query(ROLLBACK_SQL);
        for (const key of ["r2.fixed_cost_back", "r2.new_name_gone"]) {
          expect(isExpectationMet(seedStep(key).expectation!, (await client.query(seedStep(key).sql!)).rows)).toBe(true);
        }
        expect((await client.query(seedStep("r2.compare_companies").sql!)).rows).toEqual(before);
        expect((await client.query(seedStep("p1.baseline_products").sql!)).rows).toEqual(products);
      } finally {
        // the demo target stays pristine for the other tests and for a lead's real run
        await client.query("ROLLBACK");
      }
      const { rows } = await client.query(`SELECT COUNT(*)::int AS n FROM information_schema.columns WHERE table_name = 'client_products' AND column_name = 'fixed_cost'`);
      expect(rows[0].n).toBe(1);
    });
  });
});
