// A stored version's rows as a draft document's content: what the editor loads and what a new
// draft copies from the latest published version. Values a kind does not use are left out;
// missing ones (a step stored before a field existed) get the editor's defaults, and the next
// save validates them like anything typed.
import { readFanOut } from "@/lib/domain/runbook/fan-out";
import "server-only";
import type { TTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { STEP_DEFAULTS, type TDraftContent, type TDraftPhase, type TDraftStep, type TExpectation } from "@/lib/domain/runbook/draft";
import type { TPrisma } from "@/lib/db/client";
import { normaliseDisabledRules } from "@/lib/domain/sql/schema-design-rules";

export const versionContentSelect = {
  id: true,
  runbookId: true,
  status: true,
  number: true,
  lockVersion: true,
  title: true,
  summary: true,
  riskLevel: true,
  estimatedMinutes: true,
  rollbackMinutes: true,
  requireSeparationOfDuties: true,
  disabledLintRules: true,
  preamble: true,
  sourceMarkdown: true,
  phases: {
    orderBy: [{ procedure: "asc" }, { position: "asc" }],
    select: {
      procedure: true,
      position: true,
      title: true,
      objective: true,
      estimatedMinutes: true,
      failurePolicy: true,
      isPointOfNoReturn: true,
      requiredSignoffRoles: true,
      followUpOffsetMinutes: true,
      notes: true,
      steps: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          kind: true,
          title: true,
          instructions: true,
          language: true,
          sql: true,
          statementTimeoutMs: true,
          lockTimeoutMs: true,
          outsideTransaction: true,
          lockRetries: true,
          fanOut: true,
          expectation: true,
          baselineName: true,
          baselineKeyColumns: true,
          tolerances: true,
          httpUrl: true,
          httpExpectStatus: true,
          httpBodyContains: true,
          timeoutMs: true,
          commandArgv: true,
          commandEnv: true,
          outputCapBytes: true,
          backupKey: true,
          backupTables: true,
          backupFilter: true,
          backupMaxMb: true,
        },
      },
      checklistItems: { orderBy: { position: "asc" }, select: { text: true, isRequired: true } },
      successCriteria: { orderBy: { position: "asc" }, select: { text: true, stepId: true } },
    },
  },
  signoffSheet: { orderBy: { position: "asc" }, select: { label: true, role: true } },
} satisfies Prisma.RunbookVersionSelect;

export type TVersionContentRow = Prisma.RunbookVersionGetPayload<{ select: typeof versionContentSelect }>;
type TStepRow = TVersionContentRow["phases"][number]["steps"][number];

/** The newest matching version (by number) with its content. */
export async function findVersionContentRow(db: TTx | TPrisma, where: Prisma.RunbookVersionWhereInput): Promise<TVersionContentRow | null> {
  return db.runbookVersion.findFirst({ where, orderBy: { number: { sort: "desc", nulls: "last" } }, select: versionContentSelect });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function expectationOf(raw: unknown): TExpectation {
  const o = isRecord(raw) ? raw : {};
  const num = (v: unknown) => (typeof v === "number" ? v : 0);
  switch (o.type) {
    case "scalar_between":
      return { type: "scalar_between", min: num(o.min), max: num(o.max) };
    case "scalar_at_most":
      return { type: "scalar_at_most", value: num(o.value ?? o.max) };
    case "row_count_equals":
      return { type: "row_count_equals", value: num(o.value ?? o.count) };
    default:
      return { type: "scalar_equals", value: num(o.value) };
  }
}

function tolerancesOf(raw: unknown): Record<string, number> {
  if (!isRecord(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, number] => typeof e[1] === "number"));
}

/** issue 15 item 2: present only when the step fans out, so a step that runs once reads as before */
function fanOutOf(value: unknown) {
  const fanOut = readFanOut(value);
  return fanOut ? { fanOut } : {};
}

export function stepFromRow(row: TStepRow): TDraftStep {
  const base = { title: row.title, instructions: row.instructions, language: row.language };
  const sql = row.sql ?? "";
  const limits = {
    statementTimeoutMs: row.statementTimeoutMs ?? STEP_DEFAULTS.statementTimeoutMs,
    lockTimeoutMs: row.lockTimeoutMs ?? STEP_DEFAULTS.lockTimeoutMs,
  };
  switch (row.kind) {
    case "MANUAL":
      return { ...base, kind: "MANUAL" };
    case "SQL":
      return {
        ...base,
        kind: "SQL",
        sql,
        ...limits,
        outsideTransaction: row.outsideTransaction,
        lockRetries: row.lockRetries ?? STEP_DEFAULTS.lockRetries,
        ...fanOutOf(row.fanOut),
      };
    case "QUERY_CHECK":
      return { ...base, kind: "QUERY_CHECK", sql, ...limits, expectation: expectationOf(row.expectation), ...fanOutOf(row.fanOut) };
    case "BASELINE_CAPTURE":
      return { ...base, kind: "BASELINE_CAPTURE", sql, ...limits, baselineName: row.baselineName ?? "" };
    case "BASELINE_COMPARE":
      return {
        ...base,
        kind: "BASELINE_COMPARE",
        sql,
        ...limits,
        baselineName: row.baselineName ?? "",
        baselineKeyColumns: row.baselineKeyColumns,
        tolerances: tolerancesOf(row.tolerances),
      };
    case "HTTP_CHECK":
      return {
        ...base,
        kind: "HTTP_CHECK",
        httpUrl: row.httpUrl ?? "",
        httpExpectStatus: row.httpExpectStatus ?? STEP_DEFAULTS.httpExpectStatus,
        httpBodyContains: row.httpBodyContains,
        timeoutMs: row.timeoutMs ?? STEP_DEFAULTS.timeoutMs,
      };
    case "BACKUP":
      return {
        ...base,
        kind: "BACKUP",
        ...limits,
        backupKey: row.backupKey ?? "",
        backupTables: row.backupTables,
        backupFilter: row.backupFilter,
        backupMaxMb: row.backupMaxMb ?? STEP_DEFAULTS.backupMaxMb,
        ...fanOutOf(row.fanOut),
      };
    case "RESTORE":
      return { ...base, kind: "RESTORE", ...limits, backupKey: row.backupKey ?? "" };
    case "COMMAND":
      return {
        ...base,
        kind: "COMMAND",
        commandArgv: row.commandArgv,
        ...(isStringRecord(row.commandEnv) && Object.keys(row.commandEnv).length ? { commandEnv: row.commandEnv } : {}),
        timeoutMs: row.timeoutMs ?? STEP_DEFAULTS.timeoutMs,
        outputCapBytes: row.outputCapBytes ?? STEP_DEFAULTS.outputCapBytes,
      };
  }
}

/** Main phases first, then the rollback procedure, each in position order. */
export function contentFromRow(row: TVersionContentRow): TDraftContent {
  const phases: TDraftPhase[] = [...row.phases]
    .sort((a, b) => (a.procedure === b.procedure ? a.position - b.position : a.procedure === "MAIN" ? -1 : 1))
    .map((phase) => {
      const stepIndex = new Map(phase.steps.map((s, i) => [s.id, i]));
      return {
        procedure: phase.procedure,
        title: phase.title,
        objective: phase.objective,
        estimatedMinutes: phase.estimatedMinutes,
        failurePolicy: phase.failurePolicy,
        isPointOfNoReturn: phase.isPointOfNoReturn,
        followUpOffsetMinutes: phase.followUpOffsetMinutes,
        requiredSignoffRoles: phase.requiredSignoffRoles,
        notes: phase.notes,
        steps: phase.steps.map(stepFromRow),
        checklistItems: phase.checklistItems,
        successCriteria: phase.successCriteria.map((c) => ({ text: c.text, boundStepIndex: c.stepId ? (stepIndex.get(c.stepId) ?? null) : null })),
      };
    });
  return {
    title: row.title,
    summary: row.summary,
    riskLevel: row.riskLevel,
    estimatedMinutes: row.estimatedMinutes,
    rollbackMinutes: row.rollbackMinutes,
    requireSeparationOfDuties: row.requireSeparationOfDuties,
    // absent when none is switched off: the content reads as it did before the switch existed
    ...(row.disabledLintRules.length ? { disabledLintRules: normaliseDisabledRules(row.disabledLintRules) } : {}),
    preamble: row.preamble,
    phases,
    signoffSheet: row.signoffSheet,
  };
}

/** A stored { NAME: value } object of strings (Json column), as the draft schema wrote it. */
function isStringRecord(value: unknown): value is Record<string, string> {
  return value !== null && typeof value === "object" && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "string");
}
