// `npm run bench` (review part, issue 12): the managers' readers at 100,000 deployments.
// On the PostgreSQL server at 127.0.0.1:5432 (a database of its own, dropped and re-created):
// migrations, the demo seed (the seed 003 runbook and its past deployments), then 100,000 more
// deployments with their main phase runs generated in plain SQL (the analytics rollup's triggers off
// for the bulk load, then the rollup rebuilt by the migration's phaseline_analytics_rebuild()). Measured server-side, each beside
// its floor — the same SQL sent with plain `pg`, no Prisma, no mapping — and the ratio:
//   - a filtered history page (environment + two statuses + a start range; 50 rows and the count);
//   - the analytics reader (all runbooks, last 12 months; it reads the rollup), and each section alone;
//   - the report of the seed 003 rolled-back deployment (record reader + audit extract + Markdown).
// Run with the "react-server" condition (the npm script does): the readers are "server-only".
import pg from "pg";
import { migrate } from "@/lib/db/migrate";
import { resetEnvCache } from "@/lib/env";

const SERVER = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DB = process.env.BENCH_REVIEW_DB ?? "phaseline_review_bench";
/** BENCH_REVIEW_KEEP=1 leaves the generated databases for EXPLAIN (re-created on the next run) */
const KEEP = process.env.BENCH_REVIEW_KEEP === "1";
const N = Number(process.env.BENCH_DEPLOYMENTS ?? 100_000);
const ITERATIONS = 30;

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm: plans cached, pages in memory
  const out: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

function urlOf(db: string) {
  const u = new URL(SERVER);
  u.pathname = `/${db}`;
  return u.toString();
}

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function main() {
  process.env.PHASELINE_SECRET_KEY ??= Buffer.alloc(32, 9).toString("base64");
  process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
  process.env.PHASELINE_ENV = "test";
  try {
    await admin("SELECT 1");
  } catch {
    console.log("review bench: skipped (no PostgreSQL at 127.0.0.1:5432)");
    return;
  }
  for (const db of [DB, `${DB}_target`]) {
    await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${db}`);
  }
  const appUrl = urlOf(DB);
  process.env.DATABASE_URL = appUrl;
  process.env.PHASELINE_DEMO_TARGET_URL = urlOf(`${DB}_target`);
  resetEnvCache();
  await migrate(appUrl);
  const { getPrisma } = await import("@/lib/db/client");
  const { seedDemo } = await import("@/lib/server/seed/seed-demo");
  const { findDeployments, historyPageSql, historyCountSql } = await import("@/lib/server/readers/find-deployments");
  const { getAnalytics, analyticsSql } = await import("@/lib/server/readers/get-analytics");
  const { getDeploymentReport } = await import("@/lib/server/readers/get-deployment-report");
  const { renderReportMarkdown } = await import("@/lib/domain/review/report");
  const { EMPTY_HISTORY_QUERY } = await import("@/lib/domain/review/history-query");

  let t = performance.now();
  // the report's deployment is one of the two essential past deployments; the 100,000 below are the history
  await seedDemo({ prisma: getPrisma(), demoTargetUrl: process.env.PHASELINE_DEMO_TARGET_URL, log: () => {}, history: "essential" });
  const seedSeconds = (performance.now() - t) / 1000;

  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  t = performance.now();
  // 100,000 deployments over three years ending 2026-11-20, 60/40 staging/production, with the
  // outcome mix of a real team, and a phase run per main phase (DONE up to where it stopped)
  // the analytics rollup's row triggers are off for the bulk load and the rollup is then rebuilt
  // from the raw rows by the migration's own backfill function (what the triggers keep true)
  const ROLLUP_TRIGGERS = [
    ["Deployment", "Deployment_analytics_insert_delete"],
    ["Deployment", "Deployment_analytics_update"],
    ["PhaseRun", "PhaseRun_analytics_insert_delete"],
    ["PhaseRun", "PhaseRun_analytics_update"],
  ] as const;
  for (const [table, trigger] of ROLLUP_TRIGGERS) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER "${trigger}"`);
  await client.query(`
    CREATE TEMP TABLE gen AS
    SELECT i,
      (SELECT id FROM "RunbookVersion" WHERE "status" = 'PUBLISHED' LIMIT 1) AS version_id,
      (SELECT id FROM "Environment" WHERE "name" = CASE WHEN i % 5 < 3 THEN 'staging' ELSE 'production' END) AS env_id,
      (SELECT id FROM "User" WHERE "email" = 'lead@phaseline.local') AS lead_id,
      CASE WHEN i % 100 < 78 THEN 'SUCCEEDED' WHEN i % 100 < 86 THEN 'ROLLED_BACK' WHEN i % 100 < 92 THEN 'FAILED' WHEN i % 100 < 97 THEN 'ABORTED' WHEN i % 100 < 99 THEN 'PLANNED' ELSE 'IN_PROGRESS' END AS status,
      timestamp '2026-11-20 18:00' - (i * interval '946 seconds') AS started,
      (20 + (i * 7919) % 60) AS minutes
    FROM generate_series(1, ${N}) AS i`);
  await client.query(`
    INSERT INTO "Deployment" ("id", "name", "runbookVersionId", "environmentId", "leadId", "createdById", "status", "plannedStart", "plannedEnd", "startedAt", "finishedAt", "createdAt", "updatedAt")
    SELECT md5('bench-' || i)::uuid::text, 'bench-deployment-' || i, version_id, env_id, lead_id, lead_id, status::"DeploymentStatus", started, started + interval '1 hour',
      CASE WHEN status = 'PLANNED' THEN NULL ELSE started END,
      CASE WHEN status IN ('PLANNED', 'IN_PROGRESS') THEN NULL ELSE started + minutes * interval '1 minute' END,
      started - interval '3 days', started
    FROM gen`);
  await client.query(`
    INSERT INTO "PhaseRun" ("id", "deploymentId", "phaseId", "procedure", "position", "status", "activatedAt", "completedAt", "updatedAt")
    SELECT md5('bench-' || g.i || '-' || p."position")::uuid::text, md5('bench-' || g.i)::uuid::text, p."id", 'MAIN', p."position",
      (CASE WHEN g.status = 'PLANNED' THEN 'PENDING'
            WHEN g.status IN ('ROLLED_BACK', 'FAILED') AND p."position" = 3 THEN 'FAILED'
            WHEN g.status IN ('ROLLED_BACK', 'FAILED', 'ABORTED') AND p."position" > 3 THEN 'PENDING'
            ELSE 'DONE' END)::"PhaseRunStatus",
      CASE WHEN g.status = 'PLANNED' OR (g.status IN ('ROLLED_BACK', 'FAILED', 'ABORTED') AND p."position" > 3) THEN NULL
           ELSE g.started + (p."position" - 1) * interval '6 minutes' END,
      CASE WHEN g.status = 'PLANNED' OR (g.status IN ('ROLLED_BACK', 'FAILED', 'ABORTED') AND p."position" > 3) THEN NULL
           ELSE g.started + (p."position" - 1) * interval '6 minutes' + ((p."estimatedMinutes" * (60 + (g.i * 31 + p."position" * 17) % 90)) / 100.0) * interval '1 minute' END,
      g.started
    FROM gen g JOIN "Phase" p ON p."versionId" = g.version_id AND p."procedure" = 'MAIN' AND p."position" <= 7`);
  for (const [table, trigger] of ROLLUP_TRIGGERS) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER "${trigger}"`);
  const rebuildStart = performance.now();
  await client.query(`SELECT "phaseline_analytics_rebuild"()`);
  const rebuildSeconds = (performance.now() - rebuildStart) / 1000;
  await client.query(`ANALYZE`);
  const generateSeconds = (performance.now() - t) / 1000;
  const { rows: counts } = await client.query<{ d: number; p: number; days: number; phases: number }>(
    `SELECT (SELECT count(*) FROM "Deployment")::int AS d, (SELECT count(*) FROM "PhaseRun")::int AS p,
       (SELECT count(*) FROM "AnalyticsDeploymentDay")::int AS days, (SELECT count(*) FROM "AnalyticsPhaseDay")::int AS phases`,
  );

  const lines: string[] = [];
  const report = (label: string, reader: number[], floor: number[]) =>
    lines.push(
      `| ${label} | ${median(reader).toFixed(1)} ms | ${p95(reader).toFixed(1)} ms | ${median(floor).toFixed(1)} ms | ${p95(floor).toFixed(1)} ms | ${(p95(reader) / p95(floor)).toFixed(2)}× |`,
    );

  // history: production, failed or rolled back, started in 2025 or later — page 1 and page 2
  const history = { ...EMPTY_HISTORY_QUERY, environment: "production", statuses: ["FAILED", "ROLLED_BACK"] as ("FAILED" | "ROLLED_BACK")[], from: "2025-01-01" };
  const first = await findDeployments(history);
  const second = { ...history, after: first.nextCursor };
  const run = (q: { text: string; values: unknown[] }) => client.query(q.text, q.values);
  report(
    "history page, filtered (page 1 + count)",
    await time(() => findDeployments(history)),
    await time(async () => {
      await run(historyPageSql(history, 50));
      await run(historyCountSql(history));
    }),
  );
  report(
    "history page, filtered (page 2 by keyset + count)",
    await time(() => findDeployments(second)),
    await time(async () => {
      await run(historyPageSql(second, 50));
      await run(historyCountSql(second));
    }),
  );
  report(
    "history, unfiltered, sorted by duration",
    await time(() => findDeployments({ sort: "duration" })),
    await time(async () => {
      const q = { ...EMPTY_HISTORY_QUERY, sort: "duration" as const };
      await run(historyPageSql(q, 50));
      await run(historyCountSql(q));
    }),
  );

  // the reader sends its sections at once over its pool: so does the floor, over a pg pool
  const ANALYTICS_SECTIONS = ["months", "perRunbook", "production", "recovery", "phaseDurations", "phaseFailures", "stepFailures", "signoffWaits"] as const;
  const pool = new pg.Pool({ connectionString: appUrl, max: ANALYTICS_SECTIONS.length });
  const analyticsQuery = { runbook: null, environment: null, from: "2025-11-21", to: null };
  const sections = analyticsSql(analyticsQuery);
  report(
    "analytics, all runbooks, 12 months",
    await time(() => getAnalytics(analyticsQuery)),
    await time(() => Promise.all(ANALYTICS_SECTIONS.map((key) => pool.query(sections[key].text, sections[key].values)))),
  );
  const sectionLines: string[] = [];
  for (const key of ANALYTICS_SECTIONS) {
    const ms = await time(() => run(sections[key]));
    sectionLines.push(`${key} ${median(ms).toFixed(1)} / ${p95(ms).toFixed(1)} ms`);
  }
  const productionAnalytics = { ...analyticsQuery, environment: "production" };
  const productionSections = analyticsSql(productionAnalytics);
  report(
    "analytics, production, 12 months",
    await time(() => getAnalytics(productionAnalytics)),
    await time(() => Promise.all(ANALYTICS_SECTIONS.map((key) => pool.query(productionSections[key].text, productionSections[key].values)))),
  );

  const target = await getPrisma().deployment.findUniqueOrThrow({ where: { name: "rename-fixed-cost-production-2026-10-21" }, select: { id: true } });
  report(
    "report of the seed 003 rolled-back deployment (+ Markdown)",
    await time(async () => {
      const r = await getDeploymentReport(target.id);
      renderReportMarkdown(r.deployment, r.audit, new Date());
    }),
    await time(async () => {
      await client.query(`SELECT * FROM "Deployment" WHERE "id" = $1`, [target.id]);
      await client.query(`SELECT pr.*, p.* FROM "PhaseRun" pr JOIN "Phase" p ON p."id" = pr."phaseId" WHERE pr."deploymentId" = $1`, [target.id]);
      await client.query(`SELECT * FROM "StepRun" WHERE "deploymentId" = $1`, [target.id]);
      await client.query(`SELECT * FROM "Signoff" WHERE "deploymentId" = $1`, [target.id]);
      await client.query(`SELECT * FROM "AuditEvent" WHERE "deploymentId" = $1 ORDER BY "seq"`, [target.id]);
    }),
  );

  console.log(
    `review bench on PostgreSQL: ${counts[0]?.d} deployments, ${counts[0]?.p} phase runs; demo seed ${seedSeconds.toFixed(1)} s, generation ${generateSeconds.toFixed(1)} s (rollup rebuild ${rebuildSeconds.toFixed(1)} s: ${counts[0]?.days} deployment-day and ${counts[0]?.phases} phase-day rows); first filtered page total ${first.total}`,
  );
  console.log(`analytics sections, all runbooks, 12 months (plain pg, median / p95): ${sectionLines.join("; ")}`);
  console.log("| read | reader median | reader p95 | floor (plain pg) median | floor p95 | p95 ratio |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const line of lines) console.log(line);
  await client.end();
  await pool.end();
  await getPrisma().$disconnect();
  if (!KEEP) for (const db of [DB, `${DB}_target`]) await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
