// A brand-new empty database for tests that need one of their own (migrations, drift):
// a database on the real server when the run uses one, else an in-memory PGlite.
import pg from "pg";
import { startEmbedded } from "@/lib/db/embedded";
import { isRealServer, uniqueSuffix } from "./db";

export async function withFreshDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  if (!isRealServer()) {
    const embedded = await startEmbedded(null);
    try {
      return await fn(embedded.appUrl);
    } finally {
      await embedded.stop();
    }
  }
  const admin = new URL(process.env.DATABASE_URL!);
  const name = `phaseline_fresh_${uniqueSuffix()}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  try {
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return await fn(url.toString());
  } finally {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await client.end();
  }
}

export async function queryRows<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
