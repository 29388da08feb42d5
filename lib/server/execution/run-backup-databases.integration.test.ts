// A BACKUP fanned out over the databases of an environment group, and its RESTORE (issue 15 items
// 1 and 2). On the PostgreSQL server of TEST_DATABASE_URL each test makes databases of its own —
// each with a fees table and rows of its own — adds them to the deployment's environment as its
// group, and drops them at the end; the embedded PGlite serves one target database, so these tests
// are skipped there (the refusal of another deployment's backup runs on both).
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ManualClock, withClock } from "@/lib/clock";
import { ZBackupTables } from "@/lib/domain/execution/backup";
import { isRealServer, testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { createTestUser, deploymentMap, planTestDeployment, runQueuedSteps, targetUrl } from "@/lib/testing/deployment-fixture";
import { executableStep } from "@/lib/testing/executable-step";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { addEnvironmentDatabase } from "@/lib/server/environments/add-environment-database";
import { removeEnvironmentDatabase } from "@/lib/server/environments/remove-environment-database";
import { updateEnvironmentDatabase } from "@/lib/server/environments/update-environment-database";
import { updateEnvironment } from "@/lib/server/environments/update-environment";
import { dropBackup } from "@/lib/server/backups/drop-backup";
import { sweepExpiredBackups } from "@/lib/server/backups/sweep-expired-backups";
import { findDeploymentBackups } from "@/lib/server/readers/find-deployment-backups";
import { getBackupEstimates } from "@/lib/server/readers/get-backup-estimates";
import { getDeployment } from "@/lib/server/readers/get-deployment";
import { executeStepOnTarget } from "./execute-step";
import type { TFanOutHooks } from "./run-fan-out";

const created: string[] = [];

/** The server URL of a database named `name` beside the test's own. */
function urlOf(name: string): string {
  const u = new URL(process.env.TEST_DATABASE_URL!);
  u.pathname = `/${name}`;
  return u.toString();
}

async function onServer<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** `count` databases on the server, each with fees(id pk, status, fee) and its own rows; the group names shard_1 …. */
async function makeDatabases(prefix: string, count: number, rows = 5): Promise<{ name: string; url: string }[]> {
  const out: { name: string; url: string }[] = [];
  for (let i = 1; i <= count; i++) {
    const db = `${prefix}_${i}`;
    await onServer(process.env.TEST_DATABASE_URL!, `CREATE DATABASE ${db}`);
    created.push(db);
    await onServer(
      urlOf(db),
      `CREATE TABLE fees (id int PRIMARY KEY, status text NOT NULL, fee numeric(8,4) NOT NULL);
       INSERT INTO fees SELECT g, CASE WHEN g % 2 = 0 THEN 'active' ELSE 'retired' END, (g + ${i}) * 0.0125 FROM generate_series(1, ${rows}) g;`,
    );
    out.push({ name: `shard_${i}`, url: urlOf(db) });
  }
  return out;
}

afterAll(async () => {
  for (const db of created) await onServer(process.env.TEST_DATABASE_URL!, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => {});
});

/** The whole table's contents as one digest: identical data, identical digest. */
const digest = async (url: string) => (await onServer<{ d: string }>(url, `SELECT md5(coalesce(string_agg(f::text, E'\\n' ORDER BY id), '')) AS d FROM fees f`))[0]!.d;
const backupSchemasIn = async (url: string) =>
  (
    await onServer<{ n: string; c: string | null }>(
      url,
      `SELECT nspname AS n, obj_description(oid, 'pg_namespace') AS c FROM pg_namespace WHERE nspname LIKE 'phaseline_backup_%' ORDER BY 1`,
    )
  ).map((r) => ({ name: r.n, comment: r.c ? (JSON.parse(r.c) as Record<string, string>) : null }));

/** A deployment whose environment's group is `dbs`, with the steps given in one phase. */
async function groupDeployment(dbs: { name: string; url: string }[], steps: Parameters<typeof planTestDeployment>[1][number]["steps"]) {
  const lead = await createTestUser(["LEAD"]);
  const planned = await planTestDeployment(lead, [{ title: "Shards", failurePolicy: "CONTINUE", steps }]);
  for (const d of dbs)
    await addEnvironmentDatabase({
      actor: { id: lead.id, label: lead.email },
      input: { environmentId: planned.environmentId, name: d.name, targetUrl: d.url },
      prisma: testPrisma(),
    });
  const phase = (await deploymentMap(planned.deploymentId)).phase("Shards");
  const run = async (title: string, attempt = 1) => {
    const { stepRunId } = await startStepRun({
      deploymentId: planned.deploymentId,
      phaseRunId: phase.phaseRunId,
      stepId: phase.step(title),
      mode: "RUN",
      attempt,
      actor: lead,
      prisma: testPrisma(),
    });
    await runQueuedSteps();
    return testPrisma().stepRun.findUniqueOrThrow({ where: { id: stepRunId }, include: { targets: { orderBy: { position: "asc" } } } });
  };
  return { ...planned, lead, run };
}

describe("BACKUP fanned out over the databases of an environment group (issue 15)", () => {
  it.skipIf(!isRealServer())(
    "one backup schema per database; a retry copies only the failed database; the RESTORE restores each database verified; the drop drops every copy",
    async () => {
      const dbs = await makeDatabases(`phl_eb_${uniqueSuffix()}`, 3);
      await onServer(dbs[1]!.url, "ALTER TABLE fees RENAME TO fees_later"); // shard_2 fails the first attempt
      const { deploymentId, lead, run } = await groupDeployment(dbs, [
        {
          kind: "BACKUP",
          title: "Back up",
          backupKey: "shard_fees",
          backupTables: ["fees"],
          backupMaxMb: 64,
          fanOut: { over: "DATABASES", concurrency: 2, onFailure: "FINISH_ALL" },
        },
        {
          kind: "SQL",
          title: "Change",
          sql: "UPDATE fees SET fee = fee * 2, status = 'active'; DELETE FROM fees WHERE id = 1; INSERT INTO fees VALUES (99, 'new', 1);",
          fanOut: { over: "DATABASES" },
        },
        { kind: "RESTORE", title: "Restore", backupKey: "shard_fees" },
      ]);
      const backupRow = () => testPrisma().deploymentBackup.findUniqueOrThrow({ where: { deploymentId_key: { deploymentId, key: "shard_fees" } } });

      // before it runs: the estimate is over the group's databases (shard_2 cannot be estimated yet)
      const [estimate] = await getBackupEstimates(deploymentId, testPrisma());
      expect(estimate!.error).toMatch(/^In the database shard_2: There is no table "fees"/);
      await controlDeployment({ deploymentId, action: "start", reason: "shard_2 gets its table before the retry", actor: lead, prisma: testPrisma() });

      // attempt 1: shard_2 has no fees table; the other two are copied and recorded all the same
      const first = await run("Back up");
      expect(first.status).toBe("FAILED");
      expect(first.targets.map((t) => [t.schemaName, t.isDatabase, t.status])).toEqual([
        ["shard_1", true, "SUCCEEDED"],
        ["shard_2", true, "FAILED"],
        ["shard_3", true, "SUCCEEDED"],
      ]);
      expect(first.output).toMatch(/Estimated size over 2 databases: .* shard_2 cannot be estimated/);
      const partial = ZBackupTables.parse((await backupRow()).tables);
      expect(partial.map((t) => [t.table, t.target, t.isDatabase])).toEqual([
        ["public.fees", "shard_1", true],
        ["public.fees", "shard_3", true],
      ]);
      const shard1Schemas = await backupSchemasIn(dbs[0]!.url);

      await onServer(dbs[1]!.url, "ALTER TABLE fees_later RENAME TO fees");
      const second = await run("Back up", 2);
      expect(second.status, second.errorMessage ?? "").toBe("SUCCEEDED");
      expect(second.targets.map((t) => [t.schemaName, t.fromAttempt])).toEqual([
        ["shard_1", 1],
        ["shard_2", 2],
        ["shard_3", 1],
      ]);
      // only shard_2 was copied again: shard_1's backup schema is the one the first attempt made
      expect(await backupSchemasIn(dbs[0]!.url)).toEqual(shard1Schemas);
      expect(second.output).toMatch(/Estimated size over 1 database: /);

      const backup = await backupRow();
      const tables = ZBackupTables.parse(backup.tables);
      expect(tables.map((t) => t.target)).toEqual(["shard_1", "shard_2", "shard_3"]);
      expect(tables.every((t) => t.rowCount === 5 && /^[0-9a-f]{32}$/.test(t.checksum) && t.isDatabase === true)).toBe(true);
      // one backup schema in each database, named for the deployment and commented with the database
      for (const [i, d] of dbs.entries()) {
        const schemas = await backupSchemasIn(d.url);
        expect(schemas).toEqual([{ name: tables[i]!.backupSchema, comment: { phaseline: "backup", deploymentId, key: "shard_fees", database: d.name } }]);
      }
      const taken = await testPrisma().auditEvent.findMany({ where: { type: "backup.taken", deploymentId }, orderBy: { seq: "asc" } });
      expect(taken).toHaveLength(2);
      expect((taken[1]!.payload as { targets: unknown[] }).targets).toEqual(dbs.map((d, i) => ({ target: d.name, schemaName: tables[i]!.backupSchema, isDatabase: true })));
      // the deployment's backups list names each database's copy
      const [listed] = await findDeploymentBackups(deploymentId, testPrisma());
      expect(listed!.backupSchemas).toEqual(dbs.map((d, i) => ({ schemaName: tables[i]!.backupSchema, target: d.name, isDatabase: true })));
      expect(listed!.tables.map((t) => [t.target, t.table])).toEqual(dbs.map((d) => [d.name, "public.fees"]));

      const before = await Promise.all(dbs.map((d) => digest(d.url)));
      expect((await run("Change")).status).toBe("SUCCEEDED");
      for (const [i, d] of dbs.entries()) expect(await digest(d.url)).not.toBe(before[i]);

      const restored = await run("Restore");
      expect(restored.status, restored.errorMessage ?? "").toBe("SUCCEEDED");
      expect(restored.targets.map((t) => [t.schemaName, t.isDatabase, t.status, t.rowCount])).toEqual(dbs.map((d) => [d.name, true, "SUCCEEDED", 5]));
      expect(restored.targets.every((t) => /counts and checksums verified/.test(t.summary ?? ""))).toBe(true);
      expect(restored.result).toMatchObject({ fanOut: { over: "DATABASES", total: 3, succeeded: 3, failed: 0 } });
      expect(await Promise.all(dbs.map((d) => digest(d.url)))).toEqual(before);
      // every database restored: a new attempt would run none of them, so none is offered
      await expect(run("Restore", 2)).rejects.toThrow(/nothing to run again/);
      // and the cockpit does not offer it either (its reader read the targets whole, not counted)
      const shards = (await deploymentMap(deploymentId)).phase("Shards");
      const cockpit = await getDeployment(deploymentId, { mode: "live", viewer: { id: lead.id, email: lead.email, name: lead.name, roles: ["LEAD"] } });
      expect(cockpit.actions.phases[shards.phaseRunId]?.steps[shards.step("Restore")]?.run.ok).toBe(false);

      // no URL in anything recorded
      const events = await testPrisma().auditEvent.findMany({ where: { deploymentId } });
      const record = JSON.stringify([first, second, restored, events, await testPrisma().deploymentBackup.findMany({ where: { deploymentId } })], (_k, v) =>
        typeof v === "bigint" ? String(v) : v,
      );
      for (const d of dbs) expect(record).not.toContain(d.url);

      // once the deployment has ended, the drop removes each database's backup schema
      await controlDeployment({ deploymentId, action: "abort", reason: "test over", actor: lead, prisma: testPrisma() });
      const dropped = await dropBackup({ deploymentId, backupId: backup.id, reason: "restored and verified", actor: lead, prisma: testPrisma() });
      expect(dropped.wasOnTarget).toBe(true);
      for (const d of dbs) expect(await backupSchemasIn(d.url)).toEqual([]);
      const [event] = await testPrisma().auditEvent.findMany({ where: { type: "backup.dropped", deploymentId } });
      expect(event!.payload).toMatchObject({ backupId: backup.id, wasOnTarget: true, databases: ["shard_1", "shard_2", "shard_3"] });
    },
    180_000,
  );

  it.skipIf(!isRealServer())("the size is summed over the databases and refused above the limit before any copy", async () => {
    // three databases of about 0.45 MB each: each under the 1 MB limit, together above it
    const dbs = await makeDatabases(`phl_ez_${uniqueSuffix()}`, 3, 0);
    for (const d of dbs) await onServer(d.url, "INSERT INTO fees SELECT g, repeat('x', 1000), 0 FROM generate_series(1, 420) g");
    const started: string[] = [];
    const hooks: TFanOutHooks = {
      loadCarried: async () => new Map(),
      onResolved: async () => {},
      onTargetStarted: async (name) => void started.push(name),
      onTargetFinished: async () => {},
    };
    let output = "";
    const outcome = await executeStepOnTarget(
      executableStep({ kind: "BACKUP", backupKey: "too_big", backupTables: ["fees"], backupMaxMb: 1, fanOut: { over: "DATABASES", concurrency: 1, onFailure: "STOP" } }),
      {
        targetUrl: targetUrl(),
        groupDatabases: dbs.map((d) => ({ name: d.name, targetUrl: d.url })),
        applicationName: "phaseline:backup-db-test",
        mode: "RUN",
        httpAllowList: [],
        isCommandsEnabled: false,
        baseline: null,
        deploymentId: "0196f000-0000-7000-8000-00000000e1f5",
        fanOutHooks: hooks,
        onOutput: (chunk) => {
          output += chunk;
        },
      },
    );
    expect(outcome.status).toBe("FAILED");
    expect(outcome.errorMessage).toMatch(/above this step's limit of 1\.0 MB: nothing was copied/);
    expect(output).toMatch(/Estimated size over 3 databases: 1\.\d MB \(limit 1\.0 MB; shard_1 \d+ kB, shard_2 \d+ kB, shard_3 \d+ kB\)/);
    expect(started).toEqual([]);
    for (const d of dbs) expect(await backupSchemasIn(d.url)).toEqual([]);
    expect(output).not.toContain(dbs[0]!.url);
  });

  it.skipIf(!isRealServer())(
    "a group database holding a kept copy cannot be removed or renamed; the retention sweep drops each database's copy of an ended deployment's backup",
    async () => {
      const dbs = await makeDatabases(`phl_er_${uniqueSuffix()}`, 2);
      const t0 = new Date(Date.UTC(2026, 5, 1, 9, 0));
      const { deploymentId, environmentId, lead, run } = await groupDeployment(dbs, [
        { kind: "BACKUP", title: "Back up", backupKey: "keep_me", backupTables: ["public.fees"], backupMaxMb: 8, fanOut: { over: "DATABASES" } },
      ]);
      await withClock(new ManualClock(t0), async () => {
        await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: testPrisma() });
        expect((await run("Back up")).status).toBe("SUCCEEDED");
        await controlDeployment({ deploymentId, action: "abort", reason: "test over", actor: lead, prisma: testPrisma() });
      });
      for (const d of dbs) expect(await backupSchemasIn(d.url)).toHaveLength(1);
      const admin = await createTestUser(["ADMIN"]);
      // while the backup is kept, its databases cannot leave the group or change name: the copies would be out of reach
      const shard1 = await testPrisma().environmentDatabase.findFirstOrThrow({ where: { environmentId, name: "shard_1" } });
      const adminActor = { id: admin.id, label: admin.email };
      await expect(removeEnvironmentDatabase({ actor: adminActor, input: { databaseId: shard1.id, version: shard1.version }, prisma: testPrisma() })).rejects.toThrow(
        /The database shard_1 holds the copy of a kept backup \("keep_me" of .*\): removed, it could not be dropped from there/,
      );
      await expect(
        updateEnvironmentDatabase({ actor: adminActor, input: { databaseId: shard1.id, version: shard1.version, name: "shard_one", targetUrl: null }, prisma: testPrisma() }),
      ).rejects.toThrow(/renamed, it could not be dropped from there/);
      expect(await testPrisma().environmentDatabase.findUniqueOrThrow({ where: { id: shard1.id } })).toMatchObject({ name: "shard_1", version: shard1.version });
      const env = await testPrisma().environment.findUniqueOrThrow({ where: { id: environmentId } });
      await updateEnvironment({
        actor: { id: admin.id, label: admin.email },
        input: {
          environmentId,
          version: env.version,
          name: env.name,
          description: env.description,
          isProduction: env.isProduction,
          httpAllowList: env.httpAllowList,
          targetUrl: null,
          backupRetentionDays: 7,
        },
        prisma: testPrisma(),
      });
      const backup = await testPrisma().deploymentBackup.findUniqueOrThrow({ where: { deploymentId_key: { deploymentId, key: "keep_me" } } });
      const sweep = await withClock(new ManualClock(new Date(t0.getTime() + 8 * 86_400_000)), () => sweepExpiredBackups({ prisma: testPrisma() }));
      expect(sweep.dropped.map((d) => d.backupId)).toContain(backup.id);
      expect(sweep.failed.filter((f) => f.deploymentId === deploymentId)).toEqual([]);
      for (const d of dbs) expect(await backupSchemasIn(d.url)).toEqual([]);
      const [event] = await testPrisma().auditEvent.findMany({ where: { type: "backup.dropped", deploymentId } });
      expect(event).toMatchObject({ actorLabel: "system" });
      expect(event!.payload).toMatchObject({ reason: "retention", retentionDays: 7, databases: ["shard_1", "shard_2"] });
      // dropped: the database may go
      await removeEnvironmentDatabase({ actor: adminActor, input: { databaseId: shard1.id, version: shard1.version }, prisma: testPrisma() });
    },
    120_000,
  );

  it("a RESTORE never restores another deployment's backup taken over the group's databases", async () => {
    const other = "0196f000-0000-7000-8000-0000000a0a0a";
    const mine = "0196f000-0000-7000-8000-0000000b0b0b";
    const table = {
      table: "public.fees",
      copy: "1_fees",
      filter: null,
      columns: [{ name: "id", isGenerated: false, isIdentityAlways: false }],
      keyColumns: ["id"],
      rowCount: 1,
      bytes: 8192,
      checksum: "0".repeat(32),
    };
    const outcome = await executeStepOnTarget(executableStep({ kind: "RESTORE", backupKey: "shard_fees" }), {
      targetUrl: targetUrl(),
      groupDatabases: [{ name: "shard_1", targetUrl: targetUrl() }],
      applicationName: "phaseline:backup-db-test",
      mode: "RUN",
      httpAllowList: [],
      isCommandsEnabled: false,
      baseline: null,
      deploymentId: mine,
      backup: {
        key: "shard_fees",
        deploymentId: other,
        schemaName: "phaseline_backup_00000a0a0a0a_shard_fees",
        droppedAt: null,
        tables: [{ ...table, target: "shard_1", backupSchema: "phaseline_backup_00000a0a0a0a_t0", isDatabase: true }],
      },
      fanOutHooks: { loadCarried: async () => new Map(), onResolved: async () => {}, onTargetStarted: async () => {}, onTargetFinished: async () => {} },
      onOutput: () => {},
    });
    expect(outcome.status).toBe("FAILED");
    expect(outcome.errorMessage).toContain('No backup "shard_fees" was taken in this deployment');
  });

  it.skipIf(!isRealServer())(
    "a deployment's RESTORE does not find the backup another deployment took over the same databases under the same key",
    async () => {
      const dbs = await makeDatabases(`phl_eo_${uniqueSuffix()}`, 2);
      const a = await groupDeployment(dbs, [{ kind: "BACKUP", title: "Back up", backupKey: "shard_fees", backupTables: ["fees"], fanOut: { over: "DATABASES" } }]);
      await controlDeployment({ deploymentId: a.deploymentId, action: "start", reason: "", actor: a.lead, prisma: testPrisma() });
      expect((await a.run("Back up")).status).toBe("SUCCEEDED");
      for (const d of dbs) await onServer(d.url, "UPDATE fees SET fee = 0");
      const changed = await Promise.all(dbs.map((d) => digest(d.url)));
      const b = await groupDeployment(dbs, [{ kind: "RESTORE", title: "Restore", backupKey: "shard_fees" }]);
      await controlDeployment({ deploymentId: b.deploymentId, action: "start", reason: "no backup in this deployment", actor: b.lead, prisma: testPrisma() });
      const restored = await b.run("Restore");
      expect(restored.status).toBe("FAILED");
      expect(restored.errorMessage).toContain('No backup "shard_fees" was taken in this deployment');
      expect(restored.targets).toEqual([]);
      expect(await Promise.all(dbs.map((d) => digest(d.url)))).toEqual(changed);
    },
    120_000,
  );
});
