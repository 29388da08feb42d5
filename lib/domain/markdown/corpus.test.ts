// The importer on 21 public runbooks of other teams (issue 16, "Done when"): each imports with the
// hand-counted checklist items, its SQL steps, its rollback procedure and a sensible number of
// phases; every non-blank line lands in a field; export → import gives back the same structure.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findUnplacedLines } from "./coverage";
import { exportRunbookMarkdown } from "./export-runbook";
import { parseRunbookMarkdown } from "./parse-runbook";
import { GROUND_TRUTH } from "./__fixtures__/corpus/ground-truth";
import type { TParsedRunbook } from "./types";

const CORPUS = join(import.meta.dirname, "__fixtures__", "corpus");
const withoutWarnings = ({ warnings: _w, ...rest }: TParsedRunbook) => rest;

function measure(parsed: TParsedRunbook) {
  const all = [...parsed.phases, ...(parsed.rollback?.phases ?? [])];
  return {
    phases: parsed.phases.length,
    checklist: all.reduce((n, p) => n + p.checklistItems.length, 0),
    sql: all.reduce((n, p) => n + p.steps.filter((s) => s.kind === "SQL").length, 0),
    rollback: (parsed.rollback?.phases.length ?? 0) > 0,
  };
}

describe.each(Object.entries(GROUND_TRUTH))("corpus %s", (name, truth) => {
  const source = readFileSync(join(CORPUS, name), "utf8");
  const parsed = parseRunbookMarkdown(source);
  const got = measure(parsed);

  it("imports with its checklist items, SQL steps, rollback and a sensible number of phases", () => {
    expect({ checklist: got.checklist, sql: got.sql, rollback: got.rollback }).toEqual({ checklist: truth.checklist, sql: truth.sql, rollback: truth.rollback });
    expect(got.phases).toBeGreaterThanOrEqual(truth.phases[0]);
    expect(got.phases).toBeLessThanOrEqual(truth.phases[1]);
  });

  it("places every non-blank line in a field", () => {
    expect(findUnplacedLines(source, parsed)).toEqual([]);
  });

  it("keeps the preamble to what precedes the first phase (no checkbox in it)", () => {
    expect(parsed.preamble).not.toMatch(/^\s*(?:[-*]\s+)?\[[ xX]\]/m);
  });

  it("exports to Markdown that imports back to the same structure", () => {
    expect(withoutWarnings(parseRunbookMarkdown(exportRunbookMarkdown(parsed)))).toEqual(withoutWarnings(parsed));
  });
});
