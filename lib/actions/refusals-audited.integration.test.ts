// Completeness by construction (issue 13 item 1; PRODUCT.md rule 8): every server action is built
// by defineAction, which writes `input.rejected` for a refused input (and `access.denied` for a
// refused permission, lib/auth/session.ts). Found from lib/actions' modules, so a new action is
// held to it without being listed: each one, called with input no schema accepts, answers with
// field errors and leaves an input.rejected event naming it by its exported name.
import { describe, expect, it, vi } from "vitest";
import { testPrisma } from "@/lib/testing/db";
import { signInForTest } from "@/lib/testing/action-session";
import { createTestUser } from "@/lib/testing/deployment-fixture";

vi.mock("@/lib/auth/session", async (original) => (await import("@/lib/testing/action-session")).mockedSessionModule(original));
vi.mock("next/cache", async () => (await import("@/lib/testing/action-session")).mockedNextCache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-session")).mockedNextHeaders("198.51.100.9"));

const actionModules = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts", "!./action-client.ts", "!./read-result.ts", "!./result.ts"], { eager: true });
const ACTIONS = Object.entries(actionModules)
  .flatMap(([, exports]) => Object.entries(exports).map(([name, value]) => ({ name, value })))
  .filter((e): e is { name: string; value: (input: unknown) => Promise<unknown> } => typeof e.value === "function" && e.name.endsWith("Action"))
  .sort((a, b) => a.name.localeCompare(b.name));

describe("every server action audits a refused input", () => {
  it("finds the actions", () => {
    expect(ACTIONS.length).toBeGreaterThan(30);
  });

  it.each(ACTIONS.map((a) => [a.name, a.value] as const))("%s: field errors, and an input.rejected event naming it", async (name, action) => {
    const user = await createTestUser(["LEAD", "DBA", "MANAGER", "ADMIN"], `refusal ${name}`);
    signInForTest(user);
    const result = (await action("not an object")) as { ok: boolean; validationErrors?: Record<string, string[]> };
    expect(result.ok).toBe(false);
    expect(result.validationErrors).toBeDefined();
    const events = await testPrisma().auditEvent.findMany({ where: { actorId: user.id, type: "input.rejected" } });
    expect(events.map((e) => (e.payload as { action: string }).action)).toEqual([name]);
  });
});
