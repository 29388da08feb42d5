// A runbook draft as one document (PRODUCT.md "Domain"; rule 9). Pure zod: the editor sends the
// whole document on every save, the server validates it with these schemas, and the forms show
// the same messages inline — an issue's path ("phases.2.steps.0.sql") names the field it belongs
// to. Limits keep one draft from filling the database or a browser tab; messages say what to do.
import { normaliseDisabledRules, SCHEMA_DESIGN_RULES } from "@/lib/domain/sql/schema-design-rules";
import { FOLLOW_UP_LIMITS } from "./follow-up";
import { ZFanOut } from "./fan-out";
import { z } from "zod";
import { zDbInt, zDbVersion } from "@/lib/domain/db-bounds";
import { ROLES } from "@/lib/auth/permissions";
import { isCheckStepKind } from "./step-kinds";

export const DRAFT_LIMITS = {
  titleMax: 200,
  summaryMax: 4000,
  preambleMax: 200_000,
  phasesMax: 100,
  phaseTitleMax: 200,
  objectiveMax: 4000,
  notesMax: 100_000,
  stepsPerPhaseMax: 200,
  stepTitleMax: 500,
  instructionsMax: 50_000,
  sqlMaxBytes: 200 * 1024,
  checklistItemsMax: 200,
  checklistTextMax: 2000,
  criteriaMax: 100,
  criterionTextMax: 2000,
  signoffLinesMax: 50,
  signoffLabelMax: 200,
  minutesMax: 100_000,
  statementTimeoutMsMax: 24 * 60 * 60 * 1000,
  lockTimeoutMsMax: 60 * 60 * 1000,
  lockRetriesMax: 10,
  timeoutMsMax: 60 * 60 * 1000,
  outputCapBytesMax: 10 * 1024 * 1024,
  argvMax: 200,
  argMax: 4000,
  commandEnvMax: 50,
  baselineNameMax: 100,
  columnNameMax: 63,
  keyColumnsMax: 20,
  tolerancesMax: 50,
  httpUrlMax: 2000,
  httpBodyContainsMax: 10_000,
  backupTablesMax: 20,
  backupFilterMax: 4000,
  backupMaxMbMax: 1024 * 1024,
} as const;

export const RISK_LEVELS = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export const FAILURE_POLICIES = ["STOP", "ROLLBACK", "CONTINUE"] as const;
export const PROCEDURES = ["MAIN", "ROLLBACK"] as const;
export const EXPECTATION_TYPES = ["scalar_equals", "scalar_at_most", "scalar_between", "row_count_equals"] as const;

// the kinds of step live in one module (step-kinds.ts); re-exported for the draft's callers
export { CHECK_STEP_KINDS, SQL_STEP_KINDS, STEP_KINDS, isCheckStepKind, isSqlStepKind, type TStepKind } from "./step-kinds";

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

const text = (label: string, max: number) => z.string(`Enter ${label}.`).max(max, `Use at most ${max.toLocaleString("en")} characters.`);
const requiredText = (label: string, max: number) => text(label, max).trim().min(1, `Enter ${label}.`);

const int = (label: string, min: number, max: number) =>
  z
    .number(`Enter ${label} as a number.`)
    .int(`Enter ${label} as a whole number.`)
    .min(min, `${capitalize(label)} must be at least ${min.toLocaleString("en")}.`)
    .max(max, `${capitalize(label)} must be at most ${max.toLocaleString("en")}.`);

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const ZMinutes = int("the minutes", 0, DRAFT_LIMITS.minutesMax)
  .nullable()
  .optional()
  .transform((v) => v ?? null);

const ZRole = z.enum(ROLES, "Choose a role from the list.");

const ZSql = z
  .string("Enter the SQL.")
  .refine((s) => s.trim().length > 0, "Enter the SQL.")
  .refine((s) => utf8Bytes(s) <= DRAFT_LIMITS.sqlMaxBytes, `The SQL is larger than ${DRAFT_LIMITS.sqlMaxBytes / 1024} kB: split it into several steps.`)
  .refine((s) => !s.includes("\u0000"), "The SQL contains a NUL character, which Postgres does not accept.");

/** A BACKUP's key: part of its schema's name on the target (phaseline_backup_<deployment>_<key>), so an identifier's letters. */
export const BACKUP_KEY_RE = /^[a-z][a-z0-9_]{0,29}$/;
const ZBackupKey = z
  .string("Enter the backup's key.")
  .trim()
  .min(1, "Enter the backup's key.")
  .regex(BACKUP_KEY_RE, "Use 1 to 30 lower-case letters, digits and underscores, starting with a letter (e.g. before_rename).");
/** A table as a plain (unquoted) identifier, optionally schema-qualified: it is resolved on the target, never spliced as written. */
export const BACKUP_TABLE_RE = /^(?:[a-z_][a-z0-9_$]{0,62}\.)?[a-z_][a-z0-9_$]{0,62}$/;

const ZColumnName = requiredText("a column name", DRAFT_LIMITS.columnNameMax);
const ZBaselineName = requiredText("a baseline name", DRAFT_LIMITS.baselineNameMax).regex(/^[A-Za-z0-9_.-]+$/, "Use letters, digits, dots, dashes and underscores only.");

// ---------------------------------------------------------------------------------------------
// Steps

const stepBase = {
  title: requiredText("a step title", DRAFT_LIMITS.stepTitleMax),
  /** MANUAL: the instruction. Other kinds: a note shown beside the step. */
  instructions: text("instructions", DRAFT_LIMITS.instructionsMax).default(""),
  /** source language of an imported code block, kept for display and export */
  language: z
    .string()
    .max(40)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
};

/** What a new step starts with, and what a stored step missing a value is read with. */
export const STEP_DEFAULTS = {
  statementTimeoutMs: 60_000,
  lockTimeoutMs: 5_000,
  /** SQL: retries after a lock timeout, with backoff 1 s, 2 s, 4 s ± 20 % (issue 11 item 3) */
  lockRetries: 3,
  timeoutMs: 60_000,
  outputCapBytes: 65_536,
  httpExpectStatus: 200,
  /** BACKUP: refused above this estimated size (issue 15: default 1 GB) */
  backupMaxMb: 1024,
} as const;

/** SQL, QUERY_CHECK, BACKUP: once per target schema (issue 15 item 2); null: once */
const fanOut = { fanOut: ZFanOut.nullable().optional() };

// Every kind that runs SQL on the target runs it under these limits: a check query against a
// locked table must time out like a script does.
const sqlLimits = {
  statementTimeoutMs: int("the statement timeout", 1, DRAFT_LIMITS.statementTimeoutMsMax).default(STEP_DEFAULTS.statementTimeoutMs),
  lockTimeoutMs: int("the lock timeout", 1, DRAFT_LIMITS.lockTimeoutMsMax).default(STEP_DEFAULTS.lockTimeoutMs),
};

const finite = (label: string) => z.number(`Enter ${label} as a number.`).refine(Number.isFinite, `Enter ${label} as a number.`);

export const ZExpectation = z
  .discriminatedUnion(
    "type",
    [
      z.object({ type: z.literal("scalar_equals"), value: finite("the expected value") }),
      z.object({ type: z.literal("scalar_at_most"), value: finite("the maximum") }),
      z.object({ type: z.literal("scalar_between"), min: finite("the minimum"), max: finite("the maximum") }),
      z.object({ type: z.literal("row_count_equals"), value: int("the row count", 0, 1_000_000_000) }),
    ],
    "Choose what the query must return.",
  )
  .superRefine((e, ctx) => {
    if (e.type === "scalar_between" && e.min > e.max) ctx.addIssue({ code: "custom", path: ["max"], message: "The maximum must not be below the minimum." });
  });
export type TExpectation = z.output<typeof ZExpectation>;

export const ZDraftStep = z.discriminatedUnion(
  "kind",
  [
    // the title may be the whole instruction ("Open browser developer tools")
    z.object({ kind: z.literal("MANUAL"), ...stepBase }),
    z.object({
      kind: z.literal("SQL"),
      ...stepBase,
      sql: ZSql,
      ...sqlLimits,
      // issue 11: autocommit, one statement at a time (CREATE INDEX CONCURRENTLY and the like)
      outsideTransaction: z.boolean("Choose whether the step runs outside a transaction.").default(false),
      lockRetries: int("the lock-timeout retries", 0, DRAFT_LIMITS.lockRetriesMax).default(STEP_DEFAULTS.lockRetries),
      ...fanOut,
    }),
    z.object({ kind: z.literal("QUERY_CHECK"), ...stepBase, sql: ZSql, ...sqlLimits, expectation: ZExpectation, ...fanOut }),
    z.object({ kind: z.literal("BASELINE_CAPTURE"), ...stepBase, sql: ZSql, ...sqlLimits, baselineName: ZBaselineName }),
    z.object({
      kind: z.literal("BASELINE_COMPARE"),
      ...stepBase,
      sql: ZSql,
      ...sqlLimits,
      baselineName: ZBaselineName,
      baselineKeyColumns: z
        .array(ZColumnName, "Name the key columns.")
        .min(1, "Name at least one key column: rows are matched by it.")
        .max(DRAFT_LIMITS.keyColumnsMax, `Use at most ${DRAFT_LIMITS.keyColumnsMax} key columns.`)
        .refine((cols) => new Set(cols).size === cols.length, "Name each key column once."),
      tolerances: z
        .record(ZColumnName, z.number("Enter the tolerance as a number.").min(0, "A tolerance cannot be negative.").refine(Number.isFinite, "Enter the tolerance as a number."))
        .default({})
        .refine((t) => Object.keys(t).length <= DRAFT_LIMITS.tolerancesMax, `Use at most ${DRAFT_LIMITS.tolerancesMax} tolerances.`),
    }),
    z.object({
      kind: z.literal("HTTP_CHECK"),
      ...stepBase,
      httpUrl: z
        .string("Enter the URL to check.")
        .trim()
        .min(1, "Enter the URL to check.")
        .max(DRAFT_LIMITS.httpUrlMax, `Use at most ${DRAFT_LIMITS.httpUrlMax} characters.`)
        .pipe(z.url({ protocol: /^https?$/, error: "Enter a full http:// or https:// URL." })),
      httpExpectStatus: int("the expected status", 100, 599),
      httpBodyContains: z
        .string()
        .max(DRAFT_LIMITS.httpBodyContainsMax, `Use at most ${DRAFT_LIMITS.httpBodyContainsMax.toLocaleString("en")} characters.`)
        .nullable()
        .optional()
        .transform((v) => (v ? v : null)),
      timeoutMs: int("the timeout", 1, DRAFT_LIMITS.timeoutMsMax),
    }),
    // issue 15: a copy of what a change will touch, in a schema of its own on the target
    z
      .object({
        kind: z.literal("BACKUP"),
        ...stepBase,
        ...sqlLimits,
        backupKey: ZBackupKey,
        backupTables: z
          .array(
            z
              .string("Enter a table name.")
              .trim()
              .regex(BACKUP_TABLE_RE, "Name a table as table or schema.table, in lower case letters, digits and underscores (as Postgres stores unquoted names)."),
            "Name the tables to back up.",
          )
          .min(1, "Name at least one table to back up.")
          .max(DRAFT_LIMITS.backupTablesMax, `Back up at most ${DRAFT_LIMITS.backupTablesMax} tables in one step.`)
          .refine((tables) => new Set(tables).size === tables.length, "Name each table once."),
        backupFilter: z
          .string()
          .max(DRAFT_LIMITS.backupFilterMax, `Use at most ${DRAFT_LIMITS.backupFilterMax.toLocaleString("en")} characters.`)
          .refine((f) => !f.includes("\u0000"), "The filter contains a NUL character, which Postgres does not accept.")
          .nullable()
          .optional()
          .transform((v) => (v?.trim() ? v.trim() : null)),
        backupMaxMb: int("the size limit in MB", 1, DRAFT_LIMITS.backupMaxMbMax).default(STEP_DEFAULTS.backupMaxMb),
        // issue 15 item 2: the tables are copied from each target schema, into a backup schema per target
        ...fanOut,
      })
      .superRefine((step, ctx) => {
        // over the group's databases (issue 15 item 2) a table may be schema-qualified: each database has its own
        if (step.fanOut && step.fanOut.over !== "DATABASES" && step.backupTables.some((t) => t.includes("."))) {
          ctx.addIssue({
            code: "custom",
            path: ["backupTables"],
            message: "A backup fanned out over schemas copies each table from every target schema: name the tables without a schema (fees, not tenant_acme.fees).",
          });
        }
        if (step.backupFilter && step.backupTables.length !== 1) {
          ctx.addIssue({ code: "custom", path: ["backupFilter"], message: "A row filter applies to one table: name exactly one table, or clear the filter." });
        }
      }),
    z.object({ kind: z.literal("RESTORE"), ...stepBase, ...sqlLimits, backupKey: ZBackupKey }),
    z.object({
      kind: z.literal("COMMAND"),
      ...stepBase,
      commandArgv: z
        .array(
          z
            .string("Enter an argument.")
            .max(DRAFT_LIMITS.argMax, `An argument may have at most ${DRAFT_LIMITS.argMax} characters.`)
            .refine((a) => !a.includes("\u0000"), "An argument cannot contain a NUL character."),
        )
        .min(1, "Enter the program to run.")
        .max(DRAFT_LIMITS.argvMax, `Use at most ${DRAFT_LIMITS.argvMax} arguments.`)
        // The argv reaches the program as written (no shell interprets it). Which program it is —
        // a shell among them — is not judged here: isolation, an allow-listed environment and
        // redaction protect the server (lib/server/execution/run-command.ts).
        .refine((argv) => (argv[0]?.trim() ?? "") !== "", "Enter the program to run."),
      /** the variables the program gets besides PATH, LANG, TZ and HOME; stored in the runbook: not for secrets */
      commandEnv: z
        .record(
          z.string(),
          text("the variable's value", DRAFT_LIMITS.argMax).refine((v) => !v.includes("\u0000"), "A value cannot contain a NUL character."),
        )
        .superRefine((env, ctx) => {
          // checked here rather than by the key schema: zod's own message for a bad key is generic
          for (const name of Object.keys(env)) {
            if (!/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(name)) {
              ctx.addIssue({ code: "custom", path: [name], message: "A variable name uses letters, digits and underscores, and does not start with a digit." });
            }
          }
        })
        .refine((env) => Object.keys(env).length <= DRAFT_LIMITS.commandEnvMax, `Declare at most ${DRAFT_LIMITS.commandEnvMax} variables.`)
        .optional(),
      timeoutMs: int("the timeout", 1, DRAFT_LIMITS.timeoutMsMax),
      outputCapBytes: int("the output cap", 1024, DRAFT_LIMITS.outputCapBytesMax),
    }),
  ],
  "Choose the kind of step.",
);
export type TDraftStep = z.output<typeof ZDraftStep>;

// ---------------------------------------------------------------------------------------------
// Phases

export const ZChecklistItem = z.object({
  text: requiredText("the checklist item", DRAFT_LIMITS.checklistTextMax),
  isRequired: z.boolean().default(true),
});

export const ZSuccessCriterion = z.object({
  text: requiredText("the criterion", DRAFT_LIMITS.criterionTextMax),
  /** null: met manually with an evidence note; a number: index of a check step of the same phase */
  boundStepIndex: zDbInt("Choose a step of this phase.", { min: 0, max: DRAFT_LIMITS.stepsPerPhaseMax }).nullable().default(null),
});

export const ZDraftPhase = z
  .object({
    procedure: z.enum(PROCEDURES).default("MAIN"),
    title: requiredText("a phase title", DRAFT_LIMITS.phaseTitleMax),
    objective: text("the objective", DRAFT_LIMITS.objectiveMax).default(""),
    estimatedMinutes: ZMinutes,
    failurePolicy: z.enum(FAILURE_POLICIES, "Choose what happens when the phase fails.").default("STOP"),
    isPointOfNoReturn: z.boolean().default(false),
    /** a follow-up phase (issue 15): due this many minutes after the main phases finish; null: a main phase */
    followUpOffsetMinutes: z
      .number("Give the follow-up's offset in minutes.")
      .int("Give the follow-up's offset in whole minutes.")
      .min(FOLLOW_UP_LIMITS.minMinutes, "A follow-up comes at least 1 minute after the main phases finish.")
      .max(FOLLOW_UP_LIMITS.maxMinutes, "A follow-up comes at most 30 days after the main phases finish.")
      .nullable()
      .default(null),
    requiredSignoffRoles: z
      .array(ZRole)
      .max(ROLES.length * 2)
      .default([])
      .transform((roles) => ROLES.filter((r) => roles.includes(r))),
    notes: text("notes", DRAFT_LIMITS.notesMax).default(""),
    steps: z.array(ZDraftStep).max(DRAFT_LIMITS.stepsPerPhaseMax, `A phase may have at most ${DRAFT_LIMITS.stepsPerPhaseMax} steps: split it.`).default([]),
    checklistItems: z.array(ZChecklistItem).max(DRAFT_LIMITS.checklistItemsMax, `A phase may have at most ${DRAFT_LIMITS.checklistItemsMax} checklist items.`).default([]),
    successCriteria: z.array(ZSuccessCriterion).max(DRAFT_LIMITS.criteriaMax, `A phase may have at most ${DRAFT_LIMITS.criteriaMax} success criteria.`).default([]),
  })
  .superRefine((phase, ctx) => {
    if (phase.followUpOffsetMinutes !== null) {
      const path = ["followUpOffsetMinutes"];
      if (phase.procedure === "ROLLBACK") ctx.addIssue({ code: "custom", path, message: "A rollback phase cannot be a follow-up: follow-ups come after the main phases." });
      if (phase.isPointOfNoReturn) {
        ctx.addIssue({ code: "custom", path: ["isPointOfNoReturn"], message: "A follow-up phase checks after the change: it cannot be a point of no return." });
      }
    }
    phase.successCriteria.forEach((criterion, i) => {
      const index = criterion.boundStepIndex;
      if (index === null) return;
      const step = phase.steps[index];
      const path = ["successCriteria", i, "boundStepIndex"];
      if (!step) ctx.addIssue({ code: "custom", path, message: `There is no step ${index + 1} in this phase: choose another step or "met manually".` });
      else if (!isCheckStepKind(step.kind)) {
        ctx.addIssue({ code: "custom", path, message: `Step ${index + 1} is a manual step, so it cannot prove a criterion: choose a step that runs, or "met manually".` });
      }
    });
  });
export type TDraftPhase = z.output<typeof ZDraftPhase>;

/** Follow-up phases come after every main phase: the main phases' end is when they fall due. */
function checkFollowUpOrder(phases: readonly Pick<TDraftPhase, "procedure" | "followUpOffsetMinutes">[], ctx: z.RefinementCtx): void {
  let firstFollowUp = -1;
  let isReported = false;
  phases.forEach((phase, i) => {
    if (phase.procedure !== "MAIN" || isReported) return;
    if (phase.followUpOffsetMinutes !== null) {
      if (firstFollowUp < 0) firstFollowUp = i;
    } else if (firstFollowUp >= 0) {
      ctx.addIssue({
        code: "custom",
        path: [firstFollowUp, "followUpOffsetMinutes"],
        message: "Follow-up phases come after every main phase: move this phase below the main phases, or make it a main phase.",
      });
      isReported = true;
    }
  });
}

export const ZSignoffSheetLine = z.object({
  label: requiredText("the line's label", DRAFT_LIMITS.signoffLabelMax),
  role: ZRole.nullable().default(null),
});

// ---------------------------------------------------------------------------------------------
// The document

/** Everything of a draft but its lockVersion: what the import, the copy and a save write. */
export const ZDraftContent = z.object({
  title: requiredText("a title", DRAFT_LIMITS.titleMax),
  summary: text("the summary", DRAFT_LIMITS.summaryMax).default(""),
  riskLevel: z.enum(RISK_LEVELS, "Choose a risk level."),
  estimatedMinutes: ZMinutes,
  rollbackMinutes: ZMinutes,
  requireSeparationOfDuties: z.boolean().default(true),
  /**
   * schema-design lint warnings switched off for this runbook (issue 11); the risk rules cannot be.
   * Optional (absent = none switched off) so content built in code before it existed stays valid.
   */
  disabledLintRules: z.array(z.enum(SCHEMA_DESIGN_RULES, "Choose a schema-design rule.")).max(SCHEMA_DESIGN_RULES.length).transform(normaliseDisabledRules).optional(),
  preamble: text("the preamble", DRAFT_LIMITS.preambleMax).default(""),
  phases: z.array(ZDraftPhase).max(DRAFT_LIMITS.phasesMax, `A runbook may have at most ${DRAFT_LIMITS.phasesMax} phases.`).superRefine(checkFollowUpOrder).default([]),
  signoffSheet: z.array(ZSignoffSheetLine).max(DRAFT_LIMITS.signoffLinesMax, `The sign-off sheet may have at most ${DRAFT_LIMITS.signoffLinesMax} lines.`).default([]),
});
export type TDraftContent = z.output<typeof ZDraftContent>;

export const ZDraftDocument = ZDraftContent.extend({
  /** the lockVersion the editor loaded: a stale one is a conflict, never a silent overwrite */
  lockVersion: zDbVersion(),
});
export type TDraftDocument = z.output<typeof ZDraftDocument>;
/** What a form holds before validation (defaults not applied yet). */
export type TDraftDocumentInput = z.input<typeof ZDraftDocument>;

export const ZCreateRunbookDraft = z.object({
  title: requiredText("a title", DRAFT_LIMITS.titleMax),
  riskLevel: z.enum(RISK_LEVELS, "Choose a risk level."),
});
export type TCreateRunbookDraft = z.output<typeof ZCreateRunbookDraft>;

export type TDraftFieldErrors = Record<string, string[]>;

/** zod issues keyed by their full dotted path ("phases.2.steps.0.sql"); document-wide ones under "_form". */
export function draftFieldErrors(error: z.ZodError): TDraftFieldErrors {
  const result: TDraftFieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (result[key] ??= []).push(issue.message);
  }
  return result;
}

/** Validates a document; the errors by path, as the forms show them. */
export function validateDraftDocument(input: unknown): { ok: true; doc: TDraftDocument } | { ok: false; fieldErrors: TDraftFieldErrors } {
  const parsed = ZDraftDocument.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: draftFieldErrors(parsed.error) };
  const backupErrors = findBackupStepErrors(parsed.data.phases);
  return Object.keys(backupErrors).length > 0 ? { ok: false, fieldErrors: backupErrors } : { ok: true, doc: parsed.data };
}

/**
 * What a step alone cannot check (issue 15): each BACKUP key is given once, and each RESTORE names
 * a BACKUP of the runbook that comes before it — in the main procedure before it, or anywhere in the
 * main procedure for a rollback phase (the rollback restores what the deployment took).
 */
export function findBackupStepErrors(phases: readonly Pick<TDraftPhase, "procedure" | "steps">[]): TDraftFieldErrors {
  const errors: TDraftFieldErrors = {};
  const mainKeys = new Set<string>();
  phases.forEach((phase) => {
    if (phase.procedure !== "MAIN") return;
    phase.steps.forEach((step) => {
      if (step.kind === "BACKUP") mainKeys.add(step.backupKey);
    });
  });
  const seen = new Set<string>();
  const orderedPhases = phases.map((phase, p) => ({ phase, p })).sort((a, b) => (a.phase.procedure === b.phase.procedure ? 0 : a.phase.procedure === "MAIN" ? -1 : 1));
  for (const { phase, p } of orderedPhases) {
    phase.steps.forEach((step, s) => {
      const path = `phases.${p}.steps.${s}.backupKey`;
      if (step.kind === "BACKUP") {
        if (seen.has(step.backupKey)) errors[path] = [`Another backup step already uses the key "${step.backupKey}": give each backup its own key.`];
        seen.add(step.backupKey);
      } else if (step.kind === "RESTORE") {
        const isKnown = phase.procedure === "MAIN" ? seen.has(step.backupKey) : mainKeys.has(step.backupKey);
        if (!isKnown) {
          errors[path] = [
            phase.procedure === "MAIN" && mainKeys.has(step.backupKey)
              ? `The backup "${step.backupKey}" is taken after this step: move the restore after its backup.`
              : `No backup step of the main procedure has the key "${step.backupKey}": name the key of a backup step.`,
          ];
        }
      }
    });
  }
  return errors;
}

/** Position (1-based) of each phase within its procedure, in document order. */
export function phasePositions(phases: readonly { procedure: "MAIN" | "ROLLBACK" }[]): number[] {
  const next = { MAIN: 0, ROLLBACK: 0 };
  return phases.map((p) => ++next[p.procedure]);
}
