// BACKUP and RESTORE steps (issue 15 item 1; PRODUCT.md "Domain": copy what a change will touch
// into a backup schema on the target, with counts and checksums; restore it, verified).
//
// Both run through the SQL steps' target session (run-sql.ts `runOnTarget`): a connection of their
// own, the app's database refused, the step's statement_timeout and lock_timeout set and read back,
// application_name naming the deployment, one transaction, a stop that cancels the backend. The
// SQL is generated here from names resolved on the target (quoted as identifiers); the only text
// of the author's spliced in is a BACKUP's row filter, which is parsed first and must be one
// expression (lib/domain/sql/backup-filter.ts).
//
// BACKUP: a read-only look at the catalog (tables, columns, primary keys) and the size estimate —
// pg_total_relation_size for a whole table, the filtered rows' pg_column_size for a filter — then,
// unless the estimate is above the step's limit, one transaction: lock the tables (SHARE: writers
// wait, readers go on, so several tables are copied consistently), create the schema, copy, count
// and checksum each copy (the rule: lib/domain/execution/backup.ts). A rehearsal rolls it back.
//
// RESTORE: the backup must be this deployment's and not dropped (the worker looks it up by the
// deployment and the key; the schema's comment must name the deployment too). One transaction:
// lock the tables (EXCLUSIVE: readers go on), put the rows back by primary key — delete the rows
// the backup does not hold (whole tables only), update the rows that differ, insert the missing —
// children after parents; never TRUNCATE or DROP (other tables' foreign keys and the table's views
// stay as they are). Then, still inside the transaction, each table's count and checksum over the
// backed-up columns must equal the backup's, or the transaction is rolled back naming the table.
//
// Fanned out (issue 15 item 2): a BACKUP runs once per target schema (run-fan-out.ts), each with
// search_path set to it, copying the step's (unqualified) tables of that schema into a backup
// schema of that target (`backupTargetSchemaName`, its comment naming deployment, key and target);
// the sizes are estimated over every target first and the step refused above its limit before any
// copy. The RESTORE of its key fans out over the targets it backed up, each restored and verified
// in its own transaction from its own backup schema.
//
// Over the databases of the environment's group (issue 15 item 2): the same per target, each
// database on its own connection (its stored URL, decrypted by the worker for the run) — the
// step's tables as the database's default search_path finds them (or schema-qualified), copied
// into one backup schema in that database, named like a target schema's (digest of key and
// database) and commented with the database's name; the estimate is summed over the databases
// before any copy; the RESTORE restores each database from its own backup schema, verified.
import "server-only";
import { createHash } from "node:crypto";
import {
  backupSchemaComment,
  backupSchemaName,
  backupTargetSchemaName,
  backupTargets,
  backupTooLargeMessage,
  BYTES_PER_MB,
  formatBytes,
  isBackupOverDatabases,
  type TBackupTable,
} from "@/lib/domain/execution/backup";
import { BACKUP_KEY_RE, BACKUP_TABLE_RE, STEP_DEFAULTS } from "@/lib/domain/runbook/draft";
import { checkBackupFilter } from "@/lib/domain/sql/backup-filter";
import type { TExecutableStep, TExecutionContext, TExecutionOutcome } from "./execute-step";
import { describeLimitsInForce, formatSqlError, lockRetriesOf, runOnTarget, sqlErrorResult, sqlLimitsOf, withLockRetries, type TLockRetry, type TTargetResultSet } from "./run-sql";
import type { TSafeSqlError } from "./sql-error";

/** What the worker hands a RESTORE: the backup this deployment took under the step's key, or null. */
export type TStoredBackup = { key: string; deploymentId: string; schemaName: string; tables: TBackupTable[]; droppedAt: Date | null };

/** What a BACKUP that succeeded (and was not a rehearsal) took, for the worker to record. */
export type TTakenBackup = { key: string; schemaName: string; tables: TBackupTable[]; totalBytes: number };

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** A name as a quoted identifier: only ever names read back from the target's catalog. */
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;
const qualified = (table: string) => {
  const dot = table.indexOf(".");
  return `${quoteIdent(table.slice(0, dot))}.${quoteIdent(table.slice(dot + 1))}`;
};

/** The session settings a row's text depends on: fixed, so a checksum means the same in every session. */
const STABLE_TEXT_SQL =
  "SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL IntervalStyle = 'postgres'; SET LOCAL extra_float_digits = 3; SET LOCAL bytea_output = 'hex';";

/** count(*) and the checksum of a table (alias t) over the backed-up columns, ordered by the key (the rule in lib/domain/execution/backup.ts). */
function checksumSelect(table: Pick<TBackupTable, "columns" | "keyColumns">, from: string, extra = ""): string {
  const row = `ROW(${table.columns.map((c) => `t.${quoteIdent(c.name)}`).join(", ")})::text`;
  const order = table.keyColumns.length > 0 ? table.keyColumns.map((k) => `t.${quoteIdent(k)}`).join(", ") : `${row} COLLATE "C"`;
  return `SELECT count(*)::bigint AS row_count, md5(coalesce(string_agg(${row}, E'\\n' ORDER BY ${order}), '')) AS checksum${extra} FROM ${from}`;
}

function failure(ctx: TExecutionContext, error: TSafeSqlError, result: Record<string, unknown>, note = "Nothing was changed on the target."): TExecutionOutcome {
  const message = formatSqlError(error);
  ctx.onOutput(`ERROR:  ${message}\n${note}\n`);
  return { status: "FAILED", result: { ...result, error: sqlErrorResult(error), isCommitted: false }, errorMessage: message, summary: `failed: ${message.slice(0, 200)}` };
}

const refused = (message: string): TSafeSqlError => ({ code: null, message });

/** Runs a generated read-only script and returns its result sets. */
async function readCatalog(ctx: TExecutionContext, step: TExecutableStep, sql: string, statementCount: number) {
  return runOnTarget({ ctx, sql, statementCount, limits: sqlLimitsOf(step), access: "READ ONLY", finish: "ROLLBACK", keepRows: 10_000 });
}

// ---------------------------------------------------------------------------------------------
// What is backed up: tables resolved on the target, with columns, keys and the size estimate

type TResolvedTable = Omit<TBackupTable, "rowCount" | "bytes" | "checksum"> & { estimatedBytes: number };

/**
 * Resolves the step's tables on the target and estimates the copy's size; the estimate is what
 * the limit is checked against, and what the pre-flight shows before the step runs.
 */
export async function resolveBackupTables(
  step: Pick<TExecutableStep, "backupTables" | "backupFilter" | "statementTimeoutMs" | "lockTimeoutMs" | "kind"> & Partial<TExecutableStep>,
  ctx: TExecutionContext,
): Promise<{ ok: true; tables: TResolvedTable[]; estimatedBytes: number } | { ok: false; error: TSafeSqlError }> {
  const names = step.backupTables ?? [];
  if (names.length === 0) return { ok: false, error: refused("The step names no table to back up: edit the step in the runbook.") };
  const bad = names.find((name) => !BACKUP_TABLE_RE.test(name));
  if (bad !== undefined) return { ok: false, error: refused(`"${bad}" is not a table name Phaseline backs up (table or schema.table, unquoted): edit the step in the runbook.`) };
  const filter = step.backupFilter?.trim() || null;
  if (filter) {
    if (names.length !== 1) return { ok: false, error: refused("A row filter applies to one table: the step names several.") };
    const checked = await checkBackupFilter(filter);
    if (!checked.ok) return { ok: false, error: refused(`The row filter is not one condition: ${checked.message}`) };
  }
  // the names were checked above: letters, digits, _ and $, at most one dot — safe inside a literal
  const statements = names.flatMap((name) => [
    `SELECT n.nspname AS schema, c.relname AS name, c.relkind::text AS kind, pg_total_relation_size(c.oid)::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass(${quoteLiteral(name)})`,
    `SELECT a.attname AS name, a.attgenerated <> '' AS is_generated, a.attidentity = 'a' AS is_identity_always FROM pg_attribute a WHERE a.attrelid = to_regclass(${quoteLiteral(name)}) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    `SELECT a.attname AS name FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum WHERE i.indrelid = to_regclass(${quoteLiteral(name)}) AND i.indisprimary ORDER BY k.ord`,
  ]);
  const catalog = await readCatalog(ctx, step as TExecutableStep, `${statements.join(";\n")};`, statements.length);
  if (!catalog.ok) return { ok: false, error: catalog.error };
  const sets = catalog.results.filter((r) => r.columns.length > 0);
  const tables: TResolvedTable[] = [];
  for (const [i, name] of names.entries()) {
    const [relation, columns, keys] = [sets[i * 3], sets[i * 3 + 1], sets[i * 3 + 2]] as TTargetResultSet[];
    const rel = relation?.rows[0] as [string, string, string, string] | undefined;
    if (!rel) return { ok: false, error: refused(`There is no table "${name}" on the target: check the name (and its schema) in the runbook.`) };
    const [schema, relname, kind, bytes] = rel;
    if (kind !== "r" && kind !== "p") return { ok: false, error: refused(`"${name}" is not a table (a view or another kind of relation): back up the tables it reads.`) };
    const table = `${schema}.${relname}`;
    if (tables.some((t) => t.table === table)) return { ok: false, error: refused(`"${name}" names the table ${table} a second time.`) };
    const keyColumns = (keys?.rows ?? []).map((r) => String(r[0]));
    if (filter && keyColumns.length === 0) {
      return { ok: false, error: refused(`${table} has no primary key, so the rows of a filter could not be restored by key: back up the whole table instead.`) };
    }
    tables.push({
      table,
      copy: relname,
      filter,
      columns: (columns?.rows ?? []).map((r) => ({ name: String(r[0]), isGenerated: r[1] === true, isIdentityAlways: r[2] === true })),
      keyColumns,
      estimatedBytes: Number(bytes),
    });
  }
  // copies are numbered: never the table's own name, which queries by table_name alone
  // (information_schema.columns WHERE table_name = …) would find twice
  tables.forEach((t, i) => {
    t.copy = `${i + 1}_${t.copy}`.slice(0, 63);
  });
  if (filter) {
    const [only] = tables as [TResolvedTable];
    const estimate = await readCatalog(
      ctx,
      step as TExecutableStep,
      `SELECT count(*)::bigint AS row_count, coalesce(sum(pg_column_size(t.*)), 0)::bigint AS bytes FROM ${qualified(only.table)} t WHERE (${filter})`,
      1,
    );
    if (!estimate.ok) return { ok: false, error: estimate.error };
    only.estimatedBytes = Number(estimate.results.findLast((r) => r.columns.length > 0)?.rows[0]?.[1] ?? 0);
  }
  return { ok: true, tables, estimatedBytes: tables.reduce((sum, t) => sum + t.estimatedBytes, 0) };
}

// ---------------------------------------------------------------------------------------------
// BACKUP

/** The backup schema of one target of a fanned-out BACKUP (lib/domain/execution/backup.ts): a target schema, or a database of the group. */
export function targetBackupSchemaName(deploymentId: string, key: string, target: string, isDatabase = false): string {
  return backupTargetSchemaName(
    deploymentId,
    createHash("sha256")
      .update(`${key}\u0000${isDatabase ? "database\u0000" : ""}${target}`)
      .digest("hex"),
  );
}

/** The fanned-out target a run works on: the group database (ctx.database) or the target schema (ctx.searchPath); null when not fanned out. */
function fanOutTargetOf(ctx: Pick<TExecutionContext, "database" | "searchPath">): { name: string; isDatabase: boolean } | null {
  if (ctx.database) return { name: ctx.database, isDatabase: true };
  return ctx.searchPath ? { name: ctx.searchPath, isDatabase: false } : null;
}

/**
 * Before a fanned-out BACKUP copies anything: each target's tables resolved and estimated, summed,
 * and refused above the step's limit (issue 15: the estimate is over the whole backup).
 */
export async function estimateFanOutBackup(
  step: Parameters<typeof resolveBackupTables>[0],
  ctx: TExecutionContext,
  targets: readonly string[],
  /** a target's session: by default the target schema as search_path; over databases, the database's own URL */
  sessionOf: (target: string) => Partial<TExecutionContext> = (schemaName) => ({ searchPath: schemaName }),
): Promise<{ estimatedBytes: number; perTarget: { schemaName: string; estimatedBytes: number | null; error: TSafeSqlError | null }[] }> {
  const perTarget: { schemaName: string; estimatedBytes: number | null; error: TSafeSqlError | null }[] = [];
  // one after another: the embedded target answers one session at a time
  for (const schemaName of targets) {
    const resolved = await resolveBackupTables(step, { ...ctx, ...sessionOf(schemaName) });
    perTarget.push(resolved.ok ? { schemaName, estimatedBytes: resolved.estimatedBytes, error: null } : { schemaName, estimatedBytes: null, error: resolved.error });
  }
  return { estimatedBytes: perTarget.reduce((sum, t) => sum + (t.estimatedBytes ?? 0), 0), perTarget };
}

export async function runBackup(step: TExecutableStep, ctx: TExecutionContext): Promise<TExecutionOutcome> {
  const isRehearsal = ctx.mode === "REHEARSAL";
  const key = step.backupKey?.trim() ?? "";
  const maxMb = step.backupMaxMb ?? STEP_DEFAULTS.backupMaxMb;
  const described = { backupKey: key, isRehearsal, maxBytes: maxMb * BYTES_PER_MB };
  if (!BACKUP_KEY_RE.test(key)) return failure(ctx, refused("The step has no valid backup key: edit the step in the runbook."), described);
  if (!ctx.deploymentId) return failure(ctx, refused("A backup belongs to a deployment: run it from one."), described);
  // fanned out: this target's backup schema, and a target schema's tables must be its own
  const fanned = fanOutTargetOf(ctx);
  const target = fanned?.name ?? null;
  const isDatabase = fanned?.isDatabase === true;
  const schemaName = target ? targetBackupSchemaName(ctx.deploymentId, key, target, isDatabase) : backupSchemaName(ctx.deploymentId, key);

  const resolved = await resolveBackupTables(step, ctx);
  if (!resolved.ok) return failure(ctx, resolved.error, { ...described, schemaName });
  const { tables, estimatedBytes } = resolved;
  const foreign = target && !isDatabase ? tables.find((t) => !t.table.startsWith(`${target}.`)) : undefined;
  if (foreign)
    return failure(ctx, refused(`${foreign.table} is not a table of the target schema ${target}: a fanned-out backup copies each schema's own tables.`), {
      ...described,
      schemaName,
    });
  ctx.onOutput(
    `Estimated size: ${formatBytes(estimatedBytes)} (limit ${formatBytes(maxMb * BYTES_PER_MB)}) for ${tables.map((t) => t.table + (t.filter ? ` where ${t.filter}` : "")).join(", ")}.\n`,
  );
  if (estimatedBytes > maxMb * BYTES_PER_MB) {
    return failure(ctx, refused(backupTooLargeMessage(estimatedBytes, maxMb)), { ...described, schemaName, estimatedBytes, isTooLarge: true }, "Nothing was copied.");
  }

  const schema = quoteIdent(schemaName);
  const statements = [
    STABLE_TEXT_SQL,
    `LOCK TABLE ${tables.map((t) => qualified(t.table)).join(", ")} IN SHARE MODE`,
    `CREATE SCHEMA ${schema}`,
    `COMMENT ON SCHEMA ${schema} IS ${quoteLiteral(backupSchemaComment(ctx.deploymentId, key, target, isDatabase))}`,
    ...tables.map((t) => `CREATE TABLE ${schema}.${quoteIdent(t.copy)} AS SELECT * FROM ${qualified(t.table)}${t.filter ? ` WHERE (${t.filter})` : ""}`),
    ...tables.map((t) =>
      checksumSelect(t, `${schema}.${quoteIdent(t.copy)} t`, `, pg_total_relation_size(${quoteLiteral(`${schema}.${quoteIdent(t.copy)}`)}::regclass)::bigint AS bytes`),
    ),
  ];
  const { run, retries } = await runStatementsOnce(ctx, step, statements, isRehearsal, `backing up ${plural(tables.length, "table")} into schema ${schemaName}`);
  const retried = retries.length > 0 ? { lockRetries: retries } : {};
  if (!run.ok) {
    const error =
      run.error.code === "42P06"
        ? {
            ...run.error,
            message: `The backup schema ${schemaName} already exists on the target: this backup was taken before. Drop it from the deployment's page to take it again.`,
          }
        : run.error;
    return failure(ctx, error, { ...described, schemaName, estimatedBytes, ...retried }, run.isCommitUnknown ? "" : "Rolled back: nothing was copied.");
  }
  const sums = run.results.filter((r) => r.columns.length > 0).slice(-tables.length);
  const taken: TBackupTable[] = tables.map(({ estimatedBytes: _estimate, ...t }, i) => {
    const [rowCount, checksum, bytes] = (sums[i]?.rows[0] ?? [0, "", 0]) as [string | number, string, string | number];
    return {
      ...t,
      rowCount: Number(rowCount),
      checksum: String(checksum),
      bytes: Number(bytes),
      ...(target ? { target, backupSchema: schemaName, ...(isDatabase ? { isDatabase: true } : {}) } : {}),
    };
  });
  for (const t of taken) ctx.onOutput(`  ${t.table}${t.filter ? ` where ${t.filter}` : ""}: ${plural(t.rowCount, "row")}, ${formatBytes(t.bytes)}, checksum ${t.checksum}\n`);
  const totalBytes = taken.reduce((sum, t) => sum + t.bytes, 0);
  const rows = taken.reduce((sum, t) => sum + t.rowCount, 0);
  ctx.onOutput(run.isCommitted ? `COMMIT: backup "${key}" kept in schema ${schemaName}.\n` : "ROLLBACK: rehearsal, nothing was kept.\n");
  return {
    status: "SUCCEEDED",
    result: {
      ...described,
      schemaName,
      estimatedBytes,
      totalBytes,
      tables: taken,
      isCommitted: run.isCommitted,
      durationMs: run.durationMs,
      limitsInForce: run.limitsInForce,
      ...retried,
    },
    errorMessage: null,
    summary: `${run.isCommitted ? "backed up" : "rehearsed a backup of"} ${plural(taken.length, "table")} (${plural(rows, "row")}, ${formatBytes(totalBytes)}) as "${key}"${run.isCommitted ? "" : ", rolled back"}`,
    ...(run.isCommitted ? { takenBackup: { key, schemaName, tables: taken, totalBytes } } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// RESTORE

/** Parents before children among the backup's tables (foreign keys between them); the rest as listed. */
function dependencyOrder(tables: TBackupTable[], edges: [string, string][]): TBackupTable[] {
  const ordered: TBackupTable[] = [];
  const visiting = new Set<string>();
  const visit = (t: TBackupTable) => {
    if (ordered.includes(t) || visiting.has(t.table)) return; // a cycle: keep the listed order
    visiting.add(t.table);
    for (const [child, parent] of edges) {
      if (child === t.table && parent !== t.table) {
        const p = tables.find((o) => o.table === parent);
        if (p) visit(p);
      }
    }
    ordered.push(t);
  };
  tables.forEach(visit);
  return ordered;
}

function restoreStatements(t: TBackupTable, copy: string): string[] {
  const live = qualified(t.table);
  const writable = t.columns.filter((c) => !c.isGenerated);
  const cols = writable.map((c) => quoteIdent(c.name)).join(", ");
  const bCols = writable.map((c) => `b.${quoteIdent(c.name)}`).join(", ");
  if (t.keyColumns.length === 0) {
    // no key to match rows by (only whole tables get here): the contents are replaced
    return [`DELETE FROM ${live}`, `INSERT INTO ${live} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${bCols} FROM ${copy} b`];
  }
  const match = t.keyColumns.map((k) => `t.${quoteIdent(k)} = b.${quoteIdent(k)}`).join(" AND ");
  const statements: string[] = [];
  const settable = writable.filter((c) => !t.keyColumns.includes(c.name) && !c.isIdentityAlways);
  if (settable.length > 0) {
    const tRow = `ROW(${settable.map((c) => `t.${quoteIdent(c.name)}`).join(", ")})::text`;
    const bRow = `ROW(${settable.map((c) => `b.${quoteIdent(c.name)}`).join(", ")})::text`;
    statements.push(
      `UPDATE ${live} t SET (${settable.map((c) => quoteIdent(c.name)).join(", ")}) = ROW(${settable.map((c) => `b.${quoteIdent(c.name)}`).join(", ")}) FROM ${copy} b WHERE ${match} AND ${tRow} IS DISTINCT FROM ${bRow}`,
    );
  }
  statements.push(`INSERT INTO ${live} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${bCols} FROM ${copy} b WHERE NOT EXISTS (SELECT 1 FROM ${live} t WHERE ${match})`);
  return statements;
}

function deleteStatement(t: TBackupTable, copy: string): string | null {
  if (t.filter !== null || t.keyColumns.length === 0) return null; // a filter's rows are put back by key only; a keyless table is replaced whole
  const match = t.keyColumns.map((k) => `t.${quoteIdent(k)} = b.${quoteIdent(k)}`).join(" AND ");
  return `DELETE FROM ${qualified(t.table)} t WHERE NOT EXISTS (SELECT 1 FROM ${copy} b WHERE ${match})`;
}

/** Inside the transaction: the table's count and checksum must be the backup's, or everything is rolled back naming the table. */
function verifyStatement(t: TBackupTable, copy: string): string {
  const match = t.keyColumns.map((k) => `t.${quoteIdent(k)} = b.${quoteIdent(k)}`).join(" AND ");
  const from = t.filter !== null ? `${qualified(t.table)} t WHERE EXISTS (SELECT 1 FROM ${copy} b WHERE ${match})` : `${qualified(t.table)} t`;
  const tag = "$phaseline_verify$";
  const label = quoteLiteral(t.table);
  return `DO ${tag} DECLARE n bigint; s text; BEGIN ${checksumSelect(t, from).replace(" FROM ", " INTO n, s FROM ")}; IF n <> ${t.rowCount} OR s <> ${quoteLiteral(t.checksum)} THEN RAISE EXCEPTION 'Restore of % does not match its backup: % rows (backup ${t.rowCount}), checksum % (backup ${t.checksum.replace(/'/g, "")}). Rolled back: nothing was restored.', ${label}, n, s; END IF; END ${tag}`;
}

export async function runRestore(step: TExecutableStep, ctx: TExecutionContext): Promise<TExecutionOutcome> {
  const isRehearsal = ctx.mode === "REHEARSAL";
  const key = step.backupKey?.trim() ?? "";
  const described = { backupKey: key, isRehearsal };
  if (!BACKUP_KEY_RE.test(key)) return failure(ctx, refused("The step names no valid backup key: edit the step in the runbook."), described);
  const backup = ctx.backup ?? null;
  // the worker looks the backup up by this deployment and the key: another deployment's is never found
  if (!backup || !ctx.deploymentId || backup.deploymentId !== ctx.deploymentId || backup.key !== key) {
    return failure(ctx, refused(`No backup "${key}" was taken in this deployment: run its BACKUP step first. A backup of another deployment cannot be restored here.`), described);
  }
  if (backup.droppedAt) return failure(ctx, refused(`The backup "${key}" was dropped on ${backup.droppedAt.toISOString()}: there is nothing to restore from.`), described);
  if (backupTargets(backup.tables).length > 0) {
    // a fanned-out backup: this run restores one target schema or group database (execute-step.ts fans the RESTORE out over them)
    const fanned = fanOutTargetOf(ctx);
    const target = fanned?.name ?? null;
    const isDatabase = fanned?.isDatabase === true;
    const unit = isBackupOverDatabases(backup.tables) ? "database" : "schema";
    const tables = target ? backup.tables.filter((t) => t.target === target && (t.isDatabase === true) === isDatabase) : [];
    if (!target || tables.length === 0) {
      return failure(
        ctx,
        refused(`The backup "${key}" was taken per target ${unit} and holds no copy of ${target ? `the ${isDatabase ? "database" : "schema"} ${target}` : `this ${unit}`}.`),
        described,
      );
    }
    const schemaName = targetBackupSchemaName(ctx.deploymentId, key, target, isDatabase);
    if (tables.some((t) => t.backupSchema !== schemaName)) return failure(ctx, refused(`The backup "${key}" of ${target} is not in this deployment's backup schema.`), described);
    return restoreFrom(step, ctx, { key, deploymentId: ctx.deploymentId, schemaName, tables, comment: backupSchemaComment(ctx.deploymentId, key, target, isDatabase) }, described);
  }
  const schemaName = backup.schemaName;
  if (schemaName !== backupSchemaName(ctx.deploymentId, key)) return failure(ctx, refused(`The backup "${key}" is not in this deployment's backup schema.`), described);
  return restoreFrom(step, ctx, { key, deploymentId: ctx.deploymentId, schemaName, tables: backup.tables, comment: backupSchemaComment(ctx.deploymentId, key) }, described);
}

/** Restores tables from one backup schema in one transaction, verified by counts and checksums before it commits. */
async function restoreFrom(
  step: TExecutableStep,
  ctx: TExecutionContext,
  backup: { key: string; deploymentId: string; schemaName: string; tables: TBackupTable[]; comment: string },
  described: Record<string, unknown>,
): Promise<TExecutionOutcome> {
  const isRehearsal = ctx.mode === "REHEARSAL";
  const { key, schemaName } = backup;
  const schema = quoteIdent(schemaName);

  // the schema must be the one this deployment's backup made, and still hold every copy
  const owner = await readCatalog(
    ctx,
    step,
    [
      `SELECT obj_description(n.oid, 'pg_namespace') AS comment FROM pg_namespace n WHERE n.nspname = ${quoteLiteral(schemaName)}`,
      `SELECT c.conrelid::bigint AS child, c.confrelid::bigint AS parent FROM pg_constraint c WHERE c.contype = 'f'`,
      `SELECT ${backup.tables.map((t) => `to_regclass(${quoteLiteral(qualified(t.table))})::bigint`).join(", ")}`,
      `SELECT ${backup.tables.map((t) => `to_regclass(${quoteLiteral(`${schema}.${quoteIdent(t.copy)}`)}) IS NOT NULL`).join(", ")}`,
      ...backup.tables.map(
        (t) => `SELECT a.attname AS name FROM pg_attribute a WHERE a.attrelid = to_regclass(${quoteLiteral(qualified(t.table))}) AND a.attnum > 0 AND NOT a.attisdropped`,
      ),
    ].join(";\n"),
    4 + backup.tables.length,
  );
  if (!owner.ok) return failure(ctx, owner.error, { ...described, schemaName });
  const [commentSet, fkSet, liveSet, copySet, ...columnSets] = owner.results.filter((r) => r.columns.length > 0) as TTargetResultSet[];
  const comment = commentSet?.rows[0]?.[0];
  if (commentSet?.rows.length === 0)
    return failure(ctx, refused(`The backup schema ${schemaName} is no longer on the target: there is nothing to restore from.`), { ...described, schemaName });
  if (comment !== backup.comment) {
    return failure(ctx, refused(`The schema ${schemaName} on the target was not made by this deployment's backup "${key}": Phaseline does not restore from it.`), {
      ...described,
      schemaName,
    });
  }
  const oids = (liveSet?.rows[0] ?? []).map((v) => (v === null ? null : String(v)));
  for (const [i, t] of backup.tables.entries()) {
    if (oids[i] === null)
      return failure(ctx, refused(`The table ${t.table} is no longer on the target: restore its structure first (the rollback's SQL), then its contents.`), {
        ...described,
        schemaName,
      });
    if (copySet?.rows[0]?.[i] !== true)
      return failure(ctx, refused(`The backup's copy of ${t.table} is missing from ${schemaName}: it cannot be restored.`), { ...described, schemaName });
    const live = new Set((columnSets[i]?.rows ?? []).map((r) => String(r[0])));
    const missing = t.columns.filter((c) => !live.has(c.name)).map((c) => c.name);
    if (missing.length > 0) {
      return failure(
        ctx,
        refused(
          `${t.table} no longer has the column${missing.length === 1 ? "" : "s"} ${missing.join(", ")} the backup holds: restore the table's structure first (the rollback's SQL), then its contents.`,
        ),
        { ...described, schemaName },
      );
    }
  }
  const tableOfOid = new Map(backup.tables.map((t, i) => [oids[i]!, t.table]));
  const edges = (fkSet?.rows ?? []).flatMap((r) => {
    const child = tableOfOid.get(String(r[0]));
    const parent = tableOfOid.get(String(r[1]));
    return child && parent ? [[child, parent] as [string, string]] : [];
  });
  const ordered = dependencyOrder(backup.tables, edges);
  const copyOf = (t: TBackupTable) => `${schema}.${quoteIdent(t.copy)}`;
  const statements = [
    STABLE_TEXT_SQL,
    `LOCK TABLE ${ordered.map((t) => qualified(t.table)).join(", ")} IN EXCLUSIVE MODE`,
    // children first when rows go, parents first when rows come back
    ...[...ordered].reverse().flatMap((t) => deleteStatement(t, copyOf(t)) ?? []),
    ...ordered.flatMap((t) => restoreStatements(t, copyOf(t))),
    ...ordered.map((t) => verifyStatement(t, copyOf(t))),
  ];
  const { run, retries } = await runStatementsOnce(ctx, step, statements, isRehearsal, `restoring ${plural(ordered.length, "table")} from schema ${schemaName}`);
  const retried = retries.length > 0 ? { lockRetries: retries } : {};
  if (!run.ok) return failure(ctx, run.error, { ...described, schemaName, ...retried }, run.isCommitUnknown ? "" : "Rolled back: nothing was restored.");
  const changed = run.results.filter((r) => r.command === "DELETE" || r.command === "UPDATE" || r.command === "INSERT").reduce((sum, r) => sum + (r.rowCount ?? 0), 0);
  for (const t of ordered) ctx.onOutput(`  ${t.table}: ${plural(t.rowCount, "row")}, checksum ${t.checksum} — matches the backup\n`);
  ctx.onOutput(run.isCommitted ? `COMMIT: restored from backup "${key}" (${plural(changed, "row")} written).\n` : "ROLLBACK: rehearsal, nothing was restored.\n");
  return {
    status: "SUCCEEDED",
    result: {
      ...described,
      schemaName,
      rowsWritten: changed,
      tables: ordered.map((t) => ({ table: t.table, filter: t.filter, rowCount: t.rowCount, checksum: t.checksum, isVerified: true })),
      isCommitted: run.isCommitted,
      durationMs: run.durationMs,
      limitsInForce: run.limitsInForce,
      ...retried,
    },
    errorMessage: null,
    summary: `${run.isCommitted ? "restored" : "rehearsed restoring"} ${plural(ordered.length, "table")} from backup "${key}" (${plural(changed, "row")} written), counts and checksums verified${run.isCommitted ? "" : ", rolled back"}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Dropping a backup (an explicit, audited action: lib/server/backups/drop-backup.ts)

/**
 * Drops a backup's schema from the target, after checking its comment says it is this
 * deployment's backup under this key — never another schema. Answers whether it was there.
 */
export async function dropBackupSchemaOnTarget(input: {
  targetUrl: string;
  applicationName: string;
  deploymentId: string;
  key: string;
  schemaName: string;
  /** a fanned-out backup's target schema (or group database, isDatabase), whose copies this schema holds */
  target?: string | null;
  isDatabase?: boolean;
}): Promise<{ ok: true; wasOnTarget: boolean } | { ok: false; error: TSafeSqlError }> {
  const ctx: TExecutionContext = {
    targetUrl: input.targetUrl,
    applicationName: input.applicationName,
    mode: "RUN",
    httpAllowList: [],
    isCommandsEnabled: false,
    baseline: null,
    onOutput: () => {},
  };
  const limits = { statementTimeoutMs: STEP_DEFAULTS.statementTimeoutMs, lockTimeoutMs: STEP_DEFAULTS.lockTimeoutMs };
  const expected = input.target ? targetBackupSchemaName(input.deploymentId, input.key, input.target, input.isDatabase === true) : backupSchemaName(input.deploymentId, input.key);
  if (input.schemaName !== expected) return { ok: false, error: refused("The backup's schema name is not this deployment's.") };
  const look = await runOnTarget({
    ctx,
    sql: `SELECT obj_description(n.oid, 'pg_namespace') AS comment FROM pg_namespace n WHERE n.nspname = ${quoteLiteral(input.schemaName)}`,
    statementCount: 1,
    limits,
    access: "READ ONLY",
    finish: "ROLLBACK",
    keepRows: 1,
  });
  if (!look.ok) return { ok: false, error: look.error };
  const row = look.results.findLast((r) => r.columns.length > 0)?.rows[0];
  if (!row) return { ok: true, wasOnTarget: false };
  if (row[0] !== backupSchemaComment(input.deploymentId, input.key, input.target, input.isDatabase === true)) {
    return { ok: false, error: refused(`The schema ${input.schemaName} on the target was not made by this backup: Phaseline does not drop it.`) };
  }
  const dropped = await runOnTarget({
    ctx,
    sql: `DROP SCHEMA ${quoteIdent(input.schemaName)} CASCADE`,
    statementCount: 1,
    limits,
    access: "READ WRITE",
    finish: "COMMIT",
    keepRows: 0,
  });
  return dropped.ok ? { ok: true, wasOnTarget: true } : { ok: false, error: dropped.error };
}

/**
 * A BACKUP's or RESTORE's statements in one transaction on the target, through the SQL steps'
 * session (limits, lock-timeout retries by the step's policy), rolled back for a rehearsal.
 * `what` heads the output once the limits are in force, e.g. "restoring 2 tables from schema …".
 */
async function runStatementsOnce(ctx: TExecutionContext, step: TExecutableStep, statements: string[], isRehearsal: boolean, what: string) {
  const retries: TLockRetry[] = [];
  let isHeaderWritten = false;
  const run = await withLockRetries(
    ctx,
    lockRetriesOf(step),
    () =>
      runOnTarget({
        ctx,
        sql: `${statements.join(";\n")};`,
        statementCount: statements.length + 4,
        limits: sqlLimitsOf(step),
        access: "READ WRITE",
        finish: isRehearsal ? "ROLLBACK" : "COMMIT",
        keepRows: 1,
        onLimitsInForce: (limits) => {
          if (isHeaderWritten) return;
          isHeaderWritten = true;
          ctx.onOutput(`${isRehearsal ? "Rehearsal: " : ""}${what} in one transaction (${describeLimitsInForce(limits)})\n`);
        },
      }),
    (failed) => (failed.ok ? refused("") : failed.error),
    retries,
  );
  return { run, retries };
}
