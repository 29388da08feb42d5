import { beforeAll, describe, expect, it } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { decryptSecret, encryptSecret, getSecretKey } from "@/lib/crypto";
import { createEnvironment } from "@/lib/server/environments/create-environment";
import { addEnvironmentDatabase } from "@/lib/server/environments/add-environment-database";
import { rotateSecretKey, SecretRotationRefusedError } from "./rotate-secret-key";

const prisma = testPrisma();

const snapshot = async () => prisma.environment.findMany({ orderBy: { id: "asc" }, select: { id: true, targetUrlCiphertext: true, targetUrlMasked: true, version: true } });

describe("rotateSecretKey", () => {
  const urls = new Map<string, string>();
  let member: { databaseId: string; url: string };

  beforeAll(async () => {
    const user = await prisma.user.create({ data: { email: `rotate-${uniqueSuffix()}@example.test`, name: "Rotate Admin", roles: ["ADMIN"] } });
    for (const db of ["one", "two"]) {
      const url = `postgres://deployer:pw-${uniqueSuffix()}@db.internal:5432/${db}`;
      const { environmentId } = await createEnvironment({ actor: { id: user.id, label: user.email }, input: { name: `rotate-${db}-${uniqueSuffix()}`, targetUrl: url } });
      urls.set(environmentId, url);
    }
    // issue 15 item 2: a database of an environment's group is sealed with the same key
    const memberUrl = `postgres://deployer:pw-${uniqueSuffix()}@db-eu.internal:5432/shard`;
    const added = await addEnvironmentDatabase({
      actor: { id: user.id, label: user.email },
      input: { environmentId: [...urls.keys()][0]!, name: "shard_eu", targetUrl: memberUrl },
    });
    member = { databaseId: added.databaseId, url: memberUrl };
  });

  it("re-encrypts every target under the new key, in one audited transaction", async () => {
    // the whole shared test database rotates: every stored target must decrypt with the test key
    const oldKey = getSecretKey();
    const newKey = Buffer.alloc(32, 42);
    const before = await snapshot();
    const withTarget = before.filter((e) => e.targetUrlCiphertext !== null);
    const plaintexts = new Map(withTarget.map((e) => [e.id, decryptSecret(e.targetUrlCiphertext!, oldKey)]));
    const seqBefore = (await prisma.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } }))?.seq ?? 0n;
    const members = await prisma.environmentDatabase.count();
    expect(members).toBeGreaterThan(0);

    try {
      expect(await rotateSecretKey({ prisma, oldKey, newKey })).toEqual({ count: withTarget.length + members });
      const rotatedMember = await prisma.environmentDatabase.findUniqueOrThrow({ where: { id: member.databaseId } });
      expect(decryptSecret(rotatedMember.targetUrlCiphertext, newKey)).toBe(member.url);
      expect(rotatedMember.version).toBe(2);

      const after = await snapshot();
      for (const row of after.filter((e) => e.targetUrlCiphertext !== null)) {
        const old = before.find((e) => e.id === row.id)!;
        expect(row.targetUrlCiphertext).not.toBe(old.targetUrlCiphertext);
        expect(row.targetUrlMasked).toBe(old.targetUrlMasked);
        expect(row.version).toBe(old.version + 1);
        expect(decryptSecret(row.targetUrlCiphertext!, newKey)).toBe(plaintexts.get(row.id));
        expect(() => decryptSecret(row.targetUrlCiphertext!, oldKey)).toThrow(/could not be decrypted/);
      }
      for (const [id, url] of urls) expect(decryptSecret(after.find((e) => e.id === id)!.targetUrlCiphertext!, newKey)).toBe(url);

      const events = await prisma.auditEvent.findMany({ where: { seq: { gt: seqBefore }, type: "secrets.rotated" } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: null, actorLabel: "cli", payload: { count: withTarget.length + members } });
    } finally {
      // put the shared database back under the test key for the files that run after this one
      await rotateSecretKey({ prisma, oldKey: newKey, newKey: oldKey });
    }
    for (const [id, url] of urls) {
      const row = await prisma.environment.findUniqueOrThrow({ where: { id } });
      expect(decryptSecret(row.targetUrlCiphertext!, oldKey)).toBe(url);
    }
  });

  it("refuses with a wrong old key and changes nothing", async () => {
    const before = await snapshot();
    const auditCount = await prisma.auditEvent.count();
    const wrongKey = Buffer.alloc(32, 1);
    const attempt = rotateSecretKey({ prisma, oldKey: wrongKey, newKey: Buffer.alloc(32, 2) });
    await expect(attempt).rejects.toBeInstanceOf(SecretRotationRefusedError);
    await expect(attempt).rejects.toThrow(/Nothing was changed/);
    expect(await snapshot()).toEqual(before);
    expect(await prisma.auditEvent.count()).toBe(auditCount);
  });

  it("refuses when only one target is unreadable: all or none", async () => {
    const id = [...urls.keys()][0]!;
    const original = await prisma.environment.findUniqueOrThrow({ where: { id }, select: { targetUrlCiphertext: true } });
    await prisma.environment.update({ where: { id }, data: { targetUrlCiphertext: encryptSecret("postgres://x@y/z", Buffer.alloc(32, 3)) } });
    try {
      const before = await snapshot();
      await expect(rotateSecretKey({ prisma, oldKey: getSecretKey(), newKey: Buffer.alloc(32, 4) })).rejects.toThrow(/does not decrypt with the current key/);
      expect(await snapshot()).toEqual(before);
    } finally {
      await prisma.environment.update({ where: { id }, data: { targetUrlCiphertext: original.targetUrlCiphertext } });
    }
  });

  it("refuses the same key twice and keys of the wrong length", async () => {
    await expect(rotateSecretKey({ prisma, oldKey: getSecretKey(), newKey: getSecretKey() })).rejects.toThrow(/same as the current one/);
    await expect(rotateSecretKey({ prisma, oldKey: getSecretKey(), newKey: Buffer.alloc(16) })).rejects.toThrow(/32 bytes/);
  });
});
