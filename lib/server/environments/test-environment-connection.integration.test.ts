import net from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { isRealServer, testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { encryptSecret } from "@/lib/crypto";
import type { TActor } from "@/lib/audit/append";
import { createEnvironment } from "./create-environment";
import { testEnvironmentConnection } from "./test-environment-connection";

const prisma = testPrisma();

const demoTargetUrl = () => {
  const url = process.env.PHASELINE_DEMO_TARGET_URL;
  if (!url) throw new Error("PHASELINE_DEMO_TARGET_URL is not set by the global setup");
  return url;
};

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Accepts connections and never answers: a target that hangs. */
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe("testEnvironmentConnection", () => {
  let admin: TActor;
  beforeAll(async () => {
    const user = await prisma.user.create({ data: { email: `conn-${uniqueSuffix()}@example.test`, name: "Conn Admin", roles: ["ADMIN"] } });
    admin = { id: user.id, label: user.email };
  });

  const environmentWith = async (targetUrl: string | null) => (await createEnvironment({ actor: admin, input: { name: `conn-${uniqueSuffix()}`, targetUrl } })).environmentId;

  it("connects to the demo target and reports the database and server version", async () => {
    const environmentId = await environmentWith(demoTargetUrl());
    const result = await testEnvironmentConnection({ actor: admin, input: { environmentId } });
    expect(result).toMatchObject({ ok: true, database: new URL(demoTargetUrl()).pathname.slice(1), serverVersion: expect.stringMatching(/PostgreSQL/) });
    expect(result.ok && result.latencyMs).toBeGreaterThanOrEqual(0);
    const events = await prisma.auditEvent.findMany({ where: { targetId: environmentId, type: "environment.connection_tested" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.id, payload: { outcome: "ok", latencyMs: expect.any(Number) } });
  });

  it("a closed port fails with a safe message naming host:port, never the password", async () => {
    const password = `hunter-${uniqueSuffix()}`;
    const port = await closedPort();
    const environmentId = await environmentWith(`postgres://deployer:${password}@127.0.0.1:${port}/app`);
    const result = await testEnvironmentConnection({ actor: admin, input: { environmentId } });
    expect(result).toEqual({ ok: false, reason: "refused", message: `Connection refused by 127.0.0.1:${port}: nothing is listening there, or a firewall refuses it.` });
    expect(JSON.stringify(result)).not.toContain(password);
    const events = await prisma.auditEvent.findMany({ where: { targetId: environmentId, type: "environment.connection_tested" } });
    expect(events.map((e) => e.payload)).toEqual([{ outcome: "failed", reason: "refused" }]);
    expect(JSON.stringify(events.map((e) => e.payload))).not.toContain(password);
  });

  it("a target that never answers times out with a safe message", async () => {
    const password = `hunter-${uniqueSuffix()}`;
    const silent = await silentServer();
    try {
      const environmentId = await environmentWith(`postgres://deployer:${password}@127.0.0.1:${silent.port}/app`);
      const result = await testEnvironmentConnection({ actor: admin, input: { environmentId }, timeoutMs: 500 });
      expect(result).toMatchObject({ ok: false, reason: "timeout", message: expect.stringContaining(`127.0.0.1:${silent.port}`) });
      expect(JSON.stringify(result)).not.toContain(password);
    } finally {
      await silent.close();
    }
  });

  it("an unknown database and a wrong password are named without the secret", async () => {
    const target = new URL(demoTargetUrl());
    const unknownDb = new URL(target);
    unknownDb.pathname = `/no_such_db_${uniqueSuffix()}`;
    const result = await testEnvironmentConnection({ actor: admin, input: { environmentId: await environmentWith(unknownDb.toString()) } });
    // PGlite serves any database name; a real server refuses an unknown one
    if (isRealServer()) expect(result.ok).toBe(false);
    if (!result.ok) expect(result).toMatchObject({ reason: "unknown_database", message: expect.stringContaining(unknownDb.pathname.slice(1)) });

    const password = `wrong-${uniqueSuffix()}`;
    const wrongPassword = new URL(target);
    wrongPassword.username = `nobody_${uniqueSuffix()}`;
    wrongPassword.password = password;
    const auth = await testEnvironmentConnection({ actor: admin, input: { environmentId: await environmentWith(wrongPassword.toString()) } });
    if (!auth.ok) {
      expect(auth.reason).toBe("auth_failed");
      expect(JSON.stringify(auth)).not.toContain(password);
    }
  });

  it("no target, or a target encrypted under another key, is explained", async () => {
    const none = await testEnvironmentConnection({ actor: admin, input: { environmentId: await environmentWith(null) } });
    expect(none).toMatchObject({ ok: false, reason: "no_target" });

    const environmentId = await environmentWith(null);
    await prisma.environment.update({ where: { id: environmentId }, data: { targetUrlCiphertext: encryptSecret(demoTargetUrl(), Buffer.alloc(32, 9)) } });
    const foreign = await testEnvironmentConnection({ actor: admin, input: { environmentId } });
    expect(foreign).toMatchObject({ ok: false, reason: "undecryptable", message: expect.stringMatching(/PHASELINE_SECRET_KEY/) });
    // leave nothing the rotation test would refuse to read
    await prisma.environment.update({ where: { id: environmentId }, data: { targetUrlCiphertext: null } });
  });
});
