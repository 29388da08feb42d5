import { describe, expect, it } from "vitest";
import { MIGRATION_SQL, ROLLBACK_SQL } from "@/prisma/seed/runbook-003";
import { LINT_RULES, lintSql, lintStatements, summariseRisk, type TLintOptions, type TLintRule } from "./lint-sql";
import { parseSql } from "./parse-sql";

const rulesOf = async (sql: string, options?: TLintOptions) => (await lintSql(sql, options)).map((f) => f.rule);

type TCase = { rule: TLintRule; risky: string; safe: string; options?: TLintOptions; lock?: RegExp };

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
    safe: "UPDATE orders SET region = 'eu' WHERE id = 1;\nSAVEPOINT before_fix;",
    lock: /transaction/,
  },
  {
    rule: "cannot-run-in-transaction",
    risky: "VACUUM orders",
    safe: "VACUUM orders",
    options: { expectsTransaction: false },
    lock: /transaction block/,
  },
];

describe("lintSql rules", () => {
  it("has a case for every rule but invalid-sql", () => {
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(LINT_RULES.filter((r) => r !== "invalid-sql")));
  });

  for (const { rule, risky, safe, options, lock } of CASES) {
    it(`${rule}: fires on the risky form, silent on the safe one`, async () => {
      // cases whose safe form is "outside a transaction" fire when the runner wraps the script
      const riskyOptions = options?.expectsTransaction === false && risky === safe ? {} : options;
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
    expect(await rulesOf(`BEGIN; ${cic}; COMMIT;`, { expectsTransaction: false })).toEqual(["create-index-concurrently-in-transaction"]);
    expect(await rulesOf(`SET lock_timeout = '5s'; ${cic};`, { expectsTransaction: false })).toEqual(["create-index-concurrently-in-transaction"]);
  });

  it("BEGIN/COMMIT only matter when the runner wraps the script", async () => {
    const sql = "BEGIN;\nALTER TABLE t ADD COLUMN c int;\nCOMMIT;";
    const findings = await lintSql(sql, { expectsTransaction: true });
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ["transaction-nesting", 1],
      ["transaction-nesting", 3],
    ]);
    expect(findings[1]!.message).toMatch(/rehearsal/);
    expect(await rulesOf(sql, { expectsTransaction: false })).toEqual([]);
  });

  it("flags the statements that cannot run in a transaction", async () => {
    for (const sql of ["VACUUM FULL orders", "CREATE DATABASE shop_copy", "REINDEX INDEX CONCURRENTLY orders_pkey", "DROP INDEX CONCURRENTLY i"]) {
      const findings = await lintSql(sql);
      expect(findings.find((f) => f.rule === "cannot-run-in-transaction"), sql).toMatchObject({ severity: "danger" });
    }
    const enumFindings = await lintSql("ALTER TYPE order_status ADD VALUE 'refunded'");
    expect(enumFindings).toMatchObject([{ rule: "cannot-run-in-transaction", severity: "warning" }]);
    expect(enumFindings[0]!.message).toMatch(/PostgreSQL 12/);
    expect(await rulesOf("ANALYZE orders; REINDEX INDEX orders_pkey")).toEqual([]);
  });

  it("checks every command of a multi-command ALTER TABLE", async () => {
    const rules = await rulesOf(
      "ALTER TABLE orders ADD COLUMN a int NOT NULL, ADD COLUMN b bigserial, ALTER COLUMN c TYPE text, DROP COLUMN d, ADD CONSTRAINT ck CHECK (e > 0)",
    );
    expect(rules).toEqual([
      "adding-not-nullable-field",
      "adding-field-with-volatile-default",
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
    const findings = [
      ...(await lintSql(MIGRATION_SQL)),
      ...(await lintSql("DROP TABLE a; DROP TABLE b; DELETE FROM c")),
    ];
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
