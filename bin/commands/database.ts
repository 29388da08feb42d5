// `phaseline migrate`, `phaseline seed` and `phaseline secrets rotate`: the commands that open the
// database themselves (the others load their modules on demand, see ./table.ts).
import { openDatabases, type TDatabaseHandle } from "@/lib/db/connect";
import { migrate } from "@/lib/db/migrate";
import { createPrisma } from "@/lib/db/client";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { loadOrCreateLocalSecrets, localSecretsFile, readLocalSecrets, stageLocalSecrets } from "@/lib/db/local-secrets";
import { rotateSecretKey } from "@/lib/server/secrets/rotate-secret-key";
import { getDataDir, getEnv } from "@/lib/env";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { UsageError } from "./table";

export async function runMigrate(): Promise<number> {
  return withDatabases(async (db) => {
    const result = await migrate(db.appUrl, { log: (l) => console.log(l) });
    console.log(
      result.applied.length === 0
        ? `database is up to date (${result.alreadyApplied} migrations applied)`
        : `applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`,
    );
    return 0;
  });
}

const HISTORIES = ["all", "essential", "sample", "none"] as const;

/**
 * `phaseline seed [--history all|essential|none]`: the demo's users, environments, runbooks and
 * target, and its past deployments written through the use-cases — all 40 by default (minutes on a
 * slow machine), the two the e2e specs open with `essential`, none with `none`. Exit 2 on a bad flag.
 */
export async function runSeed(args: string[] = []): Promise<number> {
  let history: (typeof HISTORIES)[number] = "all";
  for (let i = 0; i < args.length; i++) {
    const value = args[i] === "--history" ? args[++i] : args[i]?.startsWith("--history=") ? args[i]?.slice("--history=".length) : undefined;
    const known = HISTORIES.find((h) => h === value);
    if (!known) {
      console.error(`phaseline seed: expected --history ${HISTORIES.join("|")}, got ${JSON.stringify(args[i] ?? "")}`);
      return 2;
    }
    history = known;
  }
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
      const result = await seedDemo({
        prisma,
        demoTargetUrl: db.demoTargetUrl,
        log: (l) => console.log(l),
        history,
        isTargetRoleOwn: db.isDemoTargetOurs,
        ...(db.previousDemoTargetUrl ? { previousTargetUrl: db.previousDemoTargetUrl } : {}),
      });
      console.log(result.summary);
    } finally {
      await prisma.$disconnect();
    }
    return 0;
  });
}

function parseRotateArgs(args: string[]): { newKeyFile: string | null } {
  let newKeyFile: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--new-key-file" && args[i + 1]) newKeyFile = args[++i]!;
    else if (arg.startsWith("--new-key-file=") && arg.length > "--new-key-file=".length) newKeyFile = arg.slice("--new-key-file=".length);
    else throw new UsageError(`secrets rotate: unexpected argument ${JSON.stringify(arg)}`);
  }
  return { newKeyFile };
}

/** A key as base64 of 32 bytes; the message never quotes the value. */
function decodeKey(base64: string, origin: string): Buffer {
  const key = Buffer.from(base64.trim(), "base64");
  if (key.length !== 32 || !/^[A-Za-z0-9+/=\s]+$/.test(base64)) throw new Error(`${origin} must hold base64 of 32 random bytes (e.g. \`openssl rand -base64 32\`)`);
  return key;
}

/**
 * `phaseline secrets rotate`. The old key is never printed. The new key is printed only when it
 * was generated here and could not be stored (a key that lives in the environment): it exists
 * nowhere else, so losing it would leave every target unreadable.
 */
export async function runSecretsRotate(args: string[]): Promise<number> {
  const { newKeyFile } = parseRotateArgs(args);
  const env = getEnv();
  const dataDir = getDataDir();
  const local = env.PHASELINE_SECRET_KEY ? null : readLocalSecrets(dataDir);
  const secretsPath = localSecretsFile(dataDir);
  const secretsFile = relative(process.cwd(), secretsPath).startsWith("..") ? secretsPath : relative(process.cwd(), secretsPath);
  if (!env.PHASELINE_SECRET_KEY) {
    if (env.PHASELINE_ENV === "production") throw new Error("PHASELINE_SECRET_KEY must be set when PHASELINE_ENV=production: it is the key to rotate from");
    if (!local) throw new Error(`no key to rotate: PHASELINE_SECRET_KEY is not set and ${secretsFile} does not exist`);
  }
  const oldKey = decodeKey(env.PHASELINE_SECRET_KEY ?? local!.secretKey, env.PHASELINE_SECRET_KEY ? "PHASELINE_SECRET_KEY" : secretsFile);
  const isGenerated = newKeyFile === null;
  const newKeyBase64 = isGenerated ? randomBytes(32).toString("base64") : readFileSync(newKeyFile, "utf8").trim();
  const newKey = decodeKey(newKeyBase64, isGenerated ? "the generated key" : newKeyFile);

  return withDatabases(async (db) => {
    // the embedded default: the new key is on disk (beside the old file) before the commit, so a
    // crash between the commit and the rename cannot lose it
    const staged = local ? stageLocalSecrets(dataDir, { ...local, secretKey: newKey.toString("base64") }) : null;
    const prisma = createPrisma(db.appUrl, { max: 2 });
    let count: number;
    try {
      ({ count } = await rotateSecretKey({ prisma, oldKey, newKey }));
    } catch (error) {
      staged?.discard();
      throw error;
    } finally {
      await prisma.$disconnect();
    }
    console.log(`re-encrypted ${count} environment target URL(s) under the new key (audited as secrets.rotated)`);

    if (staged) {
      try {
        staged.commit();
        console.log(`stored the new key in ${secretsFile}`);
      } catch {
        console.error(`WARNING: could not replace ${secretsFile}. The new key is in ${secretsFile}.next: move it over ${secretsFile} before starting Phaseline.`);
        return 1;
      }
      if (db.mode === "embedded-attached") console.log("Phaseline is running on this data directory: restart it (npm start) so it uses the new key.");
      return 0;
    }

    console.log("Next: set PHASELINE_SECRET_KEY to the new key wherever Phaseline runs (its environment or secret store), then restart it.");
    console.log("Until it restarts with the new key, it cannot read environment targets, and a target saved meanwhile must be entered again.");
    if (!isGenerated) {
      console.log(`The new key is the content of ${newKeyFile}.`);
      return 0;
    }
    console.error("WARNING: the new key below was generated now and is stored nowhere else. Put it in your secret store before closing this terminal:");
    console.error("without it every environment's target URL is unreadable. Do not paste it into tickets or chat.");
    console.log(`PHASELINE_SECRET_KEY=${newKey.toString("base64")}`);
    return 0;
  });
}

async function withDatabases<T>(fn: (db: TDatabaseHandle) => Promise<T>): Promise<T> {
  const db = await openDatabases();
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
