// The time a change happens at: the seam that lets the demo's past deployments be written by the
// real use-cases (issue 15 item 5). Every use-case that stamps a row or an audit event asks
// `currentTime()`; by default that is this process's clock (and the deployment snapshot's `now`
// is the database's). `withClock` runs a piece of work with an injected clock instead — only the
// demo seed does, to replay a history at the times it happened. The clock travels with the async
// call chain (AsyncLocalStorage), so no use-case signature changes and nothing outside that call
// chain — a request served meanwhile, a worker — ever sees it.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

export type TClock = { now(): Date };

const injected = new AsyncLocalStorage<TClock>();

/** Now, by the injected clock if the caller runs under `withClock`, else this process's clock. */
export function currentTime(): Date {
  const clock = injected.getStore();
  return clock ? new Date(clock.now().getTime()) : new Date();
}

/** The injected clock's time, or null when the real clock rules (then the database's `now()` does). */
export function injectedTime(): Date | null {
  const clock = injected.getStore();
  return clock ? new Date(clock.now().getTime()) : null;
}

export function withClock<T>(clock: TClock, fn: () => Promise<T>): Promise<T> {
  return injected.run(clock, fn);
}

/** A clock a caller moves by hand: set it, advance it. */
export class ManualClock implements TClock {
  private time: number;
  constructor(start: Date) {
    this.time = start.getTime();
  }
  now(): Date {
    return new Date(this.time);
  }
  set(to: Date): void {
    this.time = to.getTime();
  }
  advance(seconds: number): void {
    this.time += Math.round(seconds * 1000);
  }
}
