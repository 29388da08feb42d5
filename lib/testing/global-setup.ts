// One database for the whole integration run (vitest.config.ts's "integration" project): TEST_DATABASE_URL (a throwaway database on a
// real server, reset here) when set, else an in-memory embedded PGlite. Both get every migration,
// and a demo target database beside them. Workers inherit the URLs through the environment.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbedded } from "../db/embedded";
import { migrate } from "../db/migrate";
import { setTestSecrets } from "./test-secrets";

async function resetServerDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // DROP SCHEMA, not DELETE: the audit table refuses DELETE and TRUNCATE by design
    await client.query(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
  } finally {
    await client.end();
  }
}

async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(_project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let teardown = async () => {};
  if (serverUrl) {
    await resetServerDatabase(serverUrl);
    const targetName = `${new URL(serverUrl).pathname.slice(1)}_target`;
    const targetUrl = await ensureDatabase(serverUrl, targetName);
    await resetServerDatabase(targetUrl);
    process.env.DATABASE_URL = serverUrl;
    process.env.PHASELINE_DEMO_TARGET_URL = targetUrl;
    process.env.PHASELINE_TEST_DB_KIND = "server";
  } else {
    const embedded = await startEmbedded(null);
    process.env.DATABASE_URL = embedded.appUrl;
    process.env.PHASELINE_DEMO_TARGET_URL = embedded.targetUrl;
    process.env.PHASELINE_TEST_DB_KIND = "embedded";
    teardown = () => embedded.stop();
  }
  setTestSecrets();
  await migrate(process.env.DATABASE_URL);
  return teardown;
}
