// SQL parsed with the real Postgres parser (libpg_query compiled to WebAssembly, the `libpg-query`
// package: Postgres 18's grammar, no native build, no install script). PRODUCT.md rule 9: invalid
// SQL gets a clear message with its line and column and is not saved.
//
// The WASM module is loaded lazily, once, on the first parse — so `parseSql` is async. Callers
// that need a synchronous parse await `loadSqlParser()` once and then use `parseSqlSync`.
import type { Node, ParseResult } from "libpg-query";
import { byteOffsetMapper, findPsqlMetaCommand, indexOfCodePoint, lineColumnAt, significantEnd } from "./sql-text";

export type TStatement = {
  /** normalized leading keywords: "ALTER TABLE", "CREATE INDEX", "SELECT", "BEGIN", "COMMIT"… */
  kind: string;
  /** the statement as written, without its terminating semicolon or trailing comments */
  text: string;
  /** JS string index of the statement's first token in the script */
  start: number;
  /** JS string index just after the statement's last significant character */
  end: number;
  /** 1-based line and column of the first token */
  line: number;
  column: number;
  /** the parse tree, e.g. `{ RenameStmt: { … } }` (types from @pgsql/types) */
  node: Node;
};

export type TSqlError = {
  message: string;
  /** 1-based */
  line: number;
  /** 1-based, in characters */
  column: number;
  /** 0-based JS string index into the script */
  position: number;
};

export type TParseSqlResult = { ok: true; statements: TStatement[] } | { ok: false; error: TSqlError };

type TLibPgQuery = typeof import("libpg-query");

let parser: TLibPgQuery | null = null;
let loading: Promise<TLibPgQuery> | null = null;

/** Loads the WASM parser once; concurrent callers share one load, and a failed load is retried. */
export function loadSqlParser(): Promise<TLibPgQuery> {
  if (parser) return Promise.resolve(parser);
  loading ??= import("libpg-query")
    .then(async (mod) => {
      await mod.loadModule();
      parser = mod;
      return mod;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** Parses a script of zero or more statements. Loads the parser on first use. */
export async function parseSql(sql: string): Promise<TParseSqlResult> {
  return parseSqlWith(await loadSqlParser(), sql);
}

/** Synchronous parse; throws unless `await loadSqlParser()` has completed before. */
export function parseSqlSync(sql: string): TParseSqlResult {
  if (!parser) throw new Error("SQL parser not loaded: await loadSqlParser() first");
  return parseSqlWith(parser, sql);
}

function errorAt(sql: string, position: number, message: string): TParseSqlResult {
  const { line, column } = lineColumnAt(sql, position);
  return { ok: false, error: { message, line, column, position } };
}

function parseSqlWith(lib: TLibPgQuery, sql: string): TParseSqlResult {
  // psql meta-commands first: the parser would only say `syntax error at or near "\"`
  const meta = findPsqlMetaCommand(sql);
  if (meta) {
    const isInclude = /^\\(i|ir|include|include_relative)$/.test(meta.command);
    const advice = isInclude ? "paste the file's contents" : "Phaseline sends the script to the server as it is, without psql; remove it";
    return errorAt(sql, meta.index, `psql meta-command ${meta.command} is not SQL: ${advice}`);
  }
  // the parser reads a C string: a NUL would silently end the script there
  const nul = sql.indexOf("\u0000");
  if (nul !== -1) return errorAt(sql, nul, "the SQL contains a NUL character, which Postgres does not accept");
  if (sql.trim() === "") return { ok: true, statements: [] };

  let tree: ParseResult;
  try {
    tree = lib.parseSync(sql);
  } catch (error) {
    if (!lib.hasSqlDetails(error)) throw error; // not a verdict on the SQL: let it surface as a fault
    // Postgres reports the error position in characters, counted from 0 here
    const position = indexOfCodePoint(sql, error.sqlDetails?.cursorPosition ?? 0);
    return errorAt(sql, position, error.message);
  }

  const toIndex = byteOffsetMapper(sql);
  const statements: TStatement[] = [];
  for (const raw of tree.stmts ?? []) {
    if (!raw.stmt) continue;
    const startByte = raw.stmt_location ?? 0;
    const start = toIndex(startByte);
    const rawEnd = raw.stmt_len ? toIndex(startByte + raw.stmt_len) : sql.length;
    const text = sql.slice(start, rawEnd);
    const end = start + significantEnd(text);
    const { line, column } = lineColumnAt(sql, start);
    statements.push({ kind: statementKind(raw.stmt, text), text: sql.slice(start, end), start, end, line, column, node: raw.stmt });
  }
  return { ok: true, statements };
}

// ---------------------------------------------------------------------------------------------
// Kinds

const OBJECT_NAMES: Record<string, string> = {
  OBJECT_TABLE: "TABLE",
  OBJECT_INDEX: "INDEX",
  OBJECT_VIEW: "VIEW",
  OBJECT_MATVIEW: "MATERIALIZED VIEW",
  OBJECT_SEQUENCE: "SEQUENCE",
  OBJECT_FOREIGN_TABLE: "FOREIGN TABLE",
  OBJECT_SCHEMA: "SCHEMA",
  OBJECT_TYPE: "TYPE",
  OBJECT_DOMAIN: "DOMAIN",
  OBJECT_FUNCTION: "FUNCTION",
  OBJECT_PROCEDURE: "PROCEDURE",
  OBJECT_TRIGGER: "TRIGGER",
  OBJECT_EXTENSION: "EXTENSION",
  OBJECT_DATABASE: "DATABASE",
  OBJECT_ROLE: "ROLE",
  OBJECT_POLICY: "POLICY",
  OBJECT_TABCONSTRAINT: "TABLE",
};

const TRANSACTION_KINDS: Record<string, string> = {
  TRANS_STMT_BEGIN: "BEGIN",
  TRANS_STMT_START: "START TRANSACTION",
  TRANS_STMT_COMMIT: "COMMIT",
  TRANS_STMT_ROLLBACK: "ROLLBACK",
  TRANS_STMT_SAVEPOINT: "SAVEPOINT",
  TRANS_STMT_RELEASE: "RELEASE SAVEPOINT",
  TRANS_STMT_ROLLBACK_TO: "ROLLBACK TO SAVEPOINT",
  TRANS_STMT_PREPARE: "PREPARE TRANSACTION",
  TRANS_STMT_COMMIT_PREPARED: "COMMIT PREPARED",
  TRANS_STMT_ROLLBACK_PREPARED: "ROLLBACK PREPARED",
};

const FIXED_KINDS: Record<string, string> = {
  SelectStmt: "SELECT",
  InsertStmt: "INSERT",
  UpdateStmt: "UPDATE",
  DeleteStmt: "DELETE",
  MergeStmt: "MERGE",
  IndexStmt: "CREATE INDEX",
  CreateStmt: "CREATE TABLE",
  ViewStmt: "CREATE VIEW",
  TruncateStmt: "TRUNCATE",
  CreatedbStmt: "CREATE DATABASE",
  DropdbStmt: "DROP DATABASE",
  AlterEnumStmt: "ALTER TYPE",
  ReindexStmt: "REINDEX",
  DoStmt: "DO",
  VariableSetStmt: "SET",
  VariableShowStmt: "SHOW",
  CopyStmt: "COPY",
  ExplainStmt: "EXPLAIN",
  CommentStmt: "COMMENT",
  CreateSeqStmt: "CREATE SEQUENCE",
  AlterSeqStmt: "ALTER SEQUENCE",
  CreateSchemaStmt: "CREATE SCHEMA",
  CreateExtensionStmt: "CREATE EXTENSION",
  CreateTrigStmt: "CREATE TRIGGER",
  LockStmt: "LOCK",
  RefreshMatViewStmt: "REFRESH MATERIALIZED VIEW",
  ClusterStmt: "CLUSTER",
  CallStmt: "CALL",
  CreateEnumStmt: "CREATE TYPE",
  CompositeTypeStmt: "CREATE TYPE",
  CreateDomainStmt: "CREATE DOMAIN",
  AlterSystemStmt: "ALTER SYSTEM",
  CreateTableSpaceStmt: "CREATE TABLESPACE",
  DropTableSpaceStmt: "DROP TABLESPACE",
  CreatePolicyStmt: "CREATE POLICY",
  CreateRoleStmt: "CREATE ROLE",
  AlterRoleStmt: "ALTER ROLE",
  DropRoleStmt: "DROP ROLE",
  ListenStmt: "LISTEN",
  NotifyStmt: "NOTIFY",
  CheckPointStmt: "CHECKPOINT",
  DiscardStmt: "DISCARD",
};

/** The node's type and body: parse-tree nodes are single-key objects such as `{ IndexStmt: {…} }`. */
export function nodeEntry(node: unknown): [string, Record<string, unknown>] {
  const entry = node && typeof node === "object" ? Object.entries(node)[0] : undefined;
  if (!entry) return ["", {}];
  const [type, body] = entry;
  return [type, body && typeof body === "object" ? (body as Record<string, unknown>) : {}];
}

function statementKind(node: Node, text: string): string {
  const [type, body] = nodeEntry(node);
  const fixed = FIXED_KINDS[type];
  if (fixed) return fixed;
  const object = (key: string) => OBJECT_NAMES[String(body[key])];
  switch (type) {
    case "TransactionStmt":
      return TRANSACTION_KINDS[String(body.kind)] ?? "TRANSACTION";
    case "AlterTableStmt":
      return `ALTER ${object("objtype") ?? "TABLE"}`;
    case "RenameStmt": {
      // RENAME COLUMN names the relation's type; RENAME TO the renamed object's
      const isSubObject = body.renameType === "OBJECT_COLUMN" || body.renameType === "OBJECT_TABCONSTRAINT";
      const name = isSubObject ? object("relationType") : object("renameType");
      if (name) return `ALTER ${name}`;
      break;
    }
    case "DropStmt": {
      const name = object("removeType");
      if (name) return `DROP ${name}`;
      break;
    }
    case "CreateTableAsStmt":
      return body.objtype === "OBJECT_MATVIEW" ? "CREATE MATERIALIZED VIEW" : "CREATE TABLE AS";
    case "VacuumStmt":
      return body.is_vacuumcmd ? "VACUUM" : "ANALYZE";
    case "CreateFunctionStmt":
      return body.is_procedure ? "CREATE PROCEDURE" : "CREATE FUNCTION";
    case "GrantStmt":
      return body.is_grant ? "GRANT" : "REVOKE";
  }
  return leadingKeywords(text);
}

/** Fallback: the statement's first keyword, and the object keyword after CREATE/ALTER/DROP. */
function leadingKeywords(text: string): string {
  const words = text.toUpperCase().match(/[A-Z_]+/g) ?? [];
  const [first = "SQL", ...rest] = words;
  if (!["CREATE", "ALTER", "DROP"].includes(first)) return first;
  const skip = new Set(["OR", "REPLACE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "TRUSTED", "PROCEDURAL", "DEFAULT", "CONSTRAINT", "RECURSIVE"]);
  const object = rest.find((w) => !skip.has(w));
  return object ? `${first} ${object}` : first;
}
