import { beforeAll, describe, expect, it } from "vitest";
import { isRealServer, testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { decryptSecret } from "@/lib/crypto";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { TActor } from "@/lib/audit/append";
import { createEnvironment } from "./create-environment";
import { updateEnvironment, STALE_ENVIRONMENT_MESSAGE } from "./update-environment";
import { findEnvironments } from "@/lib/server/readers/find-environments";
import { getEnvironment } from "@/lib/server/readers/get-environment";

const prisma = testPrisma();

async function makeAdmin(): Promise<TActor> {
  const suffix = uniqueSuffix();
  const user = await prisma.user.create({ data: { email: `env-admin-${suffix}@example.test`, name: "Env Admin", roles: ["ADMIN"] }, select: { id: true, email: true } });
  return { id: user.id, label: user.email };
}

const secretUrl = (password: string, db = "app") => `postgres://deployer:${password}@db.internal:5432/${db}?sslmode=require`;

async function auditTextFor(environmentId: string): Promise<string> {
  const rows = await prisma.auditEvent.findMany({ where: { targetType: "environment", targetId: environmentId } });
  return JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
}

async function allAuditText(): Promise<string> {
  const rows = await prisma.auditEvent.findMany({ select: { type: true, actorLabel: true, targetId: true, payload: true } });
  return JSON.stringify(rows);
}

describe("environments", () => {
  let admin: TActor;
  beforeAll(async () => {
    admin = await makeAdmin();
  });

  it("creates an environment with an encrypted, masked target and audits it without the secret", async () => {
    const password = `pw-${uniqueSuffix()}`;
    const name = `staging-${uniqueSuffix()}`;
    const { environmentId, version } = await createEnvironment({
      actor: admin,
      input: { name, description: "  Staging  ", isProduction: false, targetUrl: secretUrl(password), httpAllowList: "Status.Example.com\n\n127.0.0.1\nstatus.example.com." },
    });
    expect(version).toBe(1);
    const row = await prisma.environment.findUniqueOrThrow({ where: { id: environmentId } });
    expect(row).toMatchObject({ name, description: "Staging", isProduction: false, httpAllowList: ["status.example.com", "127.0.0.1"], updatedById: admin.id });
    expect(row.targetUrlCiphertext).not.toContain(password);
    expect(decryptSecret(row.targetUrlCiphertext!)).toBe(secretUrl(password));
    expect(row.targetUrlMasked).toBe("postgres://deployer:****@db.internal:5432/app");

    const events = await prisma.auditEvent.findMany({ where: { targetType: "environment", targetId: environmentId } });
    expect(events.map((e) => e.type)).toEqual(["environment.created"]);
    expect(events[0]).toMatchObject({ actorId: admin.id, actorLabel: admin.label, payload: { name, isProduction: false } });
    const audit = await auditTextFor(environmentId);
    expect(audit).not.toContain(password);
    expect(audit).not.toContain(row.targetUrlCiphertext!);
  });

  it("refuses a taken name, a bad URL and bad hosts, and changes nothing", async () => {
    const name = `dup-${uniqueSuffix()}`;
    await createEnvironment({ actor: admin, input: { name } });
    const count = await prisma.environment.count();
    await expect(createEnvironment({ actor: admin, input: { name } })).rejects.toMatchObject({
      fieldErrors: { name: [expect.stringMatching(/already exists/)] },
    });
    const badUrl = createEnvironment({ actor: admin, input: { name: `x-${uniqueSuffix()}`, targetUrl: "mysql://root:hunter2@db/app" } });
    await expect(badUrl).rejects.toBeInstanceOf(ValidationError);
    await badUrl.catch((e: ValidationError) => expect(JSON.stringify(e.fieldErrors)).not.toContain("hunter2"));
    await expect(createEnvironment({ actor: admin, input: { name: `y-${uniqueSuffix()}`, httpAllowList: "https://example.com/health\nok.example.com" } })).rejects.toMatchObject({
      fieldErrors: { httpAllowList: [expect.stringMatching(/Not a host name: https:\/\/example.com\/health/)] },
    });
    expect(await prisma.environment.count()).toBe(count);
  });

  it("refuses a target that is Phaseline's own database (same system identifier and database name), at create and at update", async () => {
    const count = await prisma.environment.count();
    const ownUrl = process.env.DATABASE_URL!;
    await expect(createEnvironment({ actor: admin, input: { name: `own-${uniqueSuffix()}`, targetUrl: ownUrl } })).rejects.toMatchObject({
      fieldErrors: { targetUrl: [expect.stringMatching(/^This target is Phaseline's own database/)] },
    });
    expect(await prisma.environment.count()).toBe(count);
    // the demo target beside it (same server on a real one, another database) is fine
    const name = `demo-${uniqueSuffix()}`;
    const created = await createEnvironment({ actor: admin, input: { name, targetUrl: process.env.PHASELINE_DEMO_TARGET_URL! } });
    await expect(updateEnvironment({ actor: admin, input: { environmentId: created.environmentId, name, version: created.version, targetUrl: ownUrl } })).rejects.toMatchObject({
      fieldErrors: { targetUrl: [expect.stringMatching(/^This target is Phaseline's own database/)] },
    });
  });

  it.skipIf(!isRealServer())("refuses the app's own database under another spelling of its host (localhost for 127.0.0.1): the same system identifier and database", async () => {
    const own = new URL(process.env.DATABASE_URL!);
    const respelled = new URL(own);
    respelled.hostname = own.hostname === "localhost" ? "127.0.0.1" : "localhost";
    const count = await prisma.environment.count();
    await expect(createEnvironment({ actor: admin, input: { name: `own2-${uniqueSuffix()}`, targetUrl: respelled.toString() } })).rejects.toMatchObject({
      fieldErrors: { targetUrl: [expect.stringMatching(/^This target is Phaseline's own database/)] },
    });
    expect(await prisma.environment.count()).toBe(count);
    // the same server under that spelling, another database: allowed
    const demo = new URL(process.env.PHASELINE_DEMO_TARGET_URL!);
    demo.hostname = respelled.hostname;
    await expect(createEnvironment({ actor: admin, input: { name: `demo2-${uniqueSuffix()}`, targetUrl: demo.toString() } })).resolves.toMatchObject({ version: 1 });
  });

  it("updates with optimistic concurrency; a stale version changes nothing", async () => {
    const password = `pw-${uniqueSuffix()}`;
    const name = `prod-${uniqueSuffix()}`;
    const { environmentId } = await createEnvironment({ actor: admin, input: { name, targetUrl: secretUrl(password), httpAllowList: ["a.example.com"] } });
    const before = await prisma.environment.findUniqueOrThrow({ where: { id: environmentId } });

    const result = await updateEnvironment({
      actor: admin,
      input: { environmentId, version: 1, name: `${name}-eu`, description: "EU", isProduction: true, targetUrl: "", httpAllowList: "b.example.com" },
    });
    expect(result.version).toBe(2);
    expect(result.changes).toEqual([`name ("${name}" → "${name}-eu")`, "description changed", "production (no → yes)", "HTTP allow-list (+b.example.com, -a.example.com)"]);

    const after = await prisma.environment.findUniqueOrThrow({ where: { id: environmentId } });
    // empty URL: the stored ciphertext is kept byte for byte
    expect(after.targetUrlCiphertext).toBe(before.targetUrlCiphertext);
    expect(after.targetUrlMasked).toBe(before.targetUrlMasked);
    expect(after).toMatchObject({ version: 2, isProduction: true, httpAllowList: ["b.example.com"] });

    // a second editor still holding version 1
    const stale = updateEnvironment({ actor: admin, input: { environmentId, version: 1, name: "overwritten", targetUrl: secretUrl("other") } });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(STALE_ENVIRONMENT_MESSAGE);
    expect(await prisma.environment.findUniqueOrThrow({ where: { id: environmentId } })).toEqual(after);
    expect((await prisma.auditEvent.findMany({ where: { targetId: environmentId }, orderBy: { seq: "asc" } })).map((e) => e.type)).toEqual([
      "environment.created",
      "environment.updated",
    ]);
  });

  it("two saves of the same version race: exactly one wins", async () => {
    const { environmentId } = await createEnvironment({ actor: admin, input: { name: `race-${uniqueSuffix()}` } });
    const results = await Promise.allSettled([
      updateEnvironment({ actor: admin, input: { environmentId, version: 1, name: `race-a-${uniqueSuffix()}` } }),
      updateEnvironment({ actor: admin, input: { environmentId, version: 1, name: `race-b-${uniqueSuffix()}` } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect(await prisma.auditEvent.count({ where: { targetId: environmentId, type: "environment.updated" } })).toBe(1);
  });

  it("a new target URL is encrypted and masked; the audit says only that it changed", async () => {
    const oldPassword = `old-${uniqueSuffix()}`;
    const newPassword = `new-${uniqueSuffix()}`;
    const name = `target-${uniqueSuffix()}`;
    const { environmentId } = await createEnvironment({ actor: admin, input: { name, targetUrl: secretUrl(oldPassword) } });

    const same = await updateEnvironment({ actor: admin, input: { environmentId, version: 1, name, targetUrl: secretUrl(oldPassword) } });
    expect(same).toMatchObject({ version: 1, changes: [] });

    const result = await updateEnvironment({ actor: admin, input: { environmentId, version: 1, name, targetUrl: secretUrl(newPassword, "app2") } });
    expect(result.changes).toEqual(["target database URL changed"]);
    const row = await prisma.environment.findUniqueOrThrow({ where: { id: environmentId } });
    expect(decryptSecret(row.targetUrlCiphertext!)).toBe(secretUrl(newPassword, "app2"));
    expect(row.targetUrlMasked).toBe("postgres://deployer:****@db.internal:5432/app2");

    const audit = await allAuditText();
    for (const secret of [oldPassword, newPassword]) {
      expect(audit).not.toContain(secret);
      expect(audit).not.toContain(secretUrl(secret));
    }
    expect(audit).not.toContain(row.targetUrlCiphertext!);

    // readers: the masked form only, never the ciphertext or the password
    const list = await findEnvironments();
    const detail = await getEnvironment(environmentId);
    const readText = JSON.stringify([list, detail]);
    expect(readText).not.toContain("targetUrlCiphertext");
    expect(readText).not.toContain(row.targetUrlCiphertext!);
    expect(readText).not.toContain(newPassword);
    expect(readText).not.toContain(oldPassword);
    expect(detail).toMatchObject({ id: environmentId, name, targetUrlMasked: row.targetUrlMasked, version: 2, updatedBy: { id: admin.id } });
  });

  it("a malformed or unknown id is not found", async () => {
    await expect(getEnvironment("not-an-id")).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateEnvironment({ actor: admin, input: { environmentId: "00000000-0000-7000-8000-000000000000", version: 1, name: "ghost" } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
