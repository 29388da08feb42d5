// Markdown import parse time (PRODUCT.md "Import and export"; STYLE.md: CPU-heavy work bounded by
// work; issue 16). Generated documents of 1k/2k/4k phases, one of about 1 MB, and one of about 1 MB
// whose sections after its one phase are reference (notes, not phases), one of about 1 MB of a rollback's
// notes; each figure beside
// its floor measured in the same run: reading the Markdown once into its tree (remark + GFM, in the
// importer's chunks) — the importer cannot be faster than that — and the ratio.
// Run: npx tsx scripts/bench-import.ts
import { parseMarkdownTree } from "@/lib/domain/markdown/markdown-tree";
import { parseRunbookMarkdown } from "@/lib/domain/markdown/parse-runbook";

function generated(phases: number): string {
  const parts = ["# Generated runbook", "", "A long runbook.", ""];
  for (let i = 1; i <= phases; i++) {
    parts.push(
      `## Phase ${i}: Step ${i} (5 minutes)`,
      "",
      "**Objective**: keep going",
      "",
      "- [ ] ticked",
      "- [ ] also ticked",
      "",
      "```sql",
      `SELECT ${i};`,
      "```",
      "",
      "**Success Criteria**:",
      "- ✅ it worked",
      "",
    );
  }
  parts.push("## Rollback Procedure", "", "1. Undo", "2. Undo more", "");
  return parts.join("\n");
}

/** One phase of work, then `sections` sections of reference prose after it (what follows the procedure: notes, not phases). */
function referenceAfter(sections: number): string {
  const parts = ["# Generated runbook", "", "## 1. Work", "", "1. Do the work", ""];
  for (let i = 1; i <= sections; i++) parts.push(`## Reference ${i}`, "", `What section ${i} explains, in a sentence.`, "");
  return parts.join("\n");
}

/** One phase, then a rollback of one step followed by `sections` sub-sections of notes (the rollback's notes). */
function rollbackNotes(sections: number): string {
  const parts = ["# Generated runbook", "", "## 1. Work", "", "1. Do the work", "", "## Rollback", "", "### Step 1: Undo", "", "1. Undo the work", ""];
  for (let i = 1; i <= sections; i++) parts.push(`### Note ${i}`, "", `What note ${i} explains, in a sentence.`, "");
  return parts.join("\n");
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const cases: Array<[string, string]> = [1000, 2000, 4000].map((n) => [`${n} phases`, generated(n)]);
let mb = 0;
while (generated(mb).length < 1_000_000) mb += 250;
cases.push([`~1 MB (${mb} phases)`, generated(mb)]);
// (thousands of sections after the last phase of work: each joins the last phase's notes, once)
let refs = 0;
while (referenceAfter(refs).length < 1_000_000) refs += 2000;
cases.push([`~1 MB, 1 phase and ${refs} reference sections`, referenceAfter(refs)]);
let notes = 0;
while (rollbackNotes(notes).length < 1_000_000) notes += 2000;
cases.push([`~1 MB, a rollback and ${notes} note sections`, rollbackNotes(notes)]);

console.log("| document | bytes | parse | floor (Markdown tree) | ratio |");
console.log("| --- | --- | --- | --- | --- |");
for (const [name, text] of cases) {
  const floor = time(() => parseMarkdownTree(text));
  const parse = time(() => parseRunbookMarkdown(text));
  console.log(`| ${name} | ${text.length.toLocaleString("en-US")} | ${(parse / 1000).toFixed(2)} s | ${(floor / 1000).toFixed(2)} s | ${(parse / floor).toFixed(1)}× |`);
}
