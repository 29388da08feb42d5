import { describe, expect, it } from "vitest";
import { COMPANY_TOTALS_SQL, MIGRATION_SQL, ROLLBACK_SQL, RUNBOOK_003 } from "@/prisma/seed/runbook-003";
import { loadSqlParser, parseSql, parseSqlSync } from "./parse-sql";
import { lineColumnAt, significantEnd } from "./sql-text";

const statementsOf = async (sql: string) => {
  const result = await parseSql(sql);
  if (!result.ok) throw new Error(`expected SQL to parse: ${result.error.message}`);
  return result.statements;
};

const errorOf = async (sql: string) => {
  const result = await parseSql(sql);
  if (result.ok) throw new Error("expected a parse error");
  return result.error;
};

describe("parseSql", () => {
  it("parses the seed 003 migration and rollback into their statements", async () => {
    for (const sql of [MIGRATION_SQL, ROLLBACK_SQL]) {
      const statements = await statementsOf(sql);
      expect(statements.map((s) => s.kind)).toEqual(["DROP VIEW", "DROP VIEW", "DROP VIEW", "ALTER TABLE", "CREATE VIEW", "CREATE VIEW", "CREATE VIEW"]);
      const rename = statements[3]!;
      // the three header comment lines come first, then the three DROP VIEWs
      expect(rename.line).toBe(sql.split("\n").findIndex((l) => l.startsWith("ALTER TABLE")) + 1);
      expect(rename.text).toMatch(/^ALTER TABLE client_products RENAME COLUMN \w+ TO \w+$/);
      expect(sql.slice(rename.start, rename.end)).toBe(rename.text);
    }
  });

  it("parses every SQL text of the seed 003 runbook (steps and checks)", async () => {
    const texts = RUNBOOK_003.phases.flatMap((p) => p.steps.map((s) => s.sql).filter((s): s is string => !!s));
    expect(texts.length).toBeGreaterThan(10);
    for (const sql of [...texts, COMPANY_TOTALS_SQL]) {
      const result = await parseSql(sql);
      expect(result, sql).toMatchObject({ ok: true });
    }
  });

  it("reports a syntax error's line, column and position on a multi-line script", async () => {
    const sql = "-- step 1\nSELECT 1;\n\nUPDATE accounts\n   SET balance = balance +\n WHERE id = 7;\n";
    const error = await errorOf(sql);
    expect(error.message).toBe('syntax error at or near "WHERE"');
    expect(error).toMatchObject({ line: 6, column: 2 });
    expect(sql.slice(error.position, error.position + 5)).toBe("WHERE");
  });

  it("counts the column in characters, not bytes or UTF-16 units", async () => {
    const sql = "SELECT 1;\n  SELECT 'é😀' ,, 1;";
    const error = await errorOf(sql);
    expect(error).toMatchObject({ line: 2, column: 16 });
    expect(sql[error.position]).toBe(",");
    expect(sql[error.position - 1]).toBe(",");
  });

  it("reports an unterminated string and a premature end of input", async () => {
    expect(await errorOf("SELECT 1;\nSELECT 'abc")).toMatchObject({ line: 2, column: 8, message: expect.stringContaining("unterminated quoted string") });
    const end = await errorOf("SELECT 1 +\n");
    expect(end.message).toBe("syntax error at end of input");
    expect(end.line).toBeGreaterThanOrEqual(1);
  });

  it("reports psql meta-commands as not SQL, at their line", async () => {
    const error = await errorOf("SELECT 1;\n\\i backend/migrations/001_rename.sql\nSELECT 2;");
    expect(error).toEqual({
      message: "psql meta-command \\i is not SQL: paste the file's contents",
      line: 2,
      column: 1,
      position: 10,
    });
    expect((await errorOf("BEGIN;\n  \\set ON_ERROR_STOP on\n")).message).toMatch(/^psql meta-command \\set is not SQL: .*remove it$/);
    expect(await errorOf("SELECT count(*) FROM t \\gset\n")).toMatchObject({ line: 1, column: 24 });
  });

  it("does not take backslashes inside strings, comments or dollar quotes for meta-commands", async () => {
    const sql = ["-- run with \\i later", "/* \\d+ t /* nested \\x */ still comment */", "SELECT 'C:\\path', E'it\\'s', $$ \\i x $$, $q$ \\set $q$;"].join("\n");
    const statements = await statementsOf(sql);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ kind: "SELECT", line: 3, column: 1 });
  });

  it("splits statements correctly around comments and dollar-quoted bodies", async () => {
    const sql = [
      "-- header; with a semicolon",
      "CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $fn$",
      "BEGIN",
      "  NEW.updated_at := now(); -- ; inside",
      "  RETURN NEW;",
      "END;",
      "$fn$;",
      "/* a; b; */ SELECT ';' AS semi, $$;$$ AS dollar -- trailing; comment",
      ";",
      "DO $$ BEGIN PERFORM 1; END $$",
      "-- the end; really",
    ].join("\n");
    const statements = await statementsOf(sql);
    expect(statements.map((s) => [s.kind, s.line])).toEqual([
      ["CREATE FUNCTION", 2],
      ["SELECT", 8],
      ["DO", 10],
    ]);
    expect(statements[0]!.text.endsWith("$fn$")).toBe(true);
    expect(statements[1]!.text).toBe("SELECT ';' AS semi, $$;$$ AS dollar");
    expect(statements[1]!.column).toBe(13);
    expect(statements[2]!.text).toBe("DO $$ BEGIN PERFORM 1; END $$");
  });

  it("names statement kinds", async () => {
    const sql = `BEGIN; START TRANSACTION; COMMIT; ROLLBACK; SAVEPOINT s;
      SELECT 1; WITH x AS (SELECT 1) SELECT * FROM x; INSERT INTO t VALUES (1); UPDATE t SET a = 1 WHERE b; DELETE FROM t WHERE a;
      CREATE TABLE t2 (a int); CREATE UNIQUE INDEX CONCURRENTLY i ON t(a); ALTER TABLE t ADD COLUMN b int; ALTER TABLE t RENAME TO u;
      ALTER INDEX i RENAME TO j; DROP TABLE t; DROP INDEX i; TRUNCATE t; VACUUM t; ANALYZE t; CREATE MATERIALIZED VIEW m AS SELECT 1;
      ALTER TYPE e ADD VALUE 'x'; CREATE OR REPLACE VIEW v AS SELECT 1; SET lock_timeout = '5s'; CREATE EXTENSION pgcrypto; GRANT SELECT ON t TO r`;
    const statements = await statementsOf(sql);
    expect(statements.map((s) => s.kind)).toEqual([
      "BEGIN",
      "START TRANSACTION",
      "COMMIT",
      "ROLLBACK",
      "SAVEPOINT",
      "SELECT",
      "SELECT",
      "INSERT",
      "UPDATE",
      "DELETE",
      "CREATE TABLE",
      "CREATE INDEX",
      "ALTER TABLE",
      "ALTER TABLE",
      "ALTER INDEX",
      "DROP TABLE",
      "DROP INDEX",
      "TRUNCATE",
      "VACUUM",
      "ANALYZE",
      "CREATE MATERIALIZED VIEW",
      "ALTER TYPE",
      "CREATE VIEW",
      "SET",
      "CREATE EXTENSION",
      "GRANT",
    ]);
  });

  it("accepts an empty or comment-only script as no statements", async () => {
    expect(await parseSql("")).toEqual({ ok: true, statements: [] });
    expect(await parseSql("  -- nothing here\n")).toEqual({ ok: true, statements: [] });
  });

  it("refuses a NUL character instead of parsing half the script", async () => {
    expect(await errorOf("SELECT 1;\nSELECT\u0000 2")).toMatchObject({ line: 2, column: 7 });
  });

  it("offers a synchronous parse once the parser is loaded", async () => {
    await loadSqlParser();
    expect(parseSqlSync("SELECT 1")).toMatchObject({ ok: true, statements: [{ kind: "SELECT" }] });
  });
});

describe("sql-text", () => {
  it("gives 1-based lines and columns", () => {
    expect(lineColumnAt("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });

  it("finds the end of code before trailing comments", () => {
    expect(significantEnd("SELECT 1 -- x\n/* y */  ")).toBe(8);
    expect(significantEnd("SELECT '-- not a comment'")).toBe(25);
  });
});
