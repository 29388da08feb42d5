// `npm run bench`: throughput of the audit write path and of chain verification, on the embedded
// PGlite and (when it answers) the PostgreSQL server at 127.0.0.1:5432, each in a throwaway
// database. Figures go into BENCHMARKS.md by hand, with the machine they were measured on.
import pg from "pg";
import { startEmbedded } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { createPrisma } from "@/lib/db/client";
import { appendAuditEvent, SYSTEM_ACTOR } from "@/lib/audit/append";
import { verifyAuditChain } from "@/lib/audit/verify";

const SERIAL = 500;
const CONCURRENT = 500;
const CONCURRENCY = 20;

async function measure(label: string, url: string) {
  await migrate(url);
  const prisma = createPrisma(url, { max: CONCURRENCY });
  const append = (i: number) =>
    prisma.$transaction((tx) => appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, { type: "access.denied", payload: { permission: `bench.${i}` } }), {
      maxWait: 60_000,
      timeout: 60_000,
    });
  try {
    let t = performance.now();
    for (let i = 0; i < SERIAL; i++) await append(i);
    const serialMs = performance.now() - t;

    t = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CONCURRENT) await append(next++);
      }),
    );
    const concurrentMs = performance.now() - t;

    t = performance.now();
    const result = await verifyAuditChain(prisma);
    const verifyMs = performance.now() - t;
    if (!result.isIntact) throw new Error(`chain broken at ${result.brokenAtSeq}`);

    console.log(
      `${label}: audit append serial ${(SERIAL / (serialMs / 1000)).toFixed(0)}/s (${(serialMs / SERIAL).toFixed(2)} ms each); ` +
        `${CONCURRENCY} concurrent writers ${(CONCURRENT / (concurrentMs / 1000)).toFixed(0)}/s; ` +
        `verify ${result.checked} events in ${verifyMs.toFixed(0)} ms (${((result.checked / verifyMs) * 1000).toFixed(0)}/s)`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  const embedded = await startEmbedded(null);
  try {
    await measure("embedded PGlite", embedded.appUrl);
  } finally {
    await embedded.stop();
  }
  const admin = "postgresql://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch {
    console.log("PostgreSQL at 127.0.0.1:5432 does not answer: server figures skipped");
    return;
  }
  const name = `phaseline_bench_${Date.now()}`;
  await client.query(`CREATE DATABASE ${name}`);
  try {
    await measure("PostgreSQL 127.0.0.1", `postgresql://postgres@127.0.0.1:5432/${name}`);
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
