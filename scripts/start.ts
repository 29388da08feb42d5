// `npm start` / `npm run dev`: the whole app on one command. Resolves the database (DATABASE_URL,
// or the embedded PGlite under .data/), applies migrations and seeds an empty database with the
// demo in a short-lived child (scripts/start-database.ts), builds when the build is missing or
// stale, then serves Next.js with the same environment. What stays up here is small: the embedded
// database when there is one (PGlite and its socket server), nothing else — no Prisma, no seed.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { getDataDir, getEnv, resetEnvCache } from "@/lib/env";
import { openDatabases } from "@/lib/db/connect";
import { loadOrCreateLocalSecrets } from "@/lib/db/local-secrets";
import { nextServerArgs } from "./next-server-args";

const isDev = process.argv.includes("--dev");
/** the app's pool on the embedded database (lib/env.ts PHASELINE_DATABASE_POOL_SIZE) */
const EMBEDDED_POOL_SIZE = 4;
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

  const startDatabaseScript = join("scripts", "start-database.ts");
  const tsChild = (script: string, ...args: string[]) => ["--conditions=react-server", "--import", "tsx", script, ...args];
  if (!env.DATABASE_URL) {
    // a first start on the embedded database: initdb in a child, whose memory goes when it exits
    const { findRunningEmbedded, isEmbeddedInitialized } = await import("@/lib/db/embedded");
    if (!isEmbeddedInitialized(getDataDir()) && !findRunningEmbedded(getDataDir())) {
      log("creating the embedded database …");
      if ((await run(process.execPath, tsChild(startDatabaseScript, "initdb"), process.env)) !== 0) fail("the embedded database could not be created (see above)");
    }
  }
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

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.appUrl,
    PHASELINE_DEMO_TARGET_URL: db.demoTargetUrl,
    // (the embedded demo target's URL at the previous start: the seed moves the demo environments off it)
    ...(db.previousDemoTargetUrl ? { PHASELINE_DEMO_TARGET_PREVIOUS_URL: db.previousDemoTargetUrl } : {}),
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
    // PGlite runs one query at a time: a burst queues in the app's pool, not on its socket server
    ...(db.mode === "embedded" && !process.env.PHASELINE_DATABASE_POOL_SIZE ? { PHASELINE_DATABASE_POOL_SIZE: String(EMBEDDED_POOL_SIZE) } : {}),
  };
  const nextBin = join("node_modules", "next", "dist", "bin", "next");

  // migrations and the demo seed: Prisma and the seed code are loaded in a child that exits
  // on a real server with the demo target made beside the app's database, the demo environments
  // connect as that target's own role (README "Least privilege for targets")
  const targetRole = db.isDemoTargetOurs ? ["--own-target-role"] : [];
  if ((await run(process.execPath, tsChild(startDatabaseScript, "setup", ...targetRole), childEnv)) !== 0) {
    await db.close();
    fail("the database could not be set up (see above)");
  }

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

  const child = spawn(process.execPath, nextServerArgs(nextBin, { isDev, port: env.PORT, heapMb: env.PHASELINE_SERVER_HEAP_MB }), { stdio: "inherit", env: childEnv });
  log(`serving on http://localhost:${env.PORT}`);
  // the demo's past deployments, written in the background while the app serves (an e2e run,
  // PHASELINE_ENV=test, has its two essential ones only, so its figures do not move under it)
  const history = env.PHASELINE_ENV === "test" ? null : spawn(process.execPath, tsChild(startDatabaseScript, "history", ...targetRole), { stdio: "inherit", env: childEnv });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      history?.kill(signal);
      child.kill(signal);
    });
  }
  child.on("close", (code) => {
    history?.kill("SIGTERM");
    void shutdown(code ?? 0);
  });
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
