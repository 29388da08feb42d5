// Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's native engine:
// the same `_prisma_migrations` table and sha256 checksums, the same advisory lock key, so a
// machine running the real Prisma CLI agrees with what this runner recorded.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";

/** Prisma Migrate's own advisory lock key: two runners (ours or Prisma's) never overlap. */
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

export type TMigrationFile = { name: string; checksum: string; sql: string };
export type TMigrateResult = { applied: string[]; alreadyApplied: number; unknownInDatabase: string[] };

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migrationName?: string,
  ) {
    super(message);
  }
}

export function defaultMigrationsDir(): string {
  return resolve(process.cwd(), "prisma", "migrations");
}

export function readMigrations(dir = defaultMigrationsDir()): TMigrationFile[] {
  if (!existsSync(dir)) throw new MigrationError(`no migrations directory at ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type TAppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/**
 * Applies every pending migration, each in its own transaction. Before applying anything it
 * refuses — changing nothing — when an applied migration's file changed or a migration failed
 * earlier and was not resolved.
 */
export async function migrate(connectionString: string, options: { dir?: string; log?: (line: string) => void; lockTimeoutMs?: number } = {}): Promise<TMigrateResult> {
  const log = options.log ?? (() => {});
  const files = readMigrations(options.dir);
  const client = new pg.Client({ connectionString, application_name: "phaseline-migrate" });
  await client.connect();
  try {
    await acquireLock(client, options.lockTimeoutMs ?? 60_000);
    try {
      await client.query(CREATE_TABLE);
      const { rows } = await client.query<TAppliedRow>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`);
      const applied = new Map<string, TAppliedRow>();
      for (const row of rows) {
        if (row.rolled_back_at) continue;
        if (!row.finished_at) {
          throw new MigrationError(
            `migration ${row.migration_name} failed earlier and was not resolved; fix the database, then mark it rolled back or applied (prisma migrate resolve)`,
            row.migration_name,
          );
        }
        applied.set(row.migration_name, row);
      }
      for (const file of files) {
        const row = applied.get(file.name);
        if (row && row.checksum !== file.checksum) {
          throw new MigrationError(
            `migration ${file.name} was changed after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ${file.checksum.slice(0, 12)}… on disk); restore the file and write a new migration instead`,
            file.name,
          );
        }
      }
      const known = new Set(files.map((f) => f.name));
      const unknownInDatabase = [...applied.keys()].filter((n) => !known.has(n));
      for (const name of unknownInDatabase) log(`warning: migration ${name} is applied in the database but not present here`);

      const pending = files.filter((f) => !applied.has(f.name));
      for (const file of pending) {
        log(`applying ${file.name}`);
        try {
          await client.query("BEGIN");
          const id = randomUUID();
          await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`, [
            id,
            file.checksum,
            file.name,
          ]);
          await client.query(file.sql);
          await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
          await client.query("COMMIT");
        } catch (e) {
          await client.query("ROLLBACK").catch(() => {});
          const reason = e instanceof Error ? e.message : String(e);
          throw new MigrationError(`migration ${file.name} failed and was rolled back, nothing of it applied: ${reason}`, file.name);
        }
      }
      return { applied: pending.map((f) => f.name), alreadyApplied: files.length - pending.length, unknownInDatabase };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
}

async function acquireLock(client: pg.Client, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // pg_try_advisory_lock in a loop, not pg_advisory_lock: a bounded wait with a clear message.
  for (;;) {
    const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [PRISMA_MIGRATE_LOCK_KEY]);
    if (rows[0]?.ok) return;
    if (Date.now() > deadline) {
      throw new MigrationError(`another migration run held the migration lock for more than ${Math.round(timeoutMs / 1000)} s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
