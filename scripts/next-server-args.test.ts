// The production server runs with a heap budget (issue 17: RSS ≤ 500 MB at 50 connections).
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { nextServerArgs } from "./next-server-args";

describe("the Next.js server's arguments", () => {
  it("give the production server the configured old-space budget, and the dev server V8's default", () => {
    expect(nextServerArgs("next", { isDev: false, port: 3000, heapMb: 192 })).toEqual(["--max-old-space-size=192", "next", "start", "-p", "3000"]);
    expect(nextServerArgs("next", { isDev: true, port: 3001, heapMb: 192 })).toEqual(["next", "dev", "-p", "3001"]);
  });

  it("the budget is what V8 then holds the heap to", () => {
    const [flag] = nextServerArgs("next", { isDev: false, port: 3000, heapMb: 192 });
    const limitMb = Number(
      execFileSync(process.execPath, [flag!, "-e", "process.stdout.write(String(require('v8').getHeapStatistics().heap_size_limit / 1048576))"], { encoding: "utf8" }),
    );
    // old space plus young generation: far below the ~4 GB V8 picks on a 24 GiB machine
    expect(limitMb).toBeGreaterThanOrEqual(192);
    expect(limitMb).toBeLessThan(320);
  });
});
