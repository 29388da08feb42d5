// Issue 13: verified checkpoints, signed checkpoints anchored outside the database, and what a
// superuser with direct database access can try — each caught, naming the first broken link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { appendAuditEvent, computeAuditHash, GENESIS_HASH, SYSTEM_ACTOR } from "@/lib/audit/append";
import { readSignedCheckpoint, signCheckpoint, signingKeyFromSeed, writeAnchorFile } from "@/lib/audit/anchor";
import { verifyAgainstCheckpoint, verifyAuditChain } from "@/lib/audit/verify";
import { createPrisma, type TPrisma } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { resetEnvCache } from "@/lib/env";
import { isRealServer, testPrisma } from "@/lib/testing/db";
import { withFreshDatabase } from "@/lib/testing/fresh-db";
import { verifyAuditTrail } from "./verify-audit-trail";
import { anchorAuditCheckpoint } from "./anchor-audit-checkpoint";

const SEED = Buffer.alloc(32, 9).toString("base64");
const key = signingKeyFromSeed(SEED);
const anchorDir = mkdtempSync(join(tmpdir(), "phaseline-anchor-"));

beforeAll(() => {
  process.env.PHASELINE_AUDIT_SIGNING_KEY = SEED;
  process.env.PHASELINE_AUDIT_ANCHOR_DIR = anchorDir;
  resetEnvCache();
});
afterAll(() => {
  delete process.env.PHASELINE_AUDIT_ANCHOR_DIR;
  resetEnvCache();
});

const append = (prisma: TPrisma, permission: string) =>
  prisma.$transaction((tx) => appendAuditEvent(tx, { actor: SYSTEM_ACTOR }, { type: "access.denied", payload: { permission } }));

describe("verified checkpoints", () => {
  it("stores the verified head, and the next verification recomputes only what came after it", async () => {
    const prisma = testPrisma();
    await append(prisma, "before-checkpoint");
    const full = await verifyAuditTrail({ prisma, scope: "full", actor: SYSTEM_ACTOR, trigger: "cli" });
    expect(full.result).toMatchObject({ isIntact: true, fromSeq: 1n });
    expect(full.checkpoint).not.toBeNull();
    // the full verification is itself audited, so it is one of the events after the checkpoint
    const verified = await prisma.auditEvent.findFirst({ where: { type: "audit.verified" }, orderBy: { seq: "desc" } });
    expect(verified?.payload).toMatchObject({ scope: "full", trigger: "cli", outcome: "intact" });

    await append(prisma, "after-1");
    await append(prisma, "after-2");
    const page = await verifyAuditTrail({ prisma, scope: "since_checkpoint", actor: SYSTEM_ACTOR, trigger: "page" });
    expect(page.scope).toBe("since_checkpoint");
    expect(page.result).toMatchObject({ isIntact: true, checked: 3, fromSeq: full.checkpoint!.seq + 1n });
    expect(page.checkpoint?.seq).toBe(full.checkpoint!.seq + 3n);
  });

  it("refuses to resume from a checkpoint whose event no longer holds its hash", async () => {
    const prisma = testPrisma();
    await append(prisma, "x");
    const head = await prisma.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });
    const result = await verifyAuditChain(prisma, { start: { seq: head.seq, hash: "f".repeat(64) } });
    expect(result).toMatchObject({ isIntact: false, brokenAtSeq: head.seq, expectedHash: "f".repeat(64), foundHash: head.hash });
  });
});

describe("signed checkpoints", () => {
  it("signs the verified head, writes a new file each time, and proves the chain holds it", async () => {
    const prisma = testPrisma();
    await append(prisma, "to-anchor");
    const first = await anchorAuditCheckpoint({ prisma, actor: SYSTEM_ACTOR, trigger: "cli" });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.file).toMatch(/audit-checkpoint-\d{12}-.*\.json$/);
    const read = readSignedCheckpoint(readFileSync(first.file!, "utf8"), key);
    expect(read).toMatchObject({ ok: true, checkpoint: { seq: first.checkpoint.seq, hash: first.checkpoint.hash } });
    const second = await anchorAuditCheckpoint({ prisma, actor: SYSTEM_ACTOR, trigger: "cli" });
    expect(second.ok && second.file).not.toBe(first.file);
    expect(readdirSync(anchorDir).length).toBeGreaterThanOrEqual(2);
    // a file is never rewritten
    expect(() => writeAnchorFile(anchorDir, first.checkpoint)).toThrow();
    expect(await verifyAgainstCheckpoint(prisma, { seq: BigInt(first.checkpoint.seq), hash: first.checkpoint.hash })).toMatchObject({ isIntact: true });
    const row = await prisma.auditCheckpoint.findFirst({ where: { signature: first.checkpoint.signature } });
    expect(row?.keyId).toBe(key.keyId);
  });

  it("refuses a checkpoint file that was edited, or signed by another key", () => {
    const signed = signCheckpoint({ seq: 5n, hash: "a".repeat(64) }, key);
    const forged = JSON.stringify({ ...signed, hash: "b".repeat(64) });
    expect(readSignedCheckpoint(forged, key)).toMatchObject({ ok: false, reason: expect.stringMatching(/signature/) });
    const other = signCheckpoint({ seq: 5n, hash: "a".repeat(64) }, signingKeyFromSeed(Buffer.alloc(32, 1).toString("base64")));
    expect(readSignedCheckpoint(JSON.stringify(other), key)).toMatchObject({ ok: false, reason: expect.stringMatching(/signed by key/) });
    const path = join(anchorDir, "garbage.json");
    writeFileSync(path, "not json");
    expect(readSignedCheckpoint(readFileSync(path, "utf8"), key).ok).toBe(false);
  });
});

// What someone with superuser access to the database can do behind the trigger's back. Each case
// gets a database of its own: the tampering cannot be undone.
describe.runIf(isRealServer())("tampering by a superuser", () => {
  /**
   * The chain verified by every reader — Prisma pages, one COPY stream, and COPY ranges walked by
   * worker threads, cut small so range boundaries fall beside the tampering — which must agree
   * exactly, the first broken link included.
   */
  async function verifyEveryWay(prisma: TPrisma, url: string) {
    const pages = await verifyAuditChain(prisma);
    expect(await verifyAuditChain(prisma, { url, threads: 1 })).toEqual(pages);
    for (const threads of [3]) expect(await verifyAuditChain(prisma, { url, threads, parallelMinEvents: 1 }), `${threads} ranges`).toEqual(pages);
    return pages;
  }

  async function withChain(fn: (ctx: { prisma: TPrisma; url: string; sql: (text: string) => Promise<pg.QueryResult>; anchor: { seq: bigint; hash: string } }) => Promise<void>) {
    await withFreshDatabase(async (url) => {
      await migrate(url);
      const prisma = createPrisma(url, { max: 2 });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (let i = 1; i <= 8; i++) await append(prisma, `p${i}`);
        // the anchor: the head at event #6, signed and kept outside the database
        const six = await prisma.auditEvent.findUniqueOrThrow({ where: { seq: 6n } });
        const file = readSignedCheckpoint(JSON.stringify(signCheckpoint({ seq: six.seq, hash: six.hash }, key)), key);
        if (!file.ok) throw new Error(file.reason);
        expect(await verifyEveryWay(prisma, url)).toMatchObject({ isIntact: true, checked: 8 });
        const sql = (text: string) =>
          client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER; ${text}; ALTER TABLE "AuditEvent" ENABLE TRIGGER USER;`) as unknown as Promise<pg.QueryResult>;
        await fn({ prisma, url, sql, anchor: { seq: BigInt(file.checkpoint.seq), hash: file.checkpoint.hash } });
      } finally {
        await client.end();
        await prisma.$disconnect();
      }
    });
  }

  /** Recomputes every hash from the genesis, as an attacker covering an edit would, head row included. */
  async function recomputeChain(prisma: TPrisma, sql: (text: string) => Promise<unknown>) {
    const rows = await prisma.auditEvent.findMany({ orderBy: { seq: "asc" } });
    let prev = GENESIS_HASH;
    const updates: string[] = [];
    for (const r of rows) {
      const hash = computeAuditHash(prev, r);
      updates.push(`UPDATE "AuditEvent" SET "prevHash" = '${prev}', "hash" = '${hash}' WHERE seq = ${r.seq}`);
      prev = hash;
    }
    await sql(`${updates.join("; ")}; UPDATE "AuditChainHead" SET "seq" = ${rows.at(-1)!.seq}, "hash" = '${prev}' WHERE id = 1`);
  }

  it("an edited payload: the chain breaks at the edited event", async () => {
    await withChain(async ({ prisma, url, sql }) => {
      await sql(`UPDATE "AuditEvent" SET "payload" = '{"permission":"forged"}' WHERE seq = 3`);
      expect(await verifyEveryWay(prisma, url)).toMatchObject({ isIntact: false, brokenAtSeq: 3n, reason: expect.stringMatching(/content/) });
    });
  });

  it("a deleted middle event: the chain breaks at the one after it, saying one is missing", async () => {
    await withChain(async ({ prisma, url, sql }) => {
      await sql(`DELETE FROM "AuditEvent" WHERE seq = 4`);
      const result = await verifyEveryWay(prisma, url);
      expect(result).toMatchObject({ isIntact: false, brokenAtSeq: 5n, reason: expect.stringMatching(/no event between #3 and #5/) });
    });
  });

  it("two events swapped: the chain breaks at the first of them", async () => {
    await withChain(async ({ prisma, url, sql }) => {
      await sql(`UPDATE "AuditEvent" SET seq = -1 WHERE seq = 4; UPDATE "AuditEvent" SET seq = 4 WHERE seq = 5; UPDATE "AuditEvent" SET seq = 5 WHERE seq = -1`);
      expect(await verifyEveryWay(prisma, url)).toMatchObject({ isIntact: false, brokenAtSeq: 4n });
    });
  });

  it("the newest events deleted: caught by the recorded head, and by the anchor when the head was moved too", async () => {
    await withChain(async ({ prisma, url, sql, anchor }) => {
      await sql(`DELETE FROM "AuditEvent" WHERE seq >= 6`);
      expect(await verifyEveryWay(prisma, url)).toMatchObject({ isIntact: false, brokenAtSeq: 6n, reason: expect.stringMatching(/ends at #5 .* recorded #8/) });
      const five = await prisma.auditEvent.findUniqueOrThrow({ where: { seq: 5n } });
      await sql(`UPDATE "AuditChainHead" SET seq = 5, hash = '${five.hash}' WHERE id = 1`);
      expect(await verifyEveryWay(prisma, url)).toMatchObject({ isIntact: true });
      expect(await verifyAgainstCheckpoint(prisma, anchor)).toMatchObject({
        isIntact: false,
        brokenAtSeq: 6n,
        foundHash: null,
        reason: expect.stringMatching(/no longer contains event #6/),
      });
    });
  });

  it("an edit covered by recomputing every hash: the chain looks intact, the anchored checkpoint does not match", async () => {
    await withChain(async ({ prisma, url, sql, anchor }) => {
      await sql(`UPDATE "AuditEvent" SET "payload" = '{"permission":"forged"}' WHERE seq = 2`);
      await recomputeChain(prisma, sql);
      expect(await verifyEveryWay(prisma, url)).toMatchObject({ isIntact: true, checked: 8 });
      const result = await verifyAgainstCheckpoint(prisma, anchor);
      expect(await verifyAgainstCheckpoint(prisma, anchor, { url, threads: 3, parallelMinEvents: 1 })).toEqual(result);
      expect(result).toMatchObject({ isIntact: false, brokenAtSeq: 6n, expectedHash: anchor.hash, reason: expect.stringMatching(/rewritten/) });
    });
  });
});
