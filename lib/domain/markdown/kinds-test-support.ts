// What the held-out "kinds" tests (held-out*-kinds.test.ts) ask of every small document: the
// structure they check, and that the import is sound — every line placed, and export → import the
// identity on structure (issue 16's property, here on each kind's own document).
import { expect } from "vitest";
import { findUnplacedLines } from "./coverage";
import { exportRunbookMarkdown } from "./export-runbook";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TParsedRunbook } from "./types";

/** The parsed runbook without its warnings (a re-import may word them differently). */
export const withoutWarnings = ({ warnings: _w, ...rest }: TParsedRunbook) => rest;

/** The main phases' titles, in order. */
export const titles = (p: TParsedRunbook) => p.phases.map((x) => x.title);

/** Every line of `source` placed in a field, and its export imports to the same structure. */
export function expectSound(source: string, parsed: TParsedRunbook) {
  expect(findUnplacedLines(source, parsed)).toEqual([]);
  expect(withoutWarnings(parseRunbookMarkdown(exportRunbookMarkdown(parsed)))).toEqual(withoutWarnings(parsed));
}
