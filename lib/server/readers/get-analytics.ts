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

/** The analytics SQL, by section — exported so the benchmark runs the same text with plain pg. */
export function analyticsSql(query: TAnalyticsQuery) {
  const where = historyWhere({ ...EMPTY_HISTORY_QUERY, ...query });
  const and = (extra: Prisma.Sql) => (where === Prisma.empty ? Prisma.sql`WHERE ${extra}` : Prisma.sql`${where} AND ${extra}`);
  return {
    months: Prisma.sql`SELECT to_char(date_trunc('month', d."startedAt"), 'YYYY-MM') AS "month", d."status"::text AS "status", count(*)::int AS "n"
      FROM "Deployment" d ${and(Prisma.sql`d."startedAt" IS NOT NULL`)} GROUP BY 1, 2 ORDER BY 1`,
    perRunbook: Prisma.sql`SELECT v."runbookId" AS "runbookId", max(v."title") AS "title", d."status"::text AS "status", count(*)::int AS "n"
      FROM "Deployment" d JOIN "RunbookVersion" v ON v."id" = d."runbookVersionId" ${and(Prisma.sql`d."startedAt" IS NOT NULL`)} GROUP BY 1, 3`,
    // a SUCCEEDED deployment whose follow-up failed counts as a failure (issue 15): its own key
    production: Prisma.sql`SELECT CASE WHEN d."status" = 'SUCCEEDED' AND d."followUpStatus" = 'FAILED' THEN 'FOLLOW_UP_FAILED' ELSE d."status"::text END AS "status", count(*)::int AS "n"
      FROM "Deployment" d JOIN "Environment" e ON e."id" = d."environmentId" AND e."isProduction" ${and(Prisma.sql`d."startedAt" IS NOT NULL`)} GROUP BY 1`,
    // each failed production deployment in the filter, and the seconds until the next success of
    // the same runbook on the same environment (any time after, even past the period's end)
    recovery: Prisma.sql`WITH finished AS (
        SELECT d."id", d."status", d."finishedAt", d."startedAt", d."environmentId", d."runbookVersionId", d."name", d."leadId", v."runbookId",
          -- walked newest first so the frame only grows: a running min, linear (a frame whose start
          -- moves, "1 FOLLOWING AND UNBOUNDED FOLLOWING", re-aggregates every row: quadratic)
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
 * every aggregate computed in SQL over the deployments the history would list for the same filters.
 * Queries run one after another: the embedded database answers one at a time anyway.
 */
export async function getAnalytics(query: TAnalyticsQuery): Promise<TAnalytics> {
  const prisma = getPrisma();
  const sql = analyticsSql(query);
  const monthRows = await prisma.$queryRaw<Array<{ month: string; status: string; n: number }>>(sql.months);
  const runbookRows = await prisma.$queryRaw<Array<{ runbookId: string; title: string; status: string; n: number }>>(sql.perRunbook);
  const productionRows = await prisma.$queryRaw<Array<{ status: string; n: number }>>(sql.production);
  const recoveryRows = await prisma.$queryRaw<Array<{ seconds: number | null }>>(sql.recovery);
  const phaseDurations = await prisma.$queryRaw<TAnalytics["phaseDurations"]>(sql.phaseDurations);
  const phaseFailures = await prisma.$queryRaw<TAnalytics["phaseFailures"]>(sql.phaseFailures);
  const stepFailures = await prisma.$queryRaw<TAnalytics["stepFailures"]>(sql.stepFailures);
  const signoffWaits = await prisma.$queryRaw<TAnalytics["signoffWaits"]>(sql.signoffWaits);
  const productionEnvironments = (await prisma.environment.findMany({ where: { isProduction: true }, orderBy: { name: "asc" }, select: { name: true } })).map((e) => e.name);

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
