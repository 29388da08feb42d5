// BACKUP and RESTORE against a real target (issue 15 item 1): the demo target of the test run
// (embedded PGlite, or a throwaway database on the PostgreSQL server when TEST_DATABASE_URL is
// set). Each test makes its own tables and uses a deployment id of its own, so backup schemas never
// collide.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { backupSchemaName } from "@/lib/domain/execution/backup";
import { uniqueSuffix } from "@/lib/testing/db";
import { executeStepOnTarget, type TExecutableStep, type TExecutionContext, type TExecutionOutcome } from "./execute-step";
import { executableStep } from "@/lib/testing/executable-step";
import type { TStoredBackup } from "./run-backup";

const targetUrl = () => {
  const url = process.env.PHASELINE_DEMO_TARGET_URL;
  if (!url) throw new Error("PHASELINE_DEMO_TARGET_URL is not set by the global setup");
  return url;
};

const step = executableStep;

type TRun = TExecutionOutcome & { output: string };

async function execute(s: TExecutableStep, over: Partial<TExecutionContext> = {}): Promise<TRun> {
  let output = "";
  const outcome = await executeStepOnTarget(s, {
    targetUrl: targetUrl(),
    applicationName: "phaseline:backup-test",
    mode: "RUN",
    httpAllowList: [],
    isCommandsEnabled: false,
    baseline: null,
    onOutput: (chunk) => {
      output += chunk;
    },
    ...over,
  });
  expect(JSON.parse(JSON.stringify(outcome))).toEqual(outcome);
  return { ...outcome, output };
}

async function onTarget<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: targetUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const schemaExists = async (name: string) => (await onTarget<{ n: number }>("SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = $1", [name]))[0]!.n === 1;

/** What the worker would hand a RESTORE after this BACKUP succeeded. */
function storedFrom(run: TRun, deploymentId: string): TStoredBackup {
  expect(run.status, run.errorMessage ?? "").toBe("SUCCEEDED");
  const taken = run.takenBackup!;
  return { key: taken.key, deploymentId, schemaName: taken.schemaName, tables: taken.tables, droppedAt: null };
}

/** A parent table (with a generated column, a view over it) and a child referencing it. */
async function ordersAndLines() {
  const suffix = uniqueSuffix();
  const orders = `bk_orders_${suffix}`;
  const lines = `bk_lines_${suffix}`;
  await onTarget(
    `CREATE TABLE ${orders} (id int PRIMARY KEY, customer text NOT NULL, total numeric(12,2), placed_at timestamptz, meta jsonb, doubled numeric GENERATED ALWAYS AS (total * 2) STORED)`,
  );
  await onTarget(`CREATE TABLE ${lines} (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, order_id int NOT NULL REFERENCES ${orders}(id), sku text, qty int)`);
  await onTarget(`CREATE VIEW ${orders}_v AS SELECT customer, sum(total) AS revenue FROM ${orders} GROUP BY customer`);
  await onTarget(
    `INSERT INTO ${orders} (id, customer, total, placed_at, meta) SELECT g, 'c' || (g % 7), g * 1.25, timestamptz '2026-01-01 00:00:00+00' + g * interval '1 hour', jsonb_build_object('g', g) FROM generate_series(1, 50) g`,
  );
  await onTarget(`INSERT INTO ${lines} (order_id, sku, qty) SELECT (g % 50) + 1, 'sku-' || g, g % 5 FROM generate_series(1, 120) g`);
  return { orders, lines };
}

const snapshot = (table: string, columns = "*") => onTarget(`SELECT ${columns} FROM ${table} ORDER BY id`);

describe("BACKUP and RESTORE", () => {
  it("round trip: after an UPDATE, a DELETE, an INSERT and an ALTER, the restore gives back the same rows, with the same checksums", async () => {
    const deploymentId = randomUUID();
    const { orders, lines } = await ordersAndLines();
    const before = { orders: await snapshot(orders), lines: await snapshot(lines), view: await onTarget(`SELECT * FROM ${orders}_v ORDER BY customer`) };

    const backup = await execute(step({ kind: "BACKUP", backupKey: "before_change", backupTables: [`public.${lines}`, orders] }), { deploymentId });
    const stored = storedFrom(backup, deploymentId);
    expect(backup.takenBackup!.schemaName).toBe(backupSchemaName(deploymentId, "before_change"));
    expect(backup.takenBackup!.tables.map((t) => [t.table, t.rowCount])).toEqual([
      [`public.${lines}`, 120],
      [`public.${orders}`, 50],
    ]);
    expect(backup.takenBackup!.tables.every((t) => /^[0-9a-f]{32}$/.test(t.checksum) && t.bytes > 0)).toBe(true);
    expect(backup.output).toContain("Estimated size:");
    expect(backup.output).toContain("COMMIT: backup");

    // the migration: data rewritten, rows gone and added, a column added to the table
    await onTarget(`UPDATE ${orders} SET total = total * 3, meta = '{"changed": true}' WHERE id % 2 = 0`);
    await onTarget(`DELETE FROM ${lines} WHERE order_id < 10`);
    await onTarget(`DELETE FROM ${orders} WHERE id < 5 AND NOT EXISTS (SELECT 1 FROM ${lines} l WHERE l.order_id = ${orders}.id)`);
    await onTarget(`INSERT INTO ${orders} (id, customer, total) VALUES (1000, 'new', 1)`);
    await onTarget(`INSERT INTO ${lines} (order_id, sku, qty) VALUES (1000, 'new', 1)`);
    await onTarget(`ALTER TABLE ${orders} ADD COLUMN note text DEFAULT 'added later'`);
    expect(await snapshot(orders, "id, customer, total, placed_at, meta, doubled")).not.toEqual(before.orders);

    const restore = await execute(step({ kind: "RESTORE", backupKey: "before_change" }), { deploymentId, backup: stored });
    expect(restore.status, restore.errorMessage ?? "").toBe("SUCCEEDED");
    expect(restore.summary).toMatch(/^restored 2 tables from backup "before_change" \(\d+ rows written\), counts and checksums verified$/);

    expect(await snapshot(orders, "id, customer, total, placed_at, meta, doubled")).toEqual(before.orders);
    expect(await snapshot(lines)).toEqual(before.lines);
    expect(await onTarget(`SELECT * FROM ${orders}_v ORDER BY customer`)).toEqual(before.view);

    // the same rule over the restored tables (with the columns the backup had) gives its checksums again
    await onTarget(`ALTER TABLE ${orders} DROP COLUMN note`);
    const again = await execute(step({ kind: "BACKUP", backupKey: "after_restore", backupTables: [`public.${lines}`, orders] }), { deploymentId });
    expect(again.takenBackup!.tables.map((t) => [t.rowCount, t.checksum])).toEqual(backup.takenBackup!.tables.map((t) => [t.rowCount, t.checksum]));
  });

  it("a row filter backs up only the rows an UPDATE will hit and restores them by key, leaving the others", async () => {
    const deploymentId = randomUUID();
    const { orders } = await ordersAndLines();
    const backup = await execute(step({ kind: "BACKUP", backupKey: "pending", backupTables: [orders], backupFilter: "customer = 'c3'" }), { deploymentId });
    const stored = storedFrom(backup, deploymentId);
    expect(stored.tables[0]!.rowCount).toBe(7);
    expect(stored.tables[0]!.filter).toBe("customer = 'c3'");
    const c3Before = await onTarget(`SELECT * FROM ${orders} WHERE customer = 'c3' ORDER BY id`);

    await onTarget(`UPDATE ${orders} SET total = 0 WHERE customer IN ('c3', 'c4')`);
    const restore = await execute(step({ kind: "RESTORE", backupKey: "pending" }), { deploymentId, backup: stored });
    expect(restore.status, restore.errorMessage ?? "").toBe("SUCCEEDED");
    expect(await onTarget(`SELECT * FROM ${orders} WHERE customer = 'c3' ORDER BY id`)).toEqual(c3Before);
    // rows outside the filter keep what the change did to them
    expect(await onTarget(`SELECT DISTINCT total FROM ${orders} WHERE customer = 'c4'`)).toEqual([{ total: "0.00" }]);
  });

  it("refuses a filter that is not one condition, before anything reaches the target", async () => {
    const deploymentId = randomUUID();
    const { orders } = await ordersAndLines();
    const run = await execute(step({ kind: "BACKUP", backupKey: "evil", backupTables: [orders], backupFilter: "true); DROP TABLE x; SELECT (1" }), { deploymentId });
    expect(run.status).toBe("FAILED");
    expect(run.errorMessage).toContain("The row filter is not one condition");
    expect(await schemaExists(backupSchemaName(deploymentId, "evil"))).toBe(false);
  });

  it("refuses a restore of another deployment's backup, and of a backup not taken yet", async () => {
    const mine = randomUUID();
    const theirs = randomUUID();
    const { orders } = await ordersAndLines();
    const taken = storedFrom(await execute(step({ kind: "BACKUP", backupKey: "shared_key", backupTables: [orders] }), { deploymentId: theirs }), theirs);
    await onTarget(`UPDATE ${orders} SET total = 0`);

    const foreign = await execute(step({ kind: "RESTORE", backupKey: "shared_key" }), { deploymentId: mine, backup: taken });
    expect(foreign.status).toBe("FAILED");
    expect(foreign.errorMessage).toContain(`No backup "shared_key" was taken in this deployment`);
    // a record forged to say it is mine still points at the other deployment's schema
    const forged = await execute(step({ kind: "RESTORE", backupKey: "shared_key" }), { deploymentId: mine, backup: { ...taken, deploymentId: mine } });
    expect(forged.status).toBe("FAILED");
    expect(forged.errorMessage).toContain("is not in this deployment's backup schema");
    const none = await execute(step({ kind: "RESTORE", backupKey: "shared_key" }), { deploymentId: mine, backup: null });
    expect(none.errorMessage).toContain("run its BACKUP step first");
    expect(await onTarget(`SELECT DISTINCT total FROM ${orders}`)).toEqual([{ total: "0.00" }]);
  });

  it("refuses a backup above its size limit with the estimate, and copies nothing", async () => {
    const deploymentId = randomUUID();
    const big = `bk_big_${uniqueSuffix()}`;
    await onTarget(`CREATE TABLE ${big} (id int PRIMARY KEY, payload text)`);
    await onTarget(`INSERT INTO ${big} SELECT g, repeat(md5(g::text), 8) FROM generate_series(1, 8000) g`);
    const run = await execute(step({ kind: "BACKUP", backupKey: "too_big", backupTables: [big], backupMaxMb: 1 }), { deploymentId });
    expect(run.status).toBe("FAILED");
    expect(run.errorMessage).toMatch(/^The backup would copy about \d+(\.\d)? MB, above this step's limit of 1\.0 MB: nothing was copied\./);
    expect(run.result).toMatchObject({ isTooLarge: true });
    expect(await schemaExists(backupSchemaName(deploymentId, "too_big"))).toBe(false);
    // the filter's estimate counts only its rows
    const small = await execute(step({ kind: "BACKUP", backupKey: "small", backupTables: [big], backupFilter: "id <= 100", backupMaxMb: 1 }), { deploymentId });
    expect(small.status, small.errorMessage ?? "").toBe("SUCCEEDED");
    expect(small.takenBackup!.tables[0]!.rowCount).toBe(100);
  });

  it("a rehearsal runs the backup and rolls it back: nothing is left on the target", async () => {
    const deploymentId = randomUUID();
    const { orders } = await ordersAndLines();
    const run = await execute(step({ kind: "BACKUP", backupKey: "rehearsed", backupTables: [orders] }), { deploymentId, mode: "REHEARSAL" });
    expect(run.status, run.errorMessage ?? "").toBe("SUCCEEDED");
    expect(run.takenBackup).toBeUndefined();
    expect(run.summary).toContain("rolled back");
    expect(run.output).toContain("ROLLBACK: rehearsal, nothing was kept.");
    expect(await schemaExists(backupSchemaName(deploymentId, "rehearsed"))).toBe(false);
  });

  it("a restore that does not match its backup is rolled back, naming the table", async () => {
    const deploymentId = randomUUID();
    const { orders } = await ordersAndLines();
    const stored = storedFrom(await execute(step({ kind: "BACKUP", backupKey: "checked", backupTables: [orders] }), { deploymentId }), deploymentId);
    await onTarget(`UPDATE ${orders} SET total = 0 WHERE id = 1`);
    // a trigger that changes what the restore writes: the rows are not the backup's any more
    await onTarget(`CREATE FUNCTION ${orders}_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.total := NEW.total + 1; RETURN NEW; END $$`);
    await onTarget(`CREATE TRIGGER bump BEFORE UPDATE ON ${orders} FOR EACH ROW EXECUTE FUNCTION ${orders}_bump()`);
    const run = await execute(step({ kind: "RESTORE", backupKey: "checked" }), { deploymentId, backup: stored });
    expect(run.status).toBe("FAILED");
    expect(run.errorMessage).toContain(`Restore of public.${orders} does not match its backup`);
    expect(run.output).toContain("Rolled back: nothing was restored.");
    expect(await onTarget(`SELECT total FROM ${orders} WHERE id = 1`)).toEqual([{ total: "0.00" }]);
  });

  it("a second backup under the same key is refused while the first is kept", async () => {
    const deploymentId = randomUUID();
    const { orders } = await ordersAndLines();
    storedFrom(await execute(step({ kind: "BACKUP", backupKey: "once", backupTables: [orders] }), { deploymentId }), deploymentId);
    const again = await execute(step({ kind: "BACKUP", backupKey: "once", backupTables: [orders] }), { deploymentId });
    expect(again.status).toBe("FAILED");
    expect(again.errorMessage).toContain("already exists on the target");
  });
});
