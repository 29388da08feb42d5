import "server-only";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { EMPTY_HISTORY_QUERY } from "@/lib/domain/review/history-query";
import type { TAnalyticsQuery } from "@/lib/domain/analytics/analytics-query";
import { summariseRecovery, type TRecoverySummary } from "@/lib/domain/analytics/dora";
import { historyWhere } from "./find-deployments";

export type TAnalytics = {
  /** per "YYYY-MM" of the start, counts by status */
  months: Array<{ month: string; counts: Record<string, number>; total: number }>;
  /** counts by status over the whole filter */
  outcomes: Record<string, number>;
  perRunbook: Array<{ runbookId: string; title: string; counts: Record<string, number> }>;
  /** production deployments only, by status */
  production: Record<string, number>;
  /** production environments' names (to link the change failure rate to the history) */
  productionEnvironments: string[];
  recovery: TRecoverySummary;
  phaseDurations: Array<{
    runbookId: string;
    procedure: string;
    position: number;
    title: string;
    runs: number;
    medianDeltaMinutes: number;
    p90DeltaMinutes: number;
    estimatedMinutes: number;
  }>;
  phaseFailures: Array<{ runbookId: string; procedure: string; position: number; title: string; failed: number; runs: number }>;
  stepFailures: Array<{ runbookId: string; phaseTitle: string; title: string; kind: string; failed: number; attempts: number }>;
  signoffWaits: Array<{ role: string; decisions: number; medianSeconds: number; p90Seconds: number }>;
};

const FINISHED = Prisma.sql`('SUCCEEDED','FAILED','ROLLED_BACK','ABORTED')`;

/**
 * The period and filters on a rollup row (PRODUCT.md "Review"): the same meaning as the history's
 * WHERE clause (runbook, environment by name, the UTC start day inclusive), on the rollup's columns.
 */
function rollupWhere(query: TAnalyticsQuery, columns: { runbook: Prisma.Sql; environmentId: Prisma.Sql; day: Prisma.Sql }, extra: Prisma.Sql[] = []): Prisma.Sql {
  const conditions = [...extra];
  if (query.runbook) conditions.push(Prisma.sql`${columns.runbook} = ${query.runbook}`);
  if (query.environment) conditions.push(Prisma.sql`${columns.environmentId} IN (SELECT e."id" FROM "Environment" e WHERE e."name" = ${query.environment})`);
  if (query.from) conditions.push(Prisma.sql`${columns.day} >= ${query.from}::date`);
  if (query.to) conditions.push(Prisma.sql`${columns.day} <= ${query.to}::date`);
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/**
 * The analytics SQL, by section — exported so the benchmark runs the same text with plain pg.
 * Outcomes, months, production, recovery and the phase figures read the rollup the database keeps
 * per runbook version (or phase), environment and start day (schema.prisma "analytics rollup"),
 * not the raw runs: a year is a few thousand narrow rows, not every phase run. The numbers are
 * the same as over the raw rows, percentiles included (the rollup keeps every run's delta).
 * Step failures and sign-off waits stay on the raw rows (indexed, a few ms at 100,000 deployments).
 */
export function analyticsSql(query: TAnalyticsQuery) {
  const where = historyWhere({ ...EMPTY_HISTORY_QUERY, ...query });
  const and = (extra: Prisma.Sql) => (where === Prisma.empty ? Prisma.sql`WHERE ${extra}` : Prisma.sql`${where} AND ${extra}`);
  // a row whose deployments all moved on to another status stays at 0: never shown
  const columns = { runbook: Prisma.sql`v."runbookId"`, environmentId: Prisma.sql`r."environmentId"`, day: Prisma.sql`r."day"` };
  const days = rollupWhere(query, columns, [Prisma.sql`r."deployments" > 0`]);
  const phaseDays = (extra: Prisma.Sql[]) => rollupWhere(query, columns, extra);
  return {
    months: Prisma.sql`SELECT to_char(r."day", 'YYYY-MM') AS "month", r."status"::text AS "status", sum(r."deployments")::int AS "n"
      FROM "AnalyticsDeploymentDay" r JOIN "RunbookVersion" v ON v."id" = r."runbookVersionId" ${days} GROUP BY 1, 2 ORDER BY 1`,
    perRunbook: Prisma.sql`SELECT v."runbookId" AS "runbookId", max(v."title") AS "title", r."status"::text AS "status", sum(r."deployments")::int AS "n"
      FROM "AnalyticsDeploymentDay" r JOIN "RunbookVersion" v ON v."id" = r."runbookVersionId" ${days} GROUP BY 1, 3`,
    // a SUCCEEDED deployment whose follow-up failed counts as a failure (issue 15): its own key
    production: Prisma.sql`SELECT CASE WHEN r."status" = 'SUCCEEDED' AND r."isFollowUpFailed" THEN 'FOLLOW_UP_FAILED' ELSE r."status"::text END AS "status", sum(r."deployments")::int AS "n"
      FROM "AnalyticsDeploymentDay" r JOIN "RunbookVersion" v ON v."id" = r."runbookVersionId" JOIN "Environment" e ON e."id" = r."environmentId" AND e."isProduction" ${days} GROUP BY 1`,
    // each failed production deployment in the filter, and the seconds until the next success of
    // the same runbook on the same environment (any time after, even past the period's end): the
    // first success after it in the index's order (finishedAt, then id — as a window ordered so)
    recovery: Prisma.sql`SELECT EXTRACT(EPOCH FROM ((
          SELECT s."finishedAt" FROM "AnalyticsFinishedDeployment" s
          WHERE s."runbookId" = f."runbookId" AND s."environmentId" = f."environmentId" AND s."status" = 'SUCCEEDED' AND (s."finishedAt", s."deploymentId") > (f."finishedAt", f."deploymentId")
          ORDER BY s."finishedAt", s."deploymentId" LIMIT 1) - f."finishedAt"))::float8 AS "seconds"
      FROM "AnalyticsFinishedDeployment" f JOIN "Environment" e ON e."id" = f."environmentId" AND e."isProduction"
      ${rollupWhere(query, { runbook: Prisma.sql`f."runbookId"`, environmentId: Prisma.sql`f."environmentId"`, day: Prisma.sql`f."day"` }, [Prisma.sql`f."status" IN ('FAILED','ROLLED_BACK')`])}`,
    // per group of phases (runbook, procedure, position, title — across versions) the deltas of its
    // phases' rollup rows, sorted once inside the group for both percentiles: sorting ~200,000 rows
    // of a year by the wide group key first spilled to disk (0.6 s of the 0.8 s the page took)
    phaseDurations: Prisma.sql`WITH "groups" AS (
        SELECT v."runbookId", p."procedure"::text AS "procedure", p."position", p."title", array_agg(p."id") AS "phaseIds"
        FROM "Phase" p JOIN "RunbookVersion" v ON v."id" = p."versionId"
        WHERE p."estimatedMinutes" IS NOT NULL AND p."followUpOffsetMinutes" IS NULL ${query.runbook ? Prisma.sql`AND v."runbookId" = ${query.runbook}` : Prisma.empty}
        GROUP BY 1, 2, 3, 4
      )
      SELECT g."runbookId", g."procedure", g."position", g."title", s."runs", s."estimatedMinutes", s."deltas"[1] AS "medianDeltaMinutes", s."deltas"[2] AS "p90DeltaMinutes"
      FROM "groups" g CROSS JOIN LATERAL (
        SELECT count(*)::int AS "runs", max(p."estimatedMinutes")::int AS "estimatedMinutes", percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY x."delta") AS "deltas"
        FROM "AnalyticsPhaseDay" r JOIN "Phase" p ON p."id" = r."phaseId" CROSS JOIN LATERAL unnest(r."deltaMinutes") AS x("delta")
        ${rollupWhere({ ...query, runbook: null }, columns, [Prisma.sql`r."phaseId" = ANY(g."phaseIds")`])}
      ) s
      WHERE s."runs" > 0 ORDER BY 1, 2, 3 LIMIT 200`,
    phaseFailures: Prisma.sql`SELECT v."runbookId" AS "runbookId", p."procedure"::text AS "procedure", p."position", p."title",
        sum(r."failed")::int AS "failed", sum(r."runs")::int AS "runs"
      FROM "AnalyticsPhaseDay" r JOIN "Phase" p ON p."id" = r."phaseId" JOIN "RunbookVersion" v ON v."id" = p."versionId"
      ${phaseDays([])}
      GROUP BY 1, 2, 3, 4 HAVING sum(r."failed") > 0 ORDER BY 5 DESC, 6 DESC LIMIT 10`,
    stepFailures: Prisma.sql`SELECT v."runbookId" AS "runbookId", max(p."title") AS "phaseTitle", s."title", s."kind"::text AS "kind",
        count(*) FILTER (WHERE sr."status" = 'FAILED')::int AS "failed", count(*)::int AS "attempts"
      FROM "StepRun" sr JOIN "Step" s ON s."id" = sr."stepId" JOIN "Phase" p ON p."id" = s."phaseId" JOIN "Deployment" d ON d."id" = sr."deploymentId" JOIN "RunbookVersion" v ON v."id" = d."runbookVersionId"
      ${and(Prisma.sql`sr."mode" = 'RUN' AND sr."status" IN ('SUCCEEDED','FAILED')`)}
      GROUP BY 1, 3, 4, p."procedure", p."position", s."position" HAVING count(*) FILTER (WHERE sr."status" = 'FAILED') > 0 ORDER BY 5 DESC, 6 DESC LIMIT 10`,
    // the wait of each phase's last sign-off round: entered AWAITING_SIGNOFF → a DBA (or other role) decided
    signoffWaits: Prisma.sql`SELECT s."role"::text AS "role", count(*)::int AS "decisions",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (s."createdAt" - pr."awaitingSignoffAt")))::float8 AS "medianSeconds",
        percentile_cont(0.9) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (s."createdAt" - pr."awaitingSignoffAt")))::float8 AS "p90Seconds"
      FROM "Signoff" s JOIN "PhaseRun" pr ON pr."id" = s."phaseRunId" JOIN "Deployment" d ON d."id" = s."deploymentId"
      ${and(Prisma.sql`s."scope" = 'PHASE' AND s."decision" IN ('APPROVED','REJECTED') AND pr."awaitingSignoffAt" IS NOT NULL AND s."createdAt" >= pr."awaitingSignoffAt"`)}
      GROUP BY 1 ORDER BY 1`,
    finished: FINISHED,
  };
}

function byStatus(rows: Array<{ status: string; n: number }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[r.status] = (out[r.status] ?? 0) + r.n;
  return out;
}

/**
 * The managers' numbers (PRODUCT.md "Review": analytics per runbook — success and rollback rates,
 * duration against estimate, the phases that fail most, change failure rate and recovery time),
 * every aggregate computed in SQL over the deployments the history would list for the same filters
 * (most from the analytics rollup, see analyticsSql).
 */
export async function getAnalytics(query: TAnalyticsQuery): Promise<TAnalytics> {
  const prisma = getPrisma();
  const sql = analyticsSql(query);
  // independent reads at once: on PostgreSQL the phase durations' sort runs beside the rest (the
  // embedded database answers one at a time: the same order, no slower)
  const [monthRows, runbookRows, productionRows, recoveryRows, phaseDurations, phaseFailures, stepFailures, signoffWaits, environments] = await Promise.all([
    prisma.$queryRaw<Array<{ month: string; status: string; n: number }>>(sql.months),
    prisma.$queryRaw<Array<{ runbookId: string; title: string; status: string; n: number }>>(sql.perRunbook),
    prisma.$queryRaw<Array<{ status: string; n: number }>>(sql.production),
    prisma.$queryRaw<Array<{ seconds: number | null }>>(sql.recovery),
    prisma.$queryRaw<TAnalytics["phaseDurations"]>(sql.phaseDurations),
    prisma.$queryRaw<TAnalytics["phaseFailures"]>(sql.phaseFailures),
    prisma.$queryRaw<TAnalytics["stepFailures"]>(sql.stepFailures),
    prisma.$queryRaw<TAnalytics["signoffWaits"]>(sql.signoffWaits),
    prisma.environment.findMany({ where: { isProduction: true }, orderBy: { name: "asc" }, select: { name: true } }),
  ]);
  const productionEnvironments = environments.map((e) => e.name);

  const months = new Map<string, Record<string, number>>();
  for (const r of monthRows) months.set(r.month, { ...(months.get(r.month) ?? {}), [r.status]: r.n });
  const runbooks = new Map<string, { runbookId: string; title: string; counts: Record<string, number> }>();
  for (const r of runbookRows) {
    const entry = runbooks.get(r.runbookId) ?? { runbookId: r.runbookId, title: r.title, counts: {} };
    entry.counts[r.status] = (entry.counts[r.status] ?? 0) + r.n;
    runbooks.set(r.runbookId, entry);
  }
  return {
    months: [...months.entries()].map(([month, counts]) => ({ month, counts, total: Object.values(counts).reduce((s, n) => s + n, 0) })),
    outcomes: byStatus(monthRows),
    perRunbook: [...runbooks.values()].sort((a, b) => a.title.localeCompare(b.title)),
    production: byStatus(productionRows),
    productionEnvironments,
    recovery: summariseRecovery(recoveryRows.map((r) => (r.seconds === null ? null : Number(r.seconds)))),
    phaseDurations: phaseDurations.map((r) => ({ ...r, medianDeltaMinutes: Number(r.medianDeltaMinutes), p90DeltaMinutes: Number(r.p90DeltaMinutes) })),
    phaseFailures,
    stepFailures,
    signoffWaits: signoffWaits.map((r) => ({ ...r, medianSeconds: Number(r.medianSeconds), p90Seconds: Number(r.p90Seconds) })),
  };
}
