// Creates the demo target's schema and data once. Runs before the app's seed transaction and on
// its own connection: the embedded databases answer one query at a time, so no connection may
// wait on another while holding a transaction.
import "server-only";
import pg from "pg";
import { buildDemoTargetSql, buildDemoTenantsSql } from "@/prisma/seed/demo-target";

// arbitrary, but fixed: two starts seeding at once take turns
const DEMO_TARGET_LOCK_KEY = 70_030_001;

/** True when it created the target; false when `client_products` already existed (renamed or not). */
export async function ensureDemoTarget(demoTargetUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: demoTargetUrl, application_name: "phaseline-seed" });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [DEMO_TARGET_LOCK_KEY]);
    const { rows } = await client.query<{ isPresent: boolean }>(`SELECT to_regclass('client_products') IS NOT NULL AS "isPresent"`);
    // the tenant schemas (issue 15 item 2) are written so a second run changes nothing: a target
    // seeded before they existed gains them, one seeded since keeps its data as it is
    await client.query(buildDemoTenantsSql());
    if (rows[0]?.isPresent) {
      await client.query("COMMIT");
      return false;
    }
    await client.query(buildDemoTargetSql());
    await client.query("COMMIT");
    return true;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}
