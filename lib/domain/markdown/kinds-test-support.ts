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

/** A document of the given lines, each ended by a newline. */
export const lines = (...xs: string[]) => `${xs.join("\n")}\n`;

/** The main phases' titles, in order. */
export const titles = (p: TParsedRunbook) => p.phases.map((x) => x.title);
/** Every text of the rollback: its phases' step titles and notes, one per line. */
export const rollbackText = (p: TParsedRunbook) => (p.rollback?.phases ?? []).flatMap((x) => [...x.steps.map((s) => s.title), x.notes]).join("\n");

/** Every line of `source` placed in a field, and its export imports to the same structure. */
export function expectSound(source: string, parsed: TParsedRunbook) {
  expect(findUnplacedLines(source, parsed)).toEqual([]);
  expect(withoutWarnings(parseRunbookMarkdown(exportRunbookMarkdown(parsed)))).toEqual(withoutWarnings(parsed));
}

/**
 * A two-phase runbook ("## 1. Deploy", "## 2. Verify") with a last section `## name` holding one
 * numbered step `step`: where a section's name decides what it is (rollback, sign-off, appendix …).
 */
export const withLastSection = (name: string, step = "Deploy the previous build") =>
  ["# Release 7", "", "## 1. Deploy", "", "1. Deploy the new build", "", "## 2. Verify", "", "1. Run the smoke tests", "", `## ${name}`, "", `1. ${step}`, ""].join("\n");

/** A two-phase runbook whose first phase holds one fence of `lang` around `fence`: where a fence's content decides its step. */
export const fenceInFirstPhase = (lang: string, fence: string) => `# Migration\n\n## 1. Prepare\n\n\`\`\`${lang}\n${fence}\n\`\`\`\n\n## 2. Migrate\n\n1. Run the migration\n`;

/** `source` parsed, after checking the import is sound (expectSound). */
export function parseSoundly(source: string): TParsedRunbook {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

/** Three phases of work, each over one command — "## 1. Build", "## 2. Deploy", "## 3. Verify" — as lines to put in a document. */
export const THREE_PHASES_OF_WORK = [
  "## 1. Build",
  "",
  "```bash",
  "make build",
  "```",
  "",
  "## 2. Deploy",
  "",
  "```bash",
  "make deploy",
  "```",
  "",
  "## 3. Verify",
  "",
  "```bash",
  "curl -f https://example.com/health",
  "```",
  "",
];
