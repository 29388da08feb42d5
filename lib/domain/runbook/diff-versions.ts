// The difference between two versions of a runbook (PRODUCT.md "Domain": published versions are
// immutable, so what changed between them is what a reviewer must read before publishing, and
// what explains why two deployments behaved differently). Pure: no Prisma, no Next.
//
// Matching, because versions do not share ids (each version copies its phases and steps):
// - phases by procedure + title; what is left, by position within the procedure;
// - steps (within a matched phase) by kind + title; what is left, by position;
// - checklist items, criteria and sign-off lines by their text; what is left, by position.
// A matched thing that changed place relative to the others is "moved" (a phase inserted at the
// top does not make every later phase "moved": only those off the longest run kept in order).

import { isSqlStepKind } from "./step-kinds";

/** STEP_DEFAULTS.lockRetries (lib/domain/runbook/draft.ts), kept here so this module stays free of zod */
const LOCK_RETRIES_DEFAULT = 3;

/** A fan-out as the diff compares it: its options with their defaults, or null (runs once). Over databases (issue 15 item 2) only when it is. */
function normalizeFanOut(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return null;
  const f = value as Record<string, unknown>;
  const schemas = Array.isArray(f.schemas) && f.schemas.length > 0 ? f.schemas : null;
  const base = { schemas, query: typeof f.query === "string" && f.query ? f.query : null, concurrency: f.concurrency ?? 1, onFailure: f.onFailure ?? "STOP" };
  if (f.over !== "DATABASES") return base;
  return { over: "DATABASES", databases: Array.isArray(f.databases) && f.databases.length > 0 ? f.databases : "every database of the group", ...base };
}

export type TDiffStatus = "added" | "removed" | "changed" | "unchanged";

/** Enum-like fields are plain strings here so both Prisma rows and parsed drafts fit. */
export type TDiffStepInput = {
  position: number;
  kind: string;
  title: string;
  instructions: string;
  sql: string | null;
  statementTimeoutMs: number | null;
  lockTimeoutMs: number | null;
  /** SQL steps (issue 11); absent in inputs that predate them */
  outsideTransaction?: boolean;
  lockRetries?: number | null;
  /** SQL / QUERY_CHECK: once per target schema (issue 15 item 2); absent or null: once */
  fanOut?: unknown;
  expectation: unknown;
  baselineName: string | null;
  baselineKeyColumns: readonly string[];
  tolerances: unknown;
  httpUrl: string | null;
  httpExpectStatus: number | null;
  httpBodyContains: string | null;
  timeoutMs: number | null;
  commandArgv: readonly string[];
  /** COMMAND: declared variables ({ NAME: value }, or null for none) */
  commandEnv?: unknown;
  outputCapBytes: number | null;
  language: string | null;
  /** BACKUP / RESTORE (issue 15); absent in inputs that predate them */
  backupKey?: string | null;
  backupTables?: readonly string[];
  backupFilter?: string | null;
  backupMaxMb?: number | null;
};

export type TDiffPhaseInput = {
  procedure: string;
  position: number;
  title: string;
  objective: string;
  estimatedMinutes: number | null;
  failurePolicy: string;
  isPointOfNoReturn: boolean;
  /** a follow-up phase's offset after the main phases (issue 15); absent or null: a main phase */
  followUpOffsetMinutes?: number | null;
  requiredSignoffRoles: readonly string[];
  notes: string;
  steps: readonly TDiffStepInput[];
  checklistItems: readonly { position: number; text: string; isRequired: boolean }[];
  successCriteria: readonly { position: number; text: string; step: { title: string } | null }[];
};

export type TDiffVersionInput = {
  title: string;
  summary: string;
  riskLevel: string;
  estimatedMinutes: number | null;
  rollbackMinutes: number | null;
  requireSeparationOfDuties: boolean;
  /** absent in versions read before the switch existed: none */
  disabledLintRules?: readonly string[];
  preamble: string;
  phases: readonly TDiffPhaseInput[];
  signoffSheet: readonly { position: number; label: string; role: string | null }[];
};

export type TLineOp = {
  op: "same" | "add" | "remove";
  text: string;
  /** 1-based line in the old text (same, remove) */
  oldLine: number | null;
  /** 1-based line in the new text (same, add) */
  newLine: number | null;
};

export type TFieldChange = {
  field: string;
  label: string;
  before: string;
  after: string;
  /** multi-line text (SQL, instructions, notes): a line diff to show instead of before/after */
  lines: TLineOp[] | null;
};

export type TListItemDiff = {
  status: Exclude<TDiffStatus, "unchanged">;
  fromPosition: number | null;
  toPosition: number | null;
  /** the new text (the old one when removed) */
  text: string;
  /** what the line said before, when its text changed */
  previousText: string | null;
  /** e.g. "required → optional" */
  details: string[];
};

export type TStepDiff = {
  status: TDiffStatus;
  isMoved: boolean;
  kind: string;
  title: string;
  fromPosition: number | null;
  toPosition: number | null;
  changes: TFieldChange[];
  /** for an added or removed step: its script or instruction, to show in full */
  body: { label: string; text: string } | null;
};

export type TPhaseDiff = {
  status: TDiffStatus;
  isMoved: boolean;
  procedure: string;
  title: string;
  fromPosition: number | null;
  toPosition: number | null;
  changes: TFieldChange[];
  steps: TStepDiff[];
  checklistItems: TListItemDiff[];
  successCriteria: TListItemDiff[];
};

export type TDiffCounts = { added: number; removed: number; changed: number; moved: number };

export type TVersionDiff = {
  metadata: TFieldChange[];
  /** MAIN phases, then ROLLBACK, each in the new version's order with removed ones where they were */
  phases: TPhaseDiff[];
  signoffSheet: TListItemDiff[];
  /** phases only */
  phaseCounts: TDiffCounts;
  isIdentical: boolean;
};

// ---------------------------------------------------------------------------------------------
// Line diff

/** Above this many cells the LCS table is not built: the text is shown as replaced wholesale. */
const MAX_LCS_CELLS = 4_000_000;

function splitLines(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, "\n");
  if (normalised === "") return [];
  return normalised.replace(/\n$/, "").split("\n");
}

/** A line-based diff (longest common subsequence), in order, every line of both texts once. */
export function diffLines(before: string, after: string): TLineOp[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }

  const ops: TLineOp[] = [];
  for (let i = 0; i < start; i++) ops.push({ op: "same", text: a[i]!, oldLine: i + 1, newLine: i + 1 });

  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_LCS_CELLS) {
    midA.forEach((text, i) => ops.push({ op: "remove", text, oldLine: start + i + 1, newLine: null }));
    midB.forEach((text, j) => ops.push({ op: "add", text, oldLine: null, newLine: start + j + 1 }));
  } else {
    // lcs[i][j]: length of the LCS of midA[i..] and midB[j..]
    const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        ops.push({ op: "same", text: midA[i]!, oldLine: start + i + 1, newLine: start + j + 1 });
        i++;
        j++;
      } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
        // on a tie, remove first: a changed line reads as − old then + new
        ops.push({ op: "remove", text: midA[i]!, oldLine: start + i + 1, newLine: null });
        i++;
      } else {
        ops.push({ op: "add", text: midB[j]!, oldLine: null, newLine: start + j + 1 });
        j++;
      }
    }
  }

  const offsetB = b.length - a.length;
  for (let i = endA; i < a.length; i++) ops.push({ op: "same", text: a[i]!, oldLine: i + 1, newLine: i + 1 + offsetB });
  return ops;
}

export type TLineHunkItem = TLineOp | { op: "skip"; count: number };

/** Keeps `context` unchanged lines around each change and folds longer unchanged runs into a skip. */
export function foldUnchanged(ops: readonly TLineOp[], context = 3): TLineHunkItem[] {
  const isNearChange = ops.map(() => false);
  ops.forEach((op, index) => {
    if (op.op === "same") return;
    for (let k = Math.max(0, index - context); k <= Math.min(ops.length - 1, index + context); k++) isNearChange[k] = true;
  });
  const items: TLineHunkItem[] = [];
  let skipped = 0;
  ops.forEach((op, index) => {
    if (isNearChange[index]) {
      if (skipped > 0) items.push({ op: "skip", count: skipped });
      skipped = 0;
      items.push(op);
    } else {
      skipped++;
    }
  });
  if (skipped > 0) items.push({ op: "skip", count: skipped });
  return items;
}

// ---------------------------------------------------------------------------------------------
// Matching

const norm = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

type TPair<T> = { from: T | null; to: T | null };

/**
 * Pairs two ordered lists: first by key (equal keys paired in order), then what is left by
 * position among the leftovers at the same index. Returns pairs in the new list's order, with
 * removed items placed after the item that preceded them in the old list.
 */
function matchItems<T extends { position: number }>(from: readonly T[], to: readonly T[], keyOf: (item: T) => string): TPair<T>[] {
  const toByKey = new Map<string, number[]>();
  to.forEach((item, j) => {
    const key = keyOf(item);
    toByKey.set(key, [...(toByKey.get(key) ?? []), j]);
  });
  const fromMatch: (number | null)[] = from.map(() => null);
  const toMatched = to.map(() => false);
  from.forEach((item, i) => {
    const queue = toByKey.get(keyOf(item));
    const j = queue?.shift();
    if (j !== undefined) {
      fromMatch[i] = j;
      toMatched[j] = true;
    }
  });
  // fallback: an unmatched old item and an unmatched new one at the same position are the same
  // thing edited (a renamed phase, a reworded checklist line)
  const unmatchedToByPosition = new Map<number, number>();
  to.forEach((item, j) => {
    if (!toMatched[j]) unmatchedToByPosition.set(item.position, j);
  });
  from.forEach((item, i) => {
    if (fromMatch[i] !== null) return;
    const j = unmatchedToByPosition.get(item.position);
    if (j !== undefined && !toMatched[j]) {
      fromMatch[i] = j;
      toMatched[j] = true;
    }
  });

  const fromOfTo = new Map<number, number>();
  fromMatch.forEach((j, i) => {
    if (j !== null) fromOfTo.set(j, i);
  });
  // a removed item is shown right after the old item it followed (or first, if nothing kept precedes it)
  const removedAfter = new Map<number, T[]>();
  let anchor = -1;
  from.forEach((item, i) => {
    if (fromMatch[i] !== null) anchor = i;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), item]);
  });
  const pairs: TPair<T>[] = (removedAfter.get(-1) ?? []).map((item) => ({ from: item, to: null }));
  to.forEach((item, j) => {
    const i = fromOfTo.get(j);
    if (i === undefined) {
      pairs.push({ from: null, to: item });
      return;
    }
    pairs.push({ from: from[i]!, to: item });
    for (const removed of removedAfter.get(i) ?? []) pairs.push({ from: removed, to: null });
  });
  return pairs;
}

/** Matched pairs that are not on the longest run kept in the same relative order. */
function movedPairs<T extends { position: number }>(pairs: readonly TPair<T>[]): Set<TPair<T>> {
  const matched = pairs.filter((p) => p.from && p.to).sort((x, y) => x.to!.position - y.to!.position);
  const sequence = matched.map((p) => p.from!.position);
  // longest increasing subsequence, O(n log n), keeping predecessors to recover it
  const tails: number[] = [];
  const previous: number[] = sequence.map(() => -1);
  sequence.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sequence[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) kept.add(k);
  return new Set(matched.filter((_, index) => !kept.has(index)));
}

// ---------------------------------------------------------------------------------------------
// Field comparison

const showValue = (value: unknown): string => {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "—";
  if (typeof value === "object") return stableJson(value);
  return String(value);
};

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

type TFieldSpec<T> = { field: keyof T & string; label: string; isText?: boolean; isSet?: boolean; normalize?: (value: unknown) => unknown };

function compareFields<T>(from: T, to: T, specs: readonly TFieldSpec<T>[]): TFieldChange[] {
  const changes: TFieldChange[] = [];
  for (const spec of specs) {
    let before: unknown = spec.normalize ? spec.normalize(from[spec.field]) : from[spec.field];
    let after: unknown = spec.normalize ? spec.normalize(to[spec.field]) : to[spec.field];
    if (spec.isSet && Array.isArray(before) && Array.isArray(after)) {
      before = [...before].sort();
      after = [...after].sort();
    }
    if (spec.isText) {
      const b = String(before ?? "").replace(/\r\n?/g, "\n");
      const a = String(after ?? "").replace(/\r\n?/g, "\n");
      if (b.trimEnd() === a.trimEnd()) continue;
      const isMultiline = b.includes("\n") || a.includes("\n");
      changes.push({ field: spec.field, label: spec.label, before: b, after: a, lines: isMultiline ? diffLines(b, a) : null });
      continue;
    }
    const b = showValue(before);
    const a = showValue(after);
    if (stableJson(before ?? null) === stableJson(after ?? null)) continue;
    changes.push({ field: spec.field, label: spec.label, before: b, after: a, lines: null });
  }
  return changes;
}

const VERSION_FIELDS: readonly TFieldSpec<TDiffVersionInput>[] = [
  { field: "title", label: "Title", isText: true },
  { field: "summary", label: "Summary", isText: true },
  { field: "riskLevel", label: "Risk level" },
  { field: "estimatedMinutes", label: "Estimated minutes" },
  { field: "rollbackMinutes", label: "Rollback minutes" },
  { field: "requireSeparationOfDuties", label: "Separation of duties" },
  { field: "disabledLintRules", label: "Schema-design lint warnings switched off", isSet: true, normalize: (v) => (Array.isArray(v) ? v : []) },
  { field: "preamble", label: "Preamble", isText: true },
];

const PHASE_FIELDS: readonly TFieldSpec<TDiffPhaseInput>[] = [
  { field: "title", label: "Title", isText: true },
  { field: "objective", label: "Objective", isText: true },
  { field: "estimatedMinutes", label: "Estimated minutes" },
  { field: "failurePolicy", label: "Failure policy" },
  { field: "isPointOfNoReturn", label: "Point of no return" },
  { field: "followUpOffsetMinutes", label: "Follow-up (minutes after the main phases)", normalize: (v) => v ?? null },
  { field: "requiredSignoffRoles", label: "Required sign-offs", isSet: true },
  { field: "notes", label: "Notes", isText: true },
];

const STEP_FIELDS: readonly TFieldSpec<TDiffStepInput>[] = [
  { field: "kind", label: "Kind" },
  { field: "title", label: "Title", isText: true },
  { field: "sql", label: "SQL", isText: true },
  { field: "instructions", label: "Instructions", isText: true },
  { field: "statementTimeoutMs", label: "Statement timeout (ms)" },
  { field: "lockTimeoutMs", label: "Lock timeout (ms)" },
  // a step stored before these existed ran in a transaction with the default retries
  { field: "outsideTransaction", label: "Outside a transaction", normalize: (v) => v ?? false },
  { field: "lockRetries", label: "Lock-timeout retries", normalize: (v) => v ?? LOCK_RETRIES_DEFAULT },
  { field: "fanOut", label: "Fan-out targets (schemas or databases)", normalize: normalizeFanOut },
  { field: "expectation", label: "Expectation" },
  { field: "baselineName", label: "Baseline name" },
  { field: "baselineKeyColumns", label: "Baseline key columns" },
  { field: "tolerances", label: "Tolerances" },
  { field: "httpUrl", label: "URL" },
  { field: "httpExpectStatus", label: "Expected status" },
  { field: "httpBodyContains", label: "Body contains" },
  { field: "timeoutMs", label: "Timeout (ms)" },
  { field: "commandArgv", label: "Command" },
  { field: "commandEnv", label: "Environment variables" },
  { field: "outputCapBytes", label: "Output cap (bytes)" },
  { field: "backupKey", label: "Backup key", normalize: (v) => v ?? null },
  { field: "backupTables", label: "Tables backed up", normalize: (v) => v ?? [] },
  { field: "backupFilter", label: "Row filter", normalize: (v) => v ?? null },
  // null is the default: 1024 MB
  { field: "backupMaxMb", label: "Size limit (MB)", normalize: (v) => v ?? 1024 },
  { field: "language", label: "Language" },
];

// ---------------------------------------------------------------------------------------------
// Lists of lines: checklist items, success criteria, sign-off sheet

type TLine = { position: number; text: string; details: Record<string, string> };

function diffList(from: readonly TLine[], to: readonly TLine[]): TListItemDiff[] {
  const result: TListItemDiff[] = [];
  for (const pair of matchItems(from, to, (line) => norm(line.text))) {
    if (pair.from && pair.to) {
      const isTextChanged = pair.from.text.trim() !== pair.to.text.trim();
      const details = Object.keys({ ...pair.from.details, ...pair.to.details }).flatMap((key) =>
        pair.from!.details[key] === pair.to!.details[key] ? [] : [`${key}: ${pair.from!.details[key] ?? "—"} → ${pair.to!.details[key] ?? "—"}`],
      );
      if (!isTextChanged && details.length === 0) continue;
      result.push({
        status: "changed",
        fromPosition: pair.from.position,
        toPosition: pair.to.position,
        text: pair.to.text,
        previousText: isTextChanged ? pair.from.text : null,
        details,
      });
    } else if (pair.to) {
      result.push({ status: "added", fromPosition: null, toPosition: pair.to.position, text: pair.to.text, previousText: null, details: [] });
    } else if (pair.from) {
      result.push({ status: "removed", fromPosition: pair.from.position, toPosition: null, text: pair.from.text, previousText: null, details: [] });
    }
  }
  return result;
}

const checklistLines = (phase: TDiffPhaseInput | null): TLine[] =>
  (phase?.checklistItems ?? []).map((c) => ({ position: c.position, text: c.text, details: { required: c.isRequired ? "required" : "optional" } }));

const criterionLines = (phase: TDiffPhaseInput | null): TLine[] =>
  (phase?.successCriteria ?? []).map((c) => ({
    position: c.position,
    text: c.text,
    details: { "met by": c.step ? `step “${c.step.title}”` : "manual evidence" },
  }));

// ---------------------------------------------------------------------------------------------

function stepBody(step: TDiffStepInput): TStepDiff["body"] {
  if (isSqlStepKind(step.kind) && step.sql) return { label: "SQL", text: step.sql };
  if (step.kind === "COMMAND" && step.commandArgv.length) return { label: "Command", text: step.commandArgv.join(" ") };
  if (step.kind === "HTTP_CHECK" && step.httpUrl) return { label: "URL", text: step.httpUrl };
  if (step.kind === "BACKUP")
    return { label: "Backup", text: `${(step.backupTables ?? []).join(", ")}${step.backupFilter ? ` where ${step.backupFilter}` : ""} as "${step.backupKey ?? ""}"` };
  if (step.kind === "RESTORE") return { label: "Restore", text: `from backup "${step.backupKey ?? ""}"` };
  if (step.instructions) return { label: "Instructions", text: step.instructions };
  return null;
}

function diffSteps(from: readonly TDiffStepInput[], to: readonly TDiffStepInput[]): TStepDiff[] {
  const pairs = matchItems(from, to, (step) => `${step.kind}\u0000${norm(step.title)}`);
  const moved = movedPairs(pairs);
  return pairs.map((pair) => {
    const step = (pair.to ?? pair.from)!;
    const base = { kind: step.kind, title: step.title, fromPosition: pair.from?.position ?? null, toPosition: pair.to?.position ?? null };
    if (!pair.from) return { ...base, status: "added", isMoved: false, changes: [], body: stepBody(step) };
    if (!pair.to) return { ...base, status: "removed", isMoved: false, changes: [], body: stepBody(step) };
    const changes = compareFields(pair.from, pair.to, STEP_FIELDS);
    return { ...base, status: changes.length ? "changed" : "unchanged", isMoved: moved.has(pair), changes, body: null };
  });
}

function diffPhase(pair: TPair<TDiffPhaseInput>, isMoved: boolean): TPhaseDiff {
  const phase = (pair.to ?? pair.from)!;
  const steps = diffSteps(pair.from?.steps ?? [], pair.to?.steps ?? []);
  const checklistItems = diffList(checklistLines(pair.from), checklistLines(pair.to));
  const successCriteria = diffList(criterionLines(pair.from), criterionLines(pair.to));
  const changes = pair.from && pair.to ? compareFields(pair.from, pair.to, PHASE_FIELDS) : [];
  const isContentChanged = changes.length > 0 || steps.some((s) => s.status !== "unchanged" || s.isMoved) || checklistItems.length > 0 || successCriteria.length > 0;
  const status: TDiffStatus = !pair.from ? "added" : !pair.to ? "removed" : isContentChanged ? "changed" : "unchanged";
  return {
    status,
    isMoved,
    procedure: phase.procedure,
    title: phase.title,
    fromPosition: pair.from?.position ?? null,
    toPosition: pair.to?.position ?? null,
    changes,
    steps,
    checklistItems,
    successCriteria,
  };
}

const PROCEDURES = ["MAIN", "ROLLBACK"] as const;

/** What changed from `from` to `to`. `from` null: everything is new (a first version). */
export function diffVersions(from: TDiffVersionInput | null, to: TDiffVersionInput): TVersionDiff {
  const metadata = from ? compareFields(from, to, VERSION_FIELDS) : [];
  const phases: TPhaseDiff[] = [];
  const procedures = [...PROCEDURES, ...new Set([...(from?.phases ?? []), ...to.phases].map((p) => p.procedure).filter((p) => !PROCEDURES.includes(p as never)))];
  for (const procedure of procedures) {
    const byPosition = (a: TDiffPhaseInput, b: TDiffPhaseInput) => a.position - b.position;
    const fromPhases = (from?.phases ?? []).filter((p) => p.procedure === procedure).sort(byPosition);
    const toPhases = to.phases.filter((p) => p.procedure === procedure).sort(byPosition);
    const pairs = matchItems(fromPhases, toPhases, (phase) => norm(phase.title));
    const moved = movedPairs(pairs);
    for (const pair of pairs) phases.push(diffPhase(pair, moved.has(pair)));
  }
  const sheetLines = (v: TDiffVersionInput | null): TLine[] =>
    (v?.signoffSheet ?? []).map((l) => ({ position: l.position, text: l.label, details: { role: l.role ?? "anyone who took part" } }));
  const signoffSheet = diffList(sheetLines(from), sheetLines(to));

  const phaseCounts: TDiffCounts = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const phase of phases) {
    if (phase.status !== "unchanged") phaseCounts[phase.status]++;
    if (phase.isMoved) phaseCounts.moved++;
  }
  const isIdentical = metadata.length === 0 && signoffSheet.length === 0 && phases.every((p) => p.status === "unchanged" && !p.isMoved);
  return { metadata, phases, signoffSheet, phaseCounts, isIdentical };
}
