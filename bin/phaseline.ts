// phaseline — the command line for operators and CI/CD pipelines (PRODUCT.md "Interfaces").
import { openDatabases, type TDatabaseHandle } from "@/lib/db/connect";
import { migrate, MigrationError } from "@/lib/db/migrate";
import { createPrisma } from "@/lib/db/client";
import { verifyAuditChain } from "@/lib/audit/verify";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { loadOrCreateLocalSecrets } from "@/lib/db/local-secrets";
import { getDataDir, getEnv } from "@/lib/env";

const USAGE = `usage: phaseline <command>

  migrate         apply pending database migrations
  seed            load the demo data (users, runbook, demo target, past deployments); idempotent
  audit verify    recompute the audit hash chain; exit 1 naming the first broken link
  help            this text

The database is DATABASE_URL, or the embedded one in PHASELINE_DATA_DIR (default .data/).`;

async function withDatabases<T>(fn: (db: TDatabaseHandle) => Promise<T>): Promise<T> {
  const db = await openDatabases();
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, sub] = argv;
  switch (command) {
    case "migrate":
      return withDatabases(async (db) => {
        const result = await migrate(db.appUrl, { log: (l) => console.log(l) });
        console.log(
          result.applied.length === 0
            ? `database is up to date (${result.alreadyApplied} migrations applied)`
            : `applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`,
        );
        return 0;
      });
    case "seed":
      return withDatabases(async (db) => {
        if (!getEnv().PHASELINE_SECRET_KEY) {
          // the seed encrypts the demo target URL; use the same generated key as `npm start`
          if (getEnv().PHASELINE_ENV === "production") throw new Error("PHASELINE_SECRET_KEY must be set when PHASELINE_ENV=production");
          process.env.PHASELINE_SECRET_KEY = loadOrCreateLocalSecrets(getDataDir()).secretKey;
          const { resetEnvCache } = await import("@/lib/env");
          resetEnvCache();
        }
        await migrate(db.appUrl);
        const prisma = createPrisma(db.appUrl, { max: 2 });
        try {
          const result = await seedDemo({ prisma, demoTargetUrl: db.demoTargetUrl, log: (l) => console.log(l) });
          console.log(result.summary);
        } finally {
          await prisma.$disconnect();
        }
        return 0;
      });
    case "audit":
      if (sub !== "verify") break;
      return withDatabases(async (db) => {
        const prisma = createPrisma(db.appUrl, { max: 2 });
        try {
          const result = await verifyAuditChain(prisma);
          if (result.isIntact) {
            console.log(`audit chain intact: ${result.checked} events verified`);
            return 0;
          }
          console.error(`audit chain BROKEN at event #${result.brokenAtSeq}: ${result.reason} (${result.checked} events before it verified)`);
          return 1;
        } finally {
          await prisma.$disconnect();
        }
      });
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      return command ? 0 : 2;
  }
  console.error(`unknown command: ${argv.join(" ")}\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((e) => {
    if (e instanceof MigrationError) {
      console.error(`migrate refused: ${e.message}`);
      process.exit(1);
    }
    console.error(`phaseline: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
