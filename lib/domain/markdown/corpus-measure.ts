// The corpus's measure (issue 16 "Done when"): what a document imports as, set beside its
// hand-counted ground truth — checklist items, SQL steps, rollback found, a sensible number of
// phases — and how many of its non-blank lines land in a field. Shared by corpus.test.ts and
// scripts/measure-import-corpus.ts so the test and the reported figure are one computation.
import { findUnplacedLines } from "./coverage";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TParsedPhase, TParsedRunbook } from "./types";

export type TGroundTruth = { phases: [number, number]; checklist: number; sql: number; rollback: boolean };

/**
 * What a document imported as. `phasesJoined` is the number of phases when every checklist section at either end
 * joins the nearest phase of work instead of standing as a phase of its own: issue 16 allows either reading ("a
 * checklist section before, between or after the phases becomes a phase of its own (or joins the nearest phase)"),
 * so a count of phases between `phasesJoined` and `phases` is the same import read either way. Absent: no such choice.
 */
export type TImportMeasure = { phases: number; phasesJoined?: number; checklist: number; sql: number; rollback: boolean };

/** A phase that is a checklist section: boxes to tick (or a labelled list of them) and nothing to run or do besides. */
const isChecklistSection = (p: TParsedPhase) => p.checklistItems.length > 0 && p.steps.length === 0;

/**
 * The number of phases left when the checklist sections at the start and at the end join the nearest phase of work
 * (issue 16's "or joins the nearest phase"); the phases themselves when there is no phase of work for them to join.
 */
export function phasesWithEndChecklistsJoined(phases: TParsedPhase[]): number {
  let first = 0;
  while (first < phases.length && isChecklistSection(phases[first] as TParsedPhase)) first++;
  let last = phases.length;
  while (last > first && isChecklistSection(phases[last - 1] as TParsedPhase)) last--;
  return last > first ? last - first : phases.length;
}

export function measureImport(parsed: TParsedRunbook): TImportMeasure {
  const all = [...parsed.phases, ...(parsed.rollback?.phases ?? [])];
  return {
    phases: parsed.phases.length,
    phasesJoined: phasesWithEndChecklistsJoined(parsed.phases),
    checklist: all.reduce((n, p) => n + p.checklistItems.length, 0),
    sql: all.reduce((n, p) => n + p.steps.filter((s) => s.kind === "SQL").length, 0),
    rollback: (parsed.rollback?.phases.length ?? 0) > 0,
  };
}

/** The ways a measure falls short of its ground truth (empty: the document imports right). */
export function importFaults(got: TImportMeasure, truth: TGroundTruth): string[] {
  const faults: string[] = [];
  if (got.checklist !== truth.checklist) faults.push(`checklist ${got.checklist} (expected ${truth.checklist})`);
  if (got.sql !== truth.sql) faults.push(`SQL steps ${got.sql} (expected ${truth.sql})`);
  if (got.rollback !== truth.rollback) faults.push(`rollback ${got.rollback ? "found" : "missing"} (expected ${truth.rollback ? "one" : "none"})`);
  const fewest = Math.min(got.phases, got.phasesJoined ?? got.phases);
  if (got.phases < truth.phases[0] || fewest > truth.phases[1]) {
    const read = fewest < got.phases ? `${fewest}–${got.phases}, its checklist sections joined or not` : `${got.phases}`;
    faults.push(`phases ${read} (expected ${truth.phases[0]}–${truth.phases[1]})`);
  }
  return faults;
}

/** `strictFaults`: the faults with every checklist section read as a phase of its own (the measure before session 12). */
export type TDocumentScore = { name: string; faults: string[]; strictFaults: string[]; lines: number; unplaced: string[]; preambleLines: number };

/** One document scored: its faults (strict and as issue 16 reads checklist sections), its non-blank lines, those placed nowhere, and the preamble's size in lines. */
export function scoreDocument(name: string, source: string, truth: TGroundTruth): TDocumentScore {
  const parsed = parseRunbookMarkdown(source);
  const measured = measureImport(parsed);
  return {
    name,
    faults: importFaults(measured, truth),
    strictFaults: importFaults({ ...measured, phasesJoined: undefined }, truth),
    lines: source.split(/\r\n?|\n/).filter((l) => l.trim() !== "").length,
    unplaced: findUnplacedLines(source, parsed),
    preambleLines: (parsed.preamble ?? "").split("\n").filter((l) => l.trim() !== "").length,
  };
}
