// Risk lint of SQL, in the manner of Squawk: statements that take heavy locks for long, lose data,
// break running application code, or cannot run the way Phaseline runs them. Decided on the
// Postgres parse tree (./parse-sql), never on regexes of the text.
//
// Phaseline runs a SQL step as one transaction (PRODUCT.md "Domain": SQL steps), so by default
// the lint assumes one; pass `expectsTransaction: false` for SQL run some other way.
//
// The executor's refusals (./executor-rules.ts) are findings here too: a script the executor will
// refuse is never "clean". Docs: docs/sql-lint.md lists every rule and why it exists.
import { SCHEMA_DESIGN_RULES, type TSchemaDesignRule } from "./schema-design-rules";
import { findExecutorRefusals } from "./executor-rules";
import { nodeEntry, parseSql, type TStatement } from "./parse-sql";

export type TLintSeverity = "warning" | "danger";

export type TLintFinding = {
  rule: string;
  severity: TLintSeverity;
  /** 1-based line of the statement in the script */
  line: number;
  /** 1-based column of the statement's first token */
  column: number;
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
  /**
   * The target's major version (e.g. 12). Version-dependent rules answer for it: a constant
   * DEFAULT rewrites the table before 11; SET NOT NULL skips its scan after a validated CHECK
   * from 12; ALTER TYPE … ADD VALUE runs in a transaction from 12. Absent: a current server.
   */
  serverVersion?: number;
  /**
   * With `expectsTransaction: false`: the runner sends each statement on its own (a SQL step
   * outside a transaction), so several statements do not form an implicit transaction.
   */
  isStatementByStatement?: boolean;
  /** the schema-design warnings (int keys, timestamp, varchar(n), serial, char(n)); on unless switched off */
  isSchemaDesign?: boolean;
  /**
   * Schema-design warnings switched off one by one (e.g. a team that keeps `varchar(n)`). Only
   * these advisory rules can be switched off: the risk rules and the executor's refusals cannot.
   */
  disabledRules?: readonly TSchemaDesignRule[];
  /**
   * What earlier steps of the same phase established (a validated NOT NULL check), carried from
   * one script to the next in order; lintSqlSteps passes one per phase. Mutated.
   */
  established?: TLintState;
};

/** Facts earlier steps established, for the ones after them. */
export type TLintState = {
  /** CHECK (col IS NOT NULL) constraints added, by "table.constraint" → column */
  notNullChecks: Map<string, string>;
  /** columns with a validated CHECK (col IS NOT NULL), by "table.column" */
  validatedNotNull: Set<string>;
};

export const newLintState = (): TLintState => ({ notNullChecks: new Map(), validatedNotNull: new Set() });

/** The newest major version the version-dependent rules know; any later one behaves the same. */
export const CURRENT_SERVER_VERSION = 18;

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
  "lifts-step-limits",
  "enum-value-used-in-same-transaction",
  "adding-field-with-default",
  "cluster",
  "vacuum-full",
  "require-concurrent-reindex",
  "require-concurrent-detach-partition",
  "dropping-not-null",
  "prefer-bigint-over-int",
  "prefer-timestamptz",
  "prefer-text-field",
  "prefer-identity",
  "ban-char-field",
  "enum-value-added-out-of-order",
  "domain-constraint-missing-not-valid",
  "validate-domain-constraint",
] as const;

export type TLintRule = (typeof LINT_RULES)[number];

/** The schema-design warnings: advice on types and keys, which a team may switch off one by one. */
export { SCHEMA_DESIGN_RULES, type TSchemaDesignRule };
// every switchable rule is a rule of this lint
SCHEMA_DESIGN_RULES satisfies readonly TLintRule[];

/** The major version from which ALTER DOMAIN … VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE instead of SHARE on the tables using the domain. */
export const DOMAIN_VALIDATE_LOCK_VERSION = 19;

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
        column,
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
  serverVersion: number;
  isSchemaDesign: boolean;
  established: TLintState;
  /** enum values added earlier in this script, by value */
  addedEnumValues: Map<string, string>;
  /** enum types and domains created earlier in this script (no column uses them yet), by lower-cased name */
  createdTypes: Set<string>;
};

/** Lints statements already parsed (synchronous). */
export function lintStatements(statements: readonly TStatement[], options: TLintOptions = {}): TLintFinding[] {
  const ctx: TContext = {
    isInRunnerTransaction: options.expectsTransaction ?? true,
    isMultiStatement: statements.length > 1 && !options.isStatementByStatement,
    isInExplicitTransaction: false,
    createdTables: new Set(),
    notValidConstraints: new Set(),
    serverVersion: options.serverVersion ?? CURRENT_SERVER_VERSION,
    isSchemaDesign: options.isSchemaDesign ?? true,
    established: options.established ?? newLintState(),
    addedEnumValues: new Map(),
    createdTypes: new Set(),
  };
  // only the advisory schema-design rules can be switched off, whatever a caller passes
  const disabled = new Set<string>((options.disabledRules ?? []).filter((rule) => (SCHEMA_DESIGN_RULES as readonly string[]).includes(rule)));
  const findings: TLintFinding[] = [];
  for (const statement of statements) {
    const add = (rule: TLintRule, severity: TLintSeverity, message: string, saferAlternative: string) => {
      if (disabled.has(rule)) return;
      findings.push({ rule, severity, line: statement.line, column: statement.column, statement: excerpt(statement.text), message, saferAlternative });
    };
    lintStatement(statement, ctx, add);
    if (ctx.addedEnumValues.size > 0 && nodeEntry(statement.node)[0] !== "AlterEnumStmt") lintEnumValueUse(statement, ctx, add);
  }
  // one rule set: whatever the executor refuses is a danger here, at the same line and column
  const refusals = findExecutorRefusals(statements, { isOutsideTransaction: !ctx.isInRunnerTransaction });
  for (const refusal of refusals) {
    const rule: TLintRule = refusal.rule === "transaction-control" ? "transaction-nesting" : "lifts-step-limits";
    if (findings.some((f) => f.rule === rule && f.line === refusal.line && f.column === refusal.column)) continue;
    const statement = statements.find((s) => s.line === refusal.line && s.column === refusal.column);
    findings.push({
      rule,
      severity: "danger",
      line: refusal.line,
      column: refusal.column,
      statement: excerpt(statement?.text ?? ""),
      message: `${refusal.message} Phaseline refuses to run it.`,
      saferAlternative: refusal.advice,
    });
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A value added by ALTER TYPE … ADD VALUE earlier in this transaction, used as a literal here. */
function lintEnumValueUse(statement: TStatement, ctx: TContext, add: TAdd): void {
  // several statements sent at once form one implicit transaction too ("unsafe use of new value")
  if (!isInTransaction(ctx)) return;
  const used = findStringConstants(statement.node).find((value) => ctx.addedEnumValues.has(value));
  if (used === undefined) return;
  add(
    "enum-value-used-in-same-transaction",
    "danger",
    `The enum value '${used}' is added to ${ctx.addedEnumValues.get(used)} and used in the same transaction: Postgres refuses it ("unsafe use of new value") until the transaction that added it commits, so the step fails.`,
    "Add the enum value in a step of its own, and use it in a later step.",
  );
}

function findStringConstants(node: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    const constant = (value as TBody).A_Const as TBody | undefined;
    const sval = constant ? (asBody(constant.sval).sval as unknown) : undefined;
    if (typeof sval === "string") found.push(sval);
    Object.values(value).forEach(visit);
  };
  visit(node);
  return found;
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
    if (type === "List")
      return asList(body.items)
        .map((item) => String(nodeEntry(item)[1].sval ?? "?"))
        .join(".");
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
      if (type === "CreateStmt" && ctx.isSchemaDesign) {
        const primaryKey = new Set(
          asList(body.tableElts)
            .map((e) => nodeEntry(e))
            .filter(([t, c]) => t === "Constraint" && c.contype === "CONSTR_PRIMARY")
            .flatMap(([, c]) => asList(c.keys).map((k) => String(nodeEntry(k)[1].sval ?? "").toLowerCase())),
        );
        for (const element of asList(body.tableElts)) {
          const [elementType, column] = nodeEntry(element);
          if (elementType === "ColumnDef") lintColumnDesign(relationName(relation), column, primaryKey.has(String(column.colname ?? "").toLowerCase()), add);
        }
      }
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
      const tables = asList(body.relations)
        .map((r) => relationName(nodeEntry(r)[1]))
        .join(", ");
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
        if (isFull) {
          const tables =
            asList(body.rels)
              .map((r) => relationName(nodeEntry(r)[1].relation))
              .join(", ") || "every table of the database";
          add(
            "vacuum-full",
            "danger",
            `VACUUM FULL ${tables} rewrites each table and its indexes while holding an ACCESS EXCLUSIVE lock on it: no reads or writes until the copy ends, and it needs disk for a second copy.`,
            "Let (auto)vacuum reclaim space for reuse, or rebuild the table online with pg_repack or pg_squeeze run by a DBA outside the deployment.",
          );
        }
        cannotRunInTransaction(isFull ? "VACUUM FULL" : "VACUUM", ctx, add);
      }
      return;
    case "ReindexStmt": {
      const isConcurrent = asList(body.params).some((p) => nodeEntry(p)[1].defname === "concurrently");
      if (!isConcurrent && !ctx.createdTables.has(tableKey(body.relation))) {
        const what =
          body.kind === "REINDEX_OBJECT_INDEX"
            ? `index ${relationName(body.relation)}`
            : body.relation
              ? `table ${relationName(body.relation)}`
              : `${String(body.kind).replace("REINDEX_OBJECT_", "").toLowerCase()} ${String(body.name ?? "")}`.trim();
        add(
          "require-concurrent-reindex",
          "danger",
          `REINDEX of ${what} without CONCURRENTLY locks out writes to the table (SHARE lock) and blocks reads that would use the index being rebuilt (ACCESS EXCLUSIVE on it) for the whole rebuild.`,
          "REINDEX … CONCURRENTLY (Postgres 12+) in a step that runs outside a transaction; check afterwards that no INVALID index (…_ccnew) was left.",
        );
      }
      if (isConcurrent) cannotRunInTransaction("REINDEX CONCURRENTLY", ctx, add);
      else if (body.kind === "REINDEX_OBJECT_SCHEMA" || body.kind === "REINDEX_OBJECT_DATABASE" || body.kind === "REINDEX_OBJECT_SYSTEM")
        cannotRunInTransaction(`REINDEX ${String(body.kind).replace("REINDEX_OBJECT_", "")}`, ctx, add);
      return;
    }
    case "CreateEnumStmt":
      ctx.createdTypes.add(typeKey(body.typeName));
      return;
    case "CreateDomainStmt":
      // a new domain is used by no column yet: its CHECK scans nothing. Changing an existing
      // column to it is ALTER COLUMN … TYPE, flagged by changing-column-type.
      ctx.createdTypes.add(typeKey(body.domainname));
      return;
    case "AlterDomainStmt":
      return lintAlterDomain(body, ctx, add);
    case "AlterEnumStmt":
      if (body.newVal !== undefined && !body.oldVal) {
        const typeName = asList(body.typeName)
          .map((n) => String(nodeEntry(n)[1].sval))
          .join(".");
        ctx.addedEnumValues.set(String(body.newVal), typeName);
        if (body.newValNeighbor !== undefined && !ctx.createdTypes.has(typeKey(body.typeName))) {
          const where = `${body.newValIsAfter ? "AFTER" : "BEFORE"} '${String(body.newValNeighbor)}'`;
          add(
            "enum-value-added-out-of-order",
            "warning",
            `ALTER TYPE ${typeName} ADD VALUE '${String(body.newVal)}' ${where} puts the new value between existing ones, so every comparison and ORDER BY over ${typeName} changes meaning: a filter such as status < '${String(body.newValNeighbor)}' or a range of values now includes (or excludes) '${String(body.newVal)}', and code that relied on the order of the values sorts differently. Postgres also compares such a value by looking up its position in the catalog, which makes comparisons with it slower. No table is rewritten.`,
            `Add the value at the end (ALTER TYPE ${typeName} ADD VALUE '${String(body.newVal)}', without BEFORE or AFTER) unless the new position is the point; if it is, review every query comparing or ordering ${typeName} values first.`,
          );
        }
        if (isInTransaction(ctx) && ctx.serverVersion < 12) {
          add(
            "cannot-run-in-transaction",
            "danger",
            `ALTER TYPE ${typeName} ADD VALUE cannot run inside a transaction block before PostgreSQL 12, and ${transactionReason(ctx)}: the target (PostgreSQL ${ctx.serverVersion}) refuses it.`,
            "Add the enum value in a step of its own that runs outside a transaction, and use it in later steps.",
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
      if (!ctx.createdTables.has(tableKey(body.relation))) {
        add(
          "cluster",
          "danger",
          `CLUSTER ${body.relation ? relationName(body.relation) : "(every clustered table)"} rewrites the table in index order while holding an ACCESS EXCLUSIVE lock on it: no reads or writes until the rewrite ends.`,
          "Do without the physical order, or have a DBA rebuild the table online with pg_repack outside the deployment.",
        );
      }
      return;
  }
}

/** Types (enums, domains) are matched by their last name part, like tables. */
const typeKey = (names: unknown) =>
  String(
    asList(names)
      .map((n) => nodeEntry(n)[1].sval)
      .pop() ?? "",
  ).toLowerCase();

/**
 * ALTER DOMAIN: a constraint added to a domain is checked against every column of every table
 * using it, under a SHARE lock on each table (measured on PostgreSQL 15: ADD CONSTRAINT, SET NOT
 * NULL and VALIDATE CONSTRAINT all take SHARE; VALIDATE takes SHARE UPDATE EXCLUSIVE from 19).
 */
function lintAlterDomain(body: TBody, ctx: TContext, add: TAdd): void {
  const name = asList(body.typeName)
    .map((n) => String(nodeEntry(n)[1].sval))
    .join(".");
  const key = `domain:${typeKey(body.typeName)}`;
  if (ctx.createdTypes.has(typeKey(body.typeName))) return;
  const subtype = String(body.subtype);
  if (subtype === "C") {
    const constraint = asBody(nodeEntry(body.def)[1]);
    if (constraint.contype === "CONSTR_NOTNULL" && !constraint.skip_validation) return lintAlterDomain({ ...body, subtype: "O" }, ctx, add);
    if (constraint.contype !== "CONSTR_CHECK") return;
    const constraintName = constraint.conname ? ` ${String(constraint.conname)}` : "";
    if (constraint.skip_validation) {
      if (constraint.conname) ctx.notValidConstraints.add(`${key}.${String(constraint.conname).toLowerCase()}`);
      return;
    }
    add(
      "domain-constraint-missing-not-valid",
      "danger",
      `ALTER DOMAIN ${name} ADD CONSTRAINT${constraintName} CHECK checks every value of every column using ${name}, in every table, while holding a SHARE lock on each of those tables: INSERT, UPDATE and DELETE on all of them wait until the scan ends.`,
      `ALTER DOMAIN ${name} ADD CONSTRAINT … CHECK (…) NOT VALID (new values are checked at once, existing rows are not scanned), then ALTER DOMAIN ${name} VALIDATE CONSTRAINT … in a later step of its own.`,
    );
    return;
  }
  if (subtype === "O") {
    add(
      "domain-constraint-missing-not-valid",
      "danger",
      `ALTER DOMAIN ${name} SET NOT NULL checks every column using ${name}, in every table, for NULLs while holding a SHARE lock on each of those tables: writes to all of them wait until the scan ends. It fails if any value is NULL.`,
      `ALTER DOMAIN ${name} ADD CONSTRAINT … CHECK (VALUE IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT it in a later step of its own.`,
    );
    return;
  }
  if (subtype === "V") {
    const constraint = String(body.name ?? "");
    if (ctx.notValidConstraints.has(`${key}.${constraint.toLowerCase()}`)) {
      add(
        "validate-constraint-in-same-transaction",
        "warning",
        `VALIDATE CONSTRAINT ${constraint} runs in the same transaction that added it to ${name} NOT VALID: the scan of every table using ${name} happens now after all, under the locks the transaction already holds, so NOT VALID gains nothing.`,
        "Validate the constraint in a later step of its own.",
      );
      return;
    }
    if (ctx.serverVersion < DOMAIN_VALIDATE_LOCK_VERSION) {
      add(
        "validate-domain-constraint",
        "warning",
        `ALTER DOMAIN ${name} VALIDATE CONSTRAINT ${constraint} scans every column using ${name} while holding a SHARE lock on each of those tables on PostgreSQL ${ctx.serverVersion} (before 19, unlike a table's VALIDATE CONSTRAINT): reads go on, but INSERT, UPDATE and DELETE on those tables wait until the scan ends.`,
        `Run it at a quiet time in a step of its own with a short lock_timeout; new values are already checked since the NOT VALID constraint was added. From PostgreSQL 19 it takes only SHARE UPDATE EXCLUSIVE and lets writes go on.`,
      );
    }
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
        lintAddColumn(table, nodeEntry(cmd.def)[1], isNewTable, ctx, add);
        if (ctx.isSchemaDesign) lintColumnDesign(table, nodeEntry(cmd.def)[1], false, add);
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
      case "AT_DropNotNull":
        if (!isNewTable) {
          add(
            "dropping-not-null",
            "warning",
            `DROP NOT NULL on ${table}.${column} lets NULLs in from the commit on: code and reports that assume a value may break, and putting the constraint back later scans the whole table under an ACCESS EXCLUSIVE lock.`,
            "Make sure every reader handles NULL first; to restore the rule later, use CHECK (… IS NOT NULL) NOT VALID and validate it in a later step.",
          );
        }
        break;
      case "AT_DetachPartition": {
        const partition = nodeEntry(cmd.def)[1];
        if (partition.concurrent) {
          cannotRunInTransaction("DETACH PARTITION … CONCURRENTLY", ctx, add);
        } else if (!isNewTable) {
          add(
            "require-concurrent-detach-partition",
            "danger",
            `DETACH PARTITION ${relationName(partition.name)} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table ${table}: it waits behind every running query on any partition and blocks all reads and writes queued after it.`,
            "ALTER TABLE … DETACH PARTITION … CONCURRENTLY (Postgres 14+) in a step that runs outside a transaction.",
          );
        }
        break;
      }
      case "AT_SetNotNull":
        if (ctx.serverVersion >= 12 && ctx.established.validatedNotNull.has(`${tableKey(body.relation)}.${column.toLowerCase()}`)) break;
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
        {
          const checked = ctx.established.notNullChecks.get(`${tableKey(body.relation)}.${column.toLowerCase()}`);
          if (checked) ctx.established.validatedNotNull.add(`${tableKey(body.relation)}.${checked}`);
        }
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

/** The column of a `CHECK (col IS NOT NULL)` expression, lower-cased, or null. */
function isNotNullCheck(expr: unknown): string | null {
  const [type, body] = nodeEntry(expr);
  if (type !== "NullTest" || body.nulltesttype !== "IS_NOT_NULL") return null;
  const fields = asList(asBody(nodeEntry(body.arg)[0] === "ColumnRef" ? nodeEntry(body.arg)[1] : {}).fields);
  const name = fields.length ? String(nodeEntry(fields[fields.length - 1])[1].sval ?? "") : "";
  return name ? name.toLowerCase() : null;
}

function lintAddColumn(table: string, column: TBody, isNewTable: boolean, ctx: TContext, add: TAdd): void {
  if (isNewTable) return;
  const name = String(column.colname ?? "?");
  const constraints = asList(column.constraints).map((c) => nodeEntry(c)[1]);
  const has = (contype: string) => constraints.some((c) => c.contype === contype);
  const defaultExpr = constraints.find((c) => c.contype === "CONSTR_DEFAULT")?.raw_expr;
  const typeName =
    asList(asBody(column.typeName).names)
      .map((n) => String(nodeEntry(n)[1].sval))
      .pop() ?? "";

  const isGenerated = has("CONSTR_GENERATED") || has("CONSTR_IDENTITY");
  if (has("CONSTR_NOTNULL") && !has("CONSTR_DEFAULT") && !isGenerated && !/serial/i.test(typeName)) {
    add(
      "adding-not-nullable-field",
      "danger",
      `Adding ${table}.${name} as NOT NULL without a DEFAULT fails on a table that has any rows ("column contains null values"), after waiting for an ACCESS EXCLUSIVE lock on ${table}.`,
      `Add the column nullable (or with a constant DEFAULT, which Postgres 11+ adds without rewriting the table), backfill it in batches, then enforce NOT NULL with a CHECK (${name} IS NOT NULL) NOT VALID validated in a later step.`,
    );
  }
  const foreign = constraints.find((c) => c.contype === "CONSTR_FOREIGN");
  if (foreign && !foreign.skip_validation) {
    add(
      "constraint-missing-not-valid",
      "danger",
      `Adding ${table}.${name} with an inline REFERENCES ${relationName(foreign.pktable)} creates a FOREIGN KEY that is validated at once: it takes a SHARE ROW EXCLUSIVE lock on ${table} and on ${relationName(foreign.pktable)} and checks every existing row while holding them, like ADD CONSTRAINT … FOREIGN KEY without NOT VALID.`,
      `Add the column plain, then ALTER TABLE ${table} ADD CONSTRAINT … FOREIGN KEY (${name}) REFERENCES … NOT VALID, and VALIDATE CONSTRAINT in a later step of its own.`,
    );
  }
  if (has("CONSTR_DEFAULT") && ctx.serverVersion < 11) {
    add(
      "adding-field-with-default",
      "danger",
      `Adding ${table}.${name} with a DEFAULT rewrites the whole table on PostgreSQL ${ctx.serverVersion} (before 11 every default is written into every row), holding an ACCESS EXCLUSIVE lock throughout.`,
      "Add the column without a default, set the default with ALTER COLUMN … SET DEFAULT, and backfill existing rows in batches.",
    );
  }
  const volatileCall = defaultExpr ? findVolatileCall(defaultExpr) : null;
  const reason = volatileCall
    ? `a DEFAULT calling ${volatileCall}(), which is not known to be immutable or stable (so Postgres evaluates it for every row)`
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

/**
 * Functions known to be immutable or stable: a DEFAULT calling only these (and constants,
 * operators, casts) is evaluated once, and Postgres 11+ adds the column without rewriting the
 * table. Any other call — random(), gen_random_uuid(), nextval(), clock_timestamp(), or a function
 * of the team's own whose volatility the lint cannot see — is judged volatile: a rewrite under an
 * ACCESS EXCLUSIVE lock.
 */
export const NON_VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  "now",
  "transaction_timestamp",
  "statement_timestamp",
  "current_setting",
  "current_database",
  "current_schema",
  "lower",
  "upper",
  "initcap",
  "btrim",
  "ltrim",
  "rtrim",
  "trim",
  "length",
  "char_length",
  "octet_length",
  "substr",
  "substring",
  "replace",
  "concat",
  "concat_ws",
  "left",
  "right",
  "lpad",
  "rpad",
  "repeat",
  "md5",
  "abs",
  "round",
  "trunc",
  "floor",
  "ceil",
  "ceiling",
  "power",
  "sqrt",
  "mod",
  "to_char",
  "to_date",
  "to_timestamp",
  "to_number",
  "date_trunc",
  "date_part",
  "make_date",
  "make_time",
  "make_timestamp",
  "make_timestamptz",
  "make_interval",
  "timezone",
  "to_json",
  "to_jsonb",
  "json_build_object",
  "jsonb_build_object",
  "json_build_array",
  "jsonb_build_array",
  "array_fill",
  "int4",
  "int8",
  "numeric",
  "text",
]);

/** The first call of a function not known to be immutable or stable anywhere in an expression tree. */
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
    const names = asList(asBody(call).funcname).map((n) => String(nodeEntry(n)[1].sval).toLowerCase());
    const name = names[names.length - 1];
    const isCatalog = names.length === 1 || names[0] === "pg_catalog";
    if (name && !(isCatalog && NON_VOLATILE_FUNCTIONS.has(name))) return names.join(".");
  }
  for (const value of Object.values(expr)) {
    const found = findVolatileCall(value);
    if (found) return found;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Schema design (warnings; `isSchemaDesign: false` switches them off)

function typeNameOf(column: TBody): { name: string; hasLength: boolean } {
  const typeName = asBody(column.typeName);
  const name =
    asList(typeName.names)
      .map((n) => String(nodeEntry(n)[1].sval))
      .pop()
      ?.toLowerCase() ?? "";
  return { name, hasLength: asList(typeName.typmods).length > 0 };
}

function lintColumnDesign(table: string, column: TBody, isPrimaryKey: boolean, add: TAdd): void {
  const name = `${table}.${String(column.colname ?? "?")}`;
  const { name: type, hasLength } = typeNameOf(column);
  const constraints = asList(column.constraints).map((c) => nodeEntry(c)[1]);
  const isKey = isPrimaryKey || constraints.some((c) => c.contype === "CONSTR_PRIMARY");
  if (type === "serial" || type === "serial4" || type === "bigserial" || type === "serial8" || type === "smallserial" || type === "serial2") {
    add(
      "prefer-identity",
      "warning",
      `${name} is ${type}: its sequence is a separate object with its own owner and grants, and pg_dump, permissions and copies of the table treat it apart.`,
      "Use bigint GENERATED ALWAYS AS IDENTITY (or BY DEFAULT).",
    );
  }
  if (isKey && (type === "int4" || type === "int2" || type === "serial" || type === "serial4" || type === "smallserial" || type === "serial2")) {
    add(
      "prefer-bigint-over-int",
      "warning",
      `${name} is a ${type.includes("2") || type === "smallserial" ? "smallint" : "32-bit integer"} key: it runs out at ${type.includes("2") || type === "smallserial" ? "32,767" : "2,147,483,647"}, and widening a key later rewrites the table and every table referencing it.`,
      "Use bigint for keys (bigint GENERATED ALWAYS AS IDENTITY).",
    );
  }
  if (type === "timestamp") {
    add(
      "prefer-timestamptz",
      "warning",
      `${name} is timestamp without time zone: the same instant reads differently depending on who wrote it, and daylight-saving changes make values ambiguous.`,
      "Use timestamptz, which stores an instant.",
    );
  }
  if (type === "varchar" && hasLength) {
    add(
      "prefer-text-field",
      "warning",
      `${name} is varchar(n): raising the limit later is cheap, but lowering it rewrites the table, and the limit is rarely the business rule it seems.`,
      "Use text, with a CHECK (char_length(…) <= n) constraint if a limit matters (a CHECK can be added NOT VALID and changed without a rewrite).",
    );
  }
  if (type === "bpchar") {
    add(
      "ban-char-field",
      "warning",
      `${name} is char(n): values are padded with spaces, which comparisons and applications trip over, and it is no faster than text.`,
      "Use text (or varchar) instead.",
    );
  }
}

function lintAddConstraint(table: string, key: string, constraint: TBody, isNewTable: boolean, ctx: TContext, add: TAdd): void {
  const name = constraint.conname ? ` ${String(constraint.conname)}` : "";
  switch (constraint.contype) {
    case "CONSTR_FOREIGN":
    case "CONSTR_CHECK": {
      const notNullColumn = constraint.contype === "CONSTR_CHECK" ? isNotNullCheck(constraint.raw_expr) : null;
      if (notNullColumn && constraint.conname) ctx.established.notNullChecks.set(`${key}.${String(constraint.conname).toLowerCase()}`, notNullColumn);
      if (constraint.skip_validation) {
        if (constraint.conname) ctx.notValidConstraints.add(`${key}.${String(constraint.conname).toLowerCase()}`);
        return;
      }
      // added valid: the check holds from the commit on
      if (notNullColumn) ctx.established.validatedNotNull.add(`${key}.${notNullColumn}`);
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
      "Remove BEGIN, COMMIT and ROLLBACK: Phaseline opens and commits the transaction itself. Split work that must commit separately into separate steps.",
    );
  }
  if (isBegin) ctx.isInExplicitTransaction = true;
  if (isEnd) ctx.isInExplicitTransaction = false;
}
