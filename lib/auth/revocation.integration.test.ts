// Revocation bites on the next request (issue 10 items 3–4): the real action client, reading a
// real next-auth session cookie, against the real database. The user's row is changed directly
// where another instance would have changed it — so no cache of this process is told — and the
// next mutation must still be refused.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode, type JWT } from "next-auth/jwt";
import { testPrisma } from "@/lib/testing/db";
import { createTestUser, planTestDeployment } from "@/lib/testing/deployment-fixture";
import { getAuthOptions, SESSION_MAX_AGE_S } from "./options";

const jar = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => [...jar.cookies].map(([name, value]) => ({ name, value })),
    get: (name: string) => (jar.cookies.has(name) ? { name, value: jar.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void jar.cookies.set(name, value),
    delete: (name: string) => void jar.cookies.delete(name),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("@/lib/actions/deployments");
const { getSessionUser } = await import("./session");
const { resetUserPassword } = await import("@/lib/server/users/reset-user-password");

const COOKIE = "next-auth.session-token";

/** What the browser of `user` holds after signing in, or a token someone forged with the secret. */
async function setSessionCookie(claims: JWT): Promise<void> {
  jar.cookies.set(COOKIE, await encode({ token: claims, secret: getAuthOptions().secret!, maxAge: SESSION_MAX_AGE_S }));
}

async function signIn(user: { id: string; name: string; email: string }, extra: Partial<JWT> = {}): Promise<void> {
  const row = await testPrisma().user.findUniqueOrThrow({ where: { id: user.id }, select: { roles: true, sessionVersion: true } });
  await setSessionCookie({ sub: user.id, id: user.id, name: user.name, email: user.email, roles: row.roles, sv: row.sessionVersion, checkedAt: Date.now(), ...extra });
}

async function startedDeployment() {
  const lead = await createTestUser(["LEAD"]);
  const planned = await planTestDeployment(lead, [{ title: "Only", steps: [{ kind: "MANUAL", title: "Look", instructions: "Look." }] }]);
  await signIn(lead);
  expect(await actions.controlDeploymentAction({ deploymentId: planned.deploymentId, action: "start" })).toMatchObject({ ok: true });
  return { lead, deploymentId: planned.deploymentId };
}

const statusOf = async (deploymentId: string) => (await testPrisma().deployment.findUniqueOrThrow({ where: { id: deploymentId }, select: { status: true } })).status;

beforeEach(() => jar.cookies.clear());

describe("revocation on the next mutation", () => {
  it("refuses a user deactivated a moment ago (by another instance), changing nothing", async () => {
    const { lead, deploymentId } = await startedDeployment();
    await testPrisma().user.update({ where: { id: lead.id }, data: { isActive: false } });
    expect(await actions.controlDeploymentAction({ deploymentId, action: "pause" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await statusOf(deploymentId)).toBe("IN_PROGRESS");
    expect(await getSessionUser({ isFresh: true })).toBeNull();
  });

  it("refuses the next pause of a lead demoted to MANAGER, audited as access.denied", async () => {
    const { lead, deploymentId } = await startedDeployment();
    await testPrisma().user.update({ where: { id: lead.id }, data: { roles: ["MANAGER"] } });
    expect(await actions.controlDeploymentAction({ deploymentId, action: "pause" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await statusOf(deploymentId)).toBe("IN_PROGRESS");
    expect(await testPrisma().auditEvent.count({ where: { type: "access.denied", actorId: lead.id } })).toBe(1);
  });

  it("never trusts a forged token's roles or its claim of a future check", async () => {
    const { deploymentId } = await startedDeployment();
    const manager = await createTestUser(["MANAGER"]);
    // signed with the right secret, claiming LEAD: the roles come from the row
    await signIn(manager, { roles: ["LEAD"] });
    expect(await actions.controlDeploymentAction({ deploymentId, action: "pause" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // "checked" ten minutes from now: a lie about time ends the session
    await signIn(manager, { roles: ["LEAD"], checkedAt: Date.now() + 10 * 60_000 });
    expect(await actions.controlDeploymentAction({ deploymentId, action: "pause" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await getSessionUser()).toBeNull();
    expect(await statusOf(deploymentId)).toBe("IN_PROGRESS");
  });

  it("ends every older session after an administrator resets the password", async () => {
    const { lead, deploymentId } = await startedDeployment();
    const admin = await createTestUser(["ADMIN"]);
    await resetUserPassword({ userId: lead.id, password: "a-new-password-123", actor: admin });
    expect(await actions.controlDeploymentAction({ deploymentId, action: "pause" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await getSessionUser()).toBeNull();
    // signing in again issues the new version and works
    await signIn(lead);
    expect(await actions.controlDeploymentAction({ deploymentId, action: "pause" })).toMatchObject({ ok: true });
  });
});
