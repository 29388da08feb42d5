import { describe, expect, it } from "vitest";
import { appendAuditEvent, SYSTEM_ACTOR } from "./append";
import { verifyAuditChain } from "./verify";
import { isRealServer, testPrisma } from "@/lib/testing/db";
import { createPrisma } from "@/lib/db/client";

describe("audit trail", () => {
  it("chains appended events and verifies them", async () => {
    const prisma = testPrisma();
    await prisma.$transaction((tx) => appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, { type: "access.denied", payload: { permission: "admin.users" } }));
    const result = await verifyAuditChain(prisma);
    expect(result.isIntact).toBe(true);
    expect(result.checked).toBeGreaterThan(0);
  });

  it("loses the event when the change rolls back", async () => {
    const prisma = testPrisma();
    const before = await prisma.auditEvent.count();
    await expect(
      prisma.$transaction(async (tx) => {
        await appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, { type: "access.denied", payload: { permission: "x" } });
        throw new Error("change failed");
      }),
    ).rejects.toThrow("change failed");
    expect(await prisma.auditEvent.count()).toBe(before);
  });

  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    const prisma = testPrisma();
    await prisma.$transaction((tx) => appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, { type: "access.denied", payload: { permission: "y" } }));
    await expect(prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "type" = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(prisma)).isIntact).toBe(true);
  });

  it("names the first broken link when a row was altered behind the trigger's back", async () => {
    const prisma = testPrisma();
    for (const permission of ["a", "b", "c"]) {
      await prisma.$transaction((tx) => appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, { type: "access.denied", payload: { permission } }));
    }
    const victim = await prisma.auditEvent.findFirst({ orderBy: { seq: "desc" }, skip: 1 });
    // a superuser can disable triggers; verification must still catch the edit
    await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_delete"`);
      await tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET "payload" = '{"permission":"forged"}' WHERE seq = ${victim!.seq}`);
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update_delete"`);
    });
    const result = await verifyAuditChain(prisma);
    expect(result).toMatchObject({ isIntact: false, brokenAtSeq: victim!.seq });
    // repair for the tests after this one: put the original payload back
    await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_delete"`);
      await tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET "payload" = '{"permission":"b"}' WHERE seq = ${victim!.seq}`);
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update_delete"`);
    });
    expect((await verifyAuditChain(prisma)).isIntact).toBe(true);
  });

  it.runIf(isRealServer())("keeps one unbroken chain under 50 concurrent writers", async () => {
    // separate pools so the transactions truly run at once on the server
    const clients = Array.from({ length: 5 }, () => createPrisma(process.env.DATABASE_URL!, { max: 10 }));
    const before = await testPrisma().auditEvent.count();
    try {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          clients[i % clients.length]!.$transaction(
            async (tx) => {
              await tx.$executeRaw`SELECT pg_sleep(0.01)`;
              await appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, { type: "access.denied", payload: { permission: `p${i}` } });
            },
            { timeout: 60_000, maxWait: 60_000 },
          ),
        ),
      );
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
    expect(await testPrisma().auditEvent.count()).toBe(before + 50);
    const result = await verifyAuditChain(testPrisma());
    expect(result.isIntact).toBe(true);
    const hashes = await testPrisma().auditEvent.groupBy({ by: ["prevHash"], _count: true, having: { prevHash: { _count: { gt: 1 } } } });
    expect(hashes).toEqual([]);
  });
});
