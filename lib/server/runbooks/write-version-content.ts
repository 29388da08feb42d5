// Writes a version's content — phases of both procedures, their steps, checklist items, success
// criteria (with their step bindings) and the sign-off sheet — inside the caller's transaction.
// The one writer for the import, a copy of a published version and a draft save, so a structure
// is stored the same way whichever way it arrived. Does not validate: callers pass a checked
// document (the import's parser, ZDraftDocument, or rows of a published version).
// No "server-only": the CLI's import uses it.
import type { TTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TFanOut } from "@/lib/domain/runbook/fan-out";
import { phasePositions, STEP_DEFAULTS, type TDraftContent, type TDraftPhase, type TDraftStep } from "@/lib/domain/runbook/draft";

export type TVersionContent = Pick<TDraftContent, "phases" | "signoffSheet">;

/** issue 15 item 2: absent when the step runs once */
const fanOutColumn = (fanOut: TFanOut | null | undefined) => (fanOut ? { fanOut: fanOut as unknown as Prisma.InputJsonValue } : {});

/** A version row's own fields (title, summary, risk, estimates, rules, preamble) from draft content. */
export function versionHeaderColumns(
  content: TDraftContent,
): Pick<
  Prisma.RunbookVersionUncheckedCreateInput,
  "title" | "summary" | "riskLevel" | "estimatedMinutes" | "rollbackMinutes" | "requireSeparationOfDuties" | "disabledLintRules" | "preamble"
> {
  return {
    title: content.title,
    summary: content.summary,
    riskLevel: content.riskLevel,
    estimatedMinutes: content.estimatedMinutes,
    rollbackMinutes: content.rollbackMinutes,
    requireSeparationOfDuties: content.requireSeparationOfDuties,
    disabledLintRules: content.disabledLintRules ?? [],
    preamble: content.preamble,
  };
}

/** The step's columns; the kind decides which are set, the others stay empty. */
export function stepColumns(step: TDraftStep): Omit<Prisma.StepCreateManyInput, "phaseId" | "position"> {
  const base = { kind: step.kind, title: step.title, instructions: step.instructions, language: step.language };
  const limits = "statementTimeoutMs" in step ? { statementTimeoutMs: step.statementTimeoutMs, lockTimeoutMs: step.lockTimeoutMs } : {};
  switch (step.kind) {
    case "MANUAL":
      return base;
    case "SQL":
      // null is the default (3): rows written before the option existed read the same
      return {
        ...base,
        sql: step.sql,
        ...limits,
        outsideTransaction: step.outsideTransaction,
        lockRetries: step.lockRetries === STEP_DEFAULTS.lockRetries ? null : step.lockRetries,
        ...fanOutColumn(step.fanOut),
      };
    case "QUERY_CHECK":
      return { ...base, sql: step.sql, ...limits, expectation: step.expectation, ...fanOutColumn(step.fanOut) };
    case "BASELINE_CAPTURE":
      return { ...base, sql: step.sql, ...limits, baselineName: step.baselineName };
    case "BASELINE_COMPARE":
      return { ...base, sql: step.sql, ...limits, baselineName: step.baselineName, baselineKeyColumns: step.baselineKeyColumns, tolerances: step.tolerances };
    case "HTTP_CHECK":
      return { ...base, httpUrl: step.httpUrl, httpExpectStatus: step.httpExpectStatus, httpBodyContains: step.httpBodyContains, timeoutMs: step.timeoutMs };
    case "BACKUP":
      // null is the default (1 GB)
      return {
        ...base,
        ...limits,
        backupKey: step.backupKey,
        backupTables: step.backupTables,
        backupFilter: step.backupFilter,
        backupMaxMb: step.backupMaxMb === STEP_DEFAULTS.backupMaxMb ? null : step.backupMaxMb,
        ...fanOutColumn(step.fanOut),
      };
    case "RESTORE":
      return { ...base, ...limits, backupKey: step.backupKey };
    case "COMMAND":
      return {
        ...base,
        commandArgv: step.commandArgv,
        ...(step.commandEnv && Object.keys(step.commandEnv).length ? { commandEnv: step.commandEnv } : {}),
        timeoutMs: step.timeoutMs,
        outputCapBytes: step.outputCapBytes,
      };
  }
}

function phaseColumns(phase: TDraftPhase, versionId: string, position: number): Prisma.PhaseCreateManyInput {
  return {
    versionId,
    procedure: phase.procedure,
    position,
    title: phase.title,
    objective: phase.objective,
    estimatedMinutes: phase.estimatedMinutes,
    failurePolicy: phase.failurePolicy,
    isPointOfNoReturn: phase.isPointOfNoReturn,
    followUpOffsetMinutes: phase.followUpOffsetMinutes,
    requiredSignoffRoles: phase.requiredSignoffRoles,
    notes: phase.notes,
  };
}

/**
 * Inserts the content of an empty version: a fixed number of statements whatever its size (no
 * query per phase). Callers replacing content delete the old first (`clearVersionContent`).
 */
export async function writeVersionContent(tx: TTx, versionId: string, content: TVersionContent): Promise<void> {
  const positions = phasePositions(content.phases);
  if (content.phases.length > 0) {
    const phases = await tx.phase.createManyAndReturn({
      data: content.phases.map((phase, i) => phaseColumns(phase, versionId, positions[i]!)),
      select: { id: true, procedure: true, position: true },
    });
    const phaseIdAt = new Map(phases.map((p) => [`${p.procedure}:${p.position}`, p.id]));
    const phaseIds = content.phases.map((phase, i) => phaseIdAt.get(`${phase.procedure}:${positions[i]}`)!);

    const stepData = content.phases.flatMap((phase, i) => phase.steps.map((step, s) => ({ ...stepColumns(step), phaseId: phaseIds[i]!, position: s + 1 })));
    const steps = stepData.length ? await tx.step.createManyAndReturn({ data: stepData, select: { id: true, phaseId: true, position: true } }) : [];
    const stepIdAt = new Map(steps.map((s) => [`${s.phaseId}:${s.position}`, s.id]));

    const items = content.phases.flatMap((phase, i) =>
      phase.checklistItems.map((item, c) => ({ phaseId: phaseIds[i]!, position: c + 1, text: item.text, isRequired: item.isRequired })),
    );
    if (items.length) await tx.checklistItem.createMany({ data: items });

    const criteria = content.phases.flatMap((phase, i) =>
      phase.successCriteria.map((criterion, c) => ({
        phaseId: phaseIds[i]!,
        position: c + 1,
        text: criterion.text,
        stepId: criterion.boundStepIndex === null ? null : (stepIdAt.get(`${phaseIds[i]}:${criterion.boundStepIndex + 1}`) ?? null),
      })),
    );
    if (criteria.length) await tx.successCriterion.createMany({ data: criteria });
  }
  if (content.signoffSheet.length) {
    await tx.signoffSheetLine.createMany({
      data: content.signoffSheet.map((line, i) => ({ versionId, position: i + 1, label: line.label, role: line.role })),
    });
  }
}

/** Removes a version's phases (their steps, items and criteria cascade) and sign-off sheet. */
export async function clearVersionContent(tx: TTx, versionId: string): Promise<void> {
  await tx.phase.deleteMany({ where: { versionId } });
  await tx.signoffSheetLine.deleteMany({ where: { versionId } });
}
