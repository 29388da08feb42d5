import { beforeEach, describe, expect, it, vi } from "vitest";
import { UnauthenticatedError } from "@/lib/errors";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import type { TSessionUser } from "@/lib/auth/session";

// The session comes from next-auth's cookie in a real request; here it is whoever the test says.
const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/session")>();
  return {
    ...original,
    requireUser: async () => {
      if (!session.user) throw new UnauthenticatedError();
      return session.user;
    },
  };
});
// outside a Next.js request there is no cache to revalidate
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createEnvironmentAction, updateEnvironmentAction, testEnvironmentConnectionAction } = await import("./environments");

const prisma = testPrisma();

async function userWith(roles: TSessionUser["roles"]): Promise<TSessionUser> {
  const suffix = uniqueSuffix();
  const row = await prisma.user.create({ data: { email: `act-${suffix}@example.test`, name: `Act ${suffix}`, roles } });
  return { id: row.id, name: row.name, email: row.email, roles };
}

const environmentState = () =>
  prisma.environment.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, version: true, targetUrlCiphertext: true, httpAllowList: true } });

describe("environment actions", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("an admin creates, edits and tests an environment", async () => {
    session.user = await userWith(["ADMIN"]);
    const name = `act-${uniqueSuffix()}`;
    const created = await createEnvironmentAction({ name, description: "", isProduction: false, targetUrl: process.env.PHASELINE_DEMO_TARGET_URL, httpAllowList: "localhost" });
    expect(created).toMatchObject({ ok: true, data: { environmentId: expect.any(String), version: 1 } });
    const environmentId = created.ok ? created.data.environmentId : "";

    const updated = await updateEnvironmentAction({ environmentId, version: 1, name, description: "now described", isProduction: true, targetUrl: "", httpAllowList: "localhost" });
    expect(updated).toMatchObject({ ok: true, data: { version: 2, changes: ["description changed", "production (no → yes)"] } });

    const stale = await updateEnvironmentAction({ environmentId, version: 1, name, description: "lost?", isProduction: true, targetUrl: "", httpAllowList: "" });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", serverError: expect.stringMatching(/Someone else changed this environment/) });

    const tested = await testEnvironmentConnectionAction({ environmentId });
    expect(tested).toMatchObject({ ok: true, data: { ok: true, serverVersion: expect.stringMatching(/PostgreSQL/) } });
    expect(await prisma.auditEvent.count({ where: { targetId: environmentId, type: "environment.connection_tested", actorId: session.user.id } })).toBe(1);
  });

  it("returns field errors for bad input, without echoing the URL", async () => {
    session.user = await userWith(["ADMIN"]);
    const result = await createEnvironmentAction({ name: "", targetUrl: "mysql://root:hunter2@db/app", httpAllowList: "http://x.example.com" });
    expect(result).toMatchObject({
      ok: false,
      validationErrors: { name: [expect.any(String)], targetUrl: [expect.stringMatching(/postgres:\/\//)], httpAllowList: [expect.stringMatching(/Not a host name/)] },
    });
    expect(JSON.stringify(result)).not.toContain("hunter2");
  });

  it("refuses a signed-out caller and changes nothing", async () => {
    const before = await environmentState();
    const name = `anon-${uniqueSuffix()}`;
    expect(await createEnvironmentAction({ name })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const target = before[0];
    if (target) {
      expect(await updateEnvironmentAction({ environmentId: target.id, version: target.version, name: "taken-over" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
      expect(await testEnvironmentConnectionAction({ environmentId: target.id })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    }
    expect(await environmentState()).toEqual(before);
  });

  it.each([["LEAD"], ["DBA"], ["MANAGER"]] as const)("refuses a %s, audits access.denied, and changes nothing", async (role) => {
    const admin = await userWith(["ADMIN"]);
    session.user = admin;
    const created = await createEnvironmentAction({ name: `victim-${uniqueSuffix()}` });
    const environmentId = created.ok ? created.data.environmentId : "";

    const intruder = await userWith([role]);
    session.user = intruder;
    const before = await environmentState();
    const password = `pw-${uniqueSuffix()}`;
    const attempts = [
      await createEnvironmentAction({ name: `rogue-${uniqueSuffix()}`, targetUrl: `postgres://u:${password}@evil.example.com/app` }),
      await updateEnvironmentAction({ environmentId, version: 1, name: "hijacked", targetUrl: `postgres://u:${password}@evil.example.com/app` }),
      await testEnvironmentConnectionAction({ environmentId }),
    ];
    for (const attempt of attempts) expect(attempt).toMatchObject({ ok: false, code: "FORBIDDEN", serverError: expect.stringMatching(/permission/) });
    expect(await environmentState()).toEqual(before);

    const denied = await prisma.auditEvent.findMany({ where: { type: "access.denied", actorId: intruder.id }, orderBy: { seq: "asc" } });
    expect(denied.map((e) => e.payload)).toEqual([
      { permission: "admin.environments", reason: `roles ${role}` },
      { permission: "admin.environments", target: `environment:${environmentId}`, reason: `roles ${role}` },
      { permission: "admin.environments", target: `environment:${environmentId}`, reason: `roles ${role}` },
    ]);
    expect(JSON.stringify(denied.map((e) => e.payload))).not.toContain(password);
    expect(await prisma.auditEvent.count({ where: { actorId: intruder.id, type: { not: "access.denied" } } })).toBe(0);
  });
});
