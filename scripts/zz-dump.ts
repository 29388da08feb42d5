import { readFileSync, readdirSync } from "node:fs";
import { parseRunbookMarkdown } from "../lib/domain/markdown/parse-runbook";
const dir = "lib/domain/markdown/__fixtures__/corpus";
const f = readdirSync(dir).find((n) => n.startsWith(`${process.argv[2]}-`))!;
const p = parseRunbookMarkdown(readFileSync(`${dir}/${f}`, "utf8"));
const short = (s: string) => (s.length > 90 ? `${s.slice(0, 90)}…` : s).replace(/\n/g, "⏎");
console.log("PREAMBLE:", short(p.preamble));
for (const [i, ph] of p.phases.entries()) {
  console.log(`P${i + 1} ${ph.title} | steps ${ph.steps.length} items ${ph.checklistItems.length} crit ${ph.successCriteria.length}`);
  for (const s of ph.steps) console.log(`   - ${s.kind} ${short(s.title)}`);
  if (ph.notes) console.log(`   notes: ${short(ph.notes)}`);
}
console.log("ROLLBACK:", p.rollback ? `${p.rollback.title} (${p.rollback.phases.length} phases)` : null);
console.log("APPENDIX:", short(p.appendix ?? ""));
