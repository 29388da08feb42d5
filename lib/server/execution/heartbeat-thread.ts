// Heartbeats from a thread of their own (issue 10, rule 6). A run is declared INTERRUPTED only
// when its worker stops beating; if the beats came from the request event loop, 25 s of CPU work
// in the same process (a large import, a big report) would silence them while the run is alive
// and about to commit — and another instance would declare it interrupted. A worker thread with
// its own connection beats whatever the main loop is doing, and dies with the process, which is
// exactly when the run must be declared interrupted.
import "server-only";
import { Worker } from "node:worker_threads";

// Plain CommonJS evaluated in the thread: it must not depend on the app's bundler. `pg` is
// resolved from the project's node_modules (workerData.base).
const THREAD_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createRequire } = require("node:module");
const pg = createRequire(workerData.base)("pg");
const ids = new Set();
let client = null;
let isBusy = false;
async function beat() {
  if (isBusy || ids.size === 0) return;
  isBusy = true;
  try {
    if (!client) {
      const c = new pg.Client({ connectionString: workerData.url, application_name: "phaseline:heartbeat" });
      c.on("error", () => { if (client === c) client = null; });
      await c.connect();
      client = c;
    }
    await client.query(
      'UPDATE "StepRun" SET "heartbeatAt" = (now() AT TIME ZONE \\'UTC\\') WHERE id = ANY($1::text[]) AND status = \\'RUNNING\\' AND "workerId" = $2',
      [[...ids], workerData.workerId],
    );
  } catch (error) {
    const c = client;
    client = null;
    if (c) c.end().catch(() => {});
    parentPort.postMessage({ type: "error", code: String((error && (error.code || error.name)) || "error") });
  } finally {
    isBusy = false;
  }
}
const timer = setInterval(() => void beat(), workerData.intervalMs);
parentPort.on("message", (m) => {
  if (m.type === "track") { ids.add(m.id); void beat(); }
  else if (m.type === "untrack") ids.delete(m.id);
  else if (m.type === "stop") {
    clearInterval(timer);
    const c = client;
    client = null;
    (c ? c.end() : Promise.resolve()).catch(() => {}).finally(() => parentPort.close());
  }
});
`;

export type THeartbeatThread = {
  /** start beating for a run this worker claimed */
  track: (stepRunId: string) => void;
  untrack: (stepRunId: string) => void;
  stop: () => Promise<void>;
};

/**
 * Starts the thread. `databaseUrl`: the app's database; `intervalMs`: time between beats (ms).
 * Beats write the database's own clock (UTC), which the sweep compares with the same clock.
 */
export function startHeartbeatThread(options: { databaseUrl: string; workerId: string; intervalMs: number }): THeartbeatThread {
  const worker = new Worker(THREAD_SOURCE, {
    eval: true,
    workerData: { url: options.databaseUrl, workerId: options.workerId, intervalMs: options.intervalMs, base: `${process.cwd()}/` },
  });
  // the thread must never keep a finished process (a CLI, a test) alive
  worker.unref();
  let lastLogged = 0;
  worker.on("message", (m: { type: string; code?: string }) => {
    if (m.type === "error" && Date.now() - lastLogged > 30_000) {
      lastLogged = Date.now();
      console.error(`step worker ${options.workerId}: heartbeat failed (${m.code}); retrying every ${options.intervalMs} ms`);
    }
  });
  worker.on("error", (error: Error) => console.error(`step worker ${options.workerId}: heartbeat thread stopped`, error.name));
  return {
    track: (id) => worker.postMessage({ type: "track", id }),
    untrack: (id) => worker.postMessage({ type: "untrack", id }),
    stop: async () => {
      worker.postMessage({ type: "stop" });
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => void worker.terminate().finally(resolve), 2_000);
        worker.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}
