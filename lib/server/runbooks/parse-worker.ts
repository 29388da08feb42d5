// The worker thread that parses one Markdown runbook (STYLE.md: CPU-heavy work never runs on the
// request's event loop). Receives { markdown } as workerData, posts one TParseOutcome and exits.
import { parentPort, workerData } from "node:worker_threads";
import { RunbookParseError, parseRunbookMarkdown } from "@/lib/domain/markdown/parse-runbook";
import type { TParseOutcome } from "./parse-markdown";

function run(): TParseOutcome {
  try {
    return { ok: true, parsed: parseRunbookMarkdown(String((workerData as { markdown: unknown }).markdown)) };
  } catch (error) {
    if (error instanceof RunbookParseError) return { ok: false, message: error.message };
    return { ok: false, message: null };
  }
}

parentPort?.postMessage(run());
