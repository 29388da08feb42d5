// The structure a Markdown runbook parses into (PRODUCT.md "Import and export"). Pure data: the
// importer maps it onto a draft RunbookVersion, the exporter writes it back as Markdown.
import { z } from "zod";
import { DB_INT_MAX, DB_INT_MIN } from "@/lib/domain/db-bounds";
import { STEP_KINDS } from "@/lib/domain/runbook/step-kinds";

// a structure the browser sends back on save (issue 17): numbers within the columns they end in
const ZDetailInt = z.number().min(DB_INT_MIN).max(DB_INT_MAX);
const ZIndex = z.number().int().min(0).max(DB_INT_MAX);

export const ZParsedStepKind = z.enum(["SQL", "COMMAND", "MANUAL"]);
export const ZParsedFailurePolicy = z.enum(["STOP", "ROLLBACK", "CONTINUE"]);
export const ZParsedRiskLevel = z.enum(["LOW", "MEDIUM", "HIGH", "CRITICAL"]);

/**
 * What Markdown alone cannot say about a step, carried by an exported document's
 * `<!-- phaseline:step {…} -->` comment. The code (or text) below the comment is the step's
 * SQL / command / instruction; `instructions` and `language` are here only when they differ from
 * what the body gives. Checked against the draft schema on read.
 */
export const ZParsedStepDetails = z
  .object({
    kind: z.enum(STEP_KINDS),
    /** the exact title, when the list item's line cannot show it as is ("6. Reset Schema Version") */
    title: z.string().min(1).optional(),
    language: z.string().nullable().optional(),
    instructions: z.string().optional(),
    statementTimeoutMs: ZDetailInt.optional(),
    lockTimeoutMs: ZDetailInt.optional(),
    outsideTransaction: z.boolean().optional(),
    lockRetries: ZDetailInt.optional(),
    /** SQL / QUERY_CHECK: once per target schema (issue 15 item 2), checked by the draft schema's ZFanOut */
    fanOut: z.unknown().optional(),
    expectation: z.unknown().optional(),
    baselineName: z.string().optional(),
    baselineKeyColumns: z.array(z.string()).optional(),
    tolerances: z.record(z.string(), z.number()).optional(),
    httpUrl: z.string().optional(),
    httpExpectStatus: ZDetailInt.optional(),
    httpBodyContains: z.string().nullable().optional(),
    timeoutMs: ZDetailInt.optional(),
    commandArgv: z.array(z.string()).optional(),
    commandEnv: z.record(z.string(), z.string()).optional(),
    outputCapBytes: ZDetailInt.optional(),
    /** BACKUP / RESTORE (issue 15) */
    backupKey: z.string().optional(),
    backupTables: z.array(z.string()).optional(),
    backupFilter: z.string().nullable().optional(),
    backupMaxMb: ZDetailInt.optional(),
  })
  .strict();

/** A phase's `<!-- phaseline:phase {…} -->` comment: fields with no Markdown form of their own. */
export const ZParsedPhaseDetails = z
  .object({
    isPointOfNoReturn: z.boolean().optional(),
    requiredSignoffRoles: z.array(z.enum(["LEAD", "DBA", "MANAGER", "ADMIN"])).optional(),
    /** isRequired of each checklist item, in order */
    checklistRequired: z.array(z.boolean()).optional(),
    /** per success criterion: the 0-based index of the step of this phase that proves it, or null */
    criterionSteps: z.array(ZIndex.nullable()).optional(),
  })
  .strict();

export const ZParsedStep = z.object({
  kind: ZParsedStepKind,
  /** the code fence's language (sql, bash, powershell …), null when the step is not code */
  language: z.string().nullable(),
  title: z.string().min(1),
  /** SQL and COMMAND: the code itself. MANUAL: a Markdown instruction (a code fence, when it came from one) */
  text: z.string(),
  /** from an exported document's step comment: the stored step's kind and fields */
  details: ZParsedStepDetails.optional(),
});

export const ZParsedChecklistItem = z.object({ text: z.string().min(1), isRequired: z.boolean() });

export const ZParsedPhase = z.object({
  title: z.string().min(1),
  objective: z.string(),
  estimatedMinutes: ZIndex.nullable(),
  failurePolicy: ZParsedFailurePolicy.optional(),
  checklistItems: z.array(ZParsedChecklistItem),
  successCriteria: z.array(z.string().min(1)),
  steps: z.array(ZParsedStep),
  isPointOfNoReturn: z.boolean().optional(),
  requiredSignoffRoles: z.array(z.enum(["LEAD", "DBA", "MANAGER", "ADMIN"])).optional(),
  /** a follow-up phase: "**Follow-up**: +24 h after the main phases" (issue 15) */
  followUpOffsetMinutes: ZDetailInt.int().positive().optional(),
  /** per success criterion, the index of the step that proves it (null: met manually); absent: none bound */
  successCriterionSteps: z.array(ZIndex.nullable()).optional(),
  /** text of the phase that fits no field, as Markdown; never dropped */
  notes: z.string(),
});

export const ZParsedRunbook = z.object({
  title: z.string().min(1),
  summary: z.string(),
  riskLevel: ZParsedRiskLevel.optional(),
  estimatedMinutes: ZIndex.optional(),
  rollbackMinutes: ZIndex.optional(),
  /** "**Lint off**: prefer-text-field, …": schema-design lint warnings the runbook switches off (issue 11) */
  disabledLintRules: z.array(z.string()).optional(),
  /** text before the first phase (overview, context); nothing else */
  preamble: z.string(),
  phases: z.array(ZParsedPhase),
  /** the rollback procedure; `title` is its heading in the document ("Rollback Procedure") */
  rollback: z.object({ title: z.string().optional(), phases: z.array(ZParsedPhase) }).nullable(),
  /** lines of the final sign-off sheet, e.g. "Deployment Lead" */
  signoffRoles: z.array(z.string().min(1)),
  /** the runbook's notes: appendices, contacts, glossary, communication plans (stored after the preamble) */
  appendix: z.string(),
  warnings: z.array(z.string()),
});

export type TParsedStepDetails = z.infer<typeof ZParsedStepDetails>;
export type TParsedPhaseDetails = z.infer<typeof ZParsedPhaseDetails>;
export type TParsedStepKind = z.infer<typeof ZParsedStepKind>;
export type TParsedStep = z.infer<typeof ZParsedStep>;
export type TParsedChecklistItem = z.infer<typeof ZParsedChecklistItem>;
export type TParsedPhase = z.infer<typeof ZParsedPhase>;
export type TParsedRunbook = z.infer<typeof ZParsedRunbook>;
/** What the exporter needs: a parsed runbook, or one built from a stored version (warnings optional). */
export type TExportableRunbook = Omit<TParsedRunbook, "warnings" | "appendix"> & { warnings?: string[]; appendix?: string };

/** A phase of nothing yet but its title (and estimate, minutes): what a section, a rollback label or a split note fills in. */
export function emptyPhase(title: string, estimatedMinutes: number | null = null): TParsedPhase {
  return { title, objective: "", estimatedMinutes, checklistItems: [], successCriteria: [], steps: [], notes: "" };
}
