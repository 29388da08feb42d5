// A BACKUP fanned out over target schemas, and the RESTORE of it (issue 15 items 1 and 2), on the
// real target of the test run: embedded PGlite, or a throwaway database on the PostgreSQL server
// when TEST_DATABASE_URL is set. Each test makes tenant schemas of its own (a unique prefix).
import { describe, expect, it } from "vitest";
import { ZBackupTables } from "@/lib/domain/execution/backup";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { createTestUser, deploymentMap, onTarget, planTestDeployment, runQueuedSteps, targetUrl } from "@/lib/testing/deployment-fixture";
import { executableStep } from "@/lib/testing/executable-step";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { dropBackup } from "@/lib/server/backups/drop-backup";
import { executeStepOnTarget } from "./execute-step";
import type { TFanOutHooks } from "./run-fan-out";

/** `count` tenant schemas <prefix>_1 … each with fees(id pk, status, percentage_fee) and a few rows. */
async function makeTenants(prefix: string, count: number, rows = 5): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `${prefix}_${i + 1}`);
  await onTarget(
    names
      .map(
        (n, i) =>
          `CREATE SCHEMA ${n}; CREATE TABLE ${n}.fees (id int PRIMARY KEY, status text NOT NULL, percentage_fee numeric(8,4) NOT NULL);` +
          ` INSERT INTO ${n}.fees SELECT g, CASE WHEN g % 2 = 0 THEN 'active' ELSE 'retired' END, (g + ${i}) * 0.0125 FROM generate_series(1, ${rows}) g;`,
      )
      .join(" "),
  );
  return names;
}

/** The whole table's contents as one digest: identical data, identical digest. */
const digest = async (schema: string) => (await onTarget<{ d: string }>(`SELECT md5(coalesce(string_agg(f::text, E'\\n' ORDER BY id), '')) AS d FROM ${schema}.fees f`))[0]!.d;

const schemasLike = async (pattern: string) => (await onTarget<{ n: string }>(`SELECT nspname AS n FROM pg_namespace WHERE nspname LIKE $1 ORDER BY 1`, [pattern])).map((r) => r.n);

describe("BACKUP fanned out over tenant schemas (issue 15)", () => {
  it("the size is estimated over every schema and refused above the limit before any copy", async () => {
    const prefix = `bfs_${uniqueSuffix()}`;
    // three tenants of about 0.45 MB each: each under the 1 MB limit, together above it
    const names = await makeTenants(prefix, 3, 0);
    await onTarget(names.map((n) => `INSERT INTO ${n}.fees SELECT g, repeat('x', 1000), 0 FROM generate_series(1, 420) g;`).join(" "));
    const started: string[] = [];
    const hooks: TFanOutHooks = {
      loadCarried: async () => new Map(),
      onResolved: async () => {},
      onTargetStarted: async (name) => {
        started.push(name);
      },
      onTargetFinished: async () => {},
    };
    let output = "";
    const outcome = await executeStepOnTarget(
      executableStep({ kind: "BACKUP", backupKey: "too_big", backupTables: ["fees"], backupMaxMb: 1, fanOut: { schemas: names, query: null, concurrency: 1, onFailure: "STOP" } }),
      {
        targetUrl: targetUrl(),
        applicationName: "phaseline:backup-fan-out-test",
        mode: "RUN",
        httpAllowList: [],
        isCommandsEnabled: false,
        baseline: null,
        deploymentId: "0196f000-0000-7000-8000-00000000b1f5",
        fanOutHooks: hooks,
        onOutput: (chunk) => {
          output += chunk;
        },
      },
    );
    expect(outcome.status).toBe("FAILED");
    expect(outcome.errorMessage).toMatch(/above this step's limit of 1\.0 MB: nothing was copied/);
    expect(output).toMatch(/Estimated size over 3 schemas: 1\.\d MB \(limit 1\.0 MB; .*_1 \d+ kB/);
    expect(started).toEqual([]);
    expect(await schemasLike("phaseline_backup_0000000000b1f5_%")).toEqual([]);
  });

  it("one backup per tenant schema through the worker; a retry copies only the failed tenant; the RESTORE restores every tenant verified; the drop drops them all", async () => {
    const prefix = `bft_${uniqueSuffix()}`;
    const names = await makeTenants(prefix, 3);
    await onTarget(`ALTER TABLE ${names[1]}.fees RENAME TO fees_later`);
    const lead = await createTestUser(["LEAD"]);
    const query = `SELECT nspname FROM pg_namespace WHERE nspname LIKE '${prefix}\\_%' ORDER BY 1`;
    const { deploymentId } = await planTestDeployment(lead, [
      {
        title: "Tenants",
        failurePolicy: "CONTINUE",
        steps: [
          { kind: "BACKUP", title: "Back up", backupKey: "tenant_fees", backupTables: ["fees"], backupMaxMb: 64, fanOut: { query, concurrency: 2, onFailure: "FINISH_ALL" } },
          { kind: "SQL", title: "Change", sql: "UPDATE fees SET percentage_fee = percentage_fee * 2, status = 'active';", fanOut: { query, concurrency: 1, onFailure: "STOP" } },
          { kind: "RESTORE", title: "Restore", backupKey: "tenant_fees" },
        ],
      },
    ]);
    const phase = (await deploymentMap(deploymentId)).phase("Tenants");
    const run = async (title: string, attempt = 1) => {
      const { stepRunId } = await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step(title), mode: "RUN", attempt, actor: lead, prisma: testPrisma() });
      await runQueuedSteps();
      return testPrisma().stepRun.findUniqueOrThrow({ where: { id: stepRunId }, include: { targets: { orderBy: { position: "asc" } } } });
    };
    const backupRow = () => testPrisma().deploymentBackup.findUniqueOrThrow({ where: { deploymentId_key: { deploymentId, key: "tenant_fees" } } });
    // the pre-flight (its estimate over the tenants) cannot estimate the tenant without fees: started anyway with a reason
    await controlDeployment({ deploymentId, action: "start", reason: "the second tenant gets its table before the retry", actor: lead, prisma: testPrisma() });

    // attempt 1: the second tenant has no fees table; the others are copied and recorded all the same
    const first = await run("Back up");
    expect(first.status).toBe("FAILED");
    expect(first.targets.map((t) => [t.schemaName, t.status])).toEqual([
      [names[0], "SUCCEEDED"],
      [names[1], "FAILED"],
      [names[2], "SUCCEEDED"],
    ]);
    expect(first.targets[0]!.rowCount).toBe(5);
    const partial = ZBackupTables.parse((await backupRow()).tables);
    expect(partial.map((t) => [t.table, t.target])).toEqual([
      [`${names[0]}.fees`, names[0]],
      [`${names[2]}.fees`, names[2]],
    ]);

    await onTarget(`ALTER TABLE ${names[1]}.fees_later RENAME TO fees`);
    const second = await run("Back up", 2);
    expect(second.status).toBe("SUCCEEDED");
    expect(second.targets.map((t) => [t.schemaName, t.fromAttempt])).toEqual([
      [names[0], 1],
      [names[1], 2],
      [names[2], 1],
    ]);
    const backup = await backupRow();
    const tables = ZBackupTables.parse(backup.tables);
    expect(tables.map((t) => t.target)).toEqual(names);
    // one backup schema per tenant, each named for its deployment and commented with its target
    const schemas = tables.map((t) => t.backupSchema!);
    expect(new Set(schemas).size).toBe(3);
    for (const [i, schema] of schemas.entries()) {
      expect(schema.length).toBeLessThanOrEqual(63);
      const [comment] = await onTarget<{ c: string }>(`SELECT obj_description(oid, 'pg_namespace') AS c FROM pg_namespace WHERE nspname = $1`, [schema]);
      expect(JSON.parse(comment!.c)).toEqual({ phaseline: "backup", deploymentId, key: "tenant_fees", target: names[i] });
    }
    expect(tables.every((t) => t.rowCount === 5 && /^[0-9a-f]{32}$/.test(t.checksum))).toBe(true);
    const taken = await testPrisma().auditEvent.findMany({ where: { type: "backup.taken", deploymentId }, orderBy: { seq: "asc" } });
    expect(taken).toHaveLength(2);
    expect((taken[1]!.payload as { targets: unknown[] }).targets).toHaveLength(3);

    const before = await Promise.all(names.map(digest));
    expect((await run("Change")).status).toBe("SUCCEEDED");
    const changed = await Promise.all(names.map(digest));
    for (const [i, d] of changed.entries()) expect(d).not.toBe(before[i]);

    const restored = await run("Restore");
    expect(restored.status, restored.errorMessage ?? "").toBe("SUCCEEDED");
    expect(restored.targets.map((t) => [t.schemaName, t.status, t.rowCount])).toEqual(names.map((n) => [n, "SUCCEEDED", 5]));
    expect(restored.targets.every((t) => /counts and checksums verified/.test(t.summary ?? ""))).toBe(true);
    expect(await Promise.all(names.map(digest))).toEqual(before);

    // once the deployment has ended, the drop removes every tenant's backup schema
    await controlDeployment({ deploymentId, action: "abort", reason: "test over", actor: lead, prisma: testPrisma() });
    const dropped = await dropBackup({ deploymentId, backupId: backup.id, reason: "restored and verified", actor: lead, prisma: testPrisma() });
    expect(dropped.wasOnTarget).toBe(true);
    for (const schema of schemas) expect(await schemasLike(schema)).toEqual([]);
  }, 120_000);
});
