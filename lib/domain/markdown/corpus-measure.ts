// The corpus's measure (issue 16 "Done when"): what a document imports as, set beside its
// hand-counted ground truth — checklist items, SQL steps, rollback found, a sensible number of
// phases — and how many of its non-blank lines land in a field. Shared by corpus.test.ts and
// scripts/measure-import-corpus.ts so the test and the reported figure are one computation.
import { findUnplacedLines } from "./coverage";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TParsedRunbook } from "./types";

export type TGroundTruth = { phases: [number, number]; checklist: number; sql: number; rollback: boolean };

export type TImportMeasure = { phases: number; checklist: number; sql: number; rollback: boolean };

export function measureImport(parsed: TParsedRunbook): TImportMeasure {
  const all = [...parsed.phases, ...(parsed.rollback?.phases ?? [])];
  return {
    phases: parsed.phases.length,
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
  if (got.phases < truth.phases[0] || got.phases > truth.phases[1]) faults.push(`phases ${got.phases} (expected ${truth.phases[0]}–${truth.phases[1]})`);
  return faults;
}

export type TDocumentScore = { name: string; faults: string[]; lines: number; unplaced: string[]; preambleLines: number };

/** One document scored: its faults, its non-blank lines, those placed nowhere, and the preamble's size in lines. */
export function scoreDocument(name: string, source: string, truth: TGroundTruth): TDocumentScore {
  const parsed = parseRunbookMarkdown(source);
  return {
    name,
    faults: importFaults(measureImport(parsed), truth),
    lines: source.split(/\r\n?|\n/).filter((l) => l.trim() !== "").length,
    unplaced: findUnplacedLines(source, parsed),
    preambleLines: (parsed.preamble ?? "").split("\n").filter((l) => l.trim() !== "").length,
  };
}
