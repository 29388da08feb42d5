// The one Prisma client. Always Postgres through the `pg` driver: a real server, or the embedded
// PGlite served on a local socket (lib/db/embedded.ts) — the rest of the code cannot tell.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

export type TPrisma = PrismaClient;
export type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { phaselinePrisma?: PrismaClient; phaselinePrismaUrl?: string };

export function createPrisma(connectionString: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.max ?? 10, application_name: "phaseline" });
  return new PrismaClient({ adapter });
}

/** The process-wide client for DATABASE_URL (set by the start script in embedded mode). */
export function getPrisma(): PrismaClient {
  const url = getEnv().DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set: start Phaseline with `npm start`, which starts the embedded database, or set DATABASE_URL");
  }
  if (!globalForPrisma.phaselinePrisma || globalForPrisma.phaselinePrismaUrl !== url) {
    globalForPrisma.phaselinePrisma = createPrisma(url);
    globalForPrisma.phaselinePrismaUrl = url;
  }
  return globalForPrisma.phaselinePrisma;
}
