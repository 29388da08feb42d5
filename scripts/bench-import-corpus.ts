// A realistic 1 MB runbook built from the import corpus (issue 16: "a 1 MB runbook parses in under
// 2 s"): 99 phases and a rollback phase — the draft's limit of 100 — each phase a SQL migration
// fence and then the bodies of corpus documents (their headings pushed two levels down, so they are
// the phase's sub-steps, checklists and tables; their own rollback sections left out) up to ~10 kB. Timed beside its floors on the same text: remark-parse alone on the
// whole document, and remark + GFM in the importer's chunks (parseMarkdownTree).
// Run: node --import tsx scripts/bench-import-corpus.ts [--write FILE]   (SKIP_WHOLE=1: without the 17 s whole-text floor)
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parseMarkdownTree } from "@/lib/domain/markdown/markdown-tree";
import { parseRunbookMarkdown } from "@/lib/domain/markdown/parse-runbook";
import { findUnplacedLines } from "@/lib/domain/markdown/coverage";
import { checkParsedImport } from "@/lib/domain/runbook/from-parsed";
import { GROUND_TRUTH } from "@/lib/domain/markdown/__fixtures__/corpus/ground-truth";

const CORPUS = join(import.meta.dirname, "..", "lib", "domain", "markdown", "__fixtures__", "corpus");
const TARGET_BYTES = 1024 * 1024;
const PHASES = 99;

/** A document's body with every heading two levels deeper (at most six), outside code fences. */
function demoted(markdown: string): string {
  let fence: string | null = null;
  // a document's own rollback section is left out: under a phase it would be a rollback phase of its own
  let skipBelow: number | null = null;
  const out: string[] = [];
  for (const line of markdown
    .replace(/\r\n?/g, "\n")
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .split("\n")) {
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (open?.[1] && !fence) fence = open[1];
    else if (open?.[1] && fence && line.trim().startsWith(fence)) fence = null;
    else if (!fence) {
      const heading = /^(#{1,6})\s+(.*)$/.exec(line);
      if (heading?.[1] && heading[2] !== undefined) {
        const level = heading[1].length;
        if (skipBelow !== null && level <= skipBelow) skipBelow = null;
        if (skipBelow === null && /roll\s*-?back|back-?out|revert|restor|undo|if (?:it|this|anything) (?:fails|goes wrong)/i.test(heading[2])) skipBelow = level;
        if (skipBelow === null) out.push(`${"#".repeat(Math.min(6, level + 2))} ${heading[2]}`);
        continue;
      }
      // Setext underlines would make the line above a top-level heading again
      if (/^(=+|-{3,})\s*$/.test(line)) continue;
    }
    if (skipBelow === null) out.push(line);
  }
  return out.join("\n");
}

function migrationSql(phase: number): string {
  const lines = [`-- phase ${phase}: move the ${phase}th batch of customers to the new schema`, "BEGIN;"];
  lines.push(`CREATE TABLE IF NOT EXISTS billing.invoice_batch_${phase} (LIKE billing.invoice INCLUDING ALL);`);
  lines.push(`INSERT INTO billing.invoice_batch_${phase} SELECT * FROM billing.invoice WHERE customer_id % 100 = ${phase - 1};`);
  lines.push(`UPDATE billing.customer SET invoice_schema = 'v2', updated_at = now() WHERE id % 100 = ${phase - 1} AND invoice_schema = 'v1';`);
  lines.push(`SELECT count(*) AS moved FROM billing.invoice_batch_${phase};`);
  lines.push("COMMIT;");
  return lines.join("\n");
}

export function corpusRunbook(): string {
  const docs = readdirSync(CORPUS)
    // the 21 documents the figures in BENCHMARKS.md were measured on (the held-out sets are left out, so the text stays the same)
    .filter((f) => f in GROUND_TRUTH)
    .sort()
    .map((f) => demoted(readFileSync(join(CORPUS, f), "utf8")));
  const perPhase = Math.ceil(TARGET_BYTES / PHASES);
  const parts = [
    "# Billing platform migration: 99 customer batches",
    "",
    "The whole cut-over, batch by batch. Each phase moves one batch; its notes keep the team's older runbooks for the services it touches.",
    "",
  ];
  let next = 0;
  for (let p = 1; p <= PHASES; p++) {
    parts.push(`## Phase ${p}: Batch ${p} (10 minutes)`, "", `**Objective**: move batch ${p} and prove it.`, "", "```sql", migrationSql(p), "```", "");
    let size = parts.slice(-8).join("\n").length;
    while (size < perPhase) {
      const doc = docs[next++ % docs.length] ?? "";
      parts.push(doc, "");
      size += doc.length + 1;
    }
  }
  parts.push("## Rollback", "", "### Step 1: Restore the invoices", "", "```sql", "DROP SCHEMA billing CASCADE;", "```", "");
  let text = parts.join("\n");
  while (Buffer.byteLength(text) > TARGET_BYTES + 64 * 1024) text = text.slice(0, text.lastIndexOf("\n## Phase"));
  return text;
}

function timed<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

const text = corpusRunbook();
const out = process.argv.indexOf("--write");
if (out !== -1 && process.argv[out + 1]) writeFileSync(process.argv[out + 1]!, text);
const runs = Number(process.env.RUNS ?? 3);
const fmt = (r: { ms: number; cpuMs: number }) => `${(r.ms / 1000).toFixed(2)} s (CPU ${(r.cpuMs / 1000).toFixed(2)} s)`;
const best = (fn: () => unknown) => {
  let min = { ms: Infinity, cpuMs: Infinity };
  for (let i = 0; i < runs; i++) {
    const r = timed(fn);
    if (r.ms < min.ms) min = r;
  }
  return min;
};

const parsed = parseRunbookMarkdown(text);
const checked = checkParsedImport(parsed);
const lines = text.split("\n").filter((l) => l.trim() !== "").length;
const unplacedLines = findUnplacedLines(text, parsed);
const unplaced = unplacedLines.length;
if (process.env.SHOW_UNPLACED) console.log(unplacedLines.slice(0, 40).join("\n"));
console.log(`document: ${Buffer.byteLength(text).toLocaleString("en-US")} bytes, ${lines.toLocaleString("en-US")} non-blank lines`);
console.log(
  `imported: ${parsed.phases.length} phases, ${parsed.rollback?.phases.length ?? 0} rollback phase(s), ${parsed.phases.reduce((n, p) => n + p.checklistItems.length, 0)} checklist items, ${parsed.phases.reduce((n, p) => n + p.steps.length, 0)} steps; fits a draft: ${checked.ok ? "yes" : checked.message}; lines unplaced: ${unplaced}`,
);
console.log(`best of ${runs}, load ${(await import("node:os")).loadavg()[0]?.toFixed(1)}:`);
const remark = process.env.SKIP_WHOLE ? { ms: Number.NaN, cpuMs: Number.NaN } : best(() => unified().use(remarkParse).parse(text));
const tree = best(() => parseMarkdownTree(text));
const parse = best(() => parseRunbookMarkdown(text));
console.log(`| floor: remark-parse alone, whole text | ${fmt(remark)} |`);
console.log(`| floor: remark + GFM in the importer's chunks | ${fmt(tree)} |`);
console.log(`| parseRunbookMarkdown | ${fmt(parse)} |`);
