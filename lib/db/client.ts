// The one Prisma client. Always Postgres through the `pg` driver: a real server, or the embedded
// PGlite served on a local socket (lib/db/embedded.ts) — the rest of the code cannot tell.
import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

export type TPrisma = PrismaClient;
export type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { phaselinePrisma?: PrismaClient; phaselinePrismaUrl?: string; phaselinePool?: pg.Pool };

/**
 * Interactive transactions wait up to `maxWait` ms for a connection and may run `timeout` ms.
 * Prisma's defaults (2 s, 5 s) turn a burst into 500s: 50 sign-ins at once queue on a pool of 10
 * and on the audit chain's head row, and the later ones gave up with P2028 (issue 17, found with
 * scripts/bench-load.ts). A person's click may wait; it must not fail for being one of many.
 */
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

export function createPrisma(connectionString: string, options: { max?: number } = {}): PrismaClient {
  return createPrismaWithPool(connectionString, options).prisma;
}

function createPrismaWithPool(connectionString: string, options: { max?: number } = {}): { prisma: PrismaClient; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max: options.max ?? getEnv().PHASELINE_DATABASE_POOL_SIZE, application_name: "phaseline" });
  // A session ended under a checked-out client (pg_terminate_backend, a failover, a restart of the
  // database) makes that client emit "error"; with no listener that is an uncaught exception and
  // the whole server process dies (issue 17, faults.integration.test.ts). The query in flight gets
  // the error as well and the pool drops the broken client, so here it is only logged.
  pool.on("connect", (client) => {
    client.on("error", (error: Error & { code?: string }) => {
      console.error(`[phaseline] a database connection was lost (${error.code ?? error.name}); the pool opens a new one`);
    });
  });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return { prisma: new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }), pool };
}

/** The process-wide client for DATABASE_URL (set by the start script in embedded mode). */
export function getPrisma(): PrismaClient {
  const url = getEnv().DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set: start Phaseline with `npm start`, which starts the embedded database, or set DATABASE_URL");
  }
  if (!globalForPrisma.phaselinePrisma || globalForPrisma.phaselinePrismaUrl !== url) {
    const { prisma, pool } = createPrismaWithPool(url);
    globalForPrisma.phaselinePrisma = prisma;
    globalForPrisma.phaselinePool = pool;
    globalForPrisma.phaselinePrismaUrl = url;
  }
  return globalForPrisma.phaselinePrisma;
}

/**
 * The `pg` pool under the process-wide client (the same connections), for the few reads made on
 * every request, where Prisma's own work per query is most of the cost: a primary-key read of a
 * user costs ~50 µs of this process's CPU through the pool, ~160 µs through `$queryRaw` and ~370 µs
 * through `findUnique` (scripts/bench-query-overhead.ts, BENCHMARKS.md, issue 17). Writes stay with Prisma.
 */
export function getPool(): pg.Pool {
  getPrisma();
  return globalForPrisma.phaselinePool!;
}
