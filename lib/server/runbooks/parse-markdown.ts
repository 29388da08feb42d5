// Parsing an imported document off the event loop (STYLE.md "Avoid": CPU-heavy work on the
// request's event loop; issue 16): the parser runs in a worker thread with a time budget, so a
// large or hostile document never stalls other requests, worker heartbeats or timers. A document
// that takes longer than its budget is refused with a sentence, and the worker is terminated.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { ValidationError } from "@/lib/errors";
import { RunbookParseError, parseRunbookMarkdown } from "@/lib/domain/markdown/parse-runbook";
import type { TParsedRunbook } from "@/lib/domain/markdown/types";

export type TParseOutcome = { ok: true; parsed: TParsedRunbook } | { ok: false; message: string | null };

/** Budget of one parse in the server: a 1 MB runbook parses in a few seconds even on a busy machine. */
export const PARSE_BUDGET_MS = 30_000;

/**
 * The parse worker's V8 limits (issue 16: a 1 MB runbook in under 2 s). The Markdown reader
 * (micromark) makes a great deal of short-lived garbage; with V8's default young generation the
 * objects of the chunk being read are copied and promoted before they die, and garbage collection
 * took a third of the parse. A 192 MB young generation (a maximum: it grows only while a large
 * document is read) cut the parse's CPU by about a third (BENCHMARKS.md). Mutable for the bench.
 */
export const PARSE_WORKER_LIMITS: { maxYoungGenerationSizeMb?: number } = { maxYoungGenerationSizeMb: 192 };

let hasWarnedInline = false;

/**
 * The worker kept between parses, waiting for the next document (unref'd: it never keeps the
 * process alive). A fresh worker runs the parser's code cold — interpreted, not yet optimised —
 * which cost about a second of a 1 MB parse; a worker that has parsed before reads the next
 * document at full speed. One parse at a time per worker: a parse that finds it busy starts a
 * worker of its own. A worker that overruns its budget or fails is terminated, never kept.
 */
let idleWorker: Worker | null = null;

function startWorker(): Worker {
  // in the Next.js server (NEXT_RUNTIME is set) the bundler compiles parse-worker.ts into a chunk of
  // its own from this exact `new Worker(new URL(…))` form; elsewhere (tests, the CLI under tsx) the
  // code is unbundled TypeScript, so the worker registers tsx's loader before importing it. The
  // path is built at run time there, so the bundler does not copy the .ts file as an asset.
  let worker: Worker;
  if (process.env.NEXT_RUNTIME) worker = new Worker(new URL("./parse-worker.ts", import.meta.url), { resourceLimits: PARSE_WORKER_LIMITS });
  else {
    const source = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), ["parse-worker", "ts"].join("."))).href;
    worker = new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, { eval: true, resourceLimits: PARSE_WORKER_LIMITS });
  }
  // an idle worker that fails or stops is dropped (a parse in progress has listeners of its own)
  worker.on("error", () => {});
  worker.once("exit", () => {
    if (idleWorker === worker) idleWorker = null;
  });
  return worker;
}

/**
 * How long a kept worker waits for the next import: a lead previewing, editing and previewing again
 * gets the warm worker; an idle one is then stopped, returning the heap a large document grew
 * (about 200 MB after a 1 MB runbook).
 */
const IDLE_MS = 5 * 60_000;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

/** Keeps `worker` for the next parse, or terminates it when one is already kept. */
function release(worker: Worker): void {
  if (idleWorker !== null) {
    void worker.terminate();
    return;
  }
  idleWorker = worker;
  worker.unref();
  idleTimer = setTimeout(() => {
    if (idleWorker !== worker) return;
    idleWorker = null;
    void worker.terminate();
  }, IDLE_MS);
  idleTimer.unref();
}

/** The kept worker, taken for a parse, or a new one. */
function takeWorker(): Worker {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const worker = idleWorker ?? startWorker();
  idleWorker = null;
  return worker;
}

/** The parser's outcome as the caller sees it: the runbook, or a ValidationError with its sentence. */
function inlineParse(markdown: string): TParsedRunbook {
  try {
    return parseRunbookMarkdown(markdown);
  } catch (error) {
    if (error instanceof RunbookParseError) throw new ValidationError(error.message);
    throw error;
  }
}

/**
 * Parses `markdown` in a worker thread. Resolves the parsed runbook; rejects with ValidationError
 * when the document is not a runbook (the parser's message) or takes longer than `budgetMs`.
 */
export function parseMarkdownOffThread(markdown: string, options: { budgetMs?: number } = {}): Promise<TParsedRunbook> {
  const budgetMs = options.budgetMs ?? PARSE_BUDGET_MS;
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = takeWorker();
    } catch (error) {
      reject(error);
      return;
    }
    worker.ref();
    let isSettled = false;
    let hasAnswered = false;
    const settle = (fn: () => void, keep = false) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      fn();
      if (keep) release(worker);
      else void worker.terminate();
    };
    const timer = setTimeout(() => {
      settle(() =>
        reject(
          new ValidationError(
            `The document took longer than ${budgetMs < 1000 ? `${budgetMs} ms` : `${Math.round(budgetMs / 1000)} s`} to read, so it was not imported: split it into smaller runbooks.`,
          ),
        ),
      );
    }, budgetMs);
    const onMessage = (outcome: TParseOutcome) => {
      hasAnswered = true;
      settle(() => {
        if (outcome.ok) resolve(outcome.parsed);
        else if (outcome.message !== null) reject(new ValidationError(outcome.message));
        else reject(new Error("The Markdown parser failed on this document."));
      }, true);
    };
    const onError = (error: Error) => {
      // a worker that could not even start (a deployment without its chunk): parse here rather than refuse every import
      if (!hasAnswered) {
        if (!hasWarnedInline) console.error("phaseline: the parser's worker thread could not start; parsing on the main thread", error);
        hasWarnedInline = true;
        settle(() => {
          try {
            resolve(inlineParse(markdown));
          } catch (inlineError) {
            reject(inlineError);
          }
        });
        return;
      }
      settle(() => reject(error));
    };
    const onExit = (code: number) => settle(() => reject(new Error(`The parser's worker stopped (exit code ${code}) before answering.`)));
    worker.once("message", onMessage);
    worker.once("error", onError);
    worker.once("exit", onExit);
    worker.postMessage({ markdown });
  });
}
