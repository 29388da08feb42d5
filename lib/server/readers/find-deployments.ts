import "server-only";
import { DB_INT_MAX } from "@/lib/domain/db-bounds";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import type { DeploymentStatus } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { decodeHistoryCursor, encodeHistoryCursor, EMPTY_HISTORY_QUERY, type THistoryCursor, type THistoryQuery } from "@/lib/domain/review/history-query";
import { parseIdOrThrow } from "./parse-ids";
import { environmentSummarySelect, userSummarySelect } from "./selects";

const deploymentListSelect = {
  id: true,
  name: true,
  status: true,
  statusReason: true,
  followUpStatus: true,
  plannedStart: true,
  plannedEnd: true,
  startedAt: true,
  finishedAt: true,
  createdAt: true,
  environment: { select: environmentSummarySelect },
  lead: { select: userSummarySelect },
  runbookVersion: { select: { id: true, number: true, title: true, runbookId: true } },
} satisfies Prisma.DeploymentSelect;

export type TDeploymentListItem = Prisma.DeploymentGetPayload<{ select: typeof deploymentListSelect }>;

export type TFindDeploymentsResult = {
  deployments: TDeploymentListItem[];
  /** every deployment matching the filters, across all pages */
  total: number;
  /** pass back as `after` for the next page; null when this was the last page */
  nextCursor: string | null;
};

// Outcome order for sorting: what went wrong first (ascending), then what is open, then success.
const OUTCOME_RANK = Prisma.sql`CASE d."status"
  WHEN 'FAILED' THEN 0 WHEN 'ROLLED_BACK' THEN 1 WHEN 'ABORTED' THEN 2 WHEN 'ROLLING_BACK' THEN 3
  WHEN 'PAUSED' THEN 4 WHEN 'IN_PROGRESS' THEN 5 WHEN 'PLANNED' THEN 6 ELSE 7 END`;

/** seconds from start to finish; unfinished ones sort last in either direction */
function durationKey(dir: "asc" | "desc") {
  return Prisma.sql`COALESCE(EXTRACT(EPOCH FROM (d."finishedAt" - d."startedAt"))::float8, ${dir === "desc" ? -1 : 1e12}::float8)`;
}

/** The filters as SQL conditions on `"Deployment" d`. Exported for the benchmark's plain-pg floor. */
export function historyWhere(query: THistoryQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (query.runbook) conditions.push(Prisma.sql`d."runbookVersionId" IN (SELECT v."id" FROM "RunbookVersion" v WHERE v."runbookId" = ${query.runbook})`);
  if (query.environment) conditions.push(Prisma.sql`d."environmentId" IN (SELECT e."id" FROM "Environment" e WHERE e."name" = ${query.environment})`);
  if (query.statuses.length > 0) conditions.push(Prisma.sql`d."status" IN (${Prisma.join(query.statuses.map((s) => Prisma.sql`${s}::"DeploymentStatus"`))})`);
  if (query.lead) conditions.push(Prisma.sql`d."leadId" = ${query.lead}`);
  // the date range is on when the deployment started: history is what happened, when it happened
  if (query.from) conditions.push(Prisma.sql`d."startedAt" >= ${new Date(`${query.from}T00:00:00Z`)}`);
  if (query.to) conditions.push(Prisma.sql`d."startedAt" < ${new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000)}`);
  if (query.followUp) conditions.push(Prisma.sql`d."followUpStatus" = ${query.followUp}::"FollowUpStatus"`);
  if (query.outcome === "change_failed") {
    conditions.push(Prisma.sql`(d."status" IN ('FAILED', 'ROLLED_BACK') OR (d."status" = 'SUCCEEDED' AND d."followUpStatus" = 'FAILED'))`);
  }
  if (query.q) conditions.push(Prisma.sql`d."name" ILIKE ${`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

function keysetCondition(query: THistoryQuery, cursor: THistoryCursor | null): Prisma.Sql | null {
  if (!cursor) return null;
  const { key, id } = cursor;
  const desc = query.dir === "desc";
  switch (query.sort) {
    case "start": {
      // desc: not yet started first (NULLS FIRST, Postgres' own order for DESC), then newest
      if (key === null || typeof key !== "string" || Number.isNaN(Date.parse(key))) {
        return desc ? Prisma.sql`((d."startedAt" IS NULL AND d."id" < ${id}) OR d."startedAt" IS NOT NULL)` : Prisma.sql`(d."startedAt" IS NULL AND d."id" > ${id})`;
      }
      const at = new Date(key);
      return desc
        ? Prisma.sql`(d."startedAt" < ${at} OR (d."startedAt" = ${at} AND d."id" < ${id}))`
        : Prisma.sql`(d."startedAt" > ${at} OR (d."startedAt" = ${at} AND d."id" > ${id}) OR d."startedAt" IS NULL)`;
    }
    case "duration":
      if (typeof key !== "number") return null;
      return desc ? Prisma.sql`(${durationKey("desc")}, d."id") < (${key}::float8, ${id})` : Prisma.sql`(${durationKey("asc")}, d."id") > (${key}::float8, ${id})`;
    case "outcome":
      // the rank is an int: a hand-made cursor past its range starts from the first page
      if (typeof key !== "number" || !Number.isInteger(key) || Math.abs(key) > DB_INT_MAX) return null;
      return desc ? Prisma.sql`(${OUTCOME_RANK}, d."id") < (${key}::int, ${id})` : Prisma.sql`(${OUTCOME_RANK}, d."id") > (${key}::int, ${id})`;
  }
}

function orderAndKey(query: THistoryQuery): { order: Prisma.Sql; key: Prisma.Sql } {
  const dir = query.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  switch (query.sort) {
    case "start":
      return {
        order: query.dir === "desc" ? Prisma.sql`d."startedAt" DESC NULLS FIRST, d."id" DESC` : Prisma.sql`d."startedAt" ASC NULLS LAST, d."id" ASC`,
        key: Prisma.sql`to_char(d."startedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
      };
    case "duration":
      return { order: Prisma.sql`${durationKey(query.dir)} ${dir}, d."id" ${dir}`, key: durationKey(query.dir) };
    case "outcome":
      return { order: Prisma.sql`${OUTCOME_RANK} ${dir}, d."id" ${dir}`, key: OUTCOME_RANK };
  }
}

/** The page query (ids and sort keys, one more than the page) — exported for the benchmark's floor. */
export function historyPageSql(query: THistoryQuery, limit: number): Prisma.Sql {
  const where = historyWhere(query);
  const keyset = keysetCondition(query, decodeHistoryCursor(query.after));
  const { order, key } = orderAndKey(query);
  const fullWhere = keyset ? (where === Prisma.empty ? Prisma.sql`WHERE ${keyset}` : Prisma.sql`${where} AND ${keyset}`) : where;
  return Prisma.sql`SELECT d."id", ${key} AS "key" FROM "Deployment" d ${fullWhere} ORDER BY ${order} LIMIT ${limit + 1}`;
}

export function historyCountSql(query: THistoryQuery): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "total" FROM "Deployment" d ${historyWhere(query)}`;
}

/**
 * Deployments matching the history's filters (PRODUCT.md "Review"), sorted by start, duration or
 * outcome, with keyset pagination (`after` = the cursor of the previous page's last row) and the
 * count of all matches. Filters that name nothing (an unknown runbook) simply match nothing.
 */
export async function findDeployments(query: Partial<THistoryQuery> = {}, options: { limit?: number } = {}): Promise<TFindDeploymentsResult> {
  const q: THistoryQuery = { ...EMPTY_HISTORY_QUERY, ...query };
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const prisma = getPrisma();
  const rows = await prisma.$queryRaw<Array<{ id: string; key: number | string | null }>>(historyPageSql(q, limit));
  const counted = await prisma.$queryRaw<Array<{ total: number }>>(historyCountSql(q));
  const page = rows.slice(0, limit);
  const records = await prisma.deployment.findMany({ where: { id: { in: page.map((r) => r.id) } }, select: deploymentListSelect });
  const byId = new Map(records.map((r) => [r.id, r]));
  const deployments = page.flatMap((r) => byId.get(r.id) ?? []);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last ? encodeHistoryCursor({ key: last.key === null ? null : typeof last.key === "string" ? last.key : Number(last.key), id: last.id }) : null;
  return { deployments, total: counted[0]?.total ?? 0, nextCursor };
}

function parseCursor(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    return parseIdOrThrow("deployment", raw);
  } catch (error) {
    if (error instanceof NotFoundError) return null; // a mangled cursor: start from the newest
    throw error;
  }
}

export type TDeploymentPage = { deployments: TDeploymentListItem[]; nextCursor: string | null };

/**
 * Newest first by creation, filtered by statuses, environment id and runbook id, keyset-paged by
 * the previous page's last id (`before`): the REST API's and the CLI's list (issue 14).
 */
export async function findDeploymentPage(
  options: {
    limit?: number;
    before?: string | null;
    /** the history filters (PRODUCT.md "Review"); the REST API and the CLI pass them */
    filter?: { statuses?: DeploymentStatus[]; environmentId?: string; runbookId?: string };
    prisma?: TPrisma;
  } = {},
): Promise<TDeploymentPage> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const prisma = options.prisma ?? getPrisma();
  const before = parseCursor(options.before);
  const anchor = before ? await prisma.deployment.findUnique({ where: { id: before }, select: { id: true, createdAt: true } }) : null;
  const filter = options.filter ?? {};
  const rows = await prisma.deployment.findMany({
    where: {
      ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
      ...(filter.environmentId ? { environmentId: filter.environmentId } : {}),
      ...(filter.runbookId ? { runbookVersion: { runbookId: filter.runbookId } } : {}),
      ...(anchor ? { OR: [{ createdAt: { lt: anchor.createdAt } }, { createdAt: anchor.createdAt, id: { lt: anchor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: deploymentListSelect,
  });
  const deployments = rows.slice(0, limit);
  return { deployments, nextCursor: rows.length > limit ? (deployments.at(-1)?.id ?? null) : null };
}
