// The analytics rollup (issue 12 "Speed") is only worth reading if it is always true. Here a series
// of real use-case calls — plan, run, fail, roll back, follow-up failed, abort — and a few direct
// writes must leave it equal to a recomputation from the raw rows (phaseline_analytics_rebuild(),
// run in a transaction that is rolled back); and on the demo data the analytics read from the rollup
// must give the same numbers as the raw-row SQL it replaced (kept below as the oracle).
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { testPrisma } from "@/lib/testing/db";
import { createTestUser, deploymentMap, planTestDeployment, targetUrl, type TPhaseInput, type TTestUser } from "@/lib/testing/deployment-fixture";
import { EMPTY_HISTORY_QUERY } from "@/lib/domain/review/history-query";
import type { TAnalyticsQuery } from "@/lib/domain/analytics/analytics-query";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { activatePhase } from "@/lib/server/deployments/activate-phase";
import { completePhase } from "@/lib/server/deployments/complete-phase";
import { recordManualStep } from "@/lib/server/deployments/record-manual-step";
import { planDeployment } from "@/lib/server/deployments/plan-deployment";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { analyticsSql } from "./get-analytics";
import { historyWhere } from "./find-deployments";

const prisma = () => testPrisma();

type TRollup = { days: unknown[]; phases: unknown[]; finished: unknown[] };

/** The rollup's rows on these environments, in a stable order (rows counted down to 0 left out). */
async function readRollup(db: Prisma.TransactionClient | ReturnType<typeof testPrisma>, environmentIds: string[]): Promise<TRollup> {
  const ids = Prisma.join(environmentIds);
  const days = await db.$queryRaw<unknown[]>`SELECT "runbookVersionId", "environmentId", "day"::text AS "day", "status"::text AS "status", "isFollowUpFailed", "deployments"
    FROM "AnalyticsDeploymentDay" WHERE "environmentId" IN (${ids}) AND "deployments" <> 0 ORDER BY 1, 2, 3, 4, 5`;
  const phases = await db.$queryRaw<unknown[]>`SELECT "phaseId", "environmentId", "day"::text AS "day", "runs", "failed",
      (SELECT coalesce(array_agg(x ORDER BY x), '{}') FROM unnest("deltaMinutes") x)::text AS "deltaMinutes"
    FROM "AnalyticsPhaseDay" WHERE "environmentId" IN (${ids}) AND ("runs" <> 0 OR "failed" <> 0 OR cardinality("deltaMinutes") > 0) ORDER BY 1, 2, 3`;
  const finished = await db.$queryRaw<unknown[]>`SELECT "deploymentId", "runbookId", "environmentId", "day"::text AS "day", "status"::text AS "status", "finishedAt"
    FROM "AnalyticsFinishedDeployment" WHERE "environmentId" IN (${ids}) ORDER BY 1`;
  return { days, phases, finished };
}

class RolledBack extends Error {
  constructor(readonly value: TRollup) {
    super("rolled back");
  }
}

/** The rollup as the rebuild computes it from the raw rows — in a transaction rolled back after. */
async function recomputed(environmentIds: string[]): Promise<TRollup> {
  try {
    await prisma().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT "phaseline_analytics_rebuild"()`;
      throw new RolledBack(await readRollup(tx, environmentIds));
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.value;
    throw error;
  }
  throw new Error("unreachable");
}

async function expectRollupTrue(environmentIds: string[]) {
  const maintained = await readRollup(prisma(), environmentIds);
  expect(maintained).toEqual(await recomputed(environmentIds));
  return maintained;
}

const manualPhase = (title: string, extra: Partial<TPhaseInput> = {}): TPhaseInput => ({
  title,
  estimatedMinutes: 10,
  steps: [{ kind: "MANUAL", title: `${title}: do it` }],
  ...extra,
});

async function runPhase(deploymentId: string, lead: TTestUser, title: string, status: "SUCCEEDED" | "FAILED" = "SUCCEEDED") {
  const phase = (await deploymentMap(deploymentId)).phase(title);
  const actor = { actor: lead, prisma: prisma() };
  await recordManualStep({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step(`${title}: do it`), attempt: 1, status, note: status.toLowerCase(), ...actor });
  if (status === "SUCCEEDED") return completePhase({ deploymentId, phaseRunId: phase.phaseRunId, ...actor });
  return null;
}

describe("the analytics rollup", () => {
  it("equals a recomputation from the raw rows after plan, run, fail, roll back, follow-up failed and abort", async () => {
    const lead = await createTestUser(["LEAD"]);
    const actor = { actor: lead, prisma: prisma() };
    const environments: string[] = [];
    const status = async (id: string) => await prisma().deployment.findUniqueOrThrow({ where: { id }, select: { status: true, followUpStatus: true } });

    // planned only: not started, so not counted anywhere
    const planned = await planTestDeployment(lead, [manualPhase("Migrate")]);
    environments.push(planned.environmentId);
    const empty = await expectRollupTrue(environments);
    expect(empty).toEqual({ days: [], phases: [], finished: [] });

    // run to success on production, follow-up failed by the lead, then rolled back
    const phases = [
      manualPhase("Migrate"),
      { title: "Next-day review", followUpOffsetMinutes: 1440, checklistItems: [{ text: "Finance confirms totals" }] },
      manualPhase("Undo", { procedure: "ROLLBACK" as const }),
    ];
    const main = await planTestDeployment(lead, phases, { isProduction: true });
    environments.push(main.environmentId);
    await controlDeployment({ deploymentId: main.deploymentId, action: "start", reason: "", ...actor });
    await expectRollupTrue(environments);
    await runPhase(main.deploymentId, lead, "Migrate");
    expect(await status(main.deploymentId)).toEqual({ status: "SUCCEEDED", followUpStatus: "OPEN" });
    await expectRollupTrue(environments);
    const review = (await deploymentMap(main.deploymentId)).phase("Next-day review");
    await prisma().$executeRaw`UPDATE "PhaseRun" SET "dueAt" = now() - interval '1 minute' WHERE id = ${review.phaseRunId}`;
    await activatePhase({ deploymentId: main.deploymentId, phaseRunId: review.phaseRunId, confirmationName: null, ...actor });
    await controlDeployment({ deploymentId: main.deploymentId, action: "fail_follow_up", reason: "totals off by a cent", ...actor });
    expect(await status(main.deploymentId)).toEqual({ status: "SUCCEEDED", followUpStatus: "FAILED" });
    const followUpFailed = await expectRollupTrue(environments);
    expect(followUpFailed.days).toContainEqual(expect.objectContaining({ environmentId: main.environmentId, status: "SUCCEEDED", isFollowUpFailed: true, deployments: 1 }));
    await controlDeployment({ deploymentId: main.deploymentId, action: "start_rollback", reason: "undo the fee change", ...actor });
    await expectRollupTrue(environments);
    await runPhase(main.deploymentId, lead, "Undo");
    expect((await status(main.deploymentId)).status).toBe("ROLLED_BACK");
    await expectRollupTrue(environments);

    // the next deployment of the same version on the same production environment succeeds: the recovery
    const { deploymentId: recovery } = await planDeployment({
      runbookVersionId: main.versionId,
      environmentId: main.environmentId,
      leadId: lead.id,
      name: `${main.name}-again`,
      plannedStart: null,
      plannedEnd: null,
      ...actor,
    });
    await controlDeployment({ deploymentId: recovery, action: "start", reason: "", ...actor });
    await runPhase(recovery, lead, "Migrate");
    const recovered = await expectRollupTrue(environments);
    expect(recovered.finished).toHaveLength(2);

    // a failed step with policy STOP, then the lead ends it failed
    const failed = await planTestDeployment(lead, [manualPhase("Migrate"), manualPhase("Verify")]);
    environments.push(failed.environmentId);
    await controlDeployment({ deploymentId: failed.deploymentId, action: "start", reason: "", ...actor });
    await runPhase(failed.deploymentId, lead, "Migrate", "FAILED");
    await controlDeployment({ deploymentId: failed.deploymentId, action: "end_failed", reason: "the migration failed", ...actor });
    expect((await status(failed.deploymentId)).status).toBe("FAILED");
    await expectRollupTrue(environments);

    // a failed step with policy ROLLBACK: the rollback procedure opens by itself
    const policy = await planTestDeployment(lead, [manualPhase("Migrate", { failurePolicy: "ROLLBACK" }), manualPhase("Undo", { procedure: "ROLLBACK" })]);
    environments.push(policy.environmentId);
    await controlDeployment({ deploymentId: policy.deploymentId, action: "start", reason: "", ...actor });
    await runPhase(policy.deploymentId, lead, "Migrate", "FAILED");
    expect((await status(policy.deploymentId)).status).toBe("ROLLING_BACK");
    await expectRollupTrue(environments);

    // started, paused, then aborted
    const aborted = await planTestDeployment(lead, [manualPhase("Migrate"), manualPhase("Verify")]);
    environments.push(aborted.environmentId);
    await controlDeployment({ deploymentId: aborted.deploymentId, action: "start", reason: "", ...actor });
    await runPhase(aborted.deploymentId, lead, "Migrate");
    await controlDeployment({ deploymentId: aborted.deploymentId, action: "pause", reason: "", ...actor });
    await controlDeployment({ deploymentId: aborted.deploymentId, action: "abort", reason: "the window closed", ...actor });
    expect((await status(aborted.deploymentId)).status).toBe("ABORTED");
    const all = await expectRollupTrue(environments);
    expect(all.days.length).toBeGreaterThanOrEqual(5);
    expect(all.phases.length).toBeGreaterThanOrEqual(5);

    // writes outside the use-cases keep it true too: a phase run reopened, a start day moved, a deployment deleted
    const migrate = (await deploymentMap(recovery)).phase("Migrate");
    await prisma().$executeRaw`UPDATE "PhaseRun" SET "status" = 'FAILED' WHERE id = ${migrate.phaseRunId}`;
    await expectRollupTrue(environments);
    await prisma().$executeRaw`UPDATE "Deployment" SET "startedAt" = "startedAt" - interval '3 days' WHERE id = ${aborted.deploymentId}`;
    await expectRollupTrue(environments);
  }, 300_000);

  it("keeps one delta per run: equal durations on one day are each counted, and one leaves alone", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId, environmentId, versionId } = await planTestDeployment(lead, [manualPhase("Migrate")]);
    const [phase] = await prisma().phase.findMany({ where: { versionId }, select: { id: true } });
    const day = new Date(Date.UTC(2026, 2, 3, 10));
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const d = await prisma().deployment.create({
        data: {
          name: `equal-${n}-${deploymentId}`,
          runbookVersionId: versionId,
          environmentId,
          leadId: lead.id,
          createdById: lead.id,
          status: "SUCCEEDED",
          startedAt: day,
          finishedAt: day,
        },
      });
      ids.push(d.id);
      await prisma().phaseRun.create({
        data: { deploymentId: d.id, phaseId: phase!.id, procedure: "MAIN", position: 1, status: "DONE", activatedAt: day, completedAt: new Date(day.getTime() + 12 * 60_000) },
      });
    }
    expect((await expectRollupTrue([environmentId])).phases).toEqual([expect.objectContaining({ runs: 3, deltaMinutes: "{2,2,2}" })]);
    await prisma().$executeRaw`UPDATE "PhaseRun" SET "status" = 'FAILED' WHERE "deploymentId" = ${ids[0]}`;
    expect((await expectRollupTrue([environmentId])).phases).toEqual([expect.objectContaining({ runs: 3, failed: 1, deltaMinutes: "{2,2}" })]);
  });
});

// The raw-row SQL the rollup replaced (get-analytics.ts before issue 12's rollup), the oracle.
function rawSections(query: TAnalyticsQuery) {
  const where = historyWhere({ ...EMPTY_HISTORY_QUERY, ...query });
  const and = (extra: Prisma.Sql) => (where === Prisma.empty ? Prisma.sql`WHERE ${extra}` : Prisma.sql`${where} AND ${extra}`);
  return {
    months: Prisma.sql`SELECT to_char(date_trunc('month', d."startedAt"), 'YYYY-MM') AS "month", d."status"::text AS "status", count(*)::int AS "n"
      FROM "Deployment" d ${and(Prisma.sql`d."startedAt" IS NOT NULL`)} GROUP BY 1, 2 ORDER BY 1`,
    perRunbook: Prisma.sql`SELECT v."runbookId" AS "runbookId", max(v."title") AS "title", d."status"::text AS "status", count(*)::int AS "n"
      FROM "Deployment" d JOIN "RunbookVersion" v ON v."id" = d."runbookVersionId" ${and(Prisma.sql`d."startedAt" IS NOT NULL`)} GROUP BY 1, 3`,
    production: Prisma.sql`SELECT CASE WHEN d."status" = 'SUCCEEDED' AND d."followUpStatus" = 'FAILED' THEN 'FOLLOW_UP_FAILED' ELSE d."status"::text END AS "status", count(*)::int AS "n"
      FROM "Deployment" d JOIN "Environment" e ON e."id" = d."environmentId" AND e."isProduction" ${and(Prisma.sql`d."startedAt" IS NOT NULL`)} GROUP BY 1`,
    recovery: Prisma.sql`WITH finished AS (
        SELECT d."id", d."status", d."finishedAt", d."startedAt", d."environmentId", d."runbookVersionId", d."name", d."leadId", v."runbookId",
          min(CASE WHEN d."status" = 'SUCCEEDED' THEN d."finishedAt" END) OVER (
            PARTITION BY v."runbookId", d."environmentId" ORDER BY d."finishedAt" DESC, d."id" DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS "recoveredAt"
        FROM "Deployment" d JOIN "RunbookVersion" v ON v."id" = d."runbookVersionId" JOIN "Environment" e ON e."id" = d."environmentId" AND e."isProduction"
        WHERE d."status" IN ('SUCCEEDED','FAILED','ROLLED_BACK') AND d."finishedAt" IS NOT NULL
      )
      SELECT EXTRACT(EPOCH FROM (d."recoveredAt" - d."finishedAt"))::float8 AS "seconds" FROM finished d
      ${and(Prisma.sql`d."status" IN ('FAILED','ROLLED_BACK')`)}`,
    phaseDurations: Prisma.sql`SELECT v."runbookId" AS "runbookId", pr."procedure"::text AS "procedure", p."position", p."title", count(*)::int AS "runs",
        max(p."estimatedMinutes")::int AS "estimatedMinutes",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (pr."completedAt" - pr."activatedAt")) / 60 - p."estimatedMinutes")::float8 AS "medianDeltaMinutes",
        percentile_cont(0.9) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (pr."completedAt" - pr."activatedAt")) / 60 - p."estimatedMinutes")::float8 AS "p90DeltaMinutes"
      FROM "PhaseRun" pr JOIN "Phase" p ON p."id" = pr."phaseId" JOIN "Deployment" d ON d."id" = pr."deploymentId" JOIN "RunbookVersion" v ON v."id" = d."runbookVersionId"
      ${and(Prisma.sql`pr."status" = 'DONE' AND pr."activatedAt" IS NOT NULL AND pr."completedAt" IS NOT NULL AND p."estimatedMinutes" IS NOT NULL AND p."followUpOffsetMinutes" IS NULL`)}
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3 LIMIT 200`,
    phaseFailures: Prisma.sql`SELECT v."runbookId" AS "runbookId", pr."procedure"::text AS "procedure", p."position", p."title",
        count(*) FILTER (WHERE pr."status" = 'FAILED')::int AS "failed", count(*) FILTER (WHERE pr."status" IN ('DONE','FAILED'))::int AS "runs"
      FROM "PhaseRun" pr JOIN "Phase" p ON p."id" = pr."phaseId" JOIN "Deployment" d ON d."id" = pr."deploymentId" JOIN "RunbookVersion" v ON v."id" = d."runbookVersionId"
      ${and(Prisma.sql`pr."status" IN ('DONE','FAILED')`)}
      GROUP BY 1, 2, 3, 4 HAVING count(*) FILTER (WHERE pr."status" = 'FAILED') > 0 ORDER BY 5 DESC, 6 DESC LIMIT 10`,
  };
}

const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

describe("analytics on the demo data, from the rollup and from the raw rows", () => {
  let runbookIds: string[] = [];

  beforeAll(async () => {
    await seedDemo({ prisma: prisma(), demoTargetUrl: targetUrl(), history: "sample" });
    const rows = await prisma().$queryRaw<{ runbookId: string }[]>`SELECT DISTINCT v."runbookId" FROM "Deployment" d
      JOIN "RunbookVersion" v ON v."id" = d."runbookVersionId" JOIN "User" u ON u."id" = d."leadId" WHERE u."email" LIKE '%@phaseline.local' AND d."startedAt" IS NOT NULL`;
    runbookIds = rows.map((r) => r.runbookId);
  }, 600_000);

  it("gives the same numbers, section by section, for each demo runbook, environment and period", async () => {
    expect(runbookIds.length).toBeGreaterThan(0);
    const environments = (await prisma().environment.findMany({ where: { name: { in: ["production", "staging"] } }, select: { name: true } })).map((e) => e.name);
    expect(environments.length).toBeGreaterThan(0);
    const queries: TAnalyticsQuery[] = runbookIds.flatMap((runbook) => [
      { runbook, environment: null, from: null, to: null },
      ...environments.map((environment) => ({ runbook, environment, from: null, to: null })),
      { runbook, environment: null, from: "2026-05-01", to: "2026-10-31" },
      { runbook, environment: "production", from: "2026-01-01", to: null },
    ]);
    let compared = 0;
    for (const query of queries) {
      const raw = rawSections(query);
      const rollup = analyticsSql(query);
      for (const key of ["months", "perRunbook", "production", "recovery", "phaseDurations", "phaseFailures"] as const) {
        const [a, b] = [await prisma().$queryRaw<unknown[]>(raw[key]), await prisma().$queryRaw<unknown[]>(rollup[key])];
        expect({ query, key, rows: sorted(b) }).toEqual({ query, key, rows: sorted(a) });
        compared += a.length;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});
