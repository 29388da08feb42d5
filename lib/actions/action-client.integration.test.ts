import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { redirect } from "next/navigation";
import { ConflictError, UnauthenticatedError, ValidationError } from "@/lib/errors";
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

const { defineAction } = await import("./action-client");
const { readActionResult } = await import("./read-result");

const ZPause = z.object({ deploymentId: z.string().min(1, "Choose a deployment."), reason: z.string().trim().min(3, "Say why, in a few words.") });

function userWith(roles: TSessionUser["roles"]): TSessionUser {
  const suffix = uniqueSuffix();
  return { id: `00000000-0000-7000-8000-${suffix.padStart(12, "0").slice(-12)}`, name: "Test", email: `t-${suffix}@example.test`, roles };
}

describe("defineAction", () => {
  const handler = vi.fn(async ({ input }: { input: z.output<typeof ZPause> }) => ({ paused: input.deploymentId }));
  const pauseDeploymentAction = defineAction({
    schema: ZPause,
    permission: (input) => ({ permission: "deployment.control", target: { type: "deployment", id: input.deploymentId, deploymentId: input.deploymentId } }),
    handler,
  });

  beforeEach(() => {
    handler.mockClear();
    session.user = null;
  });

  it("returns the handler's data for a permitted, valid call", async () => {
    session.user = userWith(["LEAD"]);
    const result = await pauseDeploymentAction({ deploymentId: "d-1", reason: "waiting for DBA" });
    expect(result).toEqual({ ok: true, data: { paused: "d-1" } });
    expect(handler).toHaveBeenCalledOnce();
    expect(handler.mock.calls[0]![0]).toMatchObject({ input: { deploymentId: "d-1", reason: "waiting for DBA" }, user: session.user });
  });

  it("refuses a signed-out caller before reading the input", async () => {
    const result = await pauseDeploymentAction({});
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("returns field errors for invalid input and changes nothing", async () => {
    session.user = userWith(["LEAD"]);
    const result = await pauseDeploymentAction({ deploymentId: "", reason: " x " });
    expect(result).toEqual({ ok: false, validationErrors: { deploymentId: ["Choose a deployment."], reason: ["Say why, in a few words."] } });
    expect(handler).not.toHaveBeenCalled();
    const read = readActionResult(result);
    expect(read).toMatchObject({ isOk: false, formError: "Some fields need attention.", fieldErrors: { reason: ["Say why, in a few words."] } });
  });

  it("audits a refused input as input.rejected: the action and the fields at fault, never the values typed", async () => {
    session.user = userWith(["LEAD"]);
    const named = defineAction({ name: "pauseDeploymentAction", schema: ZPause, permission: "deployment.control", handler });
    await named({ deploymentId: "", reason: "hunter2-secret" });
    const [event] = await testPrisma().auditEvent.findMany({ where: { type: "input.rejected", actorId: session.user.id } });
    expect(event).toMatchObject({ actorLabel: session.user.email, payload: { action: "pauseDeploymentAction", fields: ["deploymentId"] } });
    expect(JSON.stringify(event!.payload)).not.toContain("hunter2");
    expect(handler).not.toHaveBeenCalled();
  });

  it("puts input-wide errors under _form", async () => {
    session.user = userWith(["LEAD"]);
    expect(await pauseDeploymentAction("not an object")).toMatchObject({ ok: false, validationErrors: { _form: [expect.any(String)] } });
  });

  it("refuses a role without the permission, audits the refusal with its target, and never calls the handler", async () => {
    const manager = userWith(["MANAGER"]);
    session.user = manager;
    const deploymentId = `dep-${uniqueSuffix()}`;
    const result = await pauseDeploymentAction({ deploymentId, reason: "I want to" });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", serverError: expect.stringMatching(/permission/) });
    expect(handler).not.toHaveBeenCalled();
    const events = await testPrisma().auditEvent.findMany({ where: { type: "access.denied", actorId: manager.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorLabel: manager.email,
      deploymentId,
      targetType: "deployment",
      targetId: deploymentId,
      payload: { permission: "deployment.control", target: `deployment:${deploymentId}`, reason: "roles MANAGER" },
    });
  });

  it("shows an expected error's message, and nothing of an unexpected one", async () => {
    session.user = userWith(["LEAD"]);
    handler.mockRejectedValueOnce(new ConflictError("Someone paused it first."));
    expect(await pauseDeploymentAction({ deploymentId: "d", reason: "abc" })).toEqual({ ok: false, serverError: "Someone paused it first.", code: "CONFLICT" });

    const errorLog = vi.spyOn(console, "error").mockImplementation(() => {});
    handler.mockRejectedValueOnce(new Error('relation "Deployment" does not exist; password=hunter2'));
    const result = await pauseDeploymentAction({ deploymentId: "d", reason: "abc" });
    expect(result).toMatchObject({ ok: false, serverError: expect.stringMatching(/^Something went wrong \(ref [0-9a-f]{8}\)$/) });
    expect(JSON.stringify(result)).not.toMatch(/relation|hunter2/);
    expect(errorLog).toHaveBeenCalledWith(expect.stringContaining("ref "), expect.any(Error));
    errorLog.mockRestore();
  });

  it("turns a ValidationError from the use-case into field errors", async () => {
    session.user = userWith(["LEAD"]);
    handler.mockRejectedValueOnce(new ValidationError("The deployment changed.", { reason: ["Too long."] }));
    expect(await pauseDeploymentAction({ deploymentId: "d", reason: "abc" })).toEqual({
      ok: false,
      validationErrors: { reason: ["Too long."], _form: ["The deployment changed."] },
    });
  });

  it("lets redirect() from a handler through", async () => {
    session.user = userWith(["LEAD"]);
    handler.mockImplementationOnce(async () => redirect("/deployments/d"));
    await expect(pauseDeploymentAction({ deploymentId: "d", reason: "abc" })).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
  });

  it("accepts a fixed permission and null (any signed-in person)", async () => {
    const adminOnly = defineAction({ schema: z.object({}), permission: "admin.users", handler: async () => "done" });
    const anyone = defineAction({ schema: z.object({}), permission: null, handler: async () => "done" });
    session.user = userWith(["DBA"]);
    expect(await adminOnly({})).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await anyone({})).toEqual({ ok: true, data: "done" });
  });
});
