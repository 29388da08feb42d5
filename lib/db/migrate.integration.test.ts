import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, appendFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultMigrationsDir, migrate, readMigrations } from "./migrate";
import { queryRows, withFreshDatabase } from "@/lib/testing/fresh-db";
import { isRealServer } from "@/lib/testing/db";

const copies: string[] = [];
function copyOfMigrations(): string {
  const dir = mkdtempSync(join(tmpdir(), "phaseline-migrations-"));
  cpSync(defaultMigrationsDir(), dir, { recursive: true });
  copies.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of copies.splice(0)) rmSync(d, { recursive: true, force: true });
});

type TRow = { migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number };

describe("migration runner", () => {
  it("applies every migration once and records Prisma's checksums", async () => {
    await withFreshDatabase(async (url) => {
      const files = readMigrations();
      const first = await migrate(url);
      expect(first.applied).toEqual(files.map((f) => f.name));
      const rows = await queryRows<TRow>(url, `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`);
      expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
      for (const row of rows) {
        const bytes = readFileSync(join(defaultMigrationsDir(), row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
        expect(row.finished_at).not.toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }
      const second = await migrate(url);
      expect(second).toMatchObject({ applied: [], alreadyApplied: files.length });
      expect(await queryRows(url, `SELECT 1 FROM "_prisma_migrations"`)).toHaveLength(files.length);
    });
  });

  it("refuses an applied migration whose file changed, naming it and changing nothing", async () => {
    await withFreshDatabase(async (url) => {
      const dir = copyOfMigrations();
      const files = readMigrations(dir);
      await migrate(url, { dir });
      const edited = files[0]!.name;
      appendFileSync(join(dir, edited, "migration.sql"), "\n-- edited after it was applied\n");
      // and a new migration waiting behind it, which must not be applied either
      cpSync(join(dir, edited), join(dir, "29991231000000_later"), { recursive: true });
      await expect(migrate(url, { dir })).rejects.toThrow(new RegExp(`migration ${edited} was changed after it was applied`));
      const names = (await queryRows<TRow>(url, `SELECT migration_name FROM "_prisma_migrations"`)).map((r) => r.migration_name);
      expect(names.sort()).toEqual(files.map((f) => f.name).sort());
    });
  });

  it("rolls back a failing migration whole and reports it", async () => {
    await withFreshDatabase(async (url) => {
      const dir = copyOfMigrations();
      await migrate(url, { dir });
      const bad = join(dir, "29991231000000_broken");
      cpSync(join(dir, readMigrations(dir)[0]!.name), bad, { recursive: true });
      const { writeFileSync } = await import("node:fs");
      writeFileSync(join(bad, "migration.sql"), `CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";\n`);
      await expect(migrate(url, { dir })).rejects.toThrow(/29991231000000_broken failed and was rolled back/);
      expect(await queryRows(url, `SELECT 1 FROM pg_tables WHERE tablename = 'half_done'`)).toHaveLength(0);
      expect(await queryRows(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`)).toHaveLength(0);
    });
  });

  it.runIf(isRealServer())("applies each migration once when several instances start together", async () => {
    await withFreshDatabase(async (url) => {
      const results = await Promise.all(Array.from({ length: 4 }, () => migrate(url)));
      const total = results.reduce((n, r) => n + r.applied.length, 0);
      expect(total).toBe(readMigrations().length);
      expect(await queryRows(url, `SELECT 1 FROM "_prisma_migrations"`)).toHaveLength(readMigrations().length);
    });
  });
});
