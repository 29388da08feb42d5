/**
 * The Node arguments of the Next.js server `npm start` spawns: `next start` (or `next dev`) on the
 * port, and for the production server a V8 old-space budget of `heapMb` megabytes
 * (PHASELINE_SERVER_HEAP_MB, lib/env.ts) — unset, V8 sizes the heap from the machine's memory and lets
 * it grow under load before collecting (issue 17: Next.js at 660 MB of RSS after the 50-connection
 * load run, 357 MB with a 256 MB budget at the same load; on a quiet machine 422 MB with 256 and
 * 386 MB with 192, the default; BENCHMARKS.md). Worker threads inherit the budget. The dev
 * server (Turbopack's compiler in the same process) keeps V8's default.
 */
export function nextServerArgs(nextBin: string, options: { isDev: boolean; port: number; heapMb: number }): string[] {
  const heap = options.isDev ? [] : [`--max-old-space-size=${options.heapMb}`];
  return [...heap, nextBin, options.isDev ? "dev" : "start", "-p", String(options.port)];
}
