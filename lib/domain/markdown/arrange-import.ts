// The lead's corrections to an import before it is saved (issue 16 item 3): an item of a phase —
// a checklist item, a success criterion, a step, or a block of the phase's notes — moves to another
// of those places in the same phase. Pure and lossless: every word of the item lands in its new
// place (a step's code stays code in the notes; a list in the notes becomes one item per entry), so
// the "no line is lost" property of the importer still holds after any number of moves. The page
// applies moves in the browser; the server checks the arranged structure again on save
// (checkParsedImport), exactly as it checks one that was not moved.
import { fenceCode, manualStep, shortTitle } from "./step-details";
import { emptyPhase, type TParsedPhase, type TParsedRunbook, type TParsedStep } from "./types";
import { SHELL_LANGS, SQL_LANGS, splitPhaseHeading } from "./vocabulary";

export const IMPORT_PLACES = ["checklist", "criterion", "step", "notes"] as const;
export type TImportPlace = (typeof IMPORT_PLACES)[number];

export const IMPORT_PLACE_LABELS: Record<TImportPlace, string> = {
  checklist: "Checklist item",
  criterion: "Success criterion",
  step: "Step",
  notes: "Notes",
};

export type TImportItemRef = { procedure: "main" | "rollback"; phase: number; place: TImportPlace; index: number };

/** The phases of one procedure of the runbook: its main phases, or its rollback's (none: empty). */
export const phasesOf = (runbook: TParsedRunbook, procedure: TImportItemRef["procedure"]): TParsedPhase[] =>
  procedure === "main" ? runbook.phases : (runbook.rollback?.phases ?? []);

const LIST_MARKER_RE = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/;
const FENCE_RE = /^\s*(`{3,}|~{3,})\s*([\w+-]*)/;

// ---------------------------------------------------------------------------------------------
// The phase's notes as blocks: split at blank lines outside code fences

/** The notes' blocks (paragraphs, lists, code fences, tables), in order, without blank lines around them. */
export function notesBlocks(notes: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    if (current.length > 0) blocks.push(current.join("\n"));
    current = [];
  };
  for (const line of notes.replace(/\r\n?/g, "\n").split("\n")) {
    const open = FENCE_RE.exec(line);
    if (fence) {
      current.push(line);
      if (open?.[1] && open[1][0] === fence[0] && open[1].length >= fence.length && line.trim() === open[1]) fence = null;
      continue;
    }
    if (open?.[1]) {
      current.push(line);
      fence = open[1];
      continue;
    }
    if (line.trim() === "") flush();
    else current.push(line);
  }
  flush();
  return blocks;
}

const joinBlocks = (blocks: readonly string[]) => blocks.join("\n\n");

/**
 * A block that is a code fence, alone or under one line of text (a step moved to the notes is its
 * title, then its code): the title, the language and the code.
 */
function fencedCode(block: string): { title: string | null; language: string | null; code: string } | null {
  const lines = block.split("\n");
  const title = FENCE_RE.test(lines[0] ?? "") ? null : (lines.shift()?.trim() ?? null);
  const open = FENCE_RE.exec(lines[0] ?? "");
  const last = (lines[lines.length - 1] ?? "").trim();
  if (!open?.[1] || lines.length < 2 || !/^(`{3,}|~{3,})$/.test(last) || last[0] !== open[1][0] || last.length < open[1].length) return null;
  return { title: title || null, language: open[2] ? open[2].toLowerCase() : null, code: lines.slice(1, -1).join("\n") };
}

/** A list block's entries (each with its continuation lines), or the whole block as one entry. */
function blockEntries(block: string): string[] {
  const lines = block.split("\n");
  if (!LIST_MARKER_RE.test(lines[0] ?? "")) return [block];
  // an entry starts at a marker no deeper than the first one; deeper lines continue it
  const indent = (line: string) => /^\s*/.exec(line)?.[0].length ?? 0;
  const depth = indent(lines[0] ?? "");
  const entries: string[][] = [];
  for (const line of lines) {
    if (LIST_MARKER_RE.test(line) && indent(line) <= depth) entries.push([line]);
    else entries[entries.length - 1]?.push(line);
  }
  return entries.map((entry) => entry.join("\n"));
}

/** An entry as one line of text: list markers and checkboxes gone, lines joined. */
const entryText = (entry: string) =>
  entry
    .split("\n")
    .map((line) => line.replace(LIST_MARKER_RE, "").trim())
    .filter(Boolean)
    .join(" ");

function codeStep({ title: given, language, code }: { title: string | null; language: string | null; code: string }): TParsedStep {
  const title = shortTitle(
    given ??
      code
        .split("\n")
        .find((line) => line.trim() !== "")
        ?.trim() ??
      "Code from the notes",
  );
  if (language && SQL_LANGS.has(language)) return { kind: "SQL", language, title, text: code };
  if (language && SHELL_LANGS.has(language)) return { kind: "COMMAND", language, title, text: code };
  return { kind: "MANUAL", language, title, text: fenceCode(language, code) };
}

/** A step as a block of notes: its title, then its instructions or its code in a fence. */
function stepAsNotes(step: TParsedStep): string {
  if (!step.text.trim()) return step.title;
  const body = step.kind === "MANUAL" ? step.text : fenceCode(step.language, step.text);
  // no blank line between them: the title and its code stay one block, which moves back as one step
  return `${step.title}\n${body}`;
}

/** A manual step as one line: its title, then its instructions. */
const stepAsLine = (step: TParsedStep) => [step.title, entryText(step.text)].filter(Boolean).join(" — ");

// ---------------------------------------------------------------------------------------------
// Which moves keep every word

/** The places an item may move to without losing what it holds (its own place excluded). */
export function placesFor(phase: TParsedPhase, place: TImportPlace, index: number): TImportPlace[] {
  const others = IMPORT_PLACES.filter((p) => p !== place);
  if (place === "step") {
    const step = phase.steps[index];
    // code is code: a SQL or command step becomes text only in the notes, in its fence
    return step && step.kind !== "MANUAL" ? ["notes"] : others;
  }
  if (place === "notes") {
    const block = notesBlocks(phase.notes)[index];
    // a fence is a step (SQL, command) or stays in the notes; it is no checklist item
    return block !== undefined && fencedCode(block) ? ["step"] : others;
  }
  return others;
}

// ---------------------------------------------------------------------------------------------
// The move

type TMoveResult = { ok: true; runbook: TParsedRunbook; moved: TImportItemRef[] } | { ok: false; message: string };

/** The criteria's step bindings after step `removed` left the phase (undefined: none were bound). */
function bindingsWithoutStep(bindings: TParsedPhase["successCriterionSteps"], removed: number) {
  return bindings?.map((at) => (at === null || at === removed ? null : at > removed ? at - 1 : at));
}

/** The texts an item carries, as entries ready for another place. */
type TTaken = { entries: string[]; step?: TParsedStep; code?: { title: string | null; language: string | null; code: string }; block?: string; isRequired?: boolean };

function take(phase: TParsedPhase, place: TImportPlace, index: number): { phase: TParsedPhase; taken: TTaken } | null {
  switch (place) {
    case "checklist": {
      const item = phase.checklistItems[index];
      if (!item) return null;
      return { phase: { ...phase, checklistItems: phase.checklistItems.filter((_, i) => i !== index) }, taken: { entries: [item.text], isRequired: item.isRequired } };
    }
    case "criterion": {
      const text = phase.successCriteria[index];
      if (text === undefined) return null;
      const successCriterionSteps = phase.successCriterionSteps?.filter((_, i) => i !== index);
      return {
        phase: { ...phase, successCriteria: phase.successCriteria.filter((_, i) => i !== index), ...(successCriterionSteps ? { successCriterionSteps } : {}) },
        taken: { entries: [text] },
      };
    }
    case "step": {
      const step = phase.steps[index];
      if (!step) return null;
      const successCriterionSteps = bindingsWithoutStep(phase.successCriterionSteps, index);
      return {
        phase: { ...phase, steps: phase.steps.filter((_, i) => i !== index), ...(successCriterionSteps ? { successCriterionSteps } : {}) },
        taken: { entries: [stepAsLine(step)], step },
      };
    }
    case "notes": {
      const blocks = notesBlocks(phase.notes);
      const block = blocks[index];
      if (block === undefined) return null;
      const code = fencedCode(block) ?? undefined;
      return {
        phase: { ...phase, notes: joinBlocks(blocks.filter((_, i) => i !== index)) },
        taken: { entries: blockEntries(block).map(entryText).filter(Boolean), block, ...(code ? { code } : {}) },
      };
    }
  }
}

function put(phase: TParsedPhase, place: TImportPlace, taken: TTaken): { phase: TParsedPhase; indexes: number[] } {
  const range = (start: number, count: number) => Array.from({ length: count }, (_, i) => start + i);
  switch (place) {
    case "checklist": {
      const items = taken.entries.map((text) => ({ text, isRequired: taken.isRequired ?? true }));
      return { phase: { ...phase, checklistItems: [...phase.checklistItems, ...items] }, indexes: range(phase.checklistItems.length, items.length) };
    }
    case "criterion": {
      const successCriterionSteps = phase.successCriterionSteps ? [...phase.successCriterionSteps, ...taken.entries.map(() => null)] : undefined;
      return {
        phase: { ...phase, successCriteria: [...phase.successCriteria, ...taken.entries], ...(successCriterionSteps ? { successCriterionSteps } : {}) },
        indexes: range(phase.successCriteria.length, taken.entries.length),
      };
    }
    case "step": {
      const steps = taken.code
        ? [codeStep(taken.code)]
        : taken.block !== undefined
          ? blockEntries(taken.block).map((e) => manualStep(entryText(e)))
          : taken.entries.map(manualStep);
      return { phase: { ...phase, steps: [...phase.steps, ...steps] }, indexes: range(phase.steps.length, steps.length) };
    }
    case "notes": {
      const block = taken.block ?? (taken.step ? stepAsNotes(taken.step) : taken.entries.map((text) => `- ${text}`).join("\n"));
      const blocks = notesBlocks(phase.notes);
      return { phase: { ...phase, notes: joinBlocks([...blocks, block]) }, indexes: [blocks.length] };
    }
  }
}

/**
 * Moves one item of a phase to another place of the same phase, at its end. Refuses (with a
 * sentence) an item that does not exist or a move that would lose part of it (see placesFor).
 * `moved` names where the item's text now is, so the page can put the focus there.
 */
export function moveImportItem(runbook: TParsedRunbook, from: TImportItemRef, to: TImportPlace): TMoveResult {
  const phases = phasesOf(runbook, from.procedure);
  const phase = phases[from.phase];
  if (!phase) return { ok: false, message: "That phase is not in the preview any more: preview the document again." };
  if (!placesFor(phase, from.place, from.index).includes(to)) {
    return { ok: false, message: `This ${IMPORT_PLACE_LABELS[from.place].toLowerCase()} cannot become a ${IMPORT_PLACE_LABELS[to].toLowerCase()} without losing part of it.` };
  }
  const took = take(phase, from.place, from.index);
  if (!took || took.taken.entries.length === 0) return { ok: false, message: "That item is not in the preview any more: preview the document again." };
  const { phase: arranged, indexes } = put(took.phase, to, took.taken);
  const nextPhases = phases.map((p, i) => (i === from.phase ? arranged : p));
  const next: TParsedRunbook = from.procedure === "main" ? { ...runbook, phases: nextPhases } : { ...runbook, rollback: { ...(runbook.rollback ?? {}), phases: nextPhases } };
  return { ok: true, runbook: next, moved: indexes.map((index) => ({ procedure: from.procedure, phase: from.phase, place: to, index })) };
}

// ---------------------------------------------------------------------------------------------
// Whole phases: where the document's sections were grouped otherwise than the lead would

export type TPhaseArrangement = "join-previous" | "to-rollback" | "to-main";

export type TImportPhaseRef = Pick<TImportItemRef, "procedure" | "phase">;

type TPhaseArrangeResult = { ok: true; runbook: TParsedRunbook; at: TImportPhaseRef } | { ok: false; message: string };

/** The phase `later` joined to the end of `earlier`: its items after theirs, its title and objective a block of the notes. */
function joinPhases(earlier: TParsedPhase, later: TParsedPhase): TParsedPhase {
  const offset = earlier.steps.length;
  const bindings =
    earlier.successCriterionSteps || later.successCriterionSteps
      ? [
          ...(earlier.successCriterionSteps ?? earlier.successCriteria.map(() => null)),
          ...(later.successCriterionSteps?.map((at) => (at === null ? null : at + offset)) ?? later.successCriteria.map(() => null)),
        ]
      : undefined;
  const estimate = earlier.estimatedMinutes === null && later.estimatedMinutes === null ? null : (earlier.estimatedMinutes ?? 0) + (later.estimatedMinutes ?? 0);
  const roles = [...new Set([...(earlier.requiredSignoffRoles ?? []), ...(later.requiredSignoffRoles ?? [])])];
  const isPointOfNoReturn = earlier.isPointOfNoReturn === true || later.isPointOfNoReturn === true;
  // (its title, then its objective and notes: what the section said stays where the lead reads it)
  const heading = later.estimatedMinutes === null ? `**${later.title}**` : `**${later.title}** (${later.estimatedMinutes} min)`;
  const failurePolicy = earlier.failurePolicy ?? later.failurePolicy;
  const followUpOffsetMinutes = earlier.followUpOffsetMinutes ?? later.followUpOffsetMinutes;
  return {
    ...earlier,
    estimatedMinutes: estimate,
    checklistItems: [...earlier.checklistItems, ...later.checklistItems],
    successCriteria: [...earlier.successCriteria, ...later.successCriteria],
    steps: [...earlier.steps, ...later.steps],
    ...(bindings ? { successCriterionSteps: bindings } : {}),
    ...(roles.length > 0 ? { requiredSignoffRoles: roles } : {}),
    ...(isPointOfNoReturn ? { isPointOfNoReturn } : {}),
    ...(failurePolicy ? { failurePolicy } : {}),
    ...(followUpOffsetMinutes !== undefined ? { followUpOffsetMinutes } : {}),
    notes: joinBlocks([...notesBlocks(earlier.notes), heading, ...notesBlocks(later.objective), ...notesBlocks(later.notes)]),
  };
}

/**
 * Rearranges whole phases of an import before it is saved (issue 16 item 3; the corpus's most
 * frequent fault is the number of phases, then a rollback missed or found where there is none):
 * - "join-previous": the phase becomes part of the one before it in its procedure (steps,
 *   checklist items and criteria after that phase's, estimates added, its title and objective a
 *   block of the notes);
 * - "to-rollback": a main phase becomes the last phase of the rollback procedure (one is made
 *   when there is none);
 * - "to-main": a rollback phase becomes the last main phase (no rollback phase left: no rollback;
 *   the heading the rollback was found under is kept with it).
 * Lossless, as moveImportItem. Refuses (with a sentence) a phase that does not exist, joining
 * the first phase of a procedure, and taking the last main phase away (a runbook has at least
 * one). `at` is where the phase's content now is, so the page can put the focus there.
 */
export function arrangeImportPhase(runbook: TParsedRunbook, from: TImportPhaseRef, arrangement: TPhaseArrangement): TPhaseArrangeResult {
  const main = runbook.phases;
  const rollback = runbook.rollback?.phases ?? [];
  const phases = from.procedure === "main" ? main : rollback;
  const phase = phases[from.phase];
  if (!phase) return { ok: false, message: "That phase is not in the preview any more: preview the document again." };
  // (the rollback section's heading stays with the procedure, even with no phase left, so moving a phase back restores it)
  const title = runbook.rollback?.title;
  const withRollback = (next: TParsedPhase[]): TParsedRunbook["rollback"] => (title !== undefined ? { title, phases: next } : next.length > 0 ? { phases: next } : null);
  switch (arrangement) {
    case "join-previous": {
      const previous = phases[from.phase - 1];
      if (!previous) return { ok: false, message: "The first phase has no phase before it to join." };
      const next = [...phases.slice(0, from.phase - 1), joinPhases(previous, phase), ...phases.slice(from.phase + 1)];
      const arranged = from.procedure === "main" ? { ...runbook, phases: next } : { ...runbook, rollback: withRollback(next) };
      return { ok: true, runbook: arranged, at: { procedure: from.procedure, phase: from.phase - 1 } };
    }
    case "to-rollback": {
      if (from.procedure !== "main") return { ok: false, message: "That phase is already a rollback phase." };
      if (main.length === 1) return { ok: false, message: "A runbook needs at least one main phase: this one stays." };
      const next = [...rollback, phase];
      return {
        ok: true,
        runbook: { ...runbook, phases: main.filter((_, i) => i !== from.phase), rollback: withRollback(next) },
        at: { procedure: "rollback", phase: next.length - 1 },
      };
    }
    case "to-main": {
      if (from.procedure !== "rollback") return { ok: false, message: "That phase is already a main phase." };
      const next = [...main, phase];
      return {
        ok: true,
        runbook: { ...runbook, phases: next, rollback: withRollback(rollback.filter((_, i) => i !== from.phase)) },
        at: { procedure: "main", phase: next.length - 1 },
      };
    }
  }
}

/** The arrangements the preview offers for one phase: exactly those arrangeImportPhase accepts. */
export function arrangementsFor(runbook: TParsedRunbook, at: TImportPhaseRef): TPhaseArrangement[] {
  const phases = phasesOf(runbook, at.procedure);
  if (!phases[at.phase]) return [];
  const offered: TPhaseArrangement[] = [];
  if (at.phase > 0) offered.push("join-previous");
  if (at.procedure === "main" && runbook.phases.length > 1) offered.push("to-rollback");
  if (at.procedure === "rollback") offered.push("to-main");
  return offered;
}

// ---------------------------------------------------------------------------------------------
// A section the importer read as notes: a phase of its own again

const ATX_HEADING_RE = /^(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
/** A bold line alone, as joinPhases writes a joined phase's title ("**Verification** (5 min)"), or as documents mark a section. */
const BOLD_TITLE_RE = /^(?:\*\*|__)([^*_\n]+?)(?:\*\*|__)(?:[ \t]*\((\d{1,4}) min\))?[ \t]*:?$/;

/**
 * The section a notes block opens, when it opens one: a Markdown heading ("## Required secrets") as its
 * first line, or a bold line alone ("**Verification** (5 min)", as "join-previous" leaves a joined
 * phase's title). Its title (Markdown markers off), its estimate in minutes when written as joinPhases
 * writes it, and its level (1–6 for a heading; 7 for a bold line, under any heading). Null: the block
 * opens no section.
 */
export function sectionOpenedBy(block: string): { title: string; estimatedMinutes: number | null; level: number } | null {
  const [first = "", ...rest] = block.split("\n");
  const heading = ATX_HEADING_RE.exec(first);
  // (named as the importer names a phase: "## 2. Dispatch (5 min)" is "Dispatch", 5 minutes)
  if (heading?.[1] && heading[2]) {
    const parts = splitPhaseHeading(heading[2].trim());
    return { title: parts.title || heading[2].trim(), estimatedMinutes: parts.estimatedMinutes, level: heading[1].length };
  }
  const bold = rest.length === 0 ? BOLD_TITLE_RE.exec(first.trim()) : null;
  if (bold?.[1]?.trim()) return { title: bold[1].trim(), estimatedMinutes: bold[2] ? Number(bold[2]) : null, level: 7 };
  return null;
}

/** Whether the preview offers to make the notes block at `index` of the phase a phase of its own (see splitImportPhase). */
export function canSplitAt(phase: TParsedPhase, index: number): boolean {
  return sectionOpenedBy(notesBlocks(phase.notes)[index] ?? "") !== null;
}

/**
 * Makes a section the importer kept in a phase's notes a phase of its own, right after that phase
 * (issue 16 item 3; the importer reads reference sections after the procedure — "## Known gaps",
 * "## Required secrets" — as notes, and a lead may count one as a phase): the notes block at
 * `from.index`, which opens a section (sectionOpenedBy), and the blocks after it up to the next
 * section of its level or above. Its heading gives the new phase's title and estimate; its other
 * blocks are the new phase's notes, as written; nothing else of the phase moves. The inverse of
 * "join-previous" for a phase of notes. Lossless, as moveImportItem. Refuses (with a sentence) a
 * block that is not there or opens no section. `at` is the new phase.
 */
export function splitImportPhase(runbook: TParsedRunbook, from: TImportItemRef): TPhaseArrangeResult {
  const phases = phasesOf(runbook, from.procedure);
  const phase = phases[from.phase];
  const blocks = notesBlocks(phase?.notes ?? "");
  if (!phase || from.place !== "notes" || blocks[from.index] === undefined) return { ok: false, message: "That note is not in the preview any more: preview the document again." };
  const section = sectionOpenedBy(blocks[from.index] ?? "");
  if (!section) return { ok: false, message: "Only a note that starts with a heading can become a phase of its own." };
  let end = from.index + 1;
  while (end < blocks.length && (sectionOpenedBy(blocks[end] ?? "")?.level ?? 8) > section.level) end++;
  const body = [(blocks[from.index] ?? "").split("\n").slice(1).join("\n").trim(), ...blocks.slice(from.index + 1, end)].filter((b) => b !== "");
  const made: TParsedPhase = { ...emptyPhase(section.title, section.estimatedMinutes), notes: joinBlocks(body) };
  const kept: TParsedPhase = { ...phase, notes: joinBlocks([...blocks.slice(0, from.index), ...blocks.slice(end)]) };
  const next = [...phases.slice(0, from.phase), kept, made, ...phases.slice(from.phase + 1)];
  const arranged: TParsedRunbook = from.procedure === "main" ? { ...runbook, phases: next } : { ...runbook, rollback: { ...(runbook.rollback ?? {}), phases: next } };
  return { ok: true, runbook: arranged, at: { procedure: from.procedure, phase: from.phase + 1 } };
}
