// `npm run bench` (audit part), on the PostgreSQL server at 127.0.0.1:5432 in a throwaway database.
// Every figure beside its floor, measured in the same run:
//   - append: `appendAuditEvent` in a Prisma transaction vs the same work with plain `pg`
//     (BEGIN, advisory lock, read the head, insert, COMMIT) — the floor of issue 13 item 7;
//   - then a valid chain of AUDIT_BENCH_EVENTS events (default 1,000,000) written by the generator,
//     and at that size: the /audit reader (first page, filtered page) p95, full verification, and
//     export throughput.
// AUDIT_BENCH_DB names the throwaway database (default phaseline_bench_audit_<time>; dropped after).
// Run with the "react-server" condition (the npm script does): the readers are "server-only".
import pg from "pg";
import { migrate } from "@/lib/db/migrate";
import { createPrisma } from "@/lib/db/client";
import { appendAuditEvent, computeAuditHash, GENESIS_HASH, SYSTEM_ACTOR } from "@/lib/audit/append";
import { canonicalJson } from "@/lib/audit/canonical-json";
import { generateAuditChain } from "./generate-audit-chain";

const APPENDS = 1000;
const EVENTS = Number(process.env.AUDIT_BENCH_EVENTS ?? 1_000_000);
const READS = 40;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timeReads(label: string, read: () => Promise<unknown>): Promise<string> {
  await read();
  const ms: number[] = [];
  for (let i = 0; i < READS; i++) {
    const t = performance.now();
    await read();
    ms.push(performance.now() - t);
  }
  return `${label}: median ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms`;
}

const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);
const fmt = (n: number) => n.toLocaleString("en-US");

/** The floor: the old append's work with plain `pg`, into a scratch copy of the table. */
async function rawAppendFloor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE TABLE bench_floor (LIKE "AuditEvent" INCLUDING DEFAULTS INCLUDING INDEXES)`);
    const t = performance.now();
    for (let i = 0; i < APPENDS; i++) {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock(42)");
      const head = await client.query<{ seq: string; hash: string }>(`SELECT seq, hash FROM bench_floor ORDER BY seq DESC LIMIT 1`);
      const prevHash = head.rows[0]?.hash ?? GENESIS_HASH;
      const fields = {
        createdAt: new Date(),
        type: "access.denied",
        actorId: null,
        actorLabel: "system",
        deploymentId: null,
        targetType: null,
        targetId: null,
        payload: { permission: `bench.${i}` },
      };
      const hash = computeAuditHash(prevHash, fields);
      await client.query(
        `INSERT INTO bench_floor ("seq","createdAt","type","actorId","actorLabel","deploymentId","targetType","targetId","payload","prevHash","hash")
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
        [i + 1, fields.createdAt, fields.type, null, fields.actorLabel, null, null, null, canonicalJson(fields.payload), prevHash, hash],
      );
      await client.query("COMMIT");
    }
    return performance.now() - t;
  } finally {
    await client.end();
  }
}

async function appendThroughApp(url: string): Promise<number> {
  const prisma = createPrisma(url, { max: 2 });
  try {
    const t = performance.now();
    for (let i = 0; i < APPENDS; i++) {
      await prisma.$transaction((tx) => appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, { type: "access.denied", payload: { permission: `bench.${i}` } }));
    }
    return performance.now() - t;
  } finally {
    await prisma.$disconnect();
  }
}

async function measure(url: string) {
  await migrate(url);
  // warm both paths (connection, prepared plans, JIT) before timing them
  await appendThroughApp(url);
  const floorMs = await rawAppendFloor(url);
  const appMs = await appendThroughApp(url);
  const floor = perSecond(APPENDS, floorMs);
  const app = perSecond(APPENDS, appMs);
  console.log(
    `audit append, one writer: appendAuditEvent ${fmt(app)}/s (${(appMs / APPENDS).toFixed(2)} ms each) vs plain pg floor ${fmt(floor)}/s ` +
      `(${(floorMs / APPENDS).toFixed(2)} ms each): ratio ${(app / floor).toFixed(2)} (target >= 0.5)`,
  );

  let t = performance.now();
  await generateAuditChain(url, EVENTS, (l) => console.log(l));
  console.log(`generated ${fmt(EVENTS)} chained events in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const prisma = createPrisma(url, { max: 10 });
  try {
    const { verifyAuditTrail } = await import("@/lib/server/audit/verify-audit-trail");
    const { findAuditEvents, findAuditFilterOptions } = await import("@/lib/server/readers/find-audit-events");
    const { exportAuditEvents } = await import("@/lib/server/audit/export-audit-events");

    // floor for verification: reading the same rows with plain pg, no hashing
    const raw = new pg.Client({ connectionString: url });
    await raw.connect();
    t = performance.now();
    let after = "0";
    let readRows = 0;
    for (;;) {
      const r = await raw.query<{ seq: string }>(
        `SELECT "seq", "createdAt", "type", "actorId", "actorLabel", "deploymentId", "targetType", "targetId", "payload", "prevHash", "hash" FROM "AuditEvent" WHERE "seq" > $1 ORDER BY "seq" LIMIT 5000`,
        [after],
      );
      if (r.rows.length === 0) break;
      readRows += r.rows.length;
      after = r.rows.at(-1)!.seq;
    }
    const readMs = performance.now() - t;
    await raw.end();

    // the floor of verification's own reader: the same rows streamed by one COPY, bytes counted, nothing parsed
    const copyFloor = new pg.Client({ connectionString: url });
    await copyFloor.connect();
    let copyBytes = 0;
    t = performance.now();
    await new Promise<void>((resolve, reject) => {
      const text = `COPY (SELECT "seq", "createdAt", "type", "actorId", "actorLabel", "deploymentId", "targetType", "targetId", "payload", "prevHash", "hash" FROM "AuditEvent" ORDER BY "seq") TO STDOUT`;
      const submittable = {
        submit: (c: { query(text: string): void }) => c.query(text),
        handleCopyData: (m: { chunk: Buffer }) => void (copyBytes += m.chunk.length),
        handleRowDescription() {},
        handleDataRow() {},
        handleCommandComplete() {},
        handleEmptyQuery() {},
        handlePortalSuspended() {},
        handleReadyForQuery: () => resolve(),
        handleError: reject,
      };
      copyFloor.query(submittable as unknown as pg.Submittable);
    });
    const copyMs = performance.now() - t;
    await copyFloor.end();

    const { availableParallelism, loadavg } = await import("node:os");
    const loadBefore = loadavg()[0]!;
    // Node's CPU time, worker threads included: what the machine must find beside Postgres's COPY
    const cpuBefore = process.cpuUsage();
    t = performance.now();
    const full = await verifyAuditTrail({ prisma, scope: "full", actor: SYSTEM_ACTOR, trigger: "cli", url });
    const verifyMs = performance.now() - t;
    const cpu = process.cpuUsage(cpuBefore);
    if (!full.result.isIntact) throw new Error(`generated chain broken at #${full.result.brokenAtSeq}: ${full.result.reason}`);
    console.log(
      `full verify: ${fmt(full.result.checked)} events in ${(verifyMs / 1000).toFixed(1)} s (${fmt(perSecond(full.result.checked, verifyMs))}/s; target <= 20 s; ` +
        `${Math.min(availableParallelism(), 4)} ranges; Node CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after) ` +
        `vs reading the same rows with plain pg ${(readMs / 1000).toFixed(1)} s (${fmt(perSecond(readRows, readMs))}/s): ratio ${(verifyMs / readMs).toFixed(2)}; ` +
        `vs one COPY of them, nothing parsed, ${(copyMs / 1000).toFixed(1)} s (${(copyBytes / 1e6).toFixed(0)} MB): ratio ${(verifyMs / copyMs).toFixed(2)}`,
    );

    // a page view: the newest page, the verification since the last checkpoint (a few new events), the filter choices
    for (let i = 0; i < 5; i++) await prisma.$transaction((tx) => appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, { type: "access.denied", payload: { permission: `after.${i}` } }));
    const pageView = (filters: Record<string, string>) => () =>
      Promise.all([
        findAuditEvents({ prisma, filters }),
        verifyAuditTrail({ prisma, scope: "since_checkpoint", actor: SYSTEM_ACTOR, trigger: "page", url }),
        findAuditFilterOptions(prisma),
      ]);
    const mid = new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10);
    const lines = [
      await timeReads("/audit first page (events + verify since checkpoint + filter choices)", pageView({})),
      await timeReads("/audit filtered by event type", pageView({ type: "signoff.recorded" })),
      await timeReads("/audit filtered by actor", pageView({ actor: "bench-user-7" })),
      await timeReads("/audit filtered by deployment", pageView({ deployment: "bench-deployment-1234" })),
      await timeReads(`/audit filtered by one day (${mid})`, pageView({ from: mid, to: mid })),
      await timeReads("/audit filtered by actor and event type, pages 1-3 read in a row (3 reads)", async () => {
        const p1 = await findAuditEvents({ prisma, filters: { actor: "bench-user-3", type: "step.started" } });
        const p2 = await findAuditEvents({ prisma, filters: { actor: "bench-user-3", type: "step.started" }, before: p1.nextCursor });
        return findAuditEvents({ prisma, filters: { actor: "bench-user-3", type: "step.started" }, before: p2.nextCursor });
      }),
      await timeReads("floor: /api/health-like SELECT 1 through Prisma", () => prisma.$queryRaw`SELECT 1`),
    ];
    for (const line of lines) console.log(line);

    for (const format of ["csv", "jsonl"] as const) {
      t = performance.now();
      let bytes = 0;
      let lines = 0;
      for await (const chunk of exportAuditEvents({ prisma, filters: {}, format, url })) {
        bytes += chunk.length;
        for (let i = chunk.indexOf("\n"); i !== -1; i = chunk.indexOf("\n", i + 1)) lines++;
      }
      const exportMs = performance.now() - t;
      const exported = lines - (format === "csv" ? 3 : 2);
      console.log(
        `export ${format}: ${fmt(exported)} events, ${(bytes / 1e6).toFixed(0)} MB in ${(exportMs / 1000).toFixed(1)} s ` +
          `(${fmt(perSecond(exported, exportMs))} events/s; target >= 50,000/s) vs reading them with plain pg ${fmt(perSecond(readRows, readMs))}/s`,
      );
    }
    console.log(`rss after export: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  const admin = "postgresql://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch {
    console.log("PostgreSQL at 127.0.0.1:5432 does not answer: audit figures skipped");
    return;
  }
  // AUDIT_BENCH_DB: the throwaway database's name (a helper's own prefix on a shared server)
  const name = process.env.AUDIT_BENCH_DB ?? `phaseline_bench_audit_${Date.now()}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error("AUDIT_BENCH_DB: lower-case letters, digits and _ only");
  await client.query(`CREATE DATABASE ${name}`);
  try {
    await measure(`postgresql://postgres@127.0.0.1:5432/${name}`);
  } finally {
    await client.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await client.end();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
