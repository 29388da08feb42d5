// phaseline — the command line for operators and CI/CD pipelines (PRODUCT.md "Interfaces").
import { openDatabases, type TDatabaseHandle } from "@/lib/db/connect";
import { migrate, MigrationError } from "@/lib/db/migrate";
import { createPrisma } from "@/lib/db/client";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { loadOrCreateLocalSecrets, localSecretsFile, readLocalSecrets, stageLocalSecrets } from "@/lib/db/local-secrets";
import { rotateSecretKey } from "@/lib/server/secrets/rotate-secret-key";
import { getDataDir, getEnv } from "@/lib/env";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { relative } from "node:path";

const USAGE = `usage: phaseline <command>

  migrate         apply pending database migrations
  seed            load the demo data (users, runbook, demo target, past deployments); idempotent
  audit verify [--from SEQ] [--against CHECKPOINT_FILE]
                  recompute the audit hash chain; exit 1 naming the first broken link
  audit checkpoint
                  sign the verified head of the audit chain; print it, write it to PHASELINE_AUDIT_ANCHOR_DIR
  audit export [--format csv|jsonl] [filters]
                  stream the audit trail (phaseline audit help for the filters)
  secrets rotate [--new-key-file FILE]
                  re-encrypt every environment's target URL under a new PHASELINE_SECRET_KEY, in one
                  transaction (nothing changes if any secret does not decrypt with the current key).
                  The current key is PHASELINE_SECRET_KEY, or the one generated in .data/secrets.json;
                  the new key is FILE's content (base64 of 32 bytes), or freshly generated. A key kept
                  in .data/secrets.json is replaced there; a key from the environment must then be
                  changed where it is set. Restart Phaseline afterwards.
  import FILE [--json] [--dry-run] [--as EMAIL]
                  import a Markdown runbook as a new draft (owned by EMAIL, else the first LEAD or
                  ADMIN); prints the draft's version id. --dry-run only parses (no database);
                  --json prints the parsed structure
  export ID       print a runbook version as Markdown (ID, or SLUG@NUMBER for a published version)
  lint FILE.sql|FILE.md… [--json] [--format github] [--server-version N] [--outside-transaction]
       [--no-schema-design] [--disable RULE,…]
                  the SQL risk lint for CI (docs/sql-lint.md): a .sql file as one SQL step, a Markdown
                  runbook's every SQL step; exit 0 clean or warnings, 1 danger, 2 SQL that does not
                  parse. --server-version: the target's major version (default: current);
                  --disable: schema-design warnings to switch off. No database needed
  tokens create --user EMAIL --scope read|run [--expires 30d] [--name NAME]
                  print a new personal access token for EMAIL (shown once; stored as a hash)
  deployment status ID|NAME [--json] [--wait [--timeout 30m] [--interval 5s]] [--url URL]
                  a deployment's outcome for CI/CD gates. Exit 0 succeeded, 1 failed / rolled back /
                  aborted, 2 in progress (or --wait timed out), 3 not found or not reachable
  deployments list [--status S[,S…]] [--limit N] [--json] [--url URL]
                  the newest deployments, optionally of some statuses
                  With --url, both ask a running server's /api/v1 with the token in PHASELINE_TOKEN.
  help            this text

The database is DATABASE_URL, or the embedded one in PHASELINE_DATA_DIR (default .data/).`;

class UsageError extends Error {}

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
async function rotateSecrets(args: string[]): Promise<number> {
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
          const result = await seedDemo({ prisma, demoTargetUrl: db.demoTargetUrl, log: (l) => console.log(l), history: "all" });
          console.log(result.summary);
        } finally {
          await prisma.$disconnect();
        }
        return 0;
      });
    case "audit":
      return (await import("./commands/audit")).runAudit(argv.slice(1));
    case "secrets":
      if (sub !== "rotate") break;
      return rotateSecrets(argv.slice(2));
    case "import":
      return (await import("./commands/import")).runImport(argv.slice(1));
    case "export":
      return (await import("./commands/export")).runExport(argv.slice(1));
    case "lint":
      return (await import("./commands/lint")).runLint(argv.slice(1));
    case "tokens":
      if (sub !== "create") break;
      return (await import("./commands/tokens")).runTokensCreate(argv.slice(2));
    case "deployment":
      if (sub !== "status") break;
      return (await import("./commands/deployments")).runDeploymentStatus(argv.slice(2));
    case "deployments":
      if (sub !== "list") break;
      return (await import("./commands/deployments")).runDeploymentsList(argv.slice(2));
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
    if (e instanceof UsageError) {
      console.error(`${e.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (e instanceof MigrationError) {
      console.error(`migrate refused: ${e.message}`);
      process.exit(1);
    }
    console.error(`phaseline: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
