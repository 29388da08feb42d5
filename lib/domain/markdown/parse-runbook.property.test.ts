// Properties of the importer over generated documents (issue 16): it never throws on any UTF-8
// input but RunbookParseError for an empty one; lines of runbook-shaped documents land in fields;
// export → import gives back the same structure (the corpus and seed tests hold it exactly).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findUnplacedLines } from "./coverage";
import { exportRunbookMarkdown } from "./export-runbook";
import { RunbookParseError, parseRunbookMarkdown } from "./parse-runbook";
import { ZParsedRunbook, type TParsedRunbook } from "./types";

const withoutWarnings = ({ warnings: _w, ...rest }: TParsedRunbook) => rest;

// words and fragments real runbooks are made of, so generated documents have structure to find
const word = fc.constantFrom(
  "Backup",
  "Deploy",
  "Verify",
  "rollback",
  "database",
  "Phase",
  "Step",
  "owner",
  "DBA",
  "5 minutes",
  "(10 min)",
  "✅",
  "☐",
  "[ ]",
  "**Note**:",
  "`psql`",
  "T-15",
  "~10 minutes",
  "Revert",
  "Sign-off",
  "émigré",
  "日本",
  "🚀",
);
const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
const line = fc.oneof(
  phrase,
  phrase.map((p) => `# ${p}`),
  phrase.map((p) => `## ${p}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), phrase).map(([n, p]) => `### Step ${n}: ${p}`),
  phrase.map((p) => `- [ ] ${p}`),
  phrase.map((p) => `* [x] ${p}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), phrase).map(([n, p]) => `${n}. ${p}`),
  phrase.map((p) => `  - ${p}`),
  phrase.map((p) => `| [ ] | ${p} | DBA |`),
  fc.constant("| --- | --- | --- |"),
  phrase.map((p) => `**${p}**:`),
  fc.constant("```sql\nSELECT 1;\n```"),
  fc.constant("```bash\npg_dump app > app.sql\n```"),
  fc.constant("```\nUPDATE t SET a = 1;\n```"),
  fc.constant("---"),
  fc.constant("<!-- a comment -->"),
  fc.constant(""),
);
const runbookShaped = fc.array(line, { minLength: 1, maxLength: 40 }).map((lines) => lines.join("\n"));

function parseOrEmpty(text: string): TParsedRunbook | null {
  try {
    return parseRunbookMarkdown(text);
  } catch (error) {
    if (error instanceof RunbookParseError) return null;
    throw error;
  }
}

describe("parseRunbookMarkdown properties", () => {
  it("never throws on any UTF-8 text but a RunbookParseError, and always returns a valid structure", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme", maxLength: 400 }), fc.string({ unit: "binary", maxLength: 400 }), runbookShaped), (text) => {
        const parsed = parseOrEmpty(text);
        if (parsed) expect(ZParsedRunbook.safeParse(parsed).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // Generated documents reach corners no runbook has ("1. ☐ [ ] x", a "# 🚀" heading between
  // checkboxes): the importer is held to the bar on them — at least 99 % of their lines
  // placed, and most of them exactly round-tripped — with a fixed seed, so a run is repeatable.
  const samples = fc.sample(runbookShaped, { numRuns: 300, seed: 16 });

  it("places at least 99 % of the non-blank lines of generated runbook-shaped documents in a field", () => {
    let lines = 0;
    let unplaced = 0;
    for (const text of samples) {
      const parsed = parseOrEmpty(text);
      if (!parsed) continue;
      lines += text.split("\n").filter((l) => l.trim() !== "").length;
      unplaced += findUnplacedLines(text, parsed).length;
    }
    expect(lines).toBeGreaterThan(1000);
    expect(unplaced / lines).toBeLessThan(0.01);
  });

  it("exports most generated documents to Markdown that imports back to the same structure", () => {
    let same = 0;
    let total = 0;
    for (const text of samples) {
      const parsed = parseOrEmpty(text);
      if (!parsed) continue;
      total++;
      const again = parseRunbookMarkdown(exportRunbookMarkdown(parsed));
      if (JSON.stringify(withoutWarnings(again)) === JSON.stringify(withoutWarnings(parsed))) same++;
    }
    console.info(`round trip: ${same} of ${total} generated documents`);
    expect(same / total).toBeGreaterThan(0.95);
  });
});
