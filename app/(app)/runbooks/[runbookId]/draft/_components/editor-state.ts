// The editor's working copy of a draft and its conversion to and from the saved document
// (lib/domain/runbook/draft). Text the person is typing stays as typed (key columns, argv lines,
// tolerances); the conversion to the document happens on save, where ZDraftDocument checks it.
// Success criteria point at steps by key while editing, so reordering or deleting steps keeps
// each binding on the step it was made with.
import type { TSchemaDesignRule } from "@/lib/domain/sql/schema-design-rules";
import { ROLES, type TRole } from "@/lib/auth/permissions";
import type { TFanOut } from "@/lib/domain/runbook/fan-out";
import {
  type EXPECTATION_TYPES,
  STEP_DEFAULTS,
  type TDraftDocument,
  type TDraftDocumentInput,
  type TDraftPhase,
  type TDraftStep,
  type TStepKind,
} from "@/lib/domain/runbook/draft";

type TExpectationType = (typeof EXPECTATION_TYPES)[number];
type TProcedure = "MAIN" | "ROLLBACK";
type TFailurePolicy = "STOP" | "ROLLBACK" | "CONTINUE";
type TRiskLevel = "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";

export type TEditorStep = {
  key: string;
  kind: TStepKind;
  title: string;
  instructions: string;
  language: string | null;
  sql: string;
  statementTimeoutMs: number | null;
  lockTimeoutMs: number | null;
  /** SQL only: autocommit, one statement at a time */
  outsideTransaction: boolean;
  /** SQL only: retries after a lock timeout */
  lockRetries: number | null;
  expectationType: TExpectationType;
  expectationValue: number | null;
  expectationMin: number | null;
  expectationMax: number | null;
  baselineName: string;
  keyColumnsText: string;
  tolerances: { key: string; column: string; value: number | null }[];
  httpUrl: string;
  httpExpectStatus: number | null;
  httpBodyContains: string;
  timeoutMs: number | null;
  /** one argument per line */
  argvText: string;
  /** COMMAND: declared variables, one NAME=value per line */
  envText: string;
  outputCapBytes: number | null;
  /** BACKUP: its key; RESTORE: the key of the backup it restores */
  backupKey: string;
  /** BACKUP: one table per line (or comma-separated) */
  backupTablesText: string;
  /** BACKUP: a row filter on its one table */
  backupFilter: string;
  backupMaxMb: number | null;
  /** SQL, QUERY_CHECK and BACKUP: once per target schema (issue 15 item 2) — none, a list, or a query */
  fanOutMode: "NONE" | "LIST" | "QUERY" | "DATABASES";
  /** one schema per line (or comma-separated) */
  fanOutSchemasText: string;
  /** DATABASES (issue 15 item 2): the environment group's databases by name, one per line; empty runs every one */
  fanOutDatabasesText: string;
  fanOutQuery: string;
  fanOutConcurrency: number | null;
  fanOutOnFailure: "STOP" | "FINISH_ALL";
};

export type TEditorPhase = {
  key: string;
  procedure: TProcedure;
  title: string;
  objective: string;
  estimatedMinutes: number | null;
  failurePolicy: TFailurePolicy;
  isPointOfNoReturn: boolean;
  /** a follow-up phase: minutes after the main phases finish; null: a main phase */
  followUpOffsetMinutes: number | null;
  requiredSignoffRoles: TRole[];
  notes: string;
  steps: TEditorStep[];
  checklistItems: { key: string; text: string; isRequired: boolean }[];
  successCriteria: { key: string; text: string; boundStepKey: string | null }[];
};

export type TEditorDoc = {
  lockVersion: number;
  title: string;
  summary: string;
  riskLevel: TRiskLevel;
  estimatedMinutes: number | null;
  rollbackMinutes: number | null;
  requireSeparationOfDuties: boolean;
  /** schema-design lint warnings switched off for this runbook (issue 11) */
  disabledLintRules: TSchemaDesignRule[];
  preamble: string;
  /** main phases first, then the rollback procedure: indexes match the saved document's */
  phases: TEditorPhase[];
  signoffSheet: { key: string; label: string; role: TRole | null }[];
};

let counter = 0;
export const newKey = () => `k${++counter}`;

export function newStep(kind: TStepKind): TEditorStep {
  return {
    key: newKey(),
    kind,
    title: "",
    instructions: "",
    language: null,
    sql: "",
    statementTimeoutMs: STEP_DEFAULTS.statementTimeoutMs,
    lockTimeoutMs: STEP_DEFAULTS.lockTimeoutMs,
    outsideTransaction: false,
    lockRetries: STEP_DEFAULTS.lockRetries,
    fanOutMode: "NONE",
    fanOutSchemasText: "",
    fanOutDatabasesText: "",
    fanOutQuery: "",
    fanOutConcurrency: 1,
    fanOutOnFailure: "STOP",
    expectationType: "scalar_equals",
    expectationValue: null,
    expectationMin: null,
    expectationMax: null,
    baselineName: "",
    keyColumnsText: "",
    tolerances: [],
    httpUrl: "",
    httpExpectStatus: STEP_DEFAULTS.httpExpectStatus,
    httpBodyContains: "",
    timeoutMs: STEP_DEFAULTS.timeoutMs,
    argvText: "",
    envText: "",
    outputCapBytes: STEP_DEFAULTS.outputCapBytes,
    backupKey: "",
    backupTablesText: "",
    backupFilter: "",
    backupMaxMb: STEP_DEFAULTS.backupMaxMb,
  };
}

export function newPhase(procedure: TProcedure): TEditorPhase {
  return {
    key: newKey(),
    procedure,
    title: "",
    objective: "",
    estimatedMinutes: null,
    failurePolicy: "STOP",
    isPointOfNoReturn: false,
    followUpOffsetMinutes: null,
    requiredSignoffRoles: [],
    notes: "",
    steps: [],
    checklistItems: [],
    successCriteria: [],
  };
}

function fanOutFromDoc(
  f: TFanOut | null | undefined,
): Pick<TEditorStep, "fanOutMode" | "fanOutSchemasText" | "fanOutDatabasesText" | "fanOutQuery" | "fanOutConcurrency" | "fanOutOnFailure"> {
  if (!f) return { fanOutMode: "NONE", fanOutSchemasText: "", fanOutDatabasesText: "", fanOutQuery: "", fanOutConcurrency: 1, fanOutOnFailure: "STOP" };
  return {
    fanOutMode: f.over === "DATABASES" ? "DATABASES" : f.query ? "QUERY" : "LIST",
    fanOutSchemasText: (f.schemas ?? []).join("\n"),
    fanOutDatabasesText: (f.databases ?? []).join("\n"),
    fanOutQuery: f.query ?? "",
    fanOutConcurrency: f.concurrency,
    fanOutOnFailure: f.onFailure,
  };
}

/** The fan-out as the document holds it; the server's ZFanOut judges it (bounds, one source). */
function fanOutToDoc(s: TEditorStep): unknown {
  if (s.fanOutMode === "NONE") return null;
  const lines = (text: string) =>
    text
      .split(/[\n,]/)
      .map((t) => t.trim())
      .filter(Boolean);
  if (s.fanOutMode === "DATABASES") {
    const databases = lines(s.fanOutDatabasesText);
    return { over: "DATABASES", databases: databases.length ? databases : null, schemas: null, query: null, concurrency: s.fanOutConcurrency, onFailure: s.fanOutOnFailure };
  }
  return {
    over: "SCHEMAS",
    schemas:
      s.fanOutMode === "LIST"
        ? s.fanOutSchemasText
            .split(/[\n,]/)
            .map((t) => t.trim())
            .filter(Boolean)
        : null,
    query: s.fanOutMode === "QUERY" ? s.fanOutQuery : null,
    concurrency: s.fanOutConcurrency,
    onFailure: s.fanOutOnFailure,
  };
}

function stepFromDoc(step: TDraftStep): TEditorStep {
  const s = { ...newStep(step.kind), title: step.title, instructions: step.instructions, language: step.language };
  switch (step.kind) {
    case "MANUAL":
      return s;
    case "SQL":
      return {
        ...s,
        sql: step.sql,
        statementTimeoutMs: step.statementTimeoutMs,
        lockTimeoutMs: step.lockTimeoutMs,
        outsideTransaction: step.outsideTransaction,
        lockRetries: step.lockRetries,
        ...fanOutFromDoc(step.fanOut),
      };
    case "QUERY_CHECK": {
      const e = step.expectation;
      const q = { ...s, sql: step.sql, statementTimeoutMs: step.statementTimeoutMs, lockTimeoutMs: step.lockTimeoutMs, ...fanOutFromDoc(step.fanOut) };
      return e.type === "scalar_between"
        ? { ...q, expectationType: e.type, expectationMin: e.min, expectationMax: e.max }
        : { ...q, expectationType: e.type, expectationValue: e.value };
    }
    case "BASELINE_CAPTURE":
      return { ...s, sql: step.sql, statementTimeoutMs: step.statementTimeoutMs, lockTimeoutMs: step.lockTimeoutMs, baselineName: step.baselineName };
    case "BASELINE_COMPARE":
      return {
        ...s,
        sql: step.sql,
        statementTimeoutMs: step.statementTimeoutMs,
        lockTimeoutMs: step.lockTimeoutMs,
        baselineName: step.baselineName,
        keyColumnsText: step.baselineKeyColumns.join(", "),
        tolerances: Object.entries(step.tolerances).map(([column, value]) => ({ key: newKey(), column, value })),
      };
    case "HTTP_CHECK":
      return { ...s, httpUrl: step.httpUrl, httpExpectStatus: step.httpExpectStatus, httpBodyContains: step.httpBodyContains ?? "", timeoutMs: step.timeoutMs };
    case "BACKUP":
      return {
        ...s,
        statementTimeoutMs: step.statementTimeoutMs,
        lockTimeoutMs: step.lockTimeoutMs,
        backupKey: step.backupKey,
        backupTablesText: step.backupTables.join("\n"),
        backupFilter: step.backupFilter ?? "",
        backupMaxMb: step.backupMaxMb,
        ...fanOutFromDoc(step.fanOut),
      };
    case "RESTORE":
      return { ...s, statementTimeoutMs: step.statementTimeoutMs, lockTimeoutMs: step.lockTimeoutMs, backupKey: step.backupKey };
    case "COMMAND":
      return {
        ...s,
        argvText: step.commandArgv.join("\n"),
        envText: Object.entries(step.commandEnv ?? {})
          .map(([name, value]) => `${name}=${value}`)
          .join("\n"),
        timeoutMs: step.timeoutMs,
        outputCapBytes: step.outputCapBytes,
      };
  }
}

function phaseFromDoc(phase: TDraftPhase): TEditorPhase {
  const steps = phase.steps.map(stepFromDoc);
  return {
    ...newPhase(phase.procedure),
    title: phase.title,
    objective: phase.objective,
    estimatedMinutes: phase.estimatedMinutes,
    failurePolicy: phase.failurePolicy,
    isPointOfNoReturn: phase.isPointOfNoReturn,
    followUpOffsetMinutes: phase.followUpOffsetMinutes,
    requiredSignoffRoles: ROLES.filter((r) => phase.requiredSignoffRoles.includes(r)),
    notes: phase.notes,
    steps,
    checklistItems: phase.checklistItems.map((c) => ({ key: newKey(), text: c.text, isRequired: c.isRequired })),
    successCriteria: phase.successCriteria.map((c) => ({ key: newKey(), text: c.text, boundStepKey: c.boundStepIndex === null ? null : (steps[c.boundStepIndex]?.key ?? null) })),
  };
}

export function editorDocFromDraft(doc: TDraftDocument): TEditorDoc {
  const phases = doc.phases.map(phaseFromDoc);
  return {
    ...doc,
    disabledLintRules: doc.disabledLintRules ?? [],
    phases: [...phases.filter((p) => p.procedure === "MAIN"), ...phases.filter((p) => p.procedure === "ROLLBACK")],
    signoffSheet: doc.signoffSheet.map((l) => ({ key: newKey(), label: l.label, role: l.role })),
  };
}

const lines = (text: string) => text.split("\n").map((l) => l.replace(/\r$/, ""));

const sqlOf = (s: TEditorStep) => ({ sql: s.sql, statementTimeoutMs: s.statementTimeoutMs, lockTimeoutMs: s.lockTimeoutMs });

function stepToDoc(s: TEditorStep): unknown {
  const base = { kind: s.kind, title: s.title, instructions: s.instructions, language: s.language };
  switch (s.kind) {
    case "MANUAL":
      return base;
    case "SQL":
      return { ...base, ...sqlOf(s), outsideTransaction: s.outsideTransaction, lockRetries: s.lockRetries, fanOut: fanOutToDoc(s) };
    case "QUERY_CHECK":
      return {
        ...base,
        ...sqlOf(s),
        fanOut: fanOutToDoc(s),
        expectation:
          s.expectationType === "scalar_between"
            ? { type: s.expectationType, min: s.expectationMin, max: s.expectationMax }
            : { type: s.expectationType, value: s.expectationValue },
      };
    case "BASELINE_CAPTURE":
      return { ...base, ...sqlOf(s), baselineName: s.baselineName };
    case "BASELINE_COMPARE":
      return {
        ...base,
        ...sqlOf(s),
        baselineName: s.baselineName,
        baselineKeyColumns: s.keyColumnsText
          .split(",")
          .map((c) => c.trim())
          .filter(Boolean),
        tolerances: Object.fromEntries(s.tolerances.filter((t) => t.column.trim() || t.value !== null).map((t) => [t.column.trim(), t.value])),
      };
    case "HTTP_CHECK":
      return { ...base, httpUrl: s.httpUrl, httpExpectStatus: s.httpExpectStatus, httpBodyContains: s.httpBodyContains || null, timeoutMs: s.timeoutMs };
    case "BACKUP":
      return {
        ...base,
        statementTimeoutMs: s.statementTimeoutMs,
        lockTimeoutMs: s.lockTimeoutMs,
        backupKey: s.backupKey,
        backupTables: s.backupTablesText
          .split(/[\n,]/)
          .map((t) => t.trim())
          .filter(Boolean),
        backupFilter: s.backupFilter.trim() || null,
        backupMaxMb: s.backupMaxMb,
        fanOut: fanOutToDoc(s),
      };
    case "RESTORE":
      return { ...base, statementTimeoutMs: s.statementTimeoutMs, lockTimeoutMs: s.lockTimeoutMs, backupKey: s.backupKey };
    case "COMMAND": {
      // blank lines at the ends are layout; inside, an empty argument is meant
      const argv = lines(s.argvText);
      while (argv.length && argv[argv.length - 1]!.trim() === "") argv.pop();
      while (argv.length && argv[0]!.trim() === "") argv.shift();
      // NAME=value per line; a line without "=" declares NAME as empty
      const env = Object.fromEntries(
        lines(s.envText)
          .filter((line) => line.trim() !== "")
          .map((line) => (line.includes("=") ? [line.slice(0, line.indexOf("=")).trim(), line.slice(line.indexOf("=") + 1)] : [line.trim(), ""])),
      );
      return { ...base, commandArgv: argv, ...(Object.keys(env).length ? { commandEnv: env } : {}), timeoutMs: s.timeoutMs, outputCapBytes: s.outputCapBytes };
    }
  }
}

/** The document sent on save; unknown to zod until the server (and the form) checks it. */
export function draftFromEditorDoc(doc: TEditorDoc): TDraftDocumentInput {
  return {
    lockVersion: doc.lockVersion,
    title: doc.title,
    summary: doc.summary,
    riskLevel: doc.riskLevel,
    estimatedMinutes: doc.estimatedMinutes,
    rollbackMinutes: doc.rollbackMinutes,
    requireSeparationOfDuties: doc.requireSeparationOfDuties,
    disabledLintRules: doc.disabledLintRules,
    preamble: doc.preamble,
    phases: doc.phases.map((p) => ({
      procedure: p.procedure,
      title: p.title,
      objective: p.objective,
      estimatedMinutes: p.estimatedMinutes,
      failurePolicy: p.failurePolicy,
      isPointOfNoReturn: p.isPointOfNoReturn,
      followUpOffsetMinutes: p.followUpOffsetMinutes,
      requiredSignoffRoles: p.requiredSignoffRoles,
      notes: p.notes,
      steps: p.steps.map(stepToDoc) as TDraftPhase["steps"],
      checklistItems: p.checklistItems.map((c) => ({ text: c.text, isRequired: c.isRequired })),
      successCriteria: p.successCriteria.map((c) => {
        const index = c.boundStepKey === null ? -1 : p.steps.findIndex((s) => s.key === c.boundStepKey);
        return { text: c.text, boundStepIndex: index === -1 ? null : index };
      }),
    })),
    signoffSheet: doc.signoffSheet.map((l) => ({ label: l.label, role: l.role })),
  };
}

/** Swaps an item with its neighbour; out of range: unchanged. */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || to < 0 || index >= items.length || to >= items.length) return [...items];
  const next = [...items];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** "phases.2.steps.0.sql" → an element id that is valid and stable for the field. */
export const fieldId = (path: string) => `draft-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
