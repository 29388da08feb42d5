// `npm start` / `npm run dev`: the whole app on one command. Resolves the database (DATABASE_URL,
// or the embedded PGlite under .data/), applies migrations, seeds an empty database with the demo,
// builds when the build is missing or stale, then serves Next.js with the same environment.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { getDataDir, getEnv, resetEnvCache } from "@/lib/env";
import { openDatabases } from "@/lib/db/connect";
import { migrate } from "@/lib/db/migrate";
import { loadOrCreateLocalSecrets } from "@/lib/db/local-secrets";
import { createPrisma } from "@/lib/db/client";
import { seedDemo } from "@/lib/server/seed/seed-demo";

const isDev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[phaseline] ${line}`);

function fail(message: string): never {
  console.error(`[phaseline] ${message}`);
  process.exit(1);
}

/** Secrets from the environment; for the embedded default, generated once into the data dir. */
function resolveSecrets(): Record<string, string> {
  const env = getEnv();
  if (env.PHASELINE_ENV === "production" && !env.PHASELINE_AUDIT_SIGNING_KEY) {
    fail("PHASELINE_AUDIT_SIGNING_KEY must be set when PHASELINE_ENV=production: it signs the audit checkpoints (see .env.example)");
  }
  if (env.PHASELINE_SECRET_KEY && env.NEXTAUTH_SECRET) return {};
  if (env.PHASELINE_ENV === "production") {
    fail("PHASELINE_SECRET_KEY and NEXTAUTH_SECRET must be set when PHASELINE_ENV=production (see .env.example)");
  }
  const local = loadOrCreateLocalSecrets(getDataDir());
  log(`using secrets generated in ${relative(process.cwd(), join(getDataDir(), "secrets.json"))} (set PHASELINE_SECRET_KEY and NEXTAUTH_SECRET in production)`);
  return {
    ...(env.PHASELINE_SECRET_KEY ? {} : { PHASELINE_SECRET_KEY: local.secretKey }),
    ...(env.NEXTAUTH_SECRET ? {} : { NEXTAUTH_SECRET: local.nextAuthSecret }),
  };
}

/** A fingerprint of everything the production build depends on, to rebuild when it changed. */
function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (p.endsWith(join("lib", "generated")) || entry.name === "node_modules") continue;
        walk(p);
      } else {
        const s = statSync(p);
        hash.update(`${p}:${s.size}:${s.mtimeMs}\n`);
      }
    }
  };
  for (const d of ["app", "components", "lib", "public"]) walk(d);
  for (const f of ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"]) {
    if (existsSync(f)) hash.update(`${f}:${readFileSync(f)}`);
  }
  return hash.digest("hex");
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

async function main() {
  const env = getEnv();
  const secrets = resolveSecrets();
  Object.assign(process.env, secrets);
  resetEnvCache();

  const db = await openDatabases();
  if (db.mode === "embedded-attached") {
    fail("another Phaseline is already serving the embedded database in this data directory; stop it first, or set PHASELINE_DATA_DIR");
  }
  log(db.mode === "server" ? "database: DATABASE_URL" : `database: embedded PGlite in ${relative(process.cwd(), getDataDir()) || "."}`);

  let shuttingDown = false;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    await db.close();
    process.exit(code);
  };

  try {
    const result = await migrate(db.appUrl, { log });
    log(`migrations: ${result.applied.length} applied, ${result.alreadyApplied} already applied`);
    const prisma = createPrisma(db.appUrl, { max: 2 });
    try {
      // the past deployments are written once serving (writeDemoHistory); an e2e run has the two its specs open
      const seeded = await seedDemo({
        prisma,
        demoTargetUrl: db.demoTargetUrl,
        log,
        history: env.PHASELINE_ENV === "test" ? "essential" : "none",
        isTargetRoleOwn: db.isDemoTargetOurs,
      });
      log(seeded.summary);
    } finally {
      await prisma.$disconnect();
    }
  } catch (e) {
    await db.close();
    fail(e instanceof Error ? e.message : String(e));
  }

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.appUrl,
    PHASELINE_DEMO_TARGET_URL: db.demoTargetUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
  };
  const nextBin = join("node_modules", "next", "dist", "bin", "next");

  if (!isDev) {
    const fingerprint = sourceFingerprint();
    const stamp = join(".next", "phaseline-source.sha256");
    const isBuilt = existsSync(join(".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint;
    if (!isBuilt) {
      log("building the app (first start, or the source changed) …");
      const code = await run(process.execPath, [nextBin, "build"], childEnv);
      if (code !== 0) {
        await db.close();
        fail("next build failed");
      }
      writeFileSync(stamp, fingerprint);
    }
  }

  const child = spawn(process.execPath, [nextBin, isDev ? "dev" : "start", "-p", String(env.PORT)], { stdio: "inherit", env: childEnv });
  log(`serving on http://localhost:${env.PORT}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
  child.on("close", (code) => void shutdown(code ?? 0));
  void writeDemoHistory(db.appUrl, db.demoTargetUrl, db.isDemoTargetOurs);
}

/**
 * The demo's past deployments, written in the background while the app serves, oldest first:
 * each is a hundred use-case calls in one transaction (lib/server/seed/past-deployments.ts),
 * too long to keep a first start waiting. Already written ones are skipped by name. The e2e run
 * (PHASELINE_ENV=test) has its two essential ones only, so its figures do not move under it.
 */
async function writeDemoHistory(appUrl: string, demoTargetUrl: string, isTargetRoleOwn: boolean) {
  if (getEnv().PHASELINE_ENV === "test") return;
  const prisma = createPrisma(appUrl, { max: 1 });
  const started = performance.now();
  try {
    const seeded = await seedDemo({ prisma, demoTargetUrl, log, history: "all", isTargetRoleOwn });
    if (seeded.created) log(`demo history written in ${((performance.now() - started) / 1000).toFixed(0)} s: ${seeded.summary}`);
  } catch (e) {
    log(`demo history: not written (${e instanceof Error ? e.message : String(e)}); \`phaseline seed\` writes it`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
