// The step executors against a real target: the demo target database of the test run (embedded
// PGlite, or a throwaway database on the PostgreSQL server when TEST_DATABASE_URL is set), a local
// HTTP server and real child processes. Each test makes its own tables; the demo seed's tables
// (client_products…) in the same target are not touched.
//
// The embedded target answers one query at a time: a test never queries it while a step runs,
// except where the real server is required.
import http from "node:http";
import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRealServer, uniqueSuffix } from "@/lib/testing/db";
import { executeStepOnTarget, INTERNAL_FAILURE_MESSAGE, type TExecutableStep, type TExecutionContext, type TExecutionOutcome } from "./execute-step";
import { executableStep } from "@/lib/testing/executable-step";
import { COMMANDS_DISABLED_MESSAGE } from "./run-command";
import { isHostAllowed } from "./run-http-check";
import { describeSqlError } from "./sql-error";

const targetUrl = () => {
  const url = process.env.PHASELINE_DEMO_TARGET_URL;
  if (!url) throw new Error("PHASELINE_DEMO_TARGET_URL is not set by the global setup");
  return url;
};

const step = executableStep;

type TRun = TExecutionOutcome & { output: string };

/** Executes a step with a context that collects the streamed output. */
async function execute(s: TExecutableStep, over: Partial<TExecutionContext> = {}): Promise<TRun> {
  let output = "";
  const ctx: TExecutionContext = {
    targetUrl: targetUrl(),
    applicationName: "phaseline:executor-test",
    mode: "RUN",
    httpAllowList: [],
    isCommandsEnabled: true,
    baseline: null,
    onOutput: (chunk) => {
      output += chunk;
    },
    ...over,
  };
  const outcome = await executeStepOnTarget(s, ctx);
  // whatever happened, the outcome is stored as JSON
  expect(JSON.parse(JSON.stringify(outcome))).toEqual(outcome);
  return { ...outcome, output };
}

/** A query on the target from a connection of the test's own, closed afterwards. */
async function onTarget<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: targetUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A table of (id int primary key, n numeric) with the given rows. */
async function tableWith(rows: [number, string | null][]): Promise<string> {
  const name = `exec_${uniqueSuffix()}`;
  await onTarget(`CREATE TABLE ${name} (id int PRIMARY KEY, n numeric)`);
  for (const [id, n] of rows) await onTarget(`INSERT INTO ${name} VALUES ($1, $2)`, [id, n]);
  return name;
}

const rowsOf = (table: string) => onTarget<{ id: number; n: string | null }>(`SELECT id, n FROM ${table} ORDER BY id`);

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// ---------------------------------------------------------------------------------------------

describe("SQL steps", () => {
  const script = (table: string) => `INSERT INTO ${table} VALUES (1, 1.50), (2, 2);
UPDATE ${table} SET n = n + 1 WHERE id = 1;
DO $$ BEGIN RAISE NOTICE 'checked % rows', (SELECT count(*) FROM ${table}); END $$;
SELECT id, n, timestamptz '2026-01-02 03:04:05+00' AS at, date '2026-01-02' AS day FROM ${table} ORDER BY id;`;

  it("runs the script in one transaction, commits, and reports rows affected, notices and result sets", async () => {
    const table = await tableWith([]);
    const run = await execute(step({ kind: "SQL", sql: script(table) }), { applicationName: "phaseline:deploy-test" });

    expect(run).toMatchObject({ status: "SUCCEEDED", errorMessage: null, summary: "4 statements, 3 rows affected, committed" });
    expect(run.result).toMatchObject({
      statements: 4,
      rowsAffected: 3,
      isCommitted: true,
      isRehearsal: false,
      notices: ["NOTICE:  checked 2 rows"],
      resultSets: [
        {
          command: "SELECT",
          columns: ["id", "n", "at", "day"],
          rows: [
            [1, "2.50", "2026-01-02T03:04:05.000Z", "2026-01-02"],
            [2, "2", "2026-01-02T03:04:05.000Z", "2026-01-02"],
          ],
          rowCount: 2,
          isTruncated: false,
        },
      ],
    });
    expect(run.result.durationMs).toEqual(expect.any(Number));
    expect(run.output).toContain("NOTICE:  checked 2 rows\n");
    expect(run.output).toContain("[1/4] INSERT — 2 rows\n");
    expect(run.output).toContain("[2/4] UPDATE — 1 row\n");
    expect(run.output).toContain("[3/4] DO\n");
    expect(run.output).toContain("COMMIT\n");
    expect(await rowsOf(table)).toEqual([
      { id: 1, n: "2.50" },
      { id: 2, n: "2" },
    ]);
  });

  it("keeps the first 200 rows of a large result set and counts the rest", async () => {
    const run = await execute(step({ kind: "SQL", sql: "SELECT g AS n FROM generate_series(1, 1000) g" }));
    expect(run.status).toBe("SUCCEEDED");
    const [set] = run.result.resultSets as { rows: unknown[][]; rowCount: number; isTruncated: boolean }[];
    expect(set?.rows).toHaveLength(200);
    expect(set).toMatchObject({ rowCount: 1000, isTruncated: true });
    expect(run.result.rowsAffected).toBe(0);
  });

  it("rehearses: the same transaction and output, then ROLLBACK, the table unchanged", async () => {
    const table = await tableWith([]);
    const rehearsal = await execute(step({ kind: "SQL", sql: script(table) }), { mode: "REHEARSAL" });
    expect(rehearsal).toMatchObject({ status: "SUCCEEDED", summary: "4 statements, 3 rows affected, rolled back (rehearsal)" });
    expect(rehearsal.result).toMatchObject({ isCommitted: false, isRehearsal: true, rowsAffected: 3 });
    expect(rehearsal.output).toContain("ROLLBACK: rehearsal, nothing was committed.\n");
    expect(await rowsOf(table)).toEqual([]);

    const real = await execute(step({ kind: "SQL", sql: script(table) }));
    // the same result but for the time, which only a rehearsal measures per statement (issue 11 item 6)
    const untimed = (stats: unknown) => (stats as Record<string, unknown>[]).map(({ durationMs: _, ...rest }) => rest);
    const comparable = (r: TRun) => ({
      ...r.result,
      durationMs: 0,
      isCommitted: null,
      isRehearsal: null,
      statementStats: untimed((r.result as { statementStats: unknown }).statementStats),
    });
    expect(comparable(rehearsal)).toEqual(comparable(real));
    const body = (output: string) => output.split("\n").filter((line) => /^(NOTICE|\[\d)/.test(line));
    expect(body(rehearsal.output)).toEqual(body(real.output));
    expect(await rowsOf(table)).toHaveLength(2);
  });

  it("refuses SQL that does not parse before connecting, with its line and column", async () => {
    const table = await tableWith([[1, "5"]]);
    const run = await execute(step({ kind: "SQL", sql: `UPDATE ${table} SET n = 0;\n  SELEC 1;` }));
    expect(run.status).toBe("FAILED");
    expect(run.result).toMatchObject({ isCommitted: false, statements: 0, error: { code: "42601", line: 2, column: 3 } });
    expect(run.errorMessage).toMatch(/^Line 2, column 3: syntax error at or near "SELEC"/);
    expect(run.output).toContain("Nothing was sent to the target.");
    expect(await rowsOf(table)).toEqual([{ id: 1, n: "5" }]);
  });

  it("undoes the first statement's change when the second one fails, and locates the failure", async () => {
    const table = await tableWith([[1, "5"]]);
    const run = await execute(step({ kind: "SQL", sql: `UPDATE ${table} SET n = 0;\nINSERT INTO ${table} VALUES (2, 'abc');` }));
    expect(run.status).toBe("FAILED");
    expect(run.result).toMatchObject({
      isCommitted: false,
      statements: 2,
      failedStatement: 2,
      error: { code: "22P02", line: 2, column: expect.any(Number), message: expect.stringContaining('invalid input syntax for type numeric: "abc"') },
    });
    expect(run.errorMessage).toMatch(/^Line 2, column \d+: invalid input syntax/);
    expect(run.output).toContain("Rolled back: nothing was committed.");
    expect(await rowsOf(table)).toEqual([{ id: 1, n: "5" }]);
  });

  it("reports the server's detail and hint", async () => {
    const table = await tableWith([[1, "5"]]);
    const run = await execute(step({ kind: "SQL", sql: `INSERT INTO ${table} VALUES (1, 6)` }));
    expect(run.result).toMatchObject({ error: { code: "23505", detail: expect.stringContaining("(id)=(1) already exists") } });
    const hinted = await execute(step({ kind: "SQL", sql: "SELECT no_such_function_xyz(1)" }));
    expect(hinted.result).toMatchObject({ error: { code: "42883", line: 1, column: 8, hint: expect.stringMatching(/No function matches/) } });
  });

  it("refuses transaction control in the script before connecting", async () => {
    const table = await tableWith([[1, "5"]]);
    const begin = await execute(step({ kind: "SQL", sql: `BEGIN;\nUPDATE ${table} SET n = 0;\nCOMMIT;` }));
    expect(begin.status).toBe("FAILED");
    expect(begin.errorMessage).toMatch(/^Line 1, column 1: BEGIN is not allowed here: Phaseline runs a SQL step in one transaction/);
    const savepoint = await execute(step({ kind: "SQL", sql: `UPDATE ${table} SET n = 0;\nSAVEPOINT a;` }));
    expect(savepoint.errorMessage).toMatch(/^Line 2, column 1: SAVEPOINT is not allowed here/);
    const commit = await execute(step({ kind: "SQL", sql: `UPDATE ${table} SET n = 0; COMMIT` }), { mode: "REHEARSAL" });
    expect(commit.errorMessage).toMatch(/COMMIT is not allowed here/);
    expect(await rowsOf(table)).toEqual([{ id: 1, n: "5" }]);
  });

  it("stops a statement that runs past its statement timeout (57014)", async () => {
    const started = performance.now();
    const run = await execute(step({ kind: "SQL", sql: "SELECT pg_sleep(2)", statementTimeoutMs: 200 }));
    expect(run.status).toBe("FAILED");
    expect(run.result).toMatchObject({ isCommitted: false, error: { code: "57014" } });
    expect(run.errorMessage).toMatch(/^Statement timeout: a statement ran longer than 200 ms and was cancelled\./);
    // the server stops it at 200 ms; a target that does not (PGlite) is cut off by Phaseline, after
    // a second connection failed to cancel it (PGlite answers one query at a time)
    expect(performance.now() - started).toBeLessThan(isRealServer() ? 1500 : 4500);
  });

  it.skipIf(!isRealServer())("stops a statement that waits past its lock timeout (55P03)", async () => {
    const table = await tableWith([[1, "5"]]);
    const holder = new pg.Client({ connectionString: targetUrl() });
    await holder.connect();
    try {
      await holder.query(`BEGIN; LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
      const started = performance.now();
      const run = await execute(step({ kind: "SQL", sql: `ALTER TABLE ${table} ADD COLUMN y int`, lockTimeoutMs: 200, lockRetries: 0 }));
      expect(performance.now() - started).toBeLessThan(3000);
      expect(run.status).toBe("FAILED");
      expect(run.result).toMatchObject({ error: { code: "55P03" } });
      expect(run.errorMessage).toBe("Lock timeout: a statement waited longer than 200 ms for a lock that another session holds, and was cancelled.");
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
    }
    const columns = await onTarget(`SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`, [table]);
    expect(columns.map((c) => c.column_name)).toEqual(["id", "n"]);
  });

  it.skipIf(!isRealServer())("names the session with the deployment's application_name", async () => {
    const applicationName = `phaseline:app-${uniqueSuffix()}`;
    const running = execute(step({ kind: "SQL", sql: "SELECT pg_sleep(1.5)" }), { applicationName });
    let sessions: { query: string }[] = [];
    for (let i = 0; i < 20 && sessions.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      sessions = await onTarget<{ query: string }>("SELECT query FROM pg_stat_activity WHERE application_name = $1", [applicationName]);
    }
    expect(sessions).toHaveLength(1);
    expect((await running).status).toBe("SUCCEEDED");
  });

  it("stops when the signal aborts, without committing", async () => {
    const table = await tableWith([[1, "5"]]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const run = await execute(step({ kind: "SQL", sql: `UPDATE ${table} SET n = 0; SELECT pg_sleep(1.5);` }), { signal: controller.signal });
    expect(run.status).toBe("FAILED");
    expect(run.errorMessage).toMatch(/^The run was stopped before it finished; nothing was committed\. /);
    // a real server is asked to cancel from a second connection; PGlite cannot answer one
    expect(run.errorMessage).toMatch(isRealServer() ? /pg_cancel_backend/ : /could not confirm/);
    expect(await rowsOf(table)).toEqual([{ id: 1, n: "5" }]);
  });

  it("fails without a target", async () => {
    const run = await execute(step({ kind: "SQL", sql: "SELECT 1" }), { targetUrl: null });
    expect(run).toMatchObject({ status: "FAILED", errorMessage: expect.stringMatching(/no target database/) });
  });

  it("never repeats the target URL or its password when the target cannot be reached", async () => {
    const url = `postgresql://phaseline:s3cret-pw@127.0.0.1:${await closedPort()}/nowhere`;
    for (const kind of ["SQL", "QUERY_CHECK", "BASELINE_CAPTURE"] as const) {
      const run = await execute(step({ kind, sql: "SELECT 1 AS one", expectation: { type: "scalar_equals", value: 1 }, baselineName: "b" }), { targetUrl: url });
      expect(run.status).toBe("FAILED");
      expect(run.errorMessage).toBe("The target database refused the connection: nothing is listening at its host and port, or a firewall refuses it.");
      const everything = JSON.stringify(run);
      expect(everything).not.toContain("s3cret-pw");
      expect(everything).not.toContain(url);
    }
  });

  it("replaces a driver error without SQLSTATE by a fixed sentence", () => {
    const limits = { statementTimeoutMs: 1000, lockTimeoutMs: 1000 };
    const leaky = new Error("getaddrinfo failed for postgresql://u:s3cret-pw@db.internal/app");
    expect(JSON.stringify(describeSqlError(leaky, { ...limits, stage: "connect" }))).not.toContain("s3cret-pw");
    expect(describeSqlError(Object.assign(new Error("read EPIPE s3cret-pw"), { code: "EPIPE" }), limits)).toEqual({
      code: "EPIPE",
      message: "The connection to the target database was lost.",
    });
    expect(describeSqlError(new Error("Connection terminated due to connection timeout"), { ...limits, stage: "connect" }).message).toBe(
      "Could not connect to the target database within 10 s.",
    );
    expect(describeSqlError("s3cret-pw", limits)).toEqual({ code: null, message: "The target database could not be reached or answered unexpectedly." });
  });
});

// ---------------------------------------------------------------------------------------------

describe("QUERY_CHECK steps", () => {
  let table = "";
  beforeAll(async () => {
    table = await tableWith([
      [1, "10.50"],
      [2, "20"],
      [3, null],
    ]);
  });

  const check = (sql: string, expectation: unknown, over: Partial<TExecutionContext> = {}) => execute(step({ kind: "QUERY_CHECK", sql, expectation }), over);

  it("scalar_equals: passes and fails with the observed value (bigint as its exact text)", async () => {
    const pass = await check(`SELECT count(*) FROM ${table}`, { type: "scalar_equals", value: 3 });
    expect(pass).toMatchObject({ status: "SUCCEEDED", errorMessage: null, summary: "passed: Observed 3; expected 3." });
    expect(pass.result).toMatchObject({ passed: true, observed: "3", rowCount: 1, expectation: { type: "scalar_equals", value: 3 }, message: "Observed 3; expected 3." });
    const fail = await check(`SELECT count(*) FROM ${table}`, { type: "scalar_equals", value: 4 });
    expect(fail).toMatchObject({ status: "FAILED", errorMessage: "Observed 3; expected 4.", result: { passed: false, observed: "3" } });
    expect(fail.output).toContain("Observed 3; expected 4. Failed.");
  });

  it("scalar_at_most compares numeric text as a number", async () => {
    expect((await check(`SELECT sum(n) FROM ${table}`, { type: "scalar_at_most", value: 30.5 })).result).toMatchObject({ passed: true, observed: "30.50" });
    expect((await check(`SELECT sum(n) FROM ${table}`, { type: "scalar_at_most", value: 30 })).status).toBe("FAILED");
  });

  it("scalar_between", async () => {
    expect((await check(`SELECT max(n) FROM ${table}`, { type: "scalar_between", min: 20, max: 21 })).status).toBe("SUCCEEDED");
    const out = await check(`SELECT max(n) FROM ${table}`, { type: "scalar_between", min: 0, max: 19.99 });
    expect(out).toMatchObject({ status: "FAILED", errorMessage: "Observed 20; expected between 0 and 19.99." });
  });

  it("row_count_equals, with a sample of the rows", async () => {
    expect((await check(`SELECT * FROM ${table} WHERE n IS NULL`, { type: "row_count_equals", value: 1 })).status).toBe("SUCCEEDED");
    const fail = await check(`SELECT id, n FROM ${table} WHERE n IS NOT NULL ORDER BY id`, { type: "row_count_equals", value: 0 });
    expect(fail).toMatchObject({ status: "FAILED", errorMessage: "The query returned 2 rows; expected 0 rows." });
    expect(fail.result).toMatchObject({
      rowCount: 2,
      columns: ["id", "n"],
      rows: [
        [1, "10.50"],
        [2, "20"],
      ],
      isTruncated: false,
    });
  });

  it("no rows and NULL fail with a sentence", async () => {
    expect((await check(`SELECT n FROM ${table} WHERE false`, { type: "scalar_equals", value: 0 })).errorMessage).toBe("The query returned no rows: expected one value.");
    expect((await check(`SELECT n FROM ${table} WHERE id = 3`, { type: "scalar_equals", value: 0 })).errorMessage).toBe("The query returned NULL: expected a number (0).");
  });

  it("never changes the target: writes fail, switching to READ WRITE fails, COMMIT is refused", async () => {
    const insert = await check(`INSERT INTO ${table} VALUES (9, 9) RETURNING id`, { type: "row_count_equals", value: 1 });
    expect(insert.result).toMatchObject({ passed: false, error: { code: "25006" } });
    const sneaky = await check(`SET TRANSACTION READ WRITE; INSERT INTO ${table} VALUES (9, 9) RETURNING id`, { type: "row_count_equals", value: 1 });
    expect(sneaky.result).toMatchObject({ passed: false, error: { code: "25001" } });
    const escape = await check(`COMMIT; DELETE FROM ${table} RETURNING id`, { type: "row_count_equals", value: 3 });
    expect(escape.errorMessage).toMatch(/COMMIT is not allowed here: Phaseline runs a check in one transaction and rolls it back itself/);
    const rehearsal = await check(`SELECT count(*) FROM ${table}`, { type: "scalar_equals", value: 3 }, { mode: "REHEARSAL" });
    expect(rehearsal.status).toBe("SUCCEEDED");
    expect(await rowsOf(table)).toHaveLength(3);
  });

  it("fails on an invalid expectation before running anything", async () => {
    const run = await check("SELECT 1", { type: "scalar_between", min: 5, max: 1 });
    expect(run).toMatchObject({
      status: "FAILED",
      errorMessage: "The step's expectation is not valid (The maximum must not be below the minimum.): edit the step in the runbook.",
    });
  });

  it("runs under the statement timeout like a script", async () => {
    const run = await execute(step({ kind: "QUERY_CHECK", sql: "SELECT 1 FROM pg_sleep(2)", statementTimeoutMs: 200, expectation: { type: "scalar_equals", value: 1 } }));
    expect(run.result).toMatchObject({ passed: false, error: { code: "57014" } });
  });
});

// ---------------------------------------------------------------------------------------------

describe("BASELINE_CAPTURE and BASELINE_COMPARE steps", () => {
  let table = "";
  const query = () => `SELECT id, n AS total, 'active' AS status FROM ${table} ORDER BY id`;
  const capture = () => execute(step({ kind: "BASELINE_CAPTURE", sql: query(), baselineName: "product_revenue" }));
  const compare = (baseline: TExecutionContext["baseline"], tolerances: unknown = {}) =>
    execute(step({ kind: "BASELINE_COMPARE", sql: query(), baselineName: "product_revenue", baselineKeyColumns: ["id"], tolerances }), { baseline });

  beforeAll(async () => {
    table = await tableWith([
      [1, "100.00"],
      [2, "200.00"],
      [3, null],
    ]);
  });

  it("captures, compares equal, then lists the mismatch after an UPDATE", async () => {
    const captured = await capture();
    expect(captured).toMatchObject({ status: "SUCCEEDED", summary: 'captured 3 rows as baseline "product_revenue"' });
    expect(captured.result).toMatchObject({ baselineName: "product_revenue", rowCount: 3, columns: ["id", "total", "status"] });
    expect(captured.capturedBaseline).toEqual({
      columns: ["id", "total", "status"],
      rows: [
        { id: 1, total: "100.00", status: "active" },
        { id: 2, total: "200.00", status: "active" },
        { id: 3, total: null, status: "active" },
      ],
      rowCount: 3,
    });
    // as the worker stores it: JSON in the app's database
    const stored = JSON.parse(JSON.stringify(captured.capturedBaseline)) as { columns: string[]; rows: Record<string, unknown>[] };

    const same = await compare(stored);
    expect(same).toMatchObject({ status: "SUCCEEDED", errorMessage: null });
    expect(same.result).toMatchObject({ passed: true, comparedRows: 3, mismatchCount: 0, baselineName: "product_revenue", keyColumns: ["id"], tolerances: {} });
    expect(same.output).toContain('3 rows compared with baseline "product_revenue" by id: 0 mismatches');

    await onTarget(`UPDATE ${table} SET n = n + 0.005 WHERE id = 1`);
    expect((await compare(stored, { total: 0.01 })).status).toBe("SUCCEEDED");

    await onTarget(`UPDATE ${table} SET n = 250 WHERE id = 2`);
    const differs = await compare(stored, { total: 0.01 });
    expect(differs.status).toBe("FAILED");
    expect(differs.result).toMatchObject({
      passed: false,
      comparedRows: 3,
      mismatchCount: 1,
      mismatches: [{ key: { id: 2 }, column: "total", baseline: "200.00", current: "250", difference: 50 }],
      missingKeys: [],
      extraKeys: [],
      missingColumns: [],
      tolerances: { total: 0.01 },
    });
    expect(differs.output).toContain('3 rows compared with baseline "product_revenue" by id: 1 mismatch\n');
    expect(differs.output).toContain("id=2  total: baseline 200.00, now 250 (difference 50)");
    expect(differs.errorMessage).toBe('Baseline "product_revenue": 3 rows compared by id: 1 mismatch in 1 row.');
  });

  it("reports missing and extra keys and a missing column", async () => {
    const baseline = {
      columns: ["id", "total", "status", "fixed_cost"],
      rows: [
        { id: 1, total: "100.005", status: "active", fixed_cost: "1" },
        { id: 99, total: "1", status: "active", fixed_cost: "1" },
      ],
    };
    const run = await compare(baseline);
    expect(run.result).toMatchObject({ passed: false, missingKeys: [{ id: 99 }], extraKeyCount: 2, missingColumns: ["fixed_cost"] });
    expect(run.output).toContain("missing: id=99");
  });

  it("fails without a captured baseline", async () => {
    const run = await compare(null);
    expect(run).toMatchObject({ status: "FAILED", errorMessage: 'No baseline named "product_revenue" was captured in this deployment: run its BASELINE_CAPTURE step first.' });
  });

  it("refuses more than 20,000 rows", async () => {
    const run = await execute(step({ kind: "BASELINE_CAPTURE", sql: "SELECT g AS id FROM generate_series(1, 20001) g", baselineName: "big" }));
    expect(run.status).toBe("FAILED");
    expect(run.errorMessage).toMatch(/^The query returned more than 20,000 rows; a baseline holds at most 20,000\./);
    expect(run.capturedBaseline).toBeUndefined();
    const exactly = await execute(step({ kind: "BASELINE_CAPTURE", sql: "SELECT g AS id FROM generate_series(1, 20000) g", baselineName: "big" }));
    expect(exactly.capturedBaseline?.rowCount).toBe(20_000);
  });

  it("refuses two columns with one name", async () => {
    const run = await execute(step({ kind: "BASELINE_CAPTURE", sql: "SELECT 1 AS id, 2 AS id", baselineName: "dup" }));
    expect(run.errorMessage).toMatch(/several columns named "id"/);
  });

  it("runs read-only", async () => {
    const run = await execute(step({ kind: "BASELINE_CAPTURE", sql: `DELETE FROM ${table} RETURNING id`, baselineName: "x" }));
    expect(run.result).toMatchObject({ error: { code: "25006" } });
    expect(await rowsOf(table)).toHaveLength(3);
  });
});

// ---------------------------------------------------------------------------------------------

describe("HTTP_CHECK steps", () => {
  let server: http.Server;
  let port = 0;
  let requests: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(req.url ?? "");
      if (req.url === "/ok") res.writeHead(200, { "content-type": "text/plain" }).end("status: healthy");
      else if (req.url === "/down") res.writeHead(503).end("maintenance");
      else if (req.url === "/moved") res.writeHead(302, { location: "/ok" }).end();
      else if (req.url === "/big") res.writeHead(200).end(`${"x".repeat(200 * 1024)}needle`);
      else if (req.url === "/slow") setTimeout(() => res.writeHead(200).end("late"), 3000);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const check = (path: string, over: Partial<TExecutableStep> = {}, allow = [`127.0.0.1:${port}`]) =>
    execute(step({ kind: "HTTP_CHECK", httpUrl: `http://127.0.0.1:${port}${path}`, httpExpectStatus: 200, timeoutMs: 5000, ...over }), { httpAllowList: allow });

  it("passes on the expected status from an allowed host:port", async () => {
    const run = await check("/ok");
    expect(run).toMatchObject({ status: "SUCCEEDED", errorMessage: null });
    expect(run.result).toMatchObject({ status: 200, expectedStatus: 200, bodyExcerpt: "status: healthy", isTimedOut: false, durationMs: expect.any(Number) });
    expect((await check("/ok", {}, ["LOCALHOST", `127.0.0.1:${port}`.toUpperCase()])).status).toBe("SUCCEEDED");
  });

  it("fails on another status", async () => {
    const run = await check("/down");
    expect(run).toMatchObject({ status: "FAILED", errorMessage: "Expected status 200, got 503.", result: { status: 503, bodyExcerpt: "maintenance" } });
    expect((await check("/down", { httpExpectStatus: 503 })).status).toBe("SUCCEEDED");
  });

  it("checks the body for a substring", async () => {
    expect((await check("/ok", { httpBodyContains: "healthy" })).result).toMatchObject({ bodyContains: "healthy", isBodyMatched: true });
    const run = await check("/ok", { httpBodyContains: "degraded" });
    expect(run).toMatchObject({ status: "FAILED", errorMessage: 'The body does not contain "degraded".', result: { isBodyMatched: false } });
  });

  it("reads at most 64 kB of the body", async () => {
    const run = await check("/big", { httpBodyContains: "needle" });
    expect(run.result).toMatchObject({ status: 200, isBodyMatched: false, isBodyTruncated: true });
    expect(run.errorMessage).toBe('The body\'s first 64 kB do not contain "needle".');
    expect((run.result.bodyExcerpt as string).length).toBe(500);
  });

  it("reports a redirect without following it", async () => {
    requests = [];
    const run = await check("/moved");
    expect(run).toMatchObject({ status: "FAILED", result: { status: 302, redirectLocation: "/ok" } });
    expect(run.errorMessage).toMatch(/^Expected status 200, got 302 \(a redirect to \/ok, not followed\)/);
    expect(requests).toEqual(["/moved"]);
  });

  it("refuses a host that is not on the allow-list, without a request", async () => {
    requests = [];
    for (const allow of [[], ["example.com"], ["127.0.0.2"]]) {
      const run = await check("/ok", {}, allow);
      expect(run).toMatchObject({ status: "FAILED", result: { status: null, refusedBy: "host_not_listed" } });
      expect(run.errorMessage).toMatch(new RegExp(`^The host 127\\.0\\.0\\.1:${port} is not on this environment's HTTP allow-list`));
    }
    expect(requests).toEqual([]);
  });

  it("refuses a port that is not on the allow-list: a host without a port allows 80 and 443 only", async () => {
    requests = [];
    for (const allow of [["127.0.0.1"], ["127.0.0.1:1"], [`localhost:${port}`]]) {
      const run = await check("/ok", {}, allow);
      expect(run.status).toBe("FAILED");
      expect(run.result).toMatchObject({ status: null, refusedBy: allow[0]!.startsWith("localhost") ? "host_not_listed" : "port_not_listed" });
    }
    const run = await check("/ok", {}, ["127.0.0.1"]);
    expect(run.errorMessage).toBe(
      `Port ${port} of 127.0.0.1 is not on this environment's HTTP allow-list (it allows ports 80 and 443 of this host): an administrator can add 127.0.0.1:${port} under Admin → Environments.`,
    );
    expect(requests).toEqual([]);
  });

  it("refuses an allow-listed name that resolves to loopback, without a request", async () => {
    requests = [];
    const resolved: string[] = [];
    // a name on the allow-list whose DNS answer points inward: the resolver is the injected one
    const inward = (address: string) => async (hostname: string) => {
      resolved.push(hostname);
      return [address];
    };
    for (const address of ["127.0.0.1", "::ffff:127.0.0.1", "10.0.0.8", "169.254.169.254"]) {
      const run = await execute(step({ kind: "HTTP_CHECK", httpUrl: `http://status.example.test:${port}/ok`, httpExpectStatus: 200, timeoutMs: 5000 }), {
        httpAllowList: [`status.example.test:${port}`],
        resolveHost: inward(address),
      });
      expect(run).toMatchObject({ status: "FAILED", result: { status: null, refusedBy: "address_not_public", address } });
      expect(run.errorMessage).toMatch(
        /^status\.example\.test resolves to .+: HTTP checks reach loopback, link-local and private addresses only when an administrator allow-lists that address itself/,
      );
    }
    expect(resolved).toEqual(["status.example.test", "status.example.test", "status.example.test", "status.example.test"]);
    // "localhost" resolves to a loopback address on this machine, through the system resolver
    const local = await execute(step({ kind: "HTTP_CHECK", httpUrl: `http://localhost:${port}/ok`, httpExpectStatus: 200, timeoutMs: 5000 }), {
      httpAllowList: [`localhost:${port}`],
    });
    expect(local).toMatchObject({ status: "FAILED", result: { refusedBy: "address_not_public" } });
    expect(local.errorMessage).toMatch(new RegExp(`^localhost resolves to (127\\.0\\.0\\.1|::1), a loopback address: .* \\((127\\.0\\.0\\.1|\\[::1\\]):${port}\\)\\.$`));
    expect(local.output).not.toContain("status: healthy");
    expect(requests).toEqual([]);
  });

  it("connects to the address it checked, sending the name as Host", async () => {
    let hostHeader: string | undefined;
    const seen = http.createServer((req, res) => {
      hostHeader = req.headers.host;
      res.writeHead(200).end("pinned");
    });
    await new Promise<void>((resolve) => seen.listen(0, "127.0.0.1", resolve));
    const seenPort = (seen.address() as net.AddressInfo).port;
    let lookups = 0;
    try {
      // the admin listed both the name and the literal address: the name may reach it
      const run = await execute(
        step({ kind: "HTTP_CHECK", httpUrl: `http://status.example.test:${seenPort}/`, httpExpectStatus: 200, httpBodyContains: "pinned", timeoutMs: 5000 }),
        {
          httpAllowList: [`status.example.test:${seenPort}`, `127.0.0.1:${seenPort}`],
          resolveHost: async () => {
            lookups += 1;
            return ["127.0.0.1"];
          },
        },
      );
      expect(run).toMatchObject({ status: "SUCCEEDED", result: { status: 200, isBodyMatched: true } });
      expect(hostHeader).toBe(`status.example.test:${seenPort}`);
      expect(lookups).toBe(1);
    } finally {
      seen.closeAllConnections();
      await new Promise<void>((resolve) => seen.close(() => resolve()));
    }
  });

  it("times out", async () => {
    const started = performance.now();
    const run = await check("/slow", { timeoutMs: 200 });
    expect(run).toMatchObject({ status: "FAILED", result: { isTimedOut: true, status: null }, errorMessage: `No complete answer from 127.0.0.1:${port} within 200 ms.` });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("matches hosts exactly: a host entry allows ports 80 and 443, host:port that port only", () => {
    const allowed = (url: string, list: string[]) => isHostAllowed(new URL(url), list);
    expect(allowed("https://API.example.com/health", ["api.example.com"])).toBe(true);
    expect(allowed("https://api.example.com./health", ["api.example.com"])).toBe(true);
    expect(allowed("https://api.example.com/health", ["api.example.com:443"])).toBe(true);
    expect(allowed("http://api.example.com/health", ["api.example.com:443"])).toBe(false);
    expect(allowed("https://api.example.com:8443/", ["api.example.com:443"])).toBe(false);
    expect(allowed("https://api.example.com:8443/", ["api.example.com"])).toBe(false);
    expect(allowed("https://evil-api.example.com/", ["api.example.com"])).toBe(false);
    expect(allowed("https://api.example.com.evil.test/", ["api.example.com"])).toBe(false);
    expect(allowed("http://[::1]:8080/", ["::1"])).toBe(false);
    expect(allowed("http://[::1]:8080/", ["[::1]:8080"])).toBe(true);
    expect(allowed("http://[::1]:8081/", ["[::1]:8080"])).toBe(false);
  });

  it("fails on a refused connection", async () => {
    const closed = await closedPort();
    const run = await execute(step({ kind: "HTTP_CHECK", httpUrl: `http://127.0.0.1:${closed}/`, timeoutMs: 2000 }), { httpAllowList: [`127.0.0.1:${closed}`] });
    expect(run).toMatchObject({ status: "FAILED", errorMessage: `Could not reach 127.0.0.1:${closed}: connection refused (ECONNREFUSED).` });
  });
});

// ---------------------------------------------------------------------------------------------

describe("COMMAND steps", () => {
  const node = (script: string, over: Partial<TExecutableStep> = {}, ctx: Partial<TExecutionContext> = {}) =>
    execute(step({ kind: "COMMAND", commandArgv: [process.execPath, "-e", script], timeoutMs: 10_000, ...over }), ctx);

  it("is refused unless commands are enabled", async () => {
    const run = await node("console.log('hi')", {}, { isCommandsEnabled: false });
    expect(run).toMatchObject({ status: "FAILED", errorMessage: COMMANDS_DISABLED_MESSAGE, result: { exitCode: null } });
    expect(run.output).not.toContain("hi\n");
  });

  it("runs a program and streams its output", async () => {
    const run = await node("console.log('hi'); console.error('to stderr')");
    expect(run).toMatchObject({ status: "SUCCEEDED", errorMessage: null, summary: expect.stringMatching(/^exit code 0 in \d+ ms$/) });
    expect(run.result).toMatchObject({ exitCode: 0, signal: null, isTimedOut: false, isOutputTruncated: false });
    expect(run.output).toContain("hi\n");
    expect(run.output).toContain("to stderr\n");
    expect(run.result.outputExcerpt).toBe(run.output);
  });

  it("fails on a non-zero exit code", async () => {
    const run = await node("console.log('partial'); process.exit(3)");
    expect(run).toMatchObject({ status: "FAILED", errorMessage: "The program exited with code 3.", result: { exitCode: 3, outputExcerpt: "partial\n" } });
  });

  it("kills a program that runs past its timeout", async () => {
    const started = performance.now();
    const run = await node("setTimeout(() => {}, 20000)", { timeoutMs: 300 });
    expect(run).toMatchObject({ status: "FAILED", result: { isTimedOut: true, signal: "SIGTERM", exitCode: null } });
    expect(run.errorMessage).toBe("The program ran longer than its timeout of 300 ms and was stopped (SIGTERM).");
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("sends SIGKILL when the program ignores SIGTERM", async () => {
    const started = performance.now();
    const run = await node("process.on('SIGTERM', () => console.log('ignoring SIGTERM')); console.log('ready'); setTimeout(() => {}, 20000)", { timeoutMs: 1000 });
    expect(run).toMatchObject({ status: "FAILED", result: { isTimedOut: true, signal: "SIGKILL" } });
    expect(run.output).toContain("ignoring SIGTERM");
    expect(performance.now() - started).toBeGreaterThanOrEqual(2900);
  });

  it("caps the output", async () => {
    const run = await node("process.stdout.write('x'.repeat(5000)); process.stderr.write('y'.repeat(5000))", { outputCapBytes: 1024 });
    expect(run.status).toBe("SUCCEEDED");
    expect(run.result).toMatchObject({ isOutputTruncated: true });
    const [kept, after] = run.output.split("\n[output truncated at 1024 bytes]\n");
    expect(kept).toHaveLength(1024);
    expect(after).toBe("");
  });

  it("passes arguments literally, without a shell", async () => {
    const run = await execute(step({ kind: "COMMAND", commandArgv: [process.execPath, "-e", "console.log(process.argv.slice(1).join('|'))", "$HOME", "a;b", "`id`", "*"] }));
    expect(run.status).toBe("SUCCEEDED");
    expect(run.output).toBe("$HOME|a;b|`id`|*\n");
  });

  it("does not hand the server's secrets to the program", async () => {
    expect(process.env.PHASELINE_SECRET_KEY).toBeTruthy();
    const run = await node("console.log(process.env.PHASELINE_SECRET_KEY ?? 'withheld', process.env.DATABASE_URL ?? 'withheld', typeof process.env.PATH)");
    expect(run.output).toBe("withheld withheld string\n");
  });

  it("fails when the program does not exist", async () => {
    const program = `phaseline-no-such-program-${uniqueSuffix()}`;
    const run = await execute(step({ kind: "COMMAND", commandArgv: [program, "--version"] }));
    expect(run.status).toBe("FAILED");
    expect(run.errorMessage).toMatch(new RegExp(`^program not found: ${program}( \\(or not executable by the user nobody\\))?$`));
  });
});

// ---------------------------------------------------------------------------------------------

describe("executeStepOnTarget", () => {
  it("does not execute MANUAL steps", async () => {
    const manual = { ...step({ kind: "SQL" }), kind: "MANUAL" } as unknown as TExecutableStep;
    await expect(
      executeStepOnTarget(manual, { targetUrl: null, applicationName: "x", mode: "RUN", httpAllowList: [], isCommandsEnabled: false, baseline: null, onOutput: () => {} }),
    ).rejects.toThrow(/MANUAL steps are not executed/);
  });

  it("turns an unexpected exception into a FAILED outcome with a fixed message", async () => {
    const run = await execute(step({ kind: "HTTP_CHECK", httpUrl: "http://example.com/" }), {
      onOutput: () => {
        throw new Error("boom postgresql://u:s3cret-pw@db/app");
      },
    });
    expect(run).toEqual({ status: "FAILED", result: {}, errorMessage: INTERNAL_FAILURE_MESSAGE, summary: "internal error", output: "" });
  });
});
