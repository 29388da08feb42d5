// The short-lived children of `npm start` (scripts/start.ts), so the launcher that stays up holds
// neither Prisma nor the seed (issue 17: it stayed resident at 337 MB):
//   initdb   — a first start on the embedded database: creates its two PGlite databases in the
//              data directory and exits (initdb's memory goes with it);
//   setup    — applies the migrations and seeds an empty database with the demo (an e2e run,
//              PHASELINE_ENV=test, with the two past deployments its specs open), then exits;
//   history  — the demo's past deployments, written in the background while the app serves.
// setup and history take the database from DATABASE_URL and PHASELINE_DEMO_TARGET_URL, set by the launcher,
// and `--own-target-role` when the demo target is the launcher's own (its demo environments then connect
// as the target's own least-privilege role: lib/server/seed/ensure-demo-target-role.ts).
import { getDataDir, getEnv } from "@/lib/env";
import { migrate } from "@/lib/db/migrate";
import { createPrisma } from "@/lib/db/client";
import { seedDemo } from "@/lib/server/seed/seed-demo";

const log = (line: string) => console.log(`[phaseline] ${line}`);
/** the history writer's pause between two past deployments: the serving app's queued work runs (PGlite has one backend) */
const HISTORY_YIELD_MS = 300;

async function setup(appUrl: string, demoTargetUrl: string, isTargetRoleOwn: boolean) {
  const result = await migrate(appUrl, { log });
  log(`migrations: ${result.applied.length} applied, ${result.alreadyApplied} already applied`);
  const prisma = createPrisma(appUrl, { max: 2 });
  try {
    // the past deployments are written once serving (history); an e2e run has the two its specs open
    const previousTargetUrl = process.env.PHASELINE_DEMO_TARGET_PREVIOUS_URL;
    const seeded = await seedDemo({
      prisma,
      demoTargetUrl,
      log,
      history: getEnv().PHASELINE_ENV === "test" ? "essential" : "none",
      isTargetRoleOwn,
      ...(previousTargetUrl ? { previousTargetUrl } : {}),
    });
    log(seeded.summary);
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * Oldest first: each past deployment is a hundred use-case calls in one transaction
 * (lib/server/seed/past-deployments.ts), too long to keep a first start waiting. Already written
 * ones are skipped by name. Between two, it pauses, so the app's requests queued on the embedded
 * database are not starved by a writer that goes straight into the next transaction.
 */
async function history(appUrl: string, demoTargetUrl: string, isTargetRoleOwn: boolean) {
  const prisma = createPrisma(appUrl, { max: 1 });
  const started = performance.now();
  try {
    const seeded = await seedDemo({
      prisma,
      demoTargetUrl,
      log,
      history: "all",
      isTargetRoleOwn,
      betweenDeployments: () => new Promise((resolve) => setTimeout(resolve, HISTORY_YIELD_MS)),
    });
    if (seeded.created) log(`demo history written in ${((performance.now() - started) / 1000).toFixed(0)} s: ${seeded.summary}`);
  } catch (e) {
    log(`demo history: not written (${e instanceof Error ? e.message : String(e)}); \`phaseline seed\` writes it`);
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  const env = getEnv();
  const task = process.argv[2];
  if (task === "initdb") {
    const { initializeEmbedded } = await import("@/lib/db/embedded");
    await initializeEmbedded(getDataDir());
    return;
  }
  if (!env.DATABASE_URL || !env.PHASELINE_DEMO_TARGET_URL) throw new Error("DATABASE_URL and PHASELINE_DEMO_TARGET_URL are set by scripts/start.ts");
  // --own-target-role: the launcher made the demo target beside the app's database (lib/db/connect.ts isDemoTargetOurs)
  const isTargetRoleOwn = process.argv.includes("--own-target-role");
  if (task === "setup") await setup(env.DATABASE_URL, env.PHASELINE_DEMO_TARGET_URL, isTargetRoleOwn);
  else if (task === "history") await history(env.DATABASE_URL, env.PHASELINE_DEMO_TARGET_URL, isTargetRoleOwn);
  else throw new Error(`unknown task ${task ?? "(none)"}: initdb, setup or history`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`[phaseline] ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
