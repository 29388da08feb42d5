// The worker thread that parses one Markdown runbook (STYLE.md: CPU-heavy work never runs on the
// request's event loop). Answers each { markdown } message with one TParseOutcome, and waits for the
// next: parse-markdown.ts keeps a worker that has parsed before, whose code is already optimised.
import { parentPort } from "node:worker_threads";
import { RunbookParseError, parseRunbookMarkdown } from "@/lib/domain/markdown/parse-runbook";
import type { TParseOutcome } from "./parse-markdown";

function run(markdown: unknown): TParseOutcome {
  try {
    return { ok: true, parsed: parseRunbookMarkdown(String(markdown)) };
  } catch (error) {
    if (error instanceof RunbookParseError) return { ok: false, message: error.message };
    return { ok: false, message: null };
  }
}

parentPort?.on("message", (message: { markdown: unknown }) => parentPort?.postMessage(run(message.markdown)));
