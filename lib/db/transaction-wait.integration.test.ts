// A burst of people must queue, not fail (issue 17): with Prisma's default maxWait of 2 s, a
// transaction that waits longer for a pooled connection failed with P2028 — 50 sign-ins at once
// did (scripts/bench-load.ts). Every client of the app waits up to TRANSACTION_OPTIONS.maxWait.
import { describe, expect, it } from "vitest";
import { createPrisma, TRANSACTION_OPTIONS } from "./client";

describe("interactive transactions under a burst", () => {
  it("a transaction waiting 3 s for the only connection gets it and commits", async () => {
    expect(TRANSACTION_OPTIONS.maxWait).toBeGreaterThanOrEqual(10_000);
    const prisma = createPrisma(process.env.DATABASE_URL as string, { max: 1 });
    try {
      const first = prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        await new Promise((r) => setTimeout(r, 3_000));
        return "first";
      });
      await new Promise((r) => setTimeout(r, 100));
      const second = prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        return "second";
      });
      expect(await Promise.all([first, second])).toEqual(["first", "second"]);
    } finally {
      await prisma.$disconnect();
    }
  });
});
