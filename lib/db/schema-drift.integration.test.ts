// schema.prisma and prisma/migrations must describe the same database. Prisma's own SQL for the
// schema (from its WASM engine, scripts/migration-diff.mjs) goes into one fresh database, the
// migrations into another; their catalogs must match.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { migrate } from "./migrate";
import { queryRows, withFreshDatabase } from "@/lib/testing/fresh-db";

const CATALOG_QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY table_name, column_name`,
  constraints: `SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) AS def
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '"_prisma_migrations"' AND c.conrelid::regclass::text <> '_prisma_migrations'
                ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  enums: `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text AS labels
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY 1`,
};

async function catalog(url: string) {
  const out: Record<string, unknown[]> = {};
  for (const [key, sql] of Object.entries(CATALOG_QUERIES)) out[key] = await queryRows(url, sql);
  return out;
}

describe("schema drift", () => {
  it("schema.prisma and the migrations create the same tables, columns, constraints, indexes and enums", async () => {
    // @ts-expect-error -- a plain .mjs script without type declarations
    const { diffSchemas } = (await import("../../scripts/migration-diff.mjs")) as {
      diffSchemas: (o: { fromSchemaPath: string | null; toSchemaPath: string }) => Promise<string>;
    };
    const fromSchema = await diffSchemas({ fromSchemaPath: null, toSchemaPath: join(process.cwd(), "prisma", "schema.prisma") });
    const fromPrisma = await withFreshDatabase(async (url) => {
      const pg = await import("pg");
      const client = new pg.default.Client({ connectionString: url });
      await client.connect();
      await client.query(fromSchema);
      await client.end();
      return catalog(url);
    });
    const fromMigrations = await withFreshDatabase(async (url) => {
      await migrate(url);
      return catalog(url);
    });
    expect(fromMigrations).toEqual(fromPrisma);
  }, 180_000);
});
