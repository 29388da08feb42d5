// Fan-out over target schemas (issue 15 item 2). A SQL, QUERY_CHECK or BACKUP step may run once
// per schema of the target — a list written in the runbook, or a query on the target returning
// schema names — each with search_path set to that schema. Pure: the draft schema, the editor, the
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
} as const;

import { FAN_OUT_FAILURE_POLICIES } from "./fan-out-labels";

export { describeFanOut, describeFanOutProgress, FAN_OUT_FAILURE_POLICIES, FAN_OUT_POLICY_LABELS, type TFanOutFailurePolicy } from "./fan-out-labels";

/**
 * Kinds that may fan out. A BACKUP fanned out copies its tables from each target schema into a
 * backup schema per target (one backup per target schema, counts and checksums per target); the
 * RESTORE of its key restores every target schema it backed up, verified per target.
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

export const ZFanOut = z
  .object({
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
  return a.query === b.query && a.concurrency === b.concurrency && a.onFailure === b.onFailure && JSON.stringify(a.schemas ?? []) === JSON.stringify(b.schemas ?? []);
}

/**
 * One target schema's result in a fanned-out step run, as the readers send it to the browser
 * (the cockpit's live view and the record's phase detail parse it with this).
 */
export const ZFanOutTargetRow = z.object({
  schemaName: z.string(),
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
