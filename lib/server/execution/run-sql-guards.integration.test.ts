// Issue 11 on a real target: limits a script cannot lift, stops that reach the server, the app's
// own database refused, steps outside a transaction (CREATE INDEX CONCURRENTLY) and lock-timeout
// retries. Cases that need a second session at once (a competing lock, a writer during an index
// build) run on the real PostgreSQL server only: the embedded target answers one query at a time.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { isRealServer, uniqueSuffix } from "@/lib/testing/db";
import { APP_DATABASE_MESSAGE } from "@/lib/server/environments/app-database-guard";
import { executeStepOnTarget, type TExecutableStep, type TExecutionContext, type TExecutionOutcome } from "./execute-step";
import { executableStep } from "@/lib/testing/executable-step";
import { lockRetryDelay } from "./run-sql";

const targetUrl = () => process.env.PHASELINE_DEMO_TARGET_URL!;

const sqlStep = (sql: string, over: Partial<TExecutableStep> = {}): TExecutableStep => executableStep({ kind: "SQL", sql, ...over });

type TRun = TExecutionOutcome & { output: string };

async function execute(s: TExecutableStep, over: Partial<TExecutionContext> = {}): Promise<TRun> {
  let output = "";
  const outcome = await executeStepOnTarget(s, {
    targetUrl: targetUrl(),
    applicationName: "phaseline:guards-test",
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

async function tableWith(values: number[]): Promise<string> {
  const name = `guard_${uniqueSuffix()}`;
  await onTarget(`CREATE TABLE ${name} (id int PRIMARY KEY, n int)`);
  if (values.length) await onTarget(`INSERT INTO ${name} SELECT i, v FROM unnest($1::int[]) WITH ORDINALITY AS u(v, i)`, [values]);
  return name;
}

const ns = (table: string) => onTarget<{ n: number }>(`SELECT n FROM ${table} ORDER BY id`).then((rows) => rows.map((r) => r.n));

describe("limits a script cannot lift", () => {
  it("refuses SET, RESET and set_config of a guard rail with its line and column, before connecting", async () => {
    const table = await tableWith([5]);
    const cases: [string, RegExp][] = [
      [`UPDATE ${table} SET n = 0;\n  SET statement_timeout = 0;`, /^Line 2, column 3: SET statement_timeout would change a limit/],
      [`SET lock_timeout TO DEFAULT;\nUPDATE ${table} SET n = 0;`, /^Line 1, column 1: SET lock_timeout would change a limit/],
      [`UPDATE ${table} SET n = 0;\nRESET ALL;`, /^Line 2, column 1: RESET ALL would reset every session setting/],
      [`SET ROLE postgres;\nUPDATE ${table} SET n = 0;`, /^Line 1, column 1: SET ROLE would change the role/],
      [`SET SESSION AUTHORIZATION postgres;`, /SET SESSION AUTHORIZATION would change the role/],
      [`SET search_path = other;`, /SET search_path would change how names resolve/],
      [`SELECT set_config('statement_timeout', '0', false);`, /set_config\('statement_timeout', …\) would change statement_timeout/],
      [`SET idle_in_transaction_session_timeout = 0;`, /SET idle_in_transaction_session_timeout would change a limit/],
    ];
    for (const [sql, message] of cases) {
      const run = await execute(sqlStep(sql));
      expect(run.status, sql).toBe("FAILED");
      expect(run.errorMessage, sql).toMatch(message);
      expect(run.output).toContain("Nothing was sent to the target.");
    }
    // a check cannot lift them either
    const check = await execute({ ...sqlStep("SET statement_timeout = 0; SELECT 1 AS n"), kind: "QUERY_CHECK", expectation: { type: "scalar_equals", value: 1 } });
    expect(check.status).toBe("FAILED");
    expect(check.errorMessage).toMatch(/SET statement_timeout would change a limit/);
    expect(await ns(table)).toEqual([5]);
  });

  it("allows SET LOCAL search_path and other settings, and reports the limits read back from the server", async () => {
    const table = await tableWith([5]);
    const run = await execute(sqlStep(`SET LOCAL search_path = public; SET LOCAL work_mem = '8MB'; UPDATE ${table} SET n = 6;`, { statementTimeoutMs: 1500, lockTimeoutMs: 250 }));
    expect(run.status).toBe("SUCCEEDED");
    expect(run.output).toMatch(/^3 statements in one transaction \(statement_timeout 1500ms, lock_timeout 250ms, as \w+\)\n/);
    expect(run.result).toMatchObject({ limitsInForce: { statementTimeout: "1500ms", lockTimeout: "250ms" } });
    expect(await ns(table)).toEqual([6]);
  });

  it("rolls back a script that changed a limit where the parser cannot see it (a DO block)", async () => {
    const table = await tableWith([5]);
    const run = await execute(sqlStep(`UPDATE ${table} SET n = 0;\nDO $$ BEGIN PERFORM set_config('lock_timeout', '0', true); END $$;`, { lockTimeoutMs: 250 }));
    expect(run.status).toBe("FAILED");
    expect(run.errorMessage).toMatch(/changed the step's limits while it ran \(lock_timeout 250ms → 0\).*rolled the transaction back: nothing was committed/);
    expect(await ns(table)).toEqual([5]);
  });

  it("refuses a target that is Phaseline's own database", async () => {
    const run = await execute(sqlStep("SELECT 1"), { targetUrl: process.env.DATABASE_URL! });
    expect(run).toMatchObject({ status: "FAILED", errorMessage: APP_DATABASE_MESSAGE });
  });

  it.skipIf(!isRealServer())("refuses it at run time under another spelling of its host, and as a role without privileges", async () => {
    const own = new URL(process.env.DATABASE_URL!);
    own.hostname = own.hostname === "localhost" ? "127.0.0.1" : "localhost";
    const run = await execute(sqlStep("SELECT 1"), { targetUrl: own.toString() });
    expect(run).toMatchObject({ status: "FAILED", errorMessage: APP_DATABASE_MESSAGE });
    // a login role with no rights still reads the system identifier (pg_control_system is PUBLIC's)
    const role = `guard_${uniqueSuffix()}`;
    await onTarget(`CREATE ROLE ${role} LOGIN`);
    try {
      own.username = role;
      expect(await execute(sqlStep("SELECT 1"), { targetUrl: own.toString() })).toMatchObject({ status: "FAILED", errorMessage: APP_DATABASE_MESSAGE });
    } finally {
      await onTarget(`DROP ROLE ${role}`);
    }
  });

  it.skipIf(!isRealServer())("on a stop, cancels the statement from a second connection and confirms its session ended before reporting", async () => {
    const table = await tableWith([5]);
    const applicationName = `phaseline:stop-${uniqueSuffix()}`;
    const controller = new AbortController();
    const running = execute(sqlStep(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE;\nSELECT pg_sleep(30);`, { statementTimeoutMs: 60_000 }), {
      signal: controller.signal,
      applicationName,
    });
    // stop once the script sleeps holding its lock
    for (let i = 0; i < 100; i++) {
      const sleeping = await onTarget("SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND state = 'active' AND query LIKE '%pg_sleep%'", [applicationName]);
      if (sleeping.length) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    controller.abort();
    const run = await running;
    expect(run.status).toBe("FAILED");
    expect(run.errorMessage).toMatch(/cancelled the statement on the server \(pg_cancel_backend\) and confirmed its session ended/);
    // reported ended: the session is gone and its lock with it
    expect(await onTarget("SELECT pid FROM pg_stat_activity WHERE application_name = $1", [applicationName])).toEqual([]);
    expect(await onTarget("SELECT count(*)::int AS locks FROM pg_locks WHERE relation = $1::regclass", [table])).toEqual([{ locks: 0 }]);
  });
});

describe("steps outside a transaction", () => {
  it("commits each statement on its own, and stops at the first failure saying which committed", async () => {
    const table = await tableWith([1, 2]);
    const ok = await execute(sqlStep(`UPDATE ${table} SET n = 10 WHERE id = 1;\nUPDATE ${table} SET n = 20 WHERE id = 2;`, { outsideTransaction: true }));
    expect(ok).toMatchObject({ status: "SUCCEEDED", summary: "2 statements committed one by one, outside a transaction" });
    expect(ok.output).toMatch(/each on its own outside a transaction \(autocommit\)/);
    expect(ok.output).toMatch(/\[1\/2\] UPDATE — 1 row — committed/);

    const failed = await execute(
      sqlStep(`UPDATE ${table} SET n = 11 WHERE id = 1;\nUPDATE ${table} SET n = 1 / 0 WHERE id = 2;\nUPDATE ${table} SET n = 0;`, { outsideTransaction: true }),
    );
    expect(failed.status).toBe("FAILED");
    expect(failed.errorMessage).toMatch(
      /^Line 2, column \d+: division by zero Statement 2 of 3 failed and the step stopped there\. Committed before it: 1 \(UPDATE\); they stay committed\./,
    );
    expect(failed.result).toMatchObject({ failedStatement: 2, isCommitted: true, committed: [{ statement: 1, kind: "UPDATE" }] });
    expect(await ns(table)).toEqual([11, 20]);
  });

  it("refuses transaction control in a step outside a transaction", async () => {
    const run = await execute(sqlStep("BEGIN;\nSELECT 1;", { outsideTransaction: true }));
    expect(run.errorMessage).toMatch(/^Line 1, column 1: BEGIN is not allowed here: this step runs each statement on its own, outside a transaction/);
  });

  it("rehearses without executing: parse, lint and EXPLAIN, said plainly", async () => {
    const table = await tableWith([1]);
    const run = await execute(sqlStep(`UPDATE ${table} SET n = 2;\nCREATE INDEX CONCURRENTLY ${table}_n ON ${table} (n);`, { outsideTransaction: true }), { mode: "REHEARSAL" });
    expect(run.status).toBe("SUCCEEDED");
    expect(run.summary).toBe("not executed (outside a transaction): 2 statements parsed and linted, 1 explained");
    expect(run.output).toMatch(/^Rehearsal: NOT EXECUTED\./);
    expect(run.output).toMatch(/\[1\/2\] UPDATE: EXPLAIN\n {4}Update on/);
    expect(run.output).toMatch(/lint danger \(update-without-where, line 1\)/);
    expect(run.result).toMatchObject({ isExecuted: false, isCommitted: false });
    expect(await ns(table)).toEqual([1]);
    expect(await onTarget("SELECT 1 FROM pg_class WHERE relname = $1", [`${table}_n`])).toEqual([]);
  });

  it.skipIf(!isRealServer())("builds an index CONCURRENTLY on a 100k-row table while another session writes, and checks it is valid", async () => {
    const table = `guard_big_${uniqueSuffix()}`;
    await onTarget(
      `CREATE TABLE ${table} (id bigserial PRIMARY KEY, depot_id int NOT NULL); INSERT INTO ${table} (depot_id) SELECT i % 500 FROM generate_series(1, 100000) i; ANALYZE ${table}`,
    );
    const writer = new pg.Client({ connectionString: targetUrl() });
    await writer.connect();
    let isBuilding = true;
    let slowest = 0;
    let writes = 0;
    const writing = (async () => {
      while (isBuilding) {
        const started = performance.now();
        await writer.query(`INSERT INTO ${table} (depot_id) VALUES (7)`);
        slowest = Math.max(slowest, performance.now() - started);
        writes++;
      }
    })();
    try {
      const run = await execute(sqlStep(`CREATE INDEX CONCURRENTLY ${table}_depot_idx ON ${table} (depot_id);`, { outsideTransaction: true, statementTimeoutMs: 60_000 }));
      isBuilding = false;
      await writing;
      expect(run.status).toBe("SUCCEEDED");
      expect(run.output).toMatch(/Checked: every index of "guard_big_\w+" is valid \(pg_index.indisvalid\)/);
      expect(await onTarget("SELECT indisvalid FROM pg_index WHERE indexrelid = $1::regclass", [`${table}_depot_idx`])).toEqual([{ indisvalid: true }]);
      // the writer was never blocked for the build's duration
      expect(writes).toBeGreaterThan(5);
      expect(slowest).toBeLessThan(1000);
    } finally {
      isBuilding = false;
      await writing.catch(() => {});
      await writer.end();
    }
  });

  it.skipIf(!isRealServer())("fails naming the INVALID index a failed concurrent build left (a duplicate key), and again when IF NOT EXISTS skips it", async () => {
    const table = await tableWith([1, 1, 2]);
    const index = `${table}_n_key`;
    const run = await execute(sqlStep(`SELECT 1;\nCREATE UNIQUE INDEX CONCURRENTLY ${index} ON ${table} (n);`, { outsideTransaction: true }));
    expect(run.status).toBe("FAILED");
    expect(run.result).toMatchObject({ error: { code: "23505" }, failedStatement: 2, invalidIndexes: [`public.${index}`] });
    expect(run.errorMessage).toContain(`an INVALID index: public.${index}`);
    expect(run.errorMessage).toContain("Committed before it: 1 (SELECT)");

    const again = await execute(sqlStep(`CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ${index} ON ${table} (n);`, { outsideTransaction: true }));
    expect(again.status).toBe("FAILED");
    expect(again.errorMessage).toMatch(new RegExp(`^The concurrent build left an INVALID index: public\\.${index} .*DROP INDEX CONCURRENTLY public\\.${index}`));
  });
});

describe("lock-timeout retries", () => {
  it("waits 1 s, 2 s, 4 s, each ± 20 %", () => {
    expect([1, 2, 3].map((n) => lockRetryDelay(n, () => 0.5))).toEqual([1000, 2000, 4000]);
    expect(lockRetryDelay(1, () => 0)).toBe(800);
    expect(lockRetryDelay(3, () => 1)).toBe(4800);
  });

  it.skipIf(!isRealServer())("retries a lock timeout by policy: a lock released after the second try lets the third succeed, with 2 retries recorded", async () => {
    const table = await tableWith([5]);
    const holder = new pg.Client({ connectionString: targetUrl() });
    await holder.connect();
    await holder.query(`BEGIN; LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    // try 1 ends by ~0.3 s, try 2 by ~1.7 s; try 3 starts after at least 0.2 + 0.8 + 0.2 + 1.6 s
    const release = setTimeout(() => void holder.query("ROLLBACK"), 2200);
    try {
      const run = await execute(sqlStep(`UPDATE ${table} SET n = 6;`, { lockTimeoutMs: 200 }));
      expect(run.status).toBe("SUCCEEDED");
      expect(run.summary).toBe("1 statement, 1 row affected, committed, after 2 lock-timeout retries");
      expect(run.result).toMatchObject({ lockRetries: [{ try: 1 }, { try: 2 }] });
      const retries = (run.result as { lockRetries: { waitMs: number }[] }).lockRetries;
      expect(retries[0]!.waitMs).toBeGreaterThanOrEqual(800);
      expect(retries[1]!.waitMs).toBeGreaterThanOrEqual(1600);
      expect(run.output).toMatch(/Lock not available on try 1 of 4 \(retry 1 of 3\): waiting \d\.\d s/);
      expect(await ns(table)).toEqual([6]);
    } finally {
      clearTimeout(release);
      await holder.end();
    }
  });

  it.skipIf(!isRealServer())("does not retry when the step allows none", async () => {
    const table = await tableWith([5]);
    const holder = new pg.Client({ connectionString: targetUrl() });
    await holder.connect();
    await holder.query(`BEGIN; LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    try {
      const run = await execute(sqlStep(`UPDATE ${table} SET n = 6;`, { lockTimeoutMs: 200, lockRetries: 0 }));
      expect(run.status).toBe("FAILED");
      expect(run.result).not.toHaveProperty("lockRetries");
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
    }
  });
});
