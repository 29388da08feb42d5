// The realistic 1 MB runbook (`node --import tsx scripts/bench-import-corpus.ts --write FILE`) parsed
// the way the product parses it (issue 16): `parseMarkdownOffThread`, the worker thread with its
// resource limits, the document posted to it and the parsed runbook posted back. The first parse
// starts the worker (its code cold); the next ones reuse it, as the server's next imports do. Each
// parse is timed from this thread, which only waits: wall, and the process's CPU (the worker's,
// its garbage collector's and the copying of the document and the result).
// Run: node --import tsx scripts/bench-import-worker.ts FILE [parses]   (YOUNG_MB=n: another young generation)
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { PARSE_WORKER_LIMITS, parseMarkdownOffThread } from "@/lib/server/runbooks/parse-markdown";

const file = process.argv[2];
if (!file) throw new Error("usage: bench-import-worker.ts FILE [parses]");
const markdown = readFileSync(file, "utf8");
const parses = Number(process.argv[3] ?? 4);
if (process.env.YOUNG_MB) PARSE_WORKER_LIMITS.maxYoungGenerationSizeMb = Number(process.env.YOUNG_MB) || undefined;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
console.log(`${Buffer.byteLength(markdown).toLocaleString("en-US")} bytes; worker limits ${JSON.stringify(PARSE_WORKER_LIMITS)}; load ${load()}`);
for (let i = 0; i < parses; i++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const parsed = await parseMarkdownOffThread(markdown, { budgetMs: 600_000 });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  console.log(
    `parse ${i + 1} (${i === 0 ? "worker started" : "worker reused"}): ${(ms / 1000).toFixed(2)} s wall, CPU ${((used.user + used.system) / 1e6).toFixed(2)} s — ${parsed.phases.length} phases`,
  );
}
console.log(`load after ${load()}`);
