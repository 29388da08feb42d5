// How far one person's counts can be the measure (corpus README, "A second counter"): a blind second
// count of some held-out documents (`blind-recount-30-31.txt`) scored against the first counts in
// ground-truth.ts exactly as the importer is (corpus-measure.ts `importFaults`), beside the importer
// scored against the first counter, the second, and either of them.
// Run: node --import tsx scripts/measure-recount.ts [path to a recount file] [--verbose]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_DOCUMENTS } from "@/lib/domain/markdown/__fixtures__/corpus/ground-truth";
import { importFaults, measureImport, type TGroundTruth, type TImportMeasure } from "@/lib/domain/markdown/corpus-measure";
import { parseRunbookMarkdown } from "@/lib/domain/markdown/parse-runbook";

const CORPUS = join(import.meta.dirname, "..", "lib", "domain", "markdown", "__fixtures__", "corpus");
const file = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? join(CORPUS, "blind-recount-30-31.txt");
/** `--verbose`: each document's faults, the second count's against the first and the importer's against each. */
const verbose = process.argv.includes("--verbose");
/** "358 phases_best=4 phases=[3,6] checklist=0 sql=6 rollback=true  # reason" */
const LINE_RE = /^(\d{2,4}) phases_best=(\d+) phases=\[(\d+),\s*(\d+)\] checklist=(\d+) sql=(\d+) rollback=(true|false)/;

const names = readdirSync(CORPUS);
const isRight = (faults: string[]) => faults.length === 0;
const isRightByBar = (faults: string[]) => faults.every((f) => f.startsWith("SQL steps"));
const rows = { second: [0, 0], importer: [0, 0], importerVsSecond: [0, 0], importerVsEither: [0, 0] };
let n = 0;
for (const line of readFileSync(file, "utf8").split("\n")) {
  const m = LINE_RE.exec(line.trim());
  if (!m) continue;
  const name = names.find((k) => k.startsWith(`${m[1]}-`));
  const first = name ? ALL_DOCUMENTS[name] : undefined;
  if (!name || !first) throw new Error(`no corpus document numbered ${m[1]}`);
  const secondCount: TImportMeasure = { phases: Number(m[2]), checklist: Number(m[5]), sql: Number(m[6]), rollback: m[7] === "true" };
  const secondTruth: TGroundTruth = { phases: [Number(m[3]), Number(m[4])], checklist: secondCount.checklist, sql: secondCount.sql, rollback: secondCount.rollback };
  const imported = measureImport(parseRunbookMarkdown(readFileSync(join(CORPUS, name), "utf8")));
  const bySecond = importFaults(secondCount, first);
  const byFirst = importFaults(imported, first);
  const vsSecond = importFaults(imported, secondTruth);
  n++;
  const add = (row: number[], right: boolean, bar: boolean) => {
    row[0] = (row[0] ?? 0) + (right ? 1 : 0);
    row[1] = (row[1] ?? 0) + (bar ? 1 : 0);
  };
  add(rows.second, isRight(bySecond), isRightByBar(bySecond));
  add(rows.importer, isRight(byFirst), isRightByBar(byFirst));
  add(rows.importerVsSecond, isRight(vsSecond), isRightByBar(vsSecond));
  add(rows.importerVsEither, isRight(byFirst) || isRight(vsSecond), isRightByBar(byFirst) || isRightByBar(vsSecond));
  if (verbose)
    console.log(
      `${m[1]}: second vs first: ${bySecond.join("; ") || "agree"} | importer vs first: ${byFirst.join("; ") || "right"} | importer vs second: ${vsSecond.join("; ") || "right"}`,
    );
}
const pct = (k: number) => `${k} / ${n} (${Math.round((100 * k) / n)} %)`;
console.log("| scored against | all counts | the issue's bar (SQL aside) |\n| --- | --- | --- |");
console.log(`| the second counter against the first | ${pct(rows.second[0] ?? 0)} | ${pct(rows.second[1] ?? 0)} |`);
console.log(`| the importer against the first counter | ${pct(rows.importer[0] ?? 0)} | ${pct(rows.importer[1] ?? 0)} |`);
console.log(`| the importer against the second counter | ${pct(rows.importerVsSecond[0] ?? 0)} | ${pct(rows.importerVsSecond[1] ?? 0)} |`);
console.log(`| the importer against either counter | ${pct(rows.importerVsEither[0] ?? 0)} | ${pct(rows.importerVsEither[1] ?? 0)} |`);
