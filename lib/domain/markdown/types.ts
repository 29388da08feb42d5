// The structure a Markdown runbook parses into (PRODUCT.md "Import and export"). Pure data: the
// importer maps it onto a draft RunbookVersion, the exporter writes it back as Markdown.
import { z } from "zod";

export const ZParsedStepKind = z.enum(["SQL", "COMMAND", "MANUAL"]);
export const ZParsedFailurePolicy = z.enum(["STOP", "ROLLBACK", "CONTINUE"]);
export const ZParsedRiskLevel = z.enum(["LOW", "MEDIUM", "HIGH", "CRITICAL"]);

export const ZParsedStep = z.object({
  kind: ZParsedStepKind,
  /** the code fence's language (sql, bash, powershell …), null when the step is not code */
  language: z.string().nullable(),
  title: z.string().min(1),
  /** SQL and COMMAND: the code itself. MANUAL: a Markdown instruction (a code fence, when it came from one) */
  text: z.string(),
});

export const ZParsedChecklistItem = z.object({ text: z.string().min(1), isRequired: z.boolean() });

export const ZParsedPhase = z.object({
  title: z.string().min(1),
  objective: z.string(),
  estimatedMinutes: z.number().int().nonnegative().nullable(),
  failurePolicy: ZParsedFailurePolicy.optional(),
  checklistItems: z.array(ZParsedChecklistItem),
  successCriteria: z.array(z.string().min(1)),
  steps: z.array(ZParsedStep),
  /** text of the phase that fits no field, as Markdown; never dropped */
  notes: z.string(),
});

export const ZParsedRunbook = z.object({
  title: z.string().min(1),
  summary: z.string(),
  riskLevel: ZParsedRiskLevel.optional(),
  estimatedMinutes: z.number().int().nonnegative().optional(),
  rollbackMinutes: z.number().int().nonnegative().optional(),
  /** text that belongs to no phase: before the first (overview, pre-deployment checklists) and after the last (contacts, appendices) */
  preamble: z.string(),
  phases: z.array(ZParsedPhase),
  /** the rollback procedure; `title` is its heading in the document ("Rollback Procedure") */
  rollback: z.object({ title: z.string().optional(), phases: z.array(ZParsedPhase) }).nullable(),
  /** lines of the final sign-off sheet, e.g. "Deployment Lead" */
  signoffRoles: z.array(z.string().min(1)),
  warnings: z.array(z.string()),
});

export type TParsedStepKind = z.infer<typeof ZParsedStepKind>;
export type TParsedStep = z.infer<typeof ZParsedStep>;
export type TParsedChecklistItem = z.infer<typeof ZParsedChecklistItem>;
export type TParsedPhase = z.infer<typeof ZParsedPhase>;
export type TParsedRunbook = z.infer<typeof ZParsedRunbook>;
/** What the exporter needs: a parsed runbook, or one built from a stored version (warnings optional). */
export type TExportableRunbook = Omit<TParsedRunbook, "warnings"> & { warnings?: string[] };
