// The databases of an environment's group (issue 15 item 2), administered through the server
// actions as the admin page calls them: add, edit, remove, test. Each change writes its audit event
// in its transaction; refused input changes nothing; the URL (a secret) is never in a result, an
// event or an error.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { signInForTest } from "@/lib/testing/action-session";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { createTestEnvironment, createTestUser, targetUrl, type TTestUser } from "@/lib/testing/deployment-fixture";
import { decryptSecret } from "@/lib/crypto";
import { addEnvironmentDatabaseAction, removeEnvironmentDatabaseAction, testEnvironmentDatabaseAction, updateEnvironmentDatabaseAction } from "@/lib/actions/environments";
import { STALE_DATABASE_MESSAGE } from "./update-environment-database";

vi.mock("@/lib/auth/session", async (original) => (await import("@/lib/testing/action-session")).mockedSessionModule(original));
vi.mock("next/cache", async () => (await import("@/lib/testing/action-session")).mockedNextCache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-session")).mockedNextHeaders("198.51.100.21"));

const prisma = () => testPrisma();
const secretUrl = (password: string, db = "shard") => `postgres://deployer:${password}@db-eu.internal:5432/${db}?sslmode=require`;

async function eventsFor(environmentId: string) {
  return prisma().auditEvent.findMany({
    where: { targetType: "environment", targetId: environmentId },
    orderBy: { seq: "asc" },
    select: { type: true, actorId: true, actorLabel: true, payload: true },
  });
}

describe("the databases of an environment's group", () => {
  let admin: TTestUser;
  beforeAll(async () => {
    admin = await createTestUser(["ADMIN"], "group admin");
  });

  it("adds, renames, replaces the URL of and removes a database; each audited by name, never by URL", async () => {
    const environment = await createTestEnvironment();
    const password = `pw-${uniqueSuffix()}`;
    signInForTest(admin);
    const added = await addEnvironmentDatabaseAction({ environmentId: environment.id, name: " shard_eu ", targetUrl: secretUrl(password) });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.data).toMatchObject({ environmentId: environment.id, name: "shard_eu", version: 1 });
    const second = await addEnvironmentDatabaseAction({ environmentId: environment.id, name: "shard_us", targetUrl: secretUrl(password, "us") });
    expect(second.ok).toBe(true);

    const rows = await prisma().environmentDatabase.findMany({ where: { environmentId: environment.id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.name, r.position, r.targetUrlMasked])).toEqual([
      ["shard_eu", 1, "postgres://deployer:****@db-eu.internal:5432/shard"],
      ["shard_us", 2, "postgres://deployer:****@db-eu.internal:5432/us"],
    ]);
    expect(rows[0]!.targetUrlCiphertext).not.toContain(password);
    expect(decryptSecret(rows[0]!.targetUrlCiphertext)).toBe(secretUrl(password));

    const newPassword = `pw-${uniqueSuffix()}`;
    const renamed = await updateEnvironmentDatabaseAction({ databaseId: added.data.databaseId, version: 1, name: "shard_emea", targetUrl: secretUrl(newPassword, "emea") });
    expect(renamed).toMatchObject({ ok: true, data: { version: 2, changes: ['name ("shard_eu" → "shard_emea")', "target database URL changed"] } });
    // an empty URL keeps the stored one (write-only, like the environment's own target)
    const kept = await updateEnvironmentDatabaseAction({ databaseId: added.data.databaseId, version: 2, name: "shard_emea", targetUrl: "" });
    expect(kept).toMatchObject({ ok: true, data: { version: 2, changes: [] } });
    const after = await prisma().environmentDatabase.findUniqueOrThrow({ where: { id: added.data.databaseId } });
    expect(decryptSecret(after.targetUrlCiphertext)).toBe(secretUrl(newPassword, "emea"));

    const removed = await removeEnvironmentDatabaseAction({ databaseId: added.data.databaseId, version: 2 });
    expect(removed.ok).toBe(true);
    expect(await prisma().environmentDatabase.count({ where: { environmentId: environment.id } })).toBe(1);

    const events = await eventsFor(environment.id);
    expect(events.map((e) => e.type)).toEqual(["environment.database_added", "environment.database_added", "environment.database_updated", "environment.database_removed"]);
    expect(events.every((e) => e.actorId === admin.id)).toBe(true);
    expect(events[3]!.payload).toMatchObject({ name: "shard_emea" });
    const text = JSON.stringify({ events, added, renamed, kept, removed });
    for (const secret of [password, newPassword, rows[0]!.targetUrlCiphertext, after.targetUrlCiphertext]) expect(text).not.toContain(secret);
  });

  it("refuses a bad name, a bad URL, a taken name, a stale version and a non-admin, and changes nothing", async () => {
    const environment = await createTestEnvironment();
    const password = `pw-${uniqueSuffix()}`;
    signInForTest(admin);
    const first = await addEnvironmentDatabaseAction({ environmentId: environment.id, name: "shard_a", targetUrl: secretUrl(password) });
    if (!first.ok) throw new Error("setup failed");
    const before = await prisma().environmentDatabase.findMany({ where: { environmentId: environment.id }, orderBy: { position: "asc" } });
    const eventCount = (await eventsFor(environment.id)).length;

    const badName = await addEnvironmentDatabaseAction({ environmentId: environment.id, name: "1 shard; drop", targetUrl: secretUrl(password) });
    expect(badName).toMatchObject({ ok: false, validationErrors: { name: [expect.stringContaining("Start with a letter")] } });
    const badUrl = await addEnvironmentDatabaseAction({ environmentId: environment.id, name: "shard_b", targetUrl: `mysql://root:${password}@x/y` });
    expect(badUrl).toMatchObject({ ok: false, validationErrors: { targetUrl: [expect.stringContaining("postgres://")] } });
    expect(JSON.stringify(badUrl)).not.toContain(password);
    const noUrl = await addEnvironmentDatabaseAction({ environmentId: environment.id, name: "shard_b", targetUrl: "" });
    expect(noUrl).toMatchObject({ ok: false, validationErrors: { targetUrl: ["Enter the database's postgres:// URL."] } });
    const taken = await addEnvironmentDatabaseAction({ environmentId: environment.id, name: "shard_a", targetUrl: secretUrl(password) });
    expect(taken).toMatchObject({ ok: false, validationErrors: { name: ['This environment already has a database named "shard_a".'] } });
    const stale = await updateEnvironmentDatabaseAction({ databaseId: first.data.databaseId, version: 7, name: "shard_z", targetUrl: "" });
    expect(stale).toMatchObject({ ok: false, serverError: STALE_DATABASE_MESSAGE, code: "CONFLICT" });
    const staleRemove = await removeEnvironmentDatabaseAction({ databaseId: first.data.databaseId, version: 7 });
    expect(staleRemove).toMatchObject({ ok: false, code: "CONFLICT" });
    const ownDatabase = await addEnvironmentDatabaseAction({ environmentId: environment.id, name: "shard_c", targetUrl: process.env.DATABASE_URL });
    expect(ownDatabase).toMatchObject({ ok: false, validationErrors: { targetUrl: [expect.stringContaining("Phaseline")] } });

    const lead = await createTestUser(["LEAD", "DBA"], "not admin");
    signInForTest(lead);
    const denied = await removeEnvironmentDatabaseAction({ databaseId: first.data.databaseId, version: 1 });
    expect(denied).toMatchObject({ ok: false, code: "FORBIDDEN" });

    expect(await prisma().environmentDatabase.findMany({ where: { environmentId: environment.id }, orderBy: { position: "asc" } })).toEqual(before);
    expect((await eventsFor(environment.id)).length).toBe(eventCount);
    // the refusals are evidence too: the rejected inputs, by field, never by value
    const rejected = await prisma().auditEvent.findMany({ where: { actorId: admin.id, type: "input.rejected" }, select: { payload: true } });
    expect(rejected.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(rejected)).not.toContain(password);
  });

  it("tests a database's saved URL: the outcome is audited without the URL", async () => {
    const environment = await createTestEnvironment();
    signInForTest(admin);
    const good = await addEnvironmentDatabaseAction({ environmentId: environment.id, name: "shard_ok", targetUrl: targetUrl() });
    const password = `pw-${uniqueSuffix()}`;
    const bad = await addEnvironmentDatabaseAction({ environmentId: environment.id, name: "shard_down", targetUrl: `postgres://deployer:${password}@127.0.0.1:1/none` });
    if (!good.ok || !bad.ok) throw new Error("setup failed");
    const ok = await testEnvironmentDatabaseAction({ databaseId: good.data.databaseId });
    expect(ok).toMatchObject({ ok: true, data: { ok: true } });
    const failed = await testEnvironmentDatabaseAction({ databaseId: bad.data.databaseId });
    expect(failed).toMatchObject({ ok: true, data: { ok: false, reason: "refused" } });
    expect(JSON.stringify(failed)).not.toContain(password);
    const events = (await eventsFor(environment.id)).filter((e) => e.type === "environment.database_tested");
    expect(events.map((e) => e.payload)).toEqual([
      expect.objectContaining({ name: "shard_ok", outcome: "ok" }),
      expect.objectContaining({ name: "shard_down", outcome: "failed", reason: "refused" }),
    ]);
    expect(JSON.stringify(events)).not.toContain(password);
  });
});
