#!/usr/bin/env node
// Writes Prisma's own migration SQL offline, through Prisma 6.19's WASM schema engine
// (installed as the devDependency alias `prisma-wasm-diff`). See ../shared/notes/prisma-offline.md.
//
//   npm run migration:diff -- <name>        diff the last migration's schema against schema.prisma,
//                                           write prisma/migrations/<timestamp>_<name>/migration.sql
//   node scripts/migration-diff.mjs --from-empty --print
//                                           print the SQL that creates schema.prisma from nothing
//
// Each migration directory also keeps schema.prisma as it stood, so the next diff starts there.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, existsSync, mkdirSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const root = resolve(import.meta.dirname, "..");
const migrationsDir = join(root, "prisma", "migrations");

export async function diffSchemas({ fromSchemaPath, toSchemaPath }) {
  const work = mkdtempSync(join(tmpdir(), "phaseline-diff-"));
  // The adapter must reach some Postgres, even for a schema-to-schema diff.
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1", maxConnections: 10 });
  await server.start();
  const port = Number(new URL(`postgres://${server.getServerConn()}`).port);
  try {
    const withUrl = (src) => src.replace(/datasource\s+db\s*{([^}]*)}/, (_m, body) => `datasource db {${body}  url = env("DATABASE_URL")\n}`);
    const toPath = join(work, "to.prisma");
    writeFileSync(toPath, withUrl(readFileSync(toSchemaPath, "utf8")));
    let fromArg = ["--from-empty"];
    if (fromSchemaPath) {
      const fromPath = join(work, "from.prisma");
      writeFileSync(fromPath, withUrl(readFileSync(fromSchemaPath, "utf8")));
      fromArg = ["--from-schema-datamodel", fromPath];
    }
    const adapterPath = join(root, "node_modules", "@prisma", "adapter-pg-6", "dist", "index.mjs");
    const configPath = join(work, "prisma.config.mjs");
    writeFileSync(
      configPath,
      `import { PrismaPg } from ${JSON.stringify(adapterPath)};
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: ${JSON.stringify(toPath)},
  adapter: async () => new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:${port}/postgres" }),
};
`,
    );
    const anyFile = join(work, "placeholder");
    writeFileSync(anyFile, "");
    const cli = join(root, "node_modules", "prisma-wasm-diff", "build", "index.js");
    // Asynchronous on purpose: the PGlite server lives in this process and must keep answering.
    const result = await run(process.execPath, [cli, "migrate", "diff", ...fromArg, "--to-schema-datamodel", toPath, "--script", "--config", configPath], {
      cwd: work,
      env: {
        ...process.env,
        DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/postgres`,
        PRISMA_QUERY_ENGINE_LIBRARY: anyFile,
        PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
      },
    });
    if (result.status !== 0) {
      throw new Error(`prisma migrate diff failed:\n${result.stderr}\n${result.stdout}`);
    }
    return result.stdout;
  } finally {
    await server.stop();
    await db.close();
    rmSync(work, { recursive: true, force: true });
  }
}

function run(cmd, args, options) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, options);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("prisma migrate diff did not finish within 120 s"));
    }, 120_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolvePromise({ status, stdout, stderr });
    });
  });
}

function lastMigrationSchema() {
  if (!existsSync(migrationsDir)) return null;
  const dirs = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const name of dirs.reverse()) {
    const p = join(migrationsDir, name, "schema.prisma");
    if (existsSync(p)) return p;
  }
  return null;
}

async function main() {
  const args = process.argv.slice(2);
  const toSchemaPath = join(root, "prisma", "schema.prisma");
  if (args.includes("--from-empty")) {
    process.stdout.write(await diffSchemas({ fromSchemaPath: null, toSchemaPath }));
    return;
  }
  const name = args.find((a) => !a.startsWith("--"));
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("usage: npm run migration:diff -- <name_in_snake_case>");
    process.exit(1);
  }
  const sql = await diffSchemas({ fromSchemaPath: lastMigrationSchema(), toSchemaPath });
  if (/This is an empty migration/.test(sql) || sql.trim() === "") {
    console.log("schema.prisma matches the last migration: nothing to write");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  copyFileSync(toSchemaPath, join(dir, "schema.prisma"));
  console.log(`wrote ${dir}/migration.sql`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
