// Issue 16's "Done when", measured: the share of corpus documents that import right (checklist
// items, SQL steps, rollback, a sensible number of phases: lib/domain/markdown/corpus-measure.ts)
// and the share of their non-blank lines placed in a field, for one set of the corpus (`--set NAME`,
// a key of CORPUS_SETS: "held-out", "held-out-2" … each counted by hand before the importer first ran
// on it) or `--set all`. Prints both figures the issue names: right by the corpus's counts, and right by
// the issue's own bar (checklist counts, rollback, a sensible number of phases; the SQL count aside).
// Run: node --import tsx scripts/measure-import-corpus.ts [--set NAME (a key of CORPUS_SETS in ground-truth.ts)|all] [--verbose]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_DOCUMENTS, CORPUS_SETS } from "@/lib/domain/markdown/__fixtures__/corpus/ground-truth";
import { scoreDocument } from "@/lib/domain/markdown/corpus-measure";

const CORPUS = join(import.meta.dirname, "..", "lib", "domain", "markdown", "__fixtures__", "corpus");
const setArg = process.argv[process.argv.indexOf("--set") + 1];
const set = process.argv.includes("--set") ? setArg : "held-out";
const verbose = process.argv.includes("--verbose");
const truths = set === "all" ? ALL_DOCUMENTS : CORPUS_SETS[set ?? ""];
if (!truths) throw new Error(`unknown set ${set}: one of ${[...Object.keys(CORPUS_SETS), "all"].join(", ")}`);

let right = 0;
/** Right by the issue's own bar: checklist counts, rollback found, a sensible number of phases (the SQL count is the corpus's addition). */
let rightByBar = 0;
/** Right by the bar with every checklist section a phase of its own (the reading before session 12). */
let rightByStrictBar = 0;
let lines = 0;
let unplaced = 0;
let preamble = 0;
const entries = Object.entries(truths);
for (const [name, truth] of entries) {
  const score = scoreDocument(name, readFileSync(join(CORPUS, name), "utf8"), truth);
  if (score.faults.length === 0) right++;
  if (score.faults.every((f) => f.startsWith("SQL steps"))) rightByBar++;
  if (score.strictFaults.every((f) => f.startsWith("SQL steps"))) rightByStrictBar++;
  lines += score.lines;
  unplaced += score.unplaced.length;
  preamble += score.preambleLines;
  const mark = score.faults.length === 0 && score.unplaced.length === 0 ? "ok " : "BAD";
  console.log(`${mark} ${name}: ${score.faults.join("; ") || "right"}; ${score.unplaced.length}/${score.lines} lines unplaced; preamble ${score.preambleLines} lines`);
  if (verbose) for (const line of score.unplaced) console.log(`      unplaced: ${line}`);
}
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
console.log(
  `${set}: ${right}/${entries.length} import right (${pct(right, entries.length)}); by the issue's bar (SQL count aside) ${rightByBar}/${entries.length} (${pct(rightByBar, entries.length)}) — ${rightByStrictBar}/${entries.length} (${pct(rightByStrictBar, entries.length)}) with every checklist section a phase of its own; lines placed ${lines - unplaced}/${lines} (${pct(lines - unplaced, lines)}); lines in preambles ${preamble} (${pct(preamble, lines)})`,
);
