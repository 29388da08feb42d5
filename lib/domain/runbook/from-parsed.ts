// Parsed runbook → draft content (PRODUCT.md "Import and export"): the one pure conversion the
// import (CLI, UI, API) uses, and the check that an import fits the draft's structural limits
// (DRAFT_LIMITS: at most 100 phases, 200 steps per phase …) before anything is saved.
import { normaliseDisabledRules } from "@/lib/domain/sql/schema-design-rules";
import { draftStepFromDetails, fenceCode, joinCommandLine, simpleCommandLine, splitCommandLine } from "@/lib/domain/markdown/step-details";
import { ZParsedRunbook, type TParsedPhase, type TParsedRunbook, type TParsedStep } from "@/lib/domain/markdown/types";
import { DRAFT_LIMITS, STEP_DEFAULTS, ZDraftContent, type TDraftContent, type TDraftPhase, type TDraftStep } from "./draft";

export const DEFAULT_IMPORT_RISK_LEVEL = "MEDIUM" as const;
// the same limits the seed runbook uses (prisma/seed/runbook-003.ts)
const SQL_LIMITS = { statementTimeoutMs: 60_000, lockTimeoutMs: 5_000 } as const;
const COMMAND_LIMITS = { timeoutMs: 60_000, outputCapBytes: 65_536 } as const;

type TRole = "LEAD" | "DBA" | "MANAGER" | "ADMIN";

/** "Database Admin", "DBA" → DBA; "Deployment Lead" → LEAD; anything else signs as whoever took part. */
export function roleForSignoffLine(label: string): TRole | null {
  const l = label.toLowerCase();
  if (/\bdba\b|database admin/.test(l)) return "DBA";
  if (/deployment lead|release lead|\blead engineer\b|^lead$/.test(l)) return "LEAD";
  return null;
}

export function draftStep(step: TParsedStep): TDraftStep {
  if (step.details) {
    // an exported document's step comment: the stored kind and fields (checked by the parser)
    const fromDetails = draftStepFromDetails({ ...step, details: step.details });
    if (fromDetails.ok) return fromDetails.step;
  }
  const base = { title: step.title.slice(0, DRAFT_LIMITS.stepTitleMax), language: step.language, instructions: "" };
  if (step.kind === "SQL") return { ...base, kind: "SQL", sql: step.text, ...SQL_LIMITS, outsideTransaction: false, lockRetries: STEP_DEFAULTS.lockRetries };
  if (step.kind === "COMMAND") {
    const line = step.language ? simpleCommandLine(step.language, step.text) : null;
    const argv = line ? splitCommandLine(line) : null;
    if (argv && argv.length > 0) {
      // comments of the snippet are kept beside the argv, so nothing the author wrote is lost
      const instructions = step.text.trim() === joinCommandLine(argv) ? "" : fenceCode(step.language, step.text);
      return { ...base, kind: "COMMAND", commandArgv: argv, instructions, ...COMMAND_LIMITS };
    }
    return { ...base, kind: "MANUAL", instructions: fenceCode(step.language, step.text) };
  }
  return { ...base, kind: "MANUAL", instructions: step.text };
}

function draftPhase(phase: TParsedPhase, procedure: "MAIN" | "ROLLBACK"): TDraftPhase {
  return {
    procedure,
    title: phase.title.slice(0, DRAFT_LIMITS.phaseTitleMax),
    objective: phase.objective,
    estimatedMinutes: phase.estimatedMinutes,
    failurePolicy: phase.failurePolicy ?? "STOP",
    isPointOfNoReturn: phase.isPointOfNoReturn ?? false,
    // a rollback phase is never a follow-up (the draft schema refuses it): the marker stays in its notes there
    followUpOffsetMinutes: procedure === "MAIN" ? (phase.followUpOffsetMinutes ?? null) : null,
    requiredSignoffRoles: phase.requiredSignoffRoles ?? [],
    notes: phase.notes,
    steps: phase.steps.map(draftStep),
    checklistItems: phase.checklistItems.map((c) => ({ text: c.text, isRequired: c.isRequired })),
    successCriteria: phase.successCriteria.map((text, i) => ({ text, boundStepIndex: phase.successCriterionSteps?.[i] ?? null })),
  };
}

/** The version's one free text: the preamble, then the runbook's notes (appendices). */
export const storedPreamble = (parsed: Pick<TParsedRunbook, "preamble" | "appendix">) => [parsed.preamble, parsed.appendix].filter((t) => t.trim() !== "").join("\n\n");

/** The parsed document as a draft's content, unchecked. */
export function draftContentFromParsed(parsed: TParsedRunbook): TDraftContent {
  return {
    title: parsed.title.slice(0, DRAFT_LIMITS.titleMax),
    summary: parsed.summary,
    riskLevel: parsed.riskLevel ?? DEFAULT_IMPORT_RISK_LEVEL,
    estimatedMinutes: parsed.estimatedMinutes ?? null,
    rollbackMinutes: parsed.rollbackMinutes ?? null,
    requireSeparationOfDuties: true,
    ...(parsed.disabledLintRules?.length ? { disabledLintRules: normaliseDisabledRules(parsed.disabledLintRules) } : {}),
    preamble: storedPreamble(parsed),
    phases: [...parsed.phases.map((p) => draftPhase(p, "MAIN")), ...(parsed.rollback?.phases ?? []).map((p) => draftPhase(p, "ROLLBACK"))],
    signoffSheet: parsed.signoffRoles.map((label) => ({ label, role: roleForSignoffLine(label) })),
  };
}

/** "phases.3.checklistItems.4.text" → "Phase 4 “Verify”, checklist item 5". */
function describePath(path: PropertyKey[], content: TDraftContent): string {
  const [head, index, field, sub] = path;
  if (head !== "phases" || typeof index !== "number") return head === undefined ? "The runbook" : `The runbook's ${String(head)}`;
  const phase = content.phases[index];
  const name = phase ? `${phase.procedure === "ROLLBACK" ? "Rollback phase" : "Phase"} “${phase.title}”` : `Phase ${index + 1}`;
  if (field === undefined) return name;
  const what = { steps: "step", checklistItems: "checklist item", successCriteria: "success criterion" }[String(field)];
  return what && typeof sub === "number" ? `${name}, ${what} ${sub + 1}` : `${name}, ${String(field)}`;
}

/**
 * The parsed structure checked as the draft will hold it: the parsed schema, then the draft
 * schema's limits. A refusal names what is too big ("A runbook may have at most 100 phases (this
 * document has 150): split it."), so the person can act on it; nothing is saved.
 */
export function checkParsedImport(candidate: unknown): { ok: true; parsed: TParsedRunbook; content: TDraftContent } | { ok: false; message: string } {
  const shape = ZParsedRunbook.safeParse(candidate);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return { ok: false, message: `The document could not be read as a runbook: ${issue?.path.join(".") || "structure"}: ${issue?.message ?? "invalid"}.` };
  }
  const parsed = shape.data;
  const phaseCount = parsed.phases.length + (parsed.rollback?.phases.length ?? 0);
  if (phaseCount > DRAFT_LIMITS.phasesMax) {
    return {
      ok: false,
      message: `A runbook may have at most ${DRAFT_LIMITS.phasesMax} phases, rollback included (this document has ${phaseCount.toLocaleString("en-US")}): split it into several runbooks.`,
    };
  }
  const content = draftContentFromParsed(parsed);
  const checked = ZDraftContent.safeParse(content);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, message: `${describePath(issue?.path ?? [], content)}: ${issue?.message ?? "invalid"}` };
  }
  return { ok: true, parsed, content: checked.data };
}
