import { describe, expect, it } from "vitest";
import { testPrisma } from "@/lib/testing/db";
import { appendAuditEvent, SYSTEM_ACTOR } from "@/lib/audit/append";
import { currentTime, injectedTime, ManualClock, withClock } from "./clock";

describe("the injectable clock (lib/clock.ts)", () => {
  it("stamps what runs under withClock at the injected time, and nothing outside it", async () => {
    const prisma = testPrisma();
    const clock = new ManualClock(new Date("2026-05-12T18:02:00Z"));
    const append = () => prisma.$transaction((tx) => appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, { type: "system.seeded", payload: { users: 0, runbooks: 0, deployments: 0 } }));

    const inside = await withClock(clock, async () => {
      const first = await append();
      clock.advance(90);
      // the clock moves only when its owner moves it
      return { first, second: await append(), time: currentTime() };
    });
    const outside = await append();
    const rows = await prisma.auditEvent.findMany({ where: { seq: { in: [inside.first.seq, inside.second.seq, outside.seq] } }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => r.createdAt.toISOString()).slice(0, 2)).toEqual(["2026-05-12T18:02:00.000Z", "2026-05-12T18:03:30.000Z"]);
    expect(inside.time.toISOString()).toBe("2026-05-12T18:03:30.000Z");
    expect(Math.abs(rows[2]!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(injectedTime()).toBeNull();
  });
});
