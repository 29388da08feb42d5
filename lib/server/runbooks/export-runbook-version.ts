// Export of a stored runbook version (draft or published) to Markdown (PRODUCT.md "Import and
// export"), through the same exporter the import round trip is tested with. Runs from the CLI
// too: it takes its Prisma client as an argument.
import "server-only";
import { exportedFanOut, readFanOut } from "@/lib/domain/runbook/fan-out";
import type { TPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { exportRunbookMarkdown, isTitleVisible } from "@/lib/domain/markdown/export-runbook";
import { draftStepCandidate, fenceCode, joinCommandLine, SENTENCE_KINDS, stepSentence } from "@/lib/domain/markdown/parse-runbook";
import { draftStep } from "./import-runbook";
import { stepColumns } from "./write-version-content";
import { versionContentSelect } from "./version-content-from-rows";
import type { TExportableRunbook, TParsedPhase, TParsedStep, TParsedStepDetails } from "@/lib/domain/markdown/types";
import { STEP_DEFAULTS } from "@/lib/domain/runbook/draft";

const versionSelect = {
  id: true,
  title: true,
  summary: true,
  riskLevel: true,
  estimatedMinutes: true,
  rollbackMinutes: true,
  disabledLintRules: true,
  preamble: true,
  signoffSheet: { orderBy: { position: "asc" }, select: { label: true } },
  // the same phases, steps and criteria a draft copies: one shape for "a version's content"
  phases: versionContentSelect.phases,
} satisfies Prisma.RunbookVersionSelect;

type TPhaseRow = Prisma.RunbookVersionGetPayload<{ select: typeof versionSelect }>["phases"][number];
type TStepRow = TPhaseRow["steps"][number];

/** issue 15 item 2: the fan-out, when the step has one */
const fanOutField = (step: TStepRow) => {
  const fanOut = readFanOut(step.fanOut);
  return fanOut ? { fanOut: exportedFanOut(fanOut) } : {};
};

/** The kind's own fields, as a step comment carries them. */
function kindFields(step: TStepRow): Omit<TParsedStepDetails, "language" | "instructions"> {
  const kind = step.kind;
  const limits = { statementTimeoutMs: step.statementTimeoutMs ?? STEP_DEFAULTS.statementTimeoutMs, lockTimeoutMs: step.lockTimeoutMs ?? STEP_DEFAULTS.lockTimeoutMs };
  switch (kind) {
    case "MANUAL":
      return { kind };
    case "SQL":
      return {
        kind,
        ...limits,
        ...(step.outsideTransaction ? { outsideTransaction: true } : {}),
        ...(step.lockRetries !== null && step.lockRetries !== STEP_DEFAULTS.lockRetries ? { lockRetries: step.lockRetries } : {}),
        ...fanOutField(step),
      };
    case "QUERY_CHECK":
      return { kind, ...limits, expectation: step.expectation, ...fanOutField(step) };
    case "BASELINE_CAPTURE":
      return { kind, ...limits, baselineName: step.baselineName ?? "" };
    case "BASELINE_COMPARE":
      return { kind, ...limits, baselineName: step.baselineName ?? "", baselineKeyColumns: step.baselineKeyColumns, tolerances: (step.tolerances ?? {}) as Record<string, number> };
    case "HTTP_CHECK":
      return {
        kind,
        httpUrl: step.httpUrl ?? "",
        httpExpectStatus: step.httpExpectStatus ?? STEP_DEFAULTS.httpExpectStatus,
        ...(step.httpBodyContains ? { httpBodyContains: step.httpBodyContains } : {}),
        timeoutMs: step.timeoutMs ?? STEP_DEFAULTS.timeoutMs,
      };
    case "BACKUP":
      return {
        kind,
        ...limits,
        backupKey: step.backupKey ?? "",
        backupTables: step.backupTables,
        ...(step.backupFilter ? { backupFilter: step.backupFilter } : {}),
        backupMaxMb: step.backupMaxMb ?? STEP_DEFAULTS.backupMaxMb,
        ...fanOutField(step),
      };
    case "RESTORE":
      return { kind, ...limits, backupKey: step.backupKey ?? "" };
    case "COMMAND":
      return {
        kind,
        commandArgv: step.commandArgv,
        ...(step.commandEnv && typeof step.commandEnv === "object" && Object.keys(step.commandEnv).length ? { commandEnv: step.commandEnv as Record<string, string> } : {}),
        timeoutMs: step.timeoutMs ?? STEP_DEFAULTS.timeoutMs,
        outputCapBytes: step.outputCapBytes ?? STEP_DEFAULTS.outputCapBytes,
      };
  }
}

/**
 * Markdown knows three step kinds: SQL kinds export as a SQL fence, COMMAND as its snippet, HTTP_CHECK,
 * BACKUP and RESTORE as a sentence. What the fence cannot say (the kind, expectation, baseline, limits, URL …) goes in a
 * `<!-- phaseline:step {…} -->` comment above it, which the parser reads back; a plain SQL step with
 * the usual limits and a MANUAL step that reads back as itself need none.
 */
function toParsedStep(step: TStepRow): TParsedStep {
  const title = step.title || "Step";
  let parsed: TParsedStep;
  let isSplit = false;
  if (step.kind === "SQL" || step.kind === "QUERY_CHECK" || step.kind === "BASELINE_CAPTURE" || step.kind === "BASELINE_COMPARE") {
    parsed = { kind: "SQL", language: step.language ?? "sql", title, text: step.sql ?? "" };
  } else if (step.kind === "COMMAND") {
    // the author's snippet (with its comments) when the import kept it, else the argv
    const fenced = /^(`{3,})[^\n]*\n([\s\S]*)\n\1$/.exec(step.instructions.trim());
    parsed = { kind: "COMMAND", language: step.language ?? "bash", title, text: fenced ? fenced[2]! : joinCommandLine(step.commandArgv) };
  } else if (SENTENCE_KINDS.has(step.kind)) {
    parsed = { kind: "MANUAL", language: null, title, text: [stepSentence(kindFields(step)), step.instructions].filter(Boolean).join("\n\n") };
  } else {
    const text = step.instructions || (step.sql ? fenceCode("sql", step.sql) : "");
    parsed = { kind: "MANUAL", language: step.language, title, text };
    // code among other text reads back as several steps unless a comment holds them together
    const isOneFence = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*\n\1$/.test(text.trim()) && !/\n(`{3,}|~{3,})[^\n]*\n[\s\S]*\n\1\s*$/.test(text.trim().slice(3));
    isSplit = /^\s*(`{3,}|~{3,})/m.test(text) && !isOneFence;
  }
  if (!isSplit && isTitleVisible(title) && readsBackAsIs(parsed, step)) return parsed;
  const details: TParsedStepDetails = { ...kindFields(step), ...(isTitleVisible(title) ? {} : { title }) };
  // what the body alone would give back; the comment says only what differs
  const read = step.kind === "MANUAL" || SENTENCE_KINDS.has(step.kind) ? { ...parsed, language: null } : parsed;
  const candidate = draftStepCandidate({ ...read, details });
  if (candidate.language !== step.language) details.language = step.language;
  if (candidate.instructions !== step.instructions) details.instructions = step.instructions;
  return { ...parsed, details };
}

const STEP_FIELDS = [
  "kind",
  "title",
  "instructions",
  "language",
  "sql",
  "statementTimeoutMs",
  "lockTimeoutMs",
  "expectation",
  "baselineName",
  "baselineKeyColumns",
  "tolerances",
  "httpUrl",
  "httpExpectStatus",
  "httpBodyContains",
  "timeoutMs",
  "commandArgv",
  "commandEnv",
  "outputCapBytes",
  "backupKey",
  "backupTables",
  "backupFilter",
  "backupMaxMb",
] as const;

/** Whether importing the plain Markdown step (no comment) stores this very step. */
function readsBackAsIs(parsed: TParsedStep, step: TStepRow): boolean {
  const columns: Record<string, unknown> = stepColumns(draftStep(parsed));
  const isSqlOptionsAsIs =
    step.kind !== "SQL" ||
    (step.outsideTransaction === (columns.outsideTransaction ?? false) && (step.lockRetries ?? STEP_DEFAULTS.lockRetries) === (columns.lockRetries ?? STEP_DEFAULTS.lockRetries));
  // a fan-out has no Markdown form of its own: only the comment carries it
  return (
    readFanOut(step.fanOut) === null &&
    isSqlOptionsAsIs &&
    STEP_FIELDS.every((field) => {
      const stored = step[field];
      const written = columns[field] ?? (Array.isArray(stored) ? [] : null);
      return JSON.stringify(written) === JSON.stringify(stored);
    })
  );
}

function toParsedPhase(phase: TPhaseRow): TParsedPhase {
  const stepIndex = new Map(phase.steps.map((s, i) => [s.id, i]));
  const bindings = phase.successCriteria.map((c) => (c.stepId === null ? null : (stepIndex.get(c.stepId) ?? null)));
  return {
    title: phase.title,
    objective: phase.objective,
    estimatedMinutes: phase.estimatedMinutes,
    failurePolicy: phase.failurePolicy,
    isPointOfNoReturn: phase.isPointOfNoReturn,
    requiredSignoffRoles: phase.requiredSignoffRoles,
    ...(phase.followUpOffsetMinutes !== null ? { followUpOffsetMinutes: phase.followUpOffsetMinutes } : {}),
    checklistItems: phase.checklistItems.map((c) => ({ text: c.text, isRequired: c.isRequired })),
    successCriteria: phase.successCriteria.map((c) => c.text),
    ...(bindings.some((b) => b !== null) ? { successCriterionSteps: bindings } : {}),
    steps: phase.steps.map(toParsedStep),
    notes: phase.notes,
  };
}

export async function exportRunbookVersion(input: {
  /** the app's client unless given (the CLI passes its own) */
  prisma?: TPrisma;
  /** a version id, or a runbook (slug or id) with a published version number */
  versionId?: string;
  runbookSlug?: string;
  runbookId?: string;
  versionNumber?: number;
}): Promise<{ versionId: string; markdown: string }> {
  const prisma = input.prisma ?? getPrisma();
  let version: Prisma.RunbookVersionGetPayload<{ select: typeof versionSelect }> | null;
  if (input.versionId) {
    version = await prisma.runbookVersion.findUnique({ where: { id: input.versionId }, select: versionSelect });
  } else if ((input.runbookSlug || input.runbookId) && input.versionNumber !== undefined) {
    const runbook = input.runbookId ? { id: input.runbookId } : { slug: input.runbookSlug };
    version = await prisma.runbookVersion.findFirst({ where: { runbook, number: input.versionNumber, status: "PUBLISHED" }, select: versionSelect });
  } else {
    throw new ValidationError("Name a version: its id, or a runbook slug and a version number.");
  }
  if (!version) throw new NotFoundError("No runbook version with that id (or slug and number).");

  const main = version.phases.filter((p) => p.procedure === "MAIN").map(toParsedPhase);
  const rollback = version.phases.filter((p) => p.procedure === "ROLLBACK").map(toParsedPhase);
  const exportable: TExportableRunbook = {
    title: version.title,
    summary: version.summary,
    riskLevel: version.riskLevel,
    ...(version.estimatedMinutes !== null ? { estimatedMinutes: version.estimatedMinutes } : {}),
    ...(version.rollbackMinutes !== null ? { rollbackMinutes: version.rollbackMinutes } : {}),
    ...(version.disabledLintRules.length ? { disabledLintRules: version.disabledLintRules } : {}),
    preamble: version.preamble,
    phases: main,
    rollback: rollback.length ? { phases: rollback } : null,
    signoffRoles: version.signoffSheet.map((l) => l.label),
  };
  return { versionId: version.id, markdown: exportRunbookMarkdown(exportable) };
}
