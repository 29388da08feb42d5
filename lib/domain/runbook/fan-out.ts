// Fan-out over target schemas (issue 15 item 2). A SQL, QUERY_CHECK or BACKUP step may run once
// per schema of the target — a list written in the runbook, or a query on the target returning
// schema names — each with search_path set to that schema; or (SQL and QUERY_CHECK) once per
// database of the deployment environment's group, each on its own connection. Pure: the draft schema, the editor, the
// import/export and the executor share these rules.
import { z } from "zod";

export const FAN_OUT_LIMITS = {
  /** schemas written in a list */
  schemasMax: 1000,
  /** what a query may return; more is refused before anything runs */
  resolvedMax: 5000,
  queryMax: 20_000,
  /** a Postgres identifier's length in bytes (NAMEDATALEN - 1) */
  schemaNameMaxBytes: 63,
  concurrencyMin: 1,
  concurrencyMax: 8,
  /** databases named in a list (an environment group holds at most ENVIRONMENT_DATABASES_MAX) */
  databasesMax: 100,
} as const;

/**
 * What a fan-out runs over: the target's schemas (search_path set to each), or the databases of
 * the deployment environment's group (issue 15 item 2: a sharded or per-region app), each a
 * connection of its own with the same limits as the main target. A stored fan-out without the
 * field was written before databases existed: it reads as SCHEMAS.
 */
export const FAN_OUT_TARGET_KINDS = ["SCHEMAS", "DATABASES"] as const;
export type TFanOutTargetKind = (typeof FAN_OUT_TARGET_KINDS)[number];

/** A group database's label, as in lib/domain/environment (kept here without importing the environment's schemas). */
export const DATABASE_LABEL_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;

import { FAN_OUT_FAILURE_POLICIES } from "./fan-out-labels";

export { describeFanOut, describeFanOutProgress, FAN_OUT_FAILURE_POLICIES, FAN_OUT_POLICY_LABELS, type TFanOutFailurePolicy } from "./fan-out-labels";

/**
 * Kinds that may fan out. A BACKUP fanned out copies its tables from each target schema into a
 * backup schema per target (one backup per target schema, counts and checksums per target); the
 * RESTORE of its key restores every target schema it backed up, verified per target. Over the
 * databases of an environment group, the same per database: a backup schema in each database.
 */
export const FAN_OUT_STEP_KINDS = ["SQL", "QUERY_CHECK", "BACKUP"] as const;
export const canFanOut = (kind: string): boolean => (FAN_OUT_STEP_KINDS as readonly string[]).includes(kind);

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

export const ZSchemaName = z
  .string("Enter a schema name.")
  .trim()
  .min(1, "Enter a schema name.")
  .refine((s) => utf8Bytes(s) <= FAN_OUT_LIMITS.schemaNameMaxBytes, `A schema name has at most ${FAN_OUT_LIMITS.schemaNameMaxBytes} bytes (Postgres cuts longer names).`)
  .refine((s) => !s.includes("\u0000"), "A schema name cannot contain a NUL character.");

export const ZDatabaseLabel = z
  .string("Enter a database name.")
  .trim()
  .min(1, "Enter a database name.")
  .regex(DATABASE_LABEL_PATTERN, "A database of the group is named by a letter, then letters, digits, _ or - (at most 63 characters).");

export const ZFanOut = z
  .object({
    /** SCHEMAS of the target (default: stored fan-outs without the field) or DATABASES of the environment's group */
    over: z.enum(FAN_OUT_TARGET_KINDS, "Choose whether the step runs per schema or per database.").default("SCHEMAS"),
    /** DATABASES: the group's databases to run on, in order; null runs every database of the group, in its order */
    databases: z
      .array(ZDatabaseLabel, "List the databases.")
      .max(FAN_OUT_LIMITS.databasesMax, `List at most ${FAN_OUT_LIMITS.databasesMax} databases, or run on every database of the group.`)
      .nullable()
      .default(null)
      .transform((d) => (d && d.length > 0 ? d : null)),
    /** the schemas, in order; null when a query names them */
    schemas: z
      .array(ZSchemaName, "List the schemas.")
      .max(FAN_OUT_LIMITS.schemasMax, `List at most ${FAN_OUT_LIMITS.schemasMax.toLocaleString("en")} schemas, or name them with a query.`)
      .nullable()
      .default(null),
    /** a read-only query on the target whose first column is the schema names, e.g. SELECT nspname FROM pg_namespace WHERE … */
    query: z
      .string("Enter the query that names the schemas.")
      .max(FAN_OUT_LIMITS.queryMax, `Use at most ${FAN_OUT_LIMITS.queryMax.toLocaleString("en")} characters.`)
      .refine((s) => !s.includes("\u0000"), "The query contains a NUL character, which Postgres does not accept.")
      .nullable()
      .default(null)
      .transform((q) => (q?.trim() ? q.trim() : null)),
    concurrency: z
      .number("Enter how many schemas run at a time, as a number.")
      .int("Enter how many schemas run at a time, as a whole number.")
      .min(FAN_OUT_LIMITS.concurrencyMin, `Run at least ${FAN_OUT_LIMITS.concurrencyMin} schema at a time.`)
      .max(FAN_OUT_LIMITS.concurrencyMax, `Run at most ${FAN_OUT_LIMITS.concurrencyMax} schemas at a time.`)
      .default(1),
    onFailure: z.enum(FAN_OUT_FAILURE_POLICIES, "Choose what happens when a schema fails.").default("STOP"),
  })
  .superRefine((f, ctx) => {
    if (f.over === "DATABASES") {
      if (f.schemas?.length || f.query) ctx.addIssue({ code: "custom", path: ["schemas"], message: "A fan-out over databases names databases of the group, not schemas." });
      if (f.databases && new Set(f.databases).size !== f.databases.length) ctx.addIssue({ code: "custom", path: ["databases"], message: "Name each database once." });
      return;
    }
    if (f.databases) ctx.addIssue({ code: "custom", path: ["databases"], message: "A fan-out over schemas names schemas, not databases." });
    const hasList = f.schemas !== null && f.schemas.length > 0;
    if (hasList && f.query) ctx.addIssue({ code: "custom", path: ["query"], message: "Name the schemas with a list or with a query, not both." });
    if (!hasList && !f.query) ctx.addIssue({ code: "custom", path: ["schemas"], message: "List at least one schema, or give a query that names them." });
    if (f.schemas && new Set(f.schemas).size !== f.schemas.length) ctx.addIssue({ code: "custom", path: ["schemas"], message: "Name each schema once." });
  });
export type TFanOut = z.output<typeof ZFanOut>;

/** A stored value (the Step row's Json) as a fan-out, or null when it is absent or not valid. */
export function readFanOut(value: unknown): TFanOut | null {
  if (value === null || value === undefined) return null;
  const parsed = ZFanOut.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Postgres's quote_ident for any name: always quoted, inner quotes doubled. */
export const quoteSchemaName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Equal fan-outs (for the diff and the export's round trip): null equals null. */
export function sameFanOut(a: TFanOut | null, b: TFanOut | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.over === b.over &&
    JSON.stringify(a.databases ?? []) === JSON.stringify(b.databases ?? []) &&
    a.query === b.query &&
    a.concurrency === b.concurrency &&
    a.onFailure === b.onFailure &&
    JSON.stringify(a.schemas ?? []) === JSON.stringify(b.schemas ?? [])
  );
}

/**
 * One target schema's result in a fanned-out step run, as the readers send it to the browser
 * (the cockpit's live view and the record's phase detail parse it with this).
 */
export const ZFanOutTargetRow = z.object({
  /** the target's name: a schema, or a database of the group when the step fans out over databases */
  schemaName: z.string(),
  /** the target is a database of the environment's group (issue 15 item 2); absent in older readers: a schema */
  isDatabase: z.boolean().optional(),
  status: z.enum(["PENDING", "QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "INTERRUPTED"]),
  /** the attempt that ran it: lower than the run's own when carried from an earlier attempt */
  fromAttempt: z.number().int().min(1).max(2_147_483_647),
  durationMs: z.number().int().min(0).max(2_147_483_647).nullable(),
  rowCount: z.number().int().min(0).max(2_147_483_647).nullable(),
  summary: z.string().nullable(),
  errorMessage: z.string().nullable(),
  /** SQLSTATE */
  errorCode: z.string().nullable(),
});

/**
 * Why a fan-out over DATABASES cannot run on a group holding `groupNames`, or null when it can:
 * no group, or a named database the group lacks. The executor refuses before anything runs, and
 * the pre-flight shows the same sentence before the window.
 */
export function groupDatabaseProblem(fanOut: Pick<TFanOut, "over" | "databases">, groupNames: readonly string[]): string | null {
  if (fanOut.over !== "DATABASES") return null;
  if (groupNames.length === 0) return "This environment has no databases in its group: an administrator adds them under Admin → Environments. Nothing ran.";
  const missing = (fanOut.databases ?? []).filter((n) => !groupNames.includes(n));
  if (missing.length === 0) return null;
  return `${missing.length === 1 ? "The database" : "The databases"} ${missing.map((n) => `"${n}"`).join(", ")} ${missing.length === 1 ? "is" : "are"} not in the environment's group (it has ${groupNames.join(", ")}). Nothing ran.`.slice(
    0,
    2000,
  );
}

/**
 * A fan-out as the Markdown comment writes it: over schemas without the fields databases added
 * (documents exported before them stay the same text), over databases without the schema fields.
 */
export function exportedFanOut(f: TFanOut): Record<string, unknown> {
  const { over, databases, schemas, query, ...rest } = f;
  return over === "DATABASES" ? { over, databases, ...rest } : { schemas, query, ...rest };
}
