import { describe, expect, it } from "vitest";
import { MIGRATION_SQL, ROLLBACK_SQL } from "@/prisma/seed/runbook-003";
import { LINT_RULES, lintSql, lintStatements, SCHEMA_DESIGN_RULES, summariseRisk, type TLintOptions, type TLintRule } from "./lint-sql";
import { findExecutorRefusals } from "./executor-rules";
import { parseSql } from "./parse-sql";

const rulesOf = async (sql: string, options?: TLintOptions) => (await lintSql(sql, options)).map((f) => f.rule);

type TCase = { rule: TLintRule; risky: string; safe: string; options?: TLintOptions; riskyOptions?: TLintOptions; lock?: RegExp };

// One risky and one safe form per rule. The safe form is what the finding's advice leads to.
const CASES: TCase[] = [
  {
    rule: "rename-column",
    risky: "ALTER TABLE orders RENAME COLUMN total TO amount",
    safe: "ALTER TABLE orders ADD COLUMN amount numeric",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "rename-table",
    risky: "ALTER TABLE orders RENAME TO purchases",
    safe: "CREATE VIEW purchases AS SELECT * FROM orders",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "adding-not-nullable-field",
    risky: "ALTER TABLE orders ADD COLUMN region text NOT NULL",
    safe: "ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'eu'",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "adding-field-with-volatile-default",
    risky: "ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid()",
    safe: "ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now()",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "setting-not-nullable-field",
    risky: "ALTER TABLE orders ALTER COLUMN region SET NOT NULL",
    safe: "ALTER TABLE orders ADD CONSTRAINT region_not_null CHECK (region IS NOT NULL) NOT VALID",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "changing-column-type",
    risky: "ALTER TABLE orders ALTER COLUMN id TYPE bigint",
    safe: "ALTER TABLE orders ADD COLUMN id_big bigint",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "require-concurrent-index-creation",
    risky: "CREATE INDEX orders_region_idx ON orders (region)",
    safe: "CREATE INDEX CONCURRENTLY orders_region_idx ON orders (region)",
    options: { expectsTransaction: false },
    lock: /SHARE lock/,
  },
  {
    rule: "require-concurrent-index-deletion",
    risky: "DROP INDEX orders_region_idx",
    safe: "DROP INDEX CONCURRENTLY orders_region_idx",
    options: { expectsTransaction: false },
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "create-index-concurrently-in-transaction",
    risky: "CREATE INDEX CONCURRENTLY orders_region_idx ON orders (region)",
    safe: "CREATE INDEX CONCURRENTLY orders_region_idx ON orders (region)",
    options: { expectsTransaction: false },
    lock: /transaction/,
  },
  {
    rule: "constraint-missing-not-valid",
    risky: "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)",
    safe: "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID",
    lock: /SHARE ROW EXCLUSIVE/,
  },
  {
    rule: "validate-constraint-in-same-transaction",
    risky: "ALTER TABLE orders ADD CONSTRAINT positive CHECK (total > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT positive;",
    safe: "ALTER TABLE orders VALIDATE CONSTRAINT positive",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "adding-primary-key-constraint",
    risky: "ALTER TABLE orders ADD PRIMARY KEY (id)",
    safe: "ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_idx",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "disallowed-unique-constraint",
    risky: "ALTER TABLE orders ADD CONSTRAINT orders_ref_key UNIQUE (ref)",
    safe: "ALTER TABLE orders ADD CONSTRAINT orders_ref_key UNIQUE USING INDEX orders_ref_idx",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "ban-drop-table",
    risky: "DROP TABLE orders_archive",
    safe: "DROP VIEW IF EXISTS orders_summary",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "ban-drop-column",
    risky: "ALTER TABLE orders DROP COLUMN legacy_total",
    safe: "ALTER TABLE orders ALTER COLUMN legacy_total DROP NOT NULL",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "ban-drop-schema",
    risky: "DROP SCHEMA reporting CASCADE",
    safe: "CREATE SCHEMA reporting",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "ban-drop-database",
    risky: "DROP DATABASE shop",
    safe: "SELECT datname FROM pg_database",
    options: { expectsTransaction: false },
    lock: /cannot be rolled back/,
  },
  {
    rule: "ban-truncate",
    risky: "TRUNCATE orders",
    safe: "DELETE FROM orders WHERE created_at < now() - interval '7 years'",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "delete-without-where",
    risky: "DELETE FROM orders",
    safe: "DELETE FROM orders WHERE id = 7",
    lock: /row lock/,
  },
  {
    rule: "update-without-where",
    risky: "UPDATE orders SET region = 'eu'",
    safe: "UPDATE orders SET region = 'eu' WHERE region IS NULL",
    lock: /row lock/,
  },
  {
    rule: "transaction-nesting",
    risky: "BEGIN;\nUPDATE orders SET region = 'eu' WHERE id = 1;\nCOMMIT;",
    safe: "UPDATE orders SET region = 'eu' WHERE id = 1;",
    lock: /transaction/,
  },
  {
    rule: "cannot-run-in-transaction",
    risky: "VACUUM orders",
    safe: "VACUUM orders",
    options: { expectsTransaction: false },
    lock: /transaction block/,
  },
  {
    rule: "lifts-step-limits",
    risky: "SET statement_timeout = 0;\nUPDATE orders SET region = 'eu' WHERE id = 1;",
    safe: "SET LOCAL work_mem = '64MB';\nUPDATE orders SET region = 'eu' WHERE id = 1;",
    lock: /limit Phaseline sets/,
  },
  {
    rule: "enum-value-used-in-same-transaction",
    risky: "ALTER TYPE order_status ADD VALUE 'refunded';\nUPDATE orders SET status = 'refunded' WHERE id = 1;",
    safe: "UPDATE orders SET status = 'refunded' WHERE id = 1;",
    lock: /unsafe use of new value/,
  },
  {
    rule: "adding-field-with-default",
    risky: "ALTER TABLE orders ADD COLUMN region text DEFAULT 'eu'",
    safe: "ALTER TABLE orders ADD COLUMN region text DEFAULT 'eu'",
    riskyOptions: { serverVersion: 10 },
    options: { serverVersion: 11 },
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "cluster",
    risky: "CLUSTER orders USING orders_pkey",
    safe: "ANALYZE orders",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "vacuum-full",
    risky: "VACUUM FULL orders",
    safe: "VACUUM orders",
    options: { expectsTransaction: false },
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "require-concurrent-reindex",
    risky: "REINDEX INDEX orders_pkey",
    safe: "REINDEX INDEX CONCURRENTLY orders_pkey",
    options: { expectsTransaction: false },
    lock: /SHARE lock/,
  },
  {
    rule: "require-concurrent-detach-partition",
    risky: "ALTER TABLE events DETACH PARTITION events_2020",
    safe: "ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY",
    options: { expectsTransaction: false },
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "dropping-not-null",
    risky: "ALTER TABLE orders ALTER COLUMN region DROP NOT NULL",
    safe: "ALTER TABLE orders ALTER COLUMN region SET DEFAULT 'eu'",
    lock: /ACCESS EXCLUSIVE/,
  },
  {
    rule: "prefer-bigint-over-int",
    risky: "CREATE TABLE depots (id int PRIMARY KEY, name text)",
    safe: "CREATE TABLE depots (id bigint PRIMARY KEY, name text)",
    lock: /rewrites the table/,
  },
  {
    rule: "prefer-timestamptz",
    risky: "ALTER TABLE orders ADD COLUMN shipped_at timestamp",
    safe: "ALTER TABLE orders ADD COLUMN shipped_at timestamptz",
  },
  {
    rule: "prefer-text-field",
    risky: "ALTER TABLE orders ADD COLUMN note varchar(200)",
    safe: "ALTER TABLE orders ADD COLUMN note text",
    lock: /rewrites the table/,
  },
  {
    rule: "prefer-identity",
    risky: "CREATE TABLE depots (id bigserial PRIMARY KEY)",
    safe: "CREATE TABLE depots (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY)",
  },
  {
    rule: "ban-char-field",
    risky: "ALTER TABLE orders ADD COLUMN country char(2)",
    safe: "ALTER TABLE orders ADD COLUMN country text",
  },
  {
    rule: "enum-value-added-out-of-order",
    risky: "ALTER TYPE order_status ADD VALUE 'packed' BEFORE 'shipped'",
    safe: "ALTER TYPE order_status ADD VALUE 'packed'",
    lock: /comparison and ORDER BY/,
  },
  {
    rule: "domain-constraint-missing-not-valid",
    risky: "ALTER DOMAIN positive_amount ADD CONSTRAINT positive CHECK (VALUE > 0)",
    safe: "ALTER DOMAIN positive_amount ADD CONSTRAINT positive CHECK (VALUE > 0) NOT VALID",
    lock: /SHARE lock on each of those tables/,
  },
  {
    rule: "validate-domain-constraint",
    risky: "ALTER DOMAIN positive_amount VALIDATE CONSTRAINT positive",
    safe: "ALTER DOMAIN positive_amount VALIDATE CONSTRAINT positive",
    riskyOptions: { serverVersion: 18 },
    options: { serverVersion: 19 },
    lock: /SHARE lock on each of those tables/,
  },
];

describe("lintSql rules", () => {
  it("has a case for every rule but invalid-sql", () => {
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(LINT_RULES.filter((r) => r !== "invalid-sql")));
  });

  for (const { rule, risky, safe, options, lock, ...rest } of CASES) {
    it(`${rule}: fires on the risky form, silent on the safe one`, async () => {
      // cases whose safe form is "outside a transaction" fire when the runner wraps the script
      const riskyOptions = rest.riskyOptions ?? (options?.expectsTransaction === false && risky === safe ? {} : options);
      const findings = await lintSql(risky, riskyOptions);
      const finding = findings.find((f) => f.rule === rule);
      expect(finding, `${rule} on ${risky}: ${JSON.stringify(findings)}`).toBeDefined();
      expect(finding!.message).toMatch(lock ?? /./);
      expect(finding!.saferAlternative.length).toBeGreaterThan(20);
      expect(finding!.statement.length).toBeGreaterThan(0);
      expect(await rulesOf(safe, options)).not.toContain(rule);
    });
  }
});

describe("lintSql", () => {
  it("finds the rename in the seed 003 migration, and nothing dangerous", async () => {
    expect((await parseSql(MIGRATION_SQL)).ok).toBe(true);
    const findings = await lintSql(MIGRATION_SQL);
    expect(findings).toHaveLength(1);
    const line = MIGRATION_SQL.split("\n").findIndex((l) => l.startsWith("ALTER TABLE")) + 1;
    expect(findings[0]).toMatchObject({
      rule: "rename-column",
      severity: "warning",
      line,
      statement: "ALTER TABLE client_products RENAME COLUMN fixed_cost TO fixed_fee_facilitated",
    });
    expect(findings[0]!.message).toContain("ACCESS EXCLUSIVE");
    expect(findings[0]!.saferAlternative).toMatch(/add a new column, backfill/i);
    expect((await lintSql(ROLLBACK_SQL)).map((f) => f.rule)).toEqual(["rename-column"]);
  });

  it("reports the line of each risky statement in a script", async () => {
    const sql = "-- prepare\nSELECT 1;\n\nCREATE INDEX i ON t (a);\nDROP TABLE old_t;";
    const findings = await lintSql(sql);
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ["require-concurrent-index-creation", 4],
      ["ban-drop-table", 5],
    ]);
  });

  it("forgives building on a table created earlier in the same script", async () => {
    const sql = `CREATE TABLE audit_copy (id int, ref text);
      CREATE INDEX audit_copy_ref_idx ON audit_copy (ref);
      ALTER TABLE audit_copy ADD PRIMARY KEY (id), ADD CONSTRAINT ref_ok CHECK (ref <> ''), ALTER COLUMN ref SET NOT NULL;`;
    expect(await lintSql(sql)).toEqual([]);
  });

  it("CREATE INDEX CONCURRENTLY: refused in Phaseline's transaction, in a BEGIN block, or among other statements", async () => {
    const cic = "CREATE INDEX CONCURRENTLY i ON t (a)";
    expect(await rulesOf(cic)).toEqual(["create-index-concurrently-in-transaction"]);
    expect(await rulesOf(cic, { expectsTransaction: false })).toEqual([]);
    expect(await rulesOf(`BEGIN; ${cic}; COMMIT;`, { expectsTransaction: false })).toEqual([
      "transaction-nesting",
      "create-index-concurrently-in-transaction",
      "transaction-nesting",
    ]);
    expect(await rulesOf(`SET work_mem = '64MB'; ${cic};`, { expectsTransaction: false })).toEqual(["create-index-concurrently-in-transaction"]);
    // a step outside a transaction sends its statements one by one: no implicit transaction
    expect(await rulesOf(`SET work_mem = '64MB'; ${cic};`, { expectsTransaction: false, isStatementByStatement: true })).toEqual([]);
  });

  it("BEGIN/COMMIT are refused in a step, in a transaction or outside one, as the executor refuses them", async () => {
    const sql = "BEGIN;\nALTER TABLE t ADD COLUMN c int;\nCOMMIT;";
    const findings = await lintSql(sql, { expectsTransaction: true });
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ["transaction-nesting", 1],
      ["transaction-nesting", 3],
    ]);
    expect(findings[1]!.message).toMatch(/rehearsal/);
    const outside = await lintSql(sql, { expectsTransaction: false });
    expect(outside.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ["transaction-nesting", "danger", 1],
      ["transaction-nesting", "danger", 3],
    ]);
    expect(outside[0]!.message).toMatch(/outside a transaction \(autocommit\)/);
  });

  it("agrees with the executor: every construct it refuses is a danger finding at the same line and column", async () => {
    const scripts = [
      "UPDATE t SET a = 1 WHERE id = 1;\nSAVEPOINT s;",
      "UPDATE t SET a = 1 WHERE id = 1;\n  RELEASE SAVEPOINT s;",
      "RESET ALL;",
      "SET ROLE admin;",
      "SET SESSION AUTHORIZATION admin;",
      "RESET lock_timeout;",
      "SELECT set_config('statement_timeout', '0', false);",
      "SET search_path = a, public;",
      "SET idle_in_transaction_session_timeout = 0;",
    ];
    for (const sql of scripts) {
      const parsed = await parseSql(sql);
      if (!parsed.ok) throw new Error(sql);
      for (const isOutside of [false, true]) {
        const refusals = findExecutorRefusals(parsed.statements, { isOutsideTransaction: isOutside });
        expect(refusals.length, sql).toBeGreaterThan(0);
        const findings = lintStatements(parsed.statements, { expectsTransaction: !isOutside });
        for (const refusal of refusals) {
          expect(
            findings.some((f) => f.severity === "danger" && f.line === refusal.line && f.column === refusal.column),
            `${sql}: ${JSON.stringify(findings)}`,
          ).toBe(true);
        }
      }
    }
    // and what it allows is not flagged as refused
    expect(await rulesOf("SET LOCAL search_path = app; SET LOCAL work_mem = '64MB'; SELECT 1")).toEqual([]);
  });

  it("lints a foreign key declared inline like one added with ADD CONSTRAINT", async () => {
    const findings = await lintSql("ALTER TABLE orders ADD COLUMN depot_id bigint REFERENCES depots (id);");
    expect(findings.map((f) => f.rule)).toEqual(["constraint-missing-not-valid"]);
    expect(findings[0]!.message).toMatch(/SHARE ROW EXCLUSIVE lock on orders and on depots/);
    expect(await rulesOf("ALTER TABLE orders ADD COLUMN depot_id bigint;")).toEqual([]);
  });

  it("judges defaults by an allow-list of immutable and stable functions", async () => {
    expect(await rulesOf("ALTER TABLE orders ADD COLUMN code text DEFAULT my_code()")).toEqual(["adding-field-with-volatile-default"]);
    expect(await rulesOf("ALTER TABLE orders ADD COLUMN code text DEFAULT app.next_code('x')")).toEqual(["adding-field-with-volatile-default"]);
    expect(await rulesOf("ALTER TABLE orders ADD COLUMN code text DEFAULT random()::text")).toEqual(["adding-field-with-volatile-default"]);
    for (const safe of ["DEFAULT lower('EU')", "DEFAULT now()", "DEFAULT CURRENT_TIMESTAMP", "DEFAULT 'eu'::text", "DEFAULT concat('a', 'b')"]) {
      expect(await rulesOf(`ALTER TABLE orders ADD COLUMN code text ${safe}`), safe).toEqual([]);
    }
  });

  it("answers version-dependent rules for the target's server version", async () => {
    const enumAdd = "ALTER TYPE order_status ADD VALUE 'refunded'";
    expect(await lintSql(enumAdd, { serverVersion: 11 })).toMatchObject([{ rule: "cannot-run-in-transaction", severity: "danger" }]);
    expect(await rulesOf(enumAdd, { serverVersion: 12 })).toEqual([]);
    expect(await rulesOf("ALTER TABLE orders ADD COLUMN region text DEFAULT 'eu'", { serverVersion: 10 })).toEqual(["adding-field-with-default"]);
  });

  it("switches the schema-design warnings off on request", async () => {
    expect(await rulesOf("CREATE TABLE depots (id serial PRIMARY KEY, at timestamp, code char(3), name varchar(20))")).toEqual([
      "prefer-identity",
      "prefer-bigint-over-int",
      "prefer-timestamptz",
      "ban-char-field",
      "prefer-text-field",
    ]);
    expect(await rulesOf("CREATE TABLE depots (id serial PRIMARY KEY, at timestamp, code char(3), name varchar(20))", { isSchemaDesign: false })).toEqual([]);
  });

  it("flags enum values added out of order, but not at the end or on a type created in the same script", async () => {
    expect(await rulesOf("ALTER TYPE order_status ADD VALUE 'packed' AFTER 'paid'", { expectsTransaction: false })).toEqual(["enum-value-added-out-of-order"]);
    expect(await rulesOf("ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'packed'")).toEqual([]);
    expect(await rulesOf("CREATE TYPE depot_kind AS ENUM ('hub', 'spoke');\nALTER TYPE depot_kind ADD VALUE 'relay' BEFORE 'spoke';")).toEqual([]);
  });

  it("a new enum value used in the same transaction stays a danger, also among several statements sent at once", async () => {
    const script = "ALTER TYPE order_status ADD VALUE 'packed' BEFORE 'shipped';\nUPDATE orders SET status = 'packed' WHERE id = 1;";
    const inStep = await lintSql(script);
    expect(inStep.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ["enum-value-added-out-of-order", "warning", 1],
      ["enum-value-used-in-same-transaction", "danger", 2],
    ]);
    // measured on PostgreSQL 15: psql -c "ALTER TYPE … ADD VALUE 'b'; SELECT 'b'::t" fails with "unsafe use of new value"
    expect(await rulesOf(script, { expectsTransaction: false })).toContain("enum-value-used-in-same-transaction");
    expect(await rulesOf(script, { expectsTransaction: false, isStatementByStatement: true })).not.toContain("enum-value-used-in-same-transaction");
  });

  it("lints domain constraints: added valid or SET NOT NULL is a danger, NOT VALID then VALIDATE in another step is not", async () => {
    expect(await lintSql("ALTER DOMAIN positive_amount SET NOT NULL")).toMatchObject([{ rule: "domain-constraint-missing-not-valid", severity: "danger" }]);
    expect(await rulesOf("ALTER DOMAIN positive_amount ADD CONSTRAINT amount_nn NOT NULL")).toEqual(["domain-constraint-missing-not-valid"]);
    expect(await rulesOf("ALTER DOMAIN positive_amount ADD CONSTRAINT amount_nn CHECK (VALUE IS NOT NULL) NOT VALID")).toEqual([]);
    // in the same transaction, the validation gains nothing
    expect(await rulesOf("ALTER DOMAIN positive_amount ADD CONSTRAINT positive CHECK (VALUE > 0) NOT VALID;\nALTER DOMAIN positive_amount VALIDATE CONSTRAINT positive;")).toEqual([
      "validate-constraint-in-same-transaction",
    ]);
    // a domain created in the same script is used by no column yet; CREATE DOMAIN … CHECK scans nothing
    expect(
      await rulesOf("CREATE DOMAIN weight AS numeric CHECK (VALUE >= 0);\nALTER DOMAIN weight ADD CONSTRAINT below_ton CHECK (VALUE < 1000);\nALTER DOMAIN weight SET NOT NULL;"),
    ).toEqual([]);
    // using the new domain on an existing column is a type change
    expect(await rulesOf("CREATE DOMAIN weight AS numeric CHECK (VALUE >= 0);\nALTER TABLE parcels ALTER COLUMN kg TYPE weight;")).toEqual(["changing-column-type"]);
  });

  it("switches single schema-design warnings off with disabledRules, never a risk rule", async () => {
    const sql = "CREATE TABLE depots (id serial PRIMARY KEY, at timestamp, code char(3), name varchar(20))";
    expect(await rulesOf(sql, { disabledRules: ["prefer-text-field", "ban-char-field"] })).toEqual(["prefer-identity", "prefer-bigint-over-int", "prefer-timestamptz"]);
    expect(await rulesOf(sql, { disabledRules: [...SCHEMA_DESIGN_RULES] })).toEqual([]);
    // @ts-expect-error only the schema-design rules can be switched off
    expect(await rulesOf("DROP TABLE orders", { disabledRules: ["ban-drop-table"] })).toEqual(["ban-drop-table"]);
  });

  it("flags the statements that cannot run in a transaction", async () => {
    for (const sql of ["VACUUM FULL orders", "CREATE DATABASE shop_copy", "REINDEX INDEX CONCURRENTLY orders_pkey", "DROP INDEX CONCURRENTLY i"]) {
      const findings = await lintSql(sql);
      expect(
        findings.find((f) => f.rule === "cannot-run-in-transaction"),
        sql,
      ).toMatchObject({ severity: "danger" });
    }
    const enumFindings = await lintSql("ALTER TYPE order_status ADD VALUE 'refunded'", { serverVersion: 11 });
    expect(enumFindings).toMatchObject([{ rule: "cannot-run-in-transaction", severity: "danger" }]);
    expect(enumFindings[0]!.message).toMatch(/PostgreSQL 12/);
    expect(await rulesOf("ANALYZE orders; REINDEX INDEX orders_pkey")).toEqual(["require-concurrent-reindex"]);
  });

  it("checks every command of a multi-command ALTER TABLE", async () => {
    const rules = await rulesOf("ALTER TABLE orders ADD COLUMN a int NOT NULL, ADD COLUMN b bigserial, ALTER COLUMN c TYPE text, DROP COLUMN d, ADD CONSTRAINT ck CHECK (e > 0)");
    expect(rules).toEqual([
      "adding-not-nullable-field",
      "adding-field-with-volatile-default",
      "prefer-identity",
      "changing-column-type",
      "ban-drop-column",
      "constraint-missing-not-valid",
    ]);
  });

  it("does not mistake text inside strings, comments or function bodies for risky statements", async () => {
    const sql = `-- DROP TABLE orders;
      /* TRUNCATE orders; */
      SELECT 'DELETE FROM orders' AS note;
      CREATE OR REPLACE FUNCTION purge() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$;`;
    expect(await lintSql(sql)).toEqual([]);
  });

  it("reports SQL that does not parse as one invalid-sql finding at its line", async () => {
    const findings = await lintSql("SELECT 1;\nALTER TABLE orders RENAME COLUMN;\n");
    expect(findings).toMatchObject([{ rule: "invalid-sql", severity: "danger", line: 2 }]);
    expect(findings[0]!.message).toMatch(/line 2, column/);
  });

  it("lints statements already parsed, synchronously", async () => {
    const parsed = await parseSql("TRUNCATE orders");
    if (!parsed.ok) throw new Error("parse");
    expect(lintStatements(parsed.statements).map((f) => f.rule)).toEqual(["ban-truncate"]);
  });

  it("keeps statement excerpts short", async () => {
    const longSql = `UPDATE orders SET ${Array.from({ length: 40 }, (_, i) => `c${i} = ${i}`).join(", ")}`;
    const [finding] = await lintSql(longSql);
    expect(finding!.statement.length).toBeLessThanOrEqual(120);
    expect(finding!.statement.endsWith("…")).toBe(true);
  });
});

describe("summariseRisk", () => {
  it("counts findings by severity and rule", async () => {
    const findings = [...(await lintSql(MIGRATION_SQL)), ...(await lintSql("DROP TABLE a; DROP TABLE b; DELETE FROM c"))];
    expect(summariseRisk(findings)).toEqual({
      total: 4,
      bySeverity: { warning: 1, danger: 3 },
      byRule: { "rename-column": 1, "ban-drop-table": 2, "delete-without-where": 1 },
      highest: "danger",
    });
  });

  it("is empty for no findings", () => {
    expect(summariseRisk([])).toEqual({ total: 0, bySeverity: { warning: 0, danger: 0 }, byRule: {}, highest: null });
  });
});
