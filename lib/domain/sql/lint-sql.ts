// Risk lint of SQL, in the manner of Squawk: statements that take heavy locks for long, lose data,
// break running application code, or cannot run the way Phaseline runs them. Decided on the
// Postgres parse tree (./parse-sql), never on regexes of the text.
//
// Phaseline runs a SQL step as one transaction (PRODUCT.md "Domain": SQL steps), so by default
// the lint assumes one; pass `expectsTransaction: false` for SQL run some other way.
import { nodeEntry, parseSql, type TStatement } from "./parse-sql";

export type TLintSeverity = "warning" | "danger";

export type TLintFinding = {
  rule: string;
  severity: TLintSeverity;
  /** 1-based line of the statement in the script */
  line: number;
  /** excerpt of the statement */
  statement: string;
  /** what is risky and why: the lock taken, the data lost, the failure */
  message: string;
  saferAlternative: string;
};

export type TLintOptions = {
  /**
   * The runner wraps the whole script in one transaction (Phaseline's SQL steps do: the default).
   * Then BEGIN/COMMIT inside it are refused and statements that cannot run in a transaction fail.
   */
  expectsTransaction?: boolean;
};

export const LINT_RULES = [
  "invalid-sql",
  "rename-column",
  "rename-table",
  "adding-not-nullable-field",
  "adding-field-with-volatile-default",
  "setting-not-nullable-field",
  "changing-column-type",
  "require-concurrent-index-creation",
  "require-concurrent-index-deletion",
  "create-index-concurrently-in-transaction",
  "constraint-missing-not-valid",
  "validate-constraint-in-same-transaction",
  "adding-primary-key-constraint",
  "disallowed-unique-constraint",
  "ban-drop-table",
  "ban-drop-column",
  "ban-drop-schema",
  "ban-drop-database",
  "ban-truncate",
  "delete-without-where",
  "update-without-where",
  "transaction-nesting",
  "cannot-run-in-transaction",
] as const;

export type TLintRule = (typeof LINT_RULES)[number];

/**
 * Parses and lints a script. Invalid SQL yields one "invalid-sql" finding (with the parser's
 * line), so a caller showing findings never shows "no risk" for SQL that will not run.
 * Async because the parser's WASM loads on first use.
 */
export async function lintSql(sql: string, options: TLintOptions = {}): Promise<TLintFinding[]> {
  const parsed = await parseSql(sql);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    return [
      {
        rule: "invalid-sql",
        severity: "danger",
        line,
        statement: excerpt(sql.split("\n")[line - 1] ?? ""),
        message: `The SQL does not parse (line ${line}, column ${column}): ${message}. Nothing in it can be checked or run.`,
        saferAlternative: "Fix the SQL: Phaseline refuses to save a step whose SQL does not parse.",
      },
    ];
  }
  return lintStatements(parsed.statements, options);
}

type TContext = {
  isInRunnerTransaction: boolean;
  isMultiStatement: boolean;
  /** inside BEGIN … COMMIT written in the script itself */
  isInExplicitTransaction: boolean;
  /** tables created earlier in this script: empty, so building on them locks nothing that matters */
  createdTables: Set<string>;
  /** constraints added NOT VALID earlier in this script, by "table.constraint" */
  notValidConstraints: Set<string>;
};

/** Lints statements already parsed (synchronous). */
export function lintStatements(statements: readonly TStatement[], options: TLintOptions = {}): TLintFinding[] {
  const ctx: TContext = {
    isInRunnerTransaction: options.expectsTransaction ?? true,
    isMultiStatement: statements.length > 1,
    isInExplicitTransaction: false,
    createdTables: new Set(),
    notValidConstraints: new Set(),
  };
  const findings: TLintFinding[] = [];
  for (const statement of statements) {
    const add = (rule: TLintRule, severity: TLintSeverity, message: string, saferAlternative: string) =>
      findings.push({ rule, severity, line: statement.line, statement: excerpt(statement.text), message, saferAlternative });
    lintStatement(statement, ctx, add);
  }
  return findings;
}

export type TRiskSummary = {
  total: number;
  bySeverity: Record<TLintSeverity, number>;
  byRule: Record<string, number>;
  /** the worst severity found, or null when there is nothing to report */
  highest: TLintSeverity | null;
};

/** Counts findings by severity and by rule, for a step's or a whole runbook's risk summary. */
export function summariseRisk(findings: readonly TLintFinding[]): TRiskSummary {
  const bySeverity: Record<TLintSeverity, number> = { warning: 0, danger: 0 };
  const byRule: Record<string, number> = {};
  for (const finding of findings) {
    bySeverity[finding.severity]++;
    byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
  }
  const highest = bySeverity.danger > 0 ? "danger" : bySeverity.warning > 0 ? "warning" : null;
  return { total: findings.length, bySeverity, byRule, highest };
}

// ---------------------------------------------------------------------------------------------

type TAdd = (rule: TLintRule, severity: TLintSeverity, message: string, saferAlternative: string) => void;
type TBody = Record<string, unknown>;

const EXCERPT_LENGTH = 120;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

const asBody = (value: unknown): TBody => (value && typeof value === "object" ? (value as TBody) : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function relationName(relation: unknown): string {
  const r = asBody(relation);
  const name = String(r.relname ?? "?");
  return r.schemaname ? `${String(r.schemaname)}.${name}` : name;
}

/** Tables are matched by name alone: a script rarely names one table under two schemas. */
const tableKey = (relation: unknown) => String(asBody(relation).relname ?? "").toLowerCase();

/** Names in a DropStmt's `objects`: lists of String nodes, or a bare String for schemas. */
function droppedNames(objects: unknown): string[] {
  return asList(objects).map((object) => {
    const [type, body] = nodeEntry(object);
    if (type === "String") return String(body.sval ?? "?");
    if (type === "List") return asList(body.items).map((item) => String(nodeEntry(item)[1].sval ?? "?")).join(".");
    return "?";
  });
}

function transactionReason(ctx: TContext): string {
  if (ctx.isInRunnerTransaction) return "Phaseline runs a SQL step in one transaction";
  if (ctx.isInExplicitTransaction) return "the script opened a transaction with BEGIN before it";
  return "a script of several statements sent at once runs as one implicit transaction";
}

function lintStatement(statement: TStatement, ctx: TContext, add: TAdd): void {
  const [type, body] = nodeEntry(statement.node);
  switch (type) {
    case "RenameStmt":
      return lintRename(body, add);
    case "AlterTableStmt":
      return lintAlterTable(body, ctx, add);
    case "IndexStmt":
      return lintCreateIndex(body, ctx, add);
    case "CreateStmt":
    case "CreateTableAsStmt": {
      const relation = type === "CreateStmt" ? body.relation : asBody(body.into).rel;
      ctx.createdTables.add(tableKey(relation));
      return;
    }
    case "DropStmt":
      return lintDrop(body, ctx, add);
    case "DropdbStmt":
      add(
        "ban-drop-database",
        "danger",
        `DROP DATABASE ${String(body.dbname)} deletes the whole database and every row in it; it cannot be rolled back, and it cannot run inside a transaction block, so as a SQL step it fails.`,
        "Never drop a database from a runbook step. Take a backup and have a DBA drop it by hand after the retention period.",
      );
      return cannotRunInTransaction("DROP DATABASE", ctx, add);
    case "CreatedbStmt":
      return cannotRunInTransaction("CREATE DATABASE", ctx, add);
    case "TruncateStmt": {
      const tables = asList(body.relations).map((r) => relationName(nodeEntry(r)[1])).join(", ");
      add(
        "ban-truncate",
        "danger",
        `TRUNCATE ${tables} deletes every row and takes an ACCESS EXCLUSIVE lock, blocking all reads and writes of the table until the transaction ends; once committed the rows are gone (no WHERE, no triggers per row).`,
        "Copy the rows to an archive table first, then DELETE in batches with a WHERE clause — or, if the table really must be emptied, do it in a step of its own after a verified backup.",
      );
      return;
    }
    case "DeleteStmt":
      if (!body.whereClause) {
        add(
          "delete-without-where",
          "danger",
          `DELETE FROM ${relationName(body.relation)} without WHERE deletes every row, holding a row lock on each until the transaction commits (concurrent writes to those rows wait) and leaving the table full of dead rows.`,
          "Add a WHERE clause naming the rows to delete, check the count with a SELECT first, and delete large sets in batches.",
        );
      }
      return;
    case "UpdateStmt":
      if (!body.whereClause) {
        add(
          "update-without-where",
          "danger",
          `UPDATE ${relationName(body.relation)} without WHERE rewrites every row, holding a row lock on each until the transaction commits (concurrent writes to those rows wait) and doubling the table's size in dead rows; the old values are lost once committed.`,
          "Add a WHERE clause naming the rows to change, capture a baseline of the old values first, and update large tables in batches.",
        );
      }
      return;
    case "TransactionStmt":
      return lintTransaction(statement, body, ctx, add);
    case "VacuumStmt":
      if (body.is_vacuumcmd) {
        const isFull = asList(body.options).some((o) => nodeEntry(o)[1].defname === "full");
        cannotRunInTransaction(isFull ? "VACUUM FULL (which also rewrites the table under an ACCESS EXCLUSIVE lock)" : "VACUUM", ctx, add);
      }
      return;
    case "ReindexStmt": {
      const isConcurrent = asList(body.params).some((p) => nodeEntry(p)[1].defname === "concurrently");
      if (isConcurrent) cannotRunInTransaction("REINDEX CONCURRENTLY", ctx, add);
      else if (body.kind === "REINDEX_OBJECT_SCHEMA" || body.kind === "REINDEX_OBJECT_DATABASE" || body.kind === "REINDEX_OBJECT_SYSTEM")
        cannotRunInTransaction(`REINDEX ${String(body.kind).replace("REINDEX_OBJECT_", "")}`, ctx, add);
      return;
    }
    case "AlterEnumStmt":
      if (body.newVal !== undefined && !body.oldVal) {
        const typeName = asList(body.typeName).map((n) => String(nodeEntry(n)[1].sval)).join(".");
        if (isInTransaction(ctx)) {
          add(
            "cannot-run-in-transaction",
            "warning",
            `ALTER TYPE ${typeName} ADD VALUE cannot run inside a transaction block before PostgreSQL 12 (${transactionReason(ctx)}); from 12 on it can, but the new value cannot be used until the transaction commits.`,
            "Add the enum value in a step of its own, and use it in later steps.",
          );
        }
      }
      return;
    case "CreateTableSpaceStmt":
      return cannotRunInTransaction("CREATE TABLESPACE", ctx, add);
    case "DropTableSpaceStmt":
      return cannotRunInTransaction("DROP TABLESPACE", ctx, add);
    case "AlterSystemStmt":
      return cannotRunInTransaction("ALTER SYSTEM", ctx, add);
    case "ClusterStmt":
      if (!body.relation) cannotRunInTransaction("CLUSTER of every table", ctx, add);
      return;
  }
}

function isInTransaction(ctx: TContext): boolean {
  return ctx.isInRunnerTransaction || ctx.isInExplicitTransaction || ctx.isMultiStatement;
}

function cannotRunInTransaction(what: string, ctx: TContext, add: TAdd): void {
  if (!isInTransaction(ctx)) return;
  add(
    "cannot-run-in-transaction",
    "danger",
    `${what} cannot run inside a transaction block, and ${transactionReason(ctx)}: Postgres refuses it with "cannot run inside a transaction block" and the step fails.`,
    "Run it alone in a step of its own that does not run in a transaction (a COMMAND step running psql), or by a DBA outside the deployment.",
  );
}

function lintRename(body: TBody, add: TAdd): void {
  const table = relationName(body.relation);
  if (body.renameType === "OBJECT_COLUMN" && (body.relationType === "OBJECT_TABLE" || body.relationType === "OBJECT_FOREIGN_TABLE")) {
    add(
      "rename-column",
      "warning",
      `Renaming ${table}.${String(body.subname)} to ${String(body.newname)} takes an ACCESS EXCLUSIVE lock on ${table}: brief, but it waits behind every running query on the table and blocks every query queued after it. From the commit on, any application code, view or report still using ${String(body.subname)} fails.`,
      "Expand and contract: add a new column, backfill it and keep both in step (trigger or dual writes), switch reads to the new column, and drop the old one in a later deployment. If the rename must be atomic, ship code that tolerates both names first and keep lock_timeout short.",
    );
  } else if (body.renameType === "OBJECT_TABLE") {
    add(
      "rename-table",
      "warning",
      `Renaming table ${table} to ${String(body.newname)} takes an ACCESS EXCLUSIVE lock on it: brief, but it waits behind every running query on the table and blocks every query queued after it. From the commit on, any application code or query still using ${table} fails.`,
      `Add a new table (or a view named ${String(body.newname)} over the old one), switch the code to it, and drop the old name in a later deployment; keep lock_timeout short.`,
    );
  }
}

function lintAlterTable(body: TBody, ctx: TContext, add: TAdd): void {
  if (body.objtype !== "OBJECT_TABLE" && body.objtype !== undefined) return;
  const table = relationName(body.relation);
  const isNewTable = ctx.createdTables.has(tableKey(body.relation));
  for (const cmdNode of asList(body.cmds)) {
    const cmd = nodeEntry(cmdNode)[1];
    const column = String(cmd.name ?? "");
    switch (cmd.subtype) {
      case "AT_AddColumn":
        lintAddColumn(table, nodeEntry(cmd.def)[1], isNewTable, add);
        break;
      case "AT_DropColumn":
        add(
          "ban-drop-column",
          "danger",
          `Dropping ${table}.${column} loses its data for good once committed, takes an ACCESS EXCLUSIVE lock on ${table} (brief, but it queues behind running queries and blocks those after it), and breaks any code, view or query still reading the column.`,
          "Stop using the column in the application first, deploy that, keep a copy of the data (or a backup), and drop the column in a later deployment.",
        );
        break;
      case "AT_AlterColumnType":
        if (!isNewTable) {
          add(
            "changing-column-type",
            "danger",
            `Changing the type of ${table}.${column} takes an ACCESS EXCLUSIVE lock on ${table} and, unless the types are binary-compatible (e.g. varchar(n) to a larger n or to text), rewrites the whole table and rebuilds its indexes while holding it: no reads or writes for the duration. Code expecting the old type may break.`,
            "Add a new column of the new type, backfill it in batches and keep it in step, switch reads to it, then drop the old column in a later deployment.",
          );
        }
        break;
      case "AT_SetNotNull":
        if (!isNewTable) {
          add(
            "setting-not-nullable-field",
            "danger",
            `SET NOT NULL on ${table}.${column} takes an ACCESS EXCLUSIVE lock on ${table} and scans every row to check for NULLs while holding it: no reads or writes until the scan ends. It fails if any row is NULL.`,
            `Add CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it in a later step (that takes only SHARE UPDATE EXCLUSIVE), then SET NOT NULL — Postgres 12+ uses the validated check and skips the scan — and drop the check.`,
          );
        }
        break;
      case "AT_AddConstraint":
        lintAddConstraint(table, tableKey(body.relation), nodeEntry(cmd.def)[1], isNewTable, ctx, add);
        break;
      case "AT_ValidateConstraint":
        if (ctx.notValidConstraints.has(`${tableKey(body.relation)}.${column.toLowerCase()}`)) {
          add(
            "validate-constraint-in-same-transaction",
            "warning",
            `VALIDATE CONSTRAINT ${column} runs in the same transaction that added it NOT VALID, so the lock the ADD CONSTRAINT took on ${table} (ACCESS EXCLUSIVE for CHECK, SHARE ROW EXCLUSIVE for FOREIGN KEY) is still held during the full validation scan: NOT VALID gains nothing.`,
            "Validate the constraint in a later step of its own; VALIDATE CONSTRAINT alone takes only SHARE UPDATE EXCLUSIVE and lets reads and writes go on.",
          );
        }
        break;
    }
  }
}

function lintAddColumn(table: string, column: TBody, isNewTable: boolean, add: TAdd): void {
  if (isNewTable) return;
  const name = String(column.colname ?? "?");
  const constraints = asList(column.constraints).map((c) => nodeEntry(c)[1]);
  const has = (contype: string) => constraints.some((c) => c.contype === contype);
  const defaultExpr = constraints.find((c) => c.contype === "CONSTR_DEFAULT")?.raw_expr;
  const typeName = asList(asBody(column.typeName).names).map((n) => String(nodeEntry(n)[1].sval)).pop() ?? "";

  const isGenerated = has("CONSTR_GENERATED") || has("CONSTR_IDENTITY");
  if (has("CONSTR_NOTNULL") && !has("CONSTR_DEFAULT") && !isGenerated && !/serial/i.test(typeName)) {
    add(
      "adding-not-nullable-field",
      "danger",
      `Adding ${table}.${name} as NOT NULL without a DEFAULT fails on a table that has any rows ("column contains null values"), after waiting for an ACCESS EXCLUSIVE lock on ${table}.`,
      `Add the column nullable (or with a constant DEFAULT, which Postgres 11+ adds without rewriting the table), backfill it in batches, then enforce NOT NULL with a CHECK (${name} IS NOT NULL) NOT VALID validated in a later step.`,
    );
  }
  const volatileCall = defaultExpr ? findVolatileCall(defaultExpr) : null;
  const reason = volatileCall
    ? `a volatile DEFAULT (${volatileCall}())`
    : /^(small|big)?serial[248]?$/i.test(typeName)
      ? `a ${typeName} column (its DEFAULT nextval() is volatile)`
      : has("CONSTR_IDENTITY")
        ? "an identity column"
        : constraints.some((c) => c.contype === "CONSTR_GENERATED" && c.generated_kind === "s")
          ? "a stored generated column"
          : null;
  if (reason) {
    add(
      "adding-field-with-volatile-default",
      "danger",
      `Adding ${table}.${name} as ${reason} rewrites the whole table to fill every existing row, holding an ACCESS EXCLUSIVE lock on ${table} throughout: no reads or writes until the rewrite ends.`,
      "Add the column without a default (or with a constant one), set the default for new rows with ALTER COLUMN … SET DEFAULT, and backfill existing rows in batches.",
    );
  }
  if (has("CONSTR_PRIMARY") || has("CONSTR_UNIQUE")) {
    const isPrimary = has("CONSTR_PRIMARY");
    add(
      isPrimary ? "adding-primary-key-constraint" : "disallowed-unique-constraint",
      "danger",
      `Adding ${table}.${name} with ${isPrimary ? "PRIMARY KEY" : "UNIQUE"} builds its unique index while holding an ACCESS EXCLUSIVE lock on ${table}: no reads or writes for as long as the build takes.`,
      `Add the column plain, CREATE UNIQUE INDEX CONCURRENTLY in a step of its own outside a transaction, then ADD CONSTRAINT … ${isPrimary ? "PRIMARY KEY" : "UNIQUE"} USING INDEX.`,
    );
  }
}

const VOLATILE_FUNCTIONS = new Set([
  "random",
  "gen_random_uuid",
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  "uuidv4",
  "uuidv7",
  "clock_timestamp",
  "timeofday",
  "nextval",
  "txid_current",
  "setseed",
]);

/** The first call of a known volatile function anywhere in an expression tree. */
function findVolatileCall(expr: unknown): string | null {
  if (Array.isArray(expr)) {
    for (const item of expr) {
      const found = findVolatileCall(item);
      if (found) return found;
    }
    return null;
  }
  if (!expr || typeof expr !== "object") return null;
  const call = (expr as TBody).FuncCall;
  if (call) {
    const name = asList(asBody(call).funcname).map((n) => String(nodeEntry(n)[1].sval)).pop()?.toLowerCase();
    if (name && VOLATILE_FUNCTIONS.has(name)) return name;
  }
  for (const value of Object.values(expr)) {
    const found = findVolatileCall(value);
    if (found) return found;
  }
  return null;
}

function lintAddConstraint(table: string, key: string, constraint: TBody, isNewTable: boolean, ctx: TContext, add: TAdd): void {
  const name = constraint.conname ? ` ${String(constraint.conname)}` : "";
  switch (constraint.contype) {
    case "CONSTR_FOREIGN":
    case "CONSTR_CHECK": {
      if (constraint.skip_validation) {
        if (constraint.conname) ctx.notValidConstraints.add(`${key}.${String(constraint.conname).toLowerCase()}`);
        return;
      }
      if (isNewTable) return;
      const isForeign = constraint.contype === "CONSTR_FOREIGN";
      add(
        "constraint-missing-not-valid",
        "danger",
        isForeign
          ? `ADD CONSTRAINT${name} FOREIGN KEY checks every existing row of ${table} while holding a SHARE ROW EXCLUSIVE lock on ${table} and on ${relationName(constraint.pktable)}: writes to both tables wait until the scan ends.`
          : `ADD CONSTRAINT${name} CHECK scans every existing row of ${table} while holding an ACCESS EXCLUSIVE lock on it: no reads or writes until the scan ends.`,
        "Add the constraint with NOT VALID (new rows are checked at once, the lock is brief), then VALIDATE CONSTRAINT in a later step of its own, which takes only SHARE UPDATE EXCLUSIVE.",
      );
      return;
    }
    case "CONSTR_PRIMARY":
    case "CONSTR_UNIQUE": {
      if (constraint.indexname || isNewTable) return; // USING INDEX: the index was built beforehand
      const isPrimary = constraint.contype === "CONSTR_PRIMARY";
      add(
        isPrimary ? "adding-primary-key-constraint" : "disallowed-unique-constraint",
        "danger",
        `ADD CONSTRAINT${name} ${isPrimary ? "PRIMARY KEY" : "UNIQUE"} builds a unique index over every row of ${table} while holding an ACCESS EXCLUSIVE lock on it: no reads or writes for as long as the build takes.${isPrimary ? " A PRIMARY KEY also sets its columns NOT NULL, scanning the table." : ""}`,
        `CREATE UNIQUE INDEX CONCURRENTLY in a step of its own outside a transaction, then ALTER TABLE ${table} ADD CONSTRAINT … ${isPrimary ? "PRIMARY KEY" : "UNIQUE"} USING INDEX, which is near instant.`,
      );
    }
  }
}

function lintCreateIndex(body: TBody, ctx: TContext, add: TAdd): void {
  const table = relationName(body.relation);
  const index = body.idxname ? ` ${String(body.idxname)}` : "";
  if (body.concurrent) {
    if (isInTransaction(ctx)) {
      add(
        "create-index-concurrently-in-transaction",
        "danger",
        `CREATE INDEX CONCURRENTLY${index} cannot run inside a transaction block, and ${transactionReason(ctx)}: Postgres refuses it and the step fails.`,
        "Put CREATE INDEX CONCURRENTLY alone in a step of its own that runs outside a transaction (e.g. a COMMAND step running psql), and check afterwards that the index is valid (a failed concurrent build leaves an INVALID index to drop).",
      );
    }
    return;
  }
  if (ctx.createdTables.has(tableKey(body.relation))) return;
  add(
    "require-concurrent-index-creation",
    "danger",
    `CREATE INDEX${index} on ${table} without CONCURRENTLY holds a SHARE lock on ${table} for the whole build: every INSERT, UPDATE and DELETE waits until the index is built.`,
    "CREATE INDEX CONCURRENTLY in a step of its own outside a transaction; it builds without blocking writes.",
  );
}

function lintDrop(body: TBody, ctx: TContext, add: TAdd): void {
  const names = droppedNames(body.objects).join(", ");
  switch (body.removeType) {
    case "OBJECT_TABLE":
      add(
        "ban-drop-table",
        "danger",
        `DROP TABLE ${names} deletes the table and all its rows for good once committed, takes an ACCESS EXCLUSIVE lock on it, and breaks any code, view or query still using it${body.behavior === "DROP_CASCADE" ? "; CASCADE also drops every view and foreign key depending on it" : ""}.`,
        "Stop using the table in the application first, rename it or revoke access for a while to prove nothing needs it, keep a backup, and drop it in a later deployment.",
      );
      return;
    case "OBJECT_SCHEMA":
      add(
        "ban-drop-schema",
        "danger",
        `DROP SCHEMA ${names}${body.behavior === "DROP_CASCADE" ? " CASCADE deletes every table in it and all their rows" : " deletes the schema"} for good once committed, taking ACCESS EXCLUSIVE locks on what it drops.`,
        "Drop the schema's objects one by one in later deployments, once nothing uses them and a backup exists.",
      );
      return;
    case "OBJECT_INDEX":
      if (body.concurrent) {
        if (isInTransaction(ctx)) cannotRunInTransaction("DROP INDEX CONCURRENTLY", ctx, add);
        return;
      }
      add(
        "require-concurrent-index-deletion",
        "warning",
        `DROP INDEX ${names} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table: brief, but it waits behind every running query on the table and blocks every query queued after it. Queries that used the index may slow down.`,
        "DROP INDEX CONCURRENTLY in a step of its own outside a transaction.",
      );
  }
}

function lintTransaction(statement: TStatement, body: TBody, ctx: TContext, add: TAdd): void {
  const kind = String(body.kind);
  const isBegin = kind === "TRANS_STMT_BEGIN" || kind === "TRANS_STMT_START";
  const isEnd = kind === "TRANS_STMT_COMMIT" || kind === "TRANS_STMT_ROLLBACK" || kind === "TRANS_STMT_PREPARE";
  if (ctx.isInRunnerTransaction && (isBegin || isEnd)) {
    add(
      "transaction-nesting",
      "danger",
      isBegin
        ? `${statement.kind} inside a script that Phaseline already runs in one transaction does nothing but warn, and the COMMIT that usually follows ends Phaseline's transaction early: the statements after it run outside it, and a rehearsal (run, then ROLLBACK) really commits them.`
        : `${statement.kind} inside a script that Phaseline runs in one transaction ends that transaction early: the statements after it run outside it, a later failure no longer rolls back what came before, and a rehearsal (run, then ROLLBACK) really ${kind === "TRANS_STMT_ROLLBACK" ? "loses the work done so far" : "commits the changes"}.`,
      "Remove BEGIN, COMMIT and ROLLBACK: Phaseline opens and commits the transaction itself (use SAVEPOINT for a partial rollback). Split work that must commit separately into separate steps.",
    );
  }
  if (isBegin) ctx.isInExplicitTransaction = true;
  if (isEnd) ctx.isInExplicitTransaction = false;
}
