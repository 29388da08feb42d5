// publishDraftAction below the browser: session → validation → `runbook.publish` → use-case.
// Refused calls change nothing; wrong-role refusals are audited (PRODUCT.md rule 8).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { UnauthenticatedError } from "@/lib/errors";
import type { TRole } from "@/lib/auth/permissions";
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
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const { publishDraftAction } = await import("./runbook-publish");

async function insertUser(roles: TRole[]): Promise<TSessionUser> {
  const row = await testPrisma().user.create({ data: { email: `pa-${uniqueSuffix()}@example.test`, name: "Pat", roles } });
  return { id: row.id, name: row.name, email: row.email, roles };
}

async function insertDraft(sql = "SELECT 1;") {
  const owner = await insertUser(["LEAD"]);
  const runbook = await testPrisma().runbook.create({ data: { slug: `rb-${uniqueSuffix()}`, ownerId: owner.id } });
  const draft = await testPrisma().runbookVersion.create({
    data: {
      runbookId: runbook.id,
      draftOfRunbookId: runbook.id,
      title: "Draft",
      riskLevel: "LOW",
      createdById: owner.id,
      phases: { create: [{ position: 1, title: "Only phase", steps: { create: [{ position: 1, kind: "SQL", title: "Run", sql }] } }] },
    },
  });
  return { owner, runbookId: runbook.id, draft };
}

const draftRow = (id: string) => testPrisma().runbookVersion.findUniqueOrThrow({ where: { id }, select: { status: true, number: true } });

beforeEach(() => {
  session.user = null;
  revalidatePath.mockClear();
});

describe("publishDraftAction", () => {
  it("asks no acknowledgement for a finding the review page does not show: a phase's steps are linted in order (issue 11)", async () => {
    // the lint's own recipe over three steps: a validated CHECK makes the later SET NOT NULL cheap
    const owner = await insertUser(["LEAD"]);
    const runbook = await testPrisma().runbook.create({ data: { slug: `rb-${uniqueSuffix()}`, ownerId: owner.id } });
    const sql = [
      "ALTER TABLE orders ADD CONSTRAINT region_nn CHECK (region IS NOT NULL) NOT VALID;",
      "ALTER TABLE orders VALIDATE CONSTRAINT region_nn;",
      "ALTER TABLE orders ALTER COLUMN region SET NOT NULL;",
    ];
    const draft = await testPrisma().runbookVersion.create({
      data: {
        runbookId: runbook.id,
        draftOfRunbookId: runbook.id,
        title: "Recipe",
        riskLevel: "LOW",
        createdById: owner.id,
        // created out of order on purpose: the check orders by position, as the page does
        phases: {
          create: [{ position: 1, title: "Not null", steps: { create: [3, 1, 2].map((n) => ({ position: n, kind: "SQL" as const, title: `Step ${n}`, sql: sql[n - 1]! })) } }],
        },
      },
    });
    session.user = owner;
    expect(await publishDraftAction({ versionId: draft.id, expectedLockVersion: 1 })).toMatchObject({ ok: true, data: { number: 1 } });
  });

  it("publishes for a lead and revalidates the runbook's pages", async () => {
    const { owner, runbookId, draft } = await insertDraft();
    session.user = owner;
    const result = await publishDraftAction({ versionId: draft.id, expectedLockVersion: "1" });
    expect(result).toEqual({ ok: true, data: { runbookId, versionId: draft.id, number: 1 } });
    expect(await draftRow(draft.id)).toEqual({ status: "PUBLISHED", number: 1 });
    expect(revalidatePath).toHaveBeenCalledWith(`/runbooks/${runbookId}`, "layout");
  });

  it("refuses a signed-out caller and changes nothing", async () => {
    const { draft } = await insertDraft();
    expect(await publishDraftAction({ versionId: draft.id, expectedLockVersion: 1 })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await draftRow(draft.id)).toEqual({ status: "DRAFT", number: null });
  });

  it.each([["DBA"], ["MANAGER"], ["ADMIN"]] as const)("refuses %s, audits the refusal, and changes nothing", async (role) => {
    const { draft } = await insertDraft();
    const user = await insertUser([role]);
    session.user = user;
    const result = await publishDraftAction({ versionId: draft.id, expectedLockVersion: 1 });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await draftRow(draft.id)).toEqual({ status: "DRAFT", number: null });
    const denied = await testPrisma().auditEvent.findMany({ where: { type: "access.denied", actorId: user.id } });
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ targetType: "runbook_version", targetId: draft.id, payload: { permission: "runbook.publish" } });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("returns the SQL errors as validation errors a form can list", async () => {
    const { owner, draft } = await insertDraft("SELEC 1;");
    session.user = owner;
    const result = await publishDraftAction({ versionId: draft.id, expectedLockVersion: 1 });
    expect(result).toMatchObject({
      ok: false,
      validationErrors: { _form: [expect.stringMatching(/does not parse/)], sql: [expect.stringMatching(/^Phase 1 “Only phase”, step 1 “Run”: line 1/)] },
    });
    expect(await draftRow(draft.id)).toEqual({ status: "DRAFT", number: null });
  });

  it("returns a conflict for a stale review", async () => {
    const { owner, draft } = await insertDraft();
    session.user = owner;
    expect(await publishDraftAction({ versionId: draft.id, expectedLockVersion: 7 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      serverError: expect.stringMatching(/changed after you opened/),
    });
  });

  it("rejects malformed input without touching the database", async () => {
    session.user = await insertUser(["LEAD"]);
    expect(await publishDraftAction({ versionId: "x", expectedLockVersion: 0 })).toMatchObject({
      ok: false,
      validationErrors: { versionId: expect.any(Array), expectedLockVersion: expect.any(Array) },
    });
  });
});
