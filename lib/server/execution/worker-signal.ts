// Wakes this process's step workers at once when a run is queued here, instead of at their next
// poll. Runs queued by another instance are found by that poll (lib/server/execution/worker.ts).
import "server-only";
import { EventEmitter } from "node:events";

const globalForSignal = globalThis as unknown as { phaselineStepSignal?: EventEmitter };
const signal = (globalForSignal.phaselineStepSignal ??= new EventEmitter().setMaxListeners(64));

export function wakeStepWorkers(): void {
  signal.emit("wake");
}

/** Resolves on the next wake-up or after `ms`, whichever comes first. */
export function waitForWake(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.off("wake", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.on("wake", done);
  });
}
