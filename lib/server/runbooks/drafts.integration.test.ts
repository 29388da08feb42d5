// Runbook drafts on the real database (PRODUCT.md "Domain", rules 8 and 9): create, save with
// optimistic concurrency, SQL parsed before anything is written, a new draft copied exactly from
// the published version, published versions never changed, and the actions' refusals.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { ConflictError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import type { TRole } from "@/lib/auth/permissions";
import type { TSessionUser } from "@/lib/auth/session";
import type { TDraftDocument } from "@/lib/domain/runbook/draft";

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

const { createRunbook } = await import("./create-runbook");
const createRunbookDraft = (input: { title: unknown; riskLevel: unknown; actor: { id: string; label: string } }) =>
  createRunbook({ prisma: testPrisma(), content: { title: input.title, riskLevel: input.riskLevel }, actor: input.actor, source: "editor" });
const { saveDraft, DRAFT_CONFLICT_MESSAGE, PUBLISHED_VERSION_MESSAGE } = await import("./save-draft");
const { startDraftFromVersion } = await import("./start-draft-from-version");
const { getDraft } = await import("@/lib/server/readers/get-draft");
const { createRunbookDraftAction, startDraftFromVersionAction, saveDraftAction } = await import("@/lib/actions/runbook-drafts");

async function insertUser(roles: TRole[]) {
  const row = await testPrisma().user.create({ data: { email: `editor-${uniqueSuffix()}@example.test`, name: "Ed Itor", roles } });
  const sessionUser: TSessionUser = { id: row.id, name: row.name, email: row.email, roles };
  return { actor: { id: row.id, label: row.email }, sessionUser };
}

function fullDocument(lockVersion: number, title = "Rename fixed_cost"): TDraftDocument {
  return {
    lockVersion,
    title,
    summary: "Rename a column across the stack.",
    riskLevel: "HIGH",
    estimatedMinutes: 45,
    rollbackMinutes: 20,
    requireSeparationOfDuties: false,
    preamble: "Contacts: #deploys",
    phases: [
      {
        procedure: "MAIN",
        title: "Baseline",
        objective: "Know the numbers before",
        estimatedMinutes: 5,
        failurePolicy: "STOP",
        isPointOfNoReturn: false,
        followUpOffsetMinutes: null,
        requiredSignoffRoles: [],
        notes: "",
        steps: [
          {
            kind: "BASELINE_CAPTURE",
            title: "Capture revenue",
            instructions: "",
            language: "sql",
            sql: "SELECT id, revenue FROM v",
            statementTimeoutMs: 30_000,
            lockTimeoutMs: 2_000,
            baselineName: "revenue",
          },
          {
            kind: "QUERY_CHECK",
            title: "Rows present",
            instructions: "",
            language: null,
            sql: "SELECT count(*) FROM t",
            statementTimeoutMs: 60_000,
            lockTimeoutMs: 5_000,
            expectation: { type: "scalar_between", min: 1, max: 100 },
          },
        ],
        checklistItems: [
          { text: "Backup taken", isRequired: true },
          { text: "Team told", isRequired: false },
        ],
        successCriteria: [
          { text: "Rows are there", boundStepIndex: 1 },
          { text: "Numbers written down", boundStepIndex: null },
        ],
      },
      {
        procedure: "MAIN",
        title: "Rename",
        objective: "",
        estimatedMinutes: 10,
        failurePolicy: "ROLLBACK",
        isPointOfNoReturn: true,
        followUpOffsetMinutes: null,
        requiredSignoffRoles: ["DBA"],
        notes: "unplaced text",
        steps: [
          {
            kind: "SQL",
            title: "Rename column",
            instructions: "",
            language: null,
            sql: "ALTER TABLE t RENAME COLUMN fixed_cost TO fixed_fee;",
            statementTimeoutMs: 60000,
            lockTimeoutMs: 5000,
            outsideTransaction: false,
            lockRetries: 3,
          },
          {
            kind: "BASELINE_COMPARE",
            title: "Compare revenue",
            instructions: "",
            language: null,
            sql: "SELECT id, revenue FROM v",
            statementTimeoutMs: 60_000,
            lockTimeoutMs: 5_000,
            baselineName: "revenue",
            baselineKeyColumns: ["id"],
            tolerances: { revenue: 0.01 },
          },
          {
            kind: "HTTP_CHECK",
            title: "API healthy",
            instructions: "",
            language: null,
            httpUrl: "https://api.example.test/health",
            httpExpectStatus: 200,
            httpBodyContains: "ok",
            timeoutMs: 5000,
          },
          {
            kind: "COMMAND",
            title: "Restart",
            instructions: "",
            language: "bash",
            commandArgv: ["pm2", "restart", "api"],
            commandEnv: { PM2_HOME: "/srv/pm2" },
            timeoutMs: 60000,
            outputCapBytes: 65536,
          },
          { kind: "MANUAL", title: "Smoke test", instructions: "Open the app", language: null },
        ],
        checklistItems: [],
        successCriteria: [
          { text: "Revenue unchanged", boundStepIndex: 1 },
          { text: "API up", boundStepIndex: 2 },
        ],
      },
      {
        procedure: "ROLLBACK",
        title: "Rename back",
        objective: "",
        estimatedMinutes: 5,
        failurePolicy: "STOP",
        isPointOfNoReturn: false,
        followUpOffsetMinutes: null,
        requiredSignoffRoles: ["LEAD", "DBA"],
        notes: "",
        steps: [
          {
            kind: "SQL",
            title: "Rename back",
            instructions: "",
            language: null,
            sql: "ALTER TABLE t RENAME COLUMN fixed_fee TO fixed_cost;",
            statementTimeoutMs: 60000,
            lockTimeoutMs: 5000,
            outsideTransaction: false,
            lockRetries: 3,
          },
        ],
        checklistItems: [],
        successCriteria: [],
      },
    ],
    signoffSheet: [
      { label: "Deployment Lead", role: "LEAD" },
      { label: "Product Owner", role: null },
    ],
  };
}

async function versionSnapshot(versionId: string) {
  return testPrisma().runbookVersion.findUniqueOrThrow({
    where: { id: versionId },
    include: {
      phases: {
        orderBy: [{ procedure: "asc" }, { position: "asc" }],
        include: { steps: { orderBy: { position: "asc" } }, checklistItems: { orderBy: { position: "asc" } }, successCriteria: { orderBy: { position: "asc" } } },
      },
      signoffSheet: { orderBy: { position: "asc" } },
    },
  });
}
const draftEvents = (runbookId: string) => testPrisma().auditEvent.findMany({ where: { targetType: "runbook", targetId: runbookId }, orderBy: { seq: "asc" } });

/** Stands in for the publish use-case (built elsewhere): freezes the draft as version N. */
async function publish(versionId: string, number: number) {
  await testPrisma().runbookVersion.update({ where: { id: versionId }, data: { status: "PUBLISHED", number, draftOfRunbookId: null, publishedAt: new Date() } });
}

beforeEach(() => {
  session.user = null;
  revalidatePath.mockClear();
});

describe("runbook drafts", () => {
  it("creates a runbook with an empty draft, audited as created in the editor", async () => {
    const { actor } = await insertUser(["LEAD"]);
    const created = await createRunbookDraft({ title: "  Rotate OAuth keys ", riskLevel: "LOW", actor });
    const draft = await getDraft(created.runbookId);
    expect(draft.doc).toEqual({
      lockVersion: 1,
      title: "Rotate OAuth keys",
      summary: "",
      riskLevel: "LOW",
      estimatedMinutes: null,
      rollbackMinutes: null,
      requireSeparationOfDuties: true,
      preamble: "",
      phases: [],
      signoffSheet: [],
    });
    expect(created.slug).toMatch(/^rotate-oauth-keys/);
    const events = await draftEvents(created.runbookId);
    expect(events.map((e) => [e.type, e.payload])).toEqual([["runbook.created", { title: "Rotate OAuth keys", source: "editor" }]]);
    await expect(createRunbookDraft({ title: "", riskLevel: "NONE", actor })).rejects.toMatchObject({
      fieldErrors: { title: ["Enter a title."], riskLevel: ["Choose a risk level."] },
    });
  });

  it("saves the whole document, bumps the lockVersion and audits every save", async () => {
    const { actor } = await insertUser(["DBA"]);
    const { runbookId, versionId } = await createRunbookDraft({ title: "Full", riskLevel: "HIGH", actor });
    const saved = await saveDraft({ versionId, doc: fullDocument(1), actor });
    expect(saved).toEqual({ versionId, runbookId, lockVersion: 2 });
    const draft = await getDraft(runbookId);
    expect(draft.doc).toEqual(fullDocument(2));
    const again = await saveDraft({ versionId, doc: { ...fullDocument(2), title: "Full, again" }, actor });
    expect(again.lockVersion).toBe(3);

    const stored = await versionSnapshot(versionId);
    const bound = stored.phases[1]!.successCriteria.find((c) => c.text === "Revenue unchanged")!;
    expect(stored.phases[1]!.steps.find((s) => s.id === bound.stepId)).toMatchObject({ kind: "BASELINE_COMPARE", position: 2 });
    const events = await draftEvents(runbookId);
    expect(events.map((e) => [e.type, e.payload, e.actorId])).toEqual([
      ["runbook.created", { title: "Full", source: "editor" }, actor.id],
      ["runbook.draft_saved", { lockVersion: 2 }, actor.id],
      ["runbook.draft_saved", { lockVersion: 3 }, actor.id],
    ]);
  });

  it("refuses a stale lockVersion with a conflict and changes nothing", async () => {
    const { actor } = await insertUser(["LEAD"]);
    const { runbookId, versionId } = await createRunbookDraft({ title: "Stale", riskLevel: "MEDIUM", actor });
    await saveDraft({ versionId, doc: fullDocument(1), actor });
    const before = await versionSnapshot(versionId);
    const eventsBefore = await draftEvents(runbookId);

    const stale = saveDraft({ versionId, doc: { ...fullDocument(1), title: "Overwrite" }, actor });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(DRAFT_CONFLICT_MESSAGE);
    expect(await versionSnapshot(versionId)).toEqual(before);
    expect(await draftEvents(runbookId)).toHaveLength(eventsBefore.length);
  });

  it("refuses SQL that does not parse with its line and column, and changes nothing", async () => {
    const { actor } = await insertUser(["DBA"]);
    const { runbookId, versionId } = await createRunbookDraft({ title: "Bad SQL", riskLevel: "MEDIUM", actor });
    await saveDraft({ versionId, doc: fullDocument(1), actor });
    const before = await versionSnapshot(versionId);

    const doc = fullDocument(2);
    const rename = doc.phases[1]!.steps[0]!;
    if (rename.kind !== "SQL") throw new Error("fixture");
    rename.sql = "BEGIN;\nSELECT 1;\nALTER TABEL t RENAME COLUMN a TO b;\nCOMMIT;";
    const error = await saveDraft({ versionId, doc, actor }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe("The SQL of one step does not parse. Nothing was saved.");
    expect((error as ValidationError).fieldErrors).toEqual({ "phases.1.steps.0.sql": [expect.stringMatching(/^line 3, column 7: syntax error at or near "TABEL"/)] });

    expect(await versionSnapshot(versionId)).toEqual(before);
    expect((await draftEvents(runbookId)).filter((e) => e.type === "runbook.draft_saved")).toHaveLength(1);
  });

  it("refuses SQL the executor would refuse (a SET that lifts the step's limits) with its line and column, and keeps outsideTransaction and lockRetries", async () => {
    const { actor } = await insertUser(["DBA"]);
    const { versionId } = await createRunbookDraft({ title: "Preamble SQL", riskLevel: "MEDIUM", actor });
    const doc = fullDocument(1);
    const rename = doc.phases[1]!.steps[0]!;
    if (rename.kind !== "SQL") throw new Error("fixture");
    rename.sql = "SET statement_timeout = 0;\nALTER TABLE t RENAME COLUMN a TO b;";
    const error = await saveDraft({ versionId, doc, actor }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe("The SQL of one step does not parse or would be refused when run. Nothing was saved.");
    expect((error as ValidationError).fieldErrors).toEqual({ "phases.1.steps.0.sql": [expect.stringMatching(/^line 1, column 1: SET statement_timeout would change a limit/)] });

    rename.sql = "CREATE INDEX CONCURRENTLY t_a ON t (a);";
    Object.assign(rename, { outsideTransaction: true, lockRetries: 5 });
    await saveDraft({ versionId, doc, actor });
    const steps = await testPrisma().step.findMany({
      where: { phase: { versionId } },
      select: { kind: true, outsideTransaction: true, lockRetries: true },
      orderBy: [{ phase: { position: "asc" } }, { position: "asc" }],
    });
    expect(steps).toContainEqual({ kind: "SQL", outsideTransaction: true, lockRetries: 5 });
  });

  it("refuses an invalid document with errors by path, and changes nothing", async () => {
    const { actor } = await insertUser(["LEAD"]);
    const { versionId } = await createRunbookDraft({ title: "Invalid", riskLevel: "MEDIUM", actor });
    const doc = fullDocument(1);
    doc.phases[1]!.successCriteria[1]!.boundStepIndex = 4; // a manual step proves nothing
    const error = (await saveDraft({ versionId, doc: { ...doc, title: "" }, actor }).catch((e: unknown) => e)) as ValidationError;
    expect(error.fieldErrors).toEqual({ title: ["Enter a title."], "phases.1.successCriteria.1.boundStepIndex": [expect.stringMatching(/^Step 5 is a manual step/)] });
    expect((await versionSnapshot(versionId)).lockVersion).toBe(1);
  });

  it("starts a new draft as an exact copy of the latest published version, and returns the open draft instead of a second", async () => {
    const { actor } = await insertUser(["LEAD"]);
    const { runbookId, versionId } = await createRunbookDraft({ title: "Copy", riskLevel: "HIGH", actor });
    await saveDraft({ versionId, doc: fullDocument(1, "Copy v1"), actor });
    await publish(versionId, 1);

    const started = await startDraftFromVersion({ runbookId, actor });
    expect(started).toEqual({ runbookId, versionId: expect.any(String), isNew: true });
    expect(started.versionId).not.toBe(versionId);
    const draft = await getDraft(runbookId);
    expect(draft).toMatchObject({ versionId: started.versionId, basedOnNumber: 1, latestPublishedNumber: 1 });
    expect(draft.doc).toEqual(fullDocument(1, "Copy v1"));

    const [published, copy] = await Promise.all([versionSnapshot(versionId), versionSnapshot(started.versionId)]);
    const strip = (v: typeof published) =>
      v.phases.map(({ id: _id, versionId: _v, steps, checklistItems, successCriteria, ...phase }) => ({
        ...phase,
        steps: steps.map(({ id: _s, phaseId: _p, ...step }) => step),
        checklistItems: checklistItems.map(({ id: _c, phaseId: _p, ...item }) => item),
        successCriteria: successCriteria.map(({ id: _c, phaseId: _p, stepId, ...c }) => ({
          ...c,
          boundTo: v.phases.flatMap((p) => p.steps).find((s) => s.id === stepId)?.position ?? null,
        })),
      }));
    expect(strip(copy)).toEqual(strip(published));
    expect(copy.signoffSheet.map(({ label, role, position }) => ({ label, role, position }))).toEqual(
      published.signoffSheet.map(({ label, role, position }) => ({ label, role, position })),
    );
    expect(copy).toMatchObject({ status: "DRAFT", draftOfRunbookId: runbookId, basedOnVersionId: versionId, lockVersion: 1 });

    expect(await startDraftFromVersion({ runbookId, actor })).toEqual({ runbookId, versionId: started.versionId, isNew: false });
    const events = (await draftEvents(runbookId)).filter((e) => e.type === "runbook.draft_started");
    expect(events.map((e) => e.payload)).toEqual([{ versionId: started.versionId, basedOnVersionId: versionId, basedOnNumber: 1 }]);
  });

  it("never changes a published version through saveDraft, even with its current lockVersion", async () => {
    const { actor } = await insertUser(["LEAD"]);
    const { runbookId, versionId } = await createRunbookDraft({ title: "Frozen", riskLevel: "HIGH", actor });
    await saveDraft({ versionId, doc: fullDocument(1), actor });
    await publish(versionId, 1);
    const before = await versionSnapshot(versionId);
    const attempt = saveDraft({ versionId, doc: { ...fullDocument(2), title: "Changed after publishing" }, actor });
    await expect(attempt).rejects.toThrow(PUBLISHED_VERSION_MESSAGE);
    expect(await versionSnapshot(versionId)).toEqual(before);
    expect((await draftEvents(runbookId)).filter((e) => e.type === "runbook.draft_saved")).toHaveLength(1);
  });
});

describe("runbook draft actions", () => {
  const calls = [
    { name: "createRunbookDraftAction", run: () => createRunbookDraftAction({ title: `Sneaky ${uniqueSuffix()}`, riskLevel: "LOW" }) },
    { name: "startDraftFromVersionAction", run: (ids: { runbookId: string }) => startDraftFromVersionAction({ runbookId: ids.runbookId }) },
    { name: "saveDraftAction", run: (ids: { versionId: string }) => saveDraftAction({ versionId: ids.versionId, doc: fullDocument(1, "Sneaky") }) },
  ];

  async function fixture() {
    const { actor } = await insertUser(["LEAD"]);
    return createRunbookDraft({ title: `Target ${uniqueSuffix()}`, riskLevel: "LOW", actor });
  }

  it.each(calls)("$name refuses a signed-out caller and changes nothing", async ({ run }) => {
    const ids = await fixture();
    const runbooksBefore = await testPrisma().runbook.count();
    expect(await run(ids)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await testPrisma().runbook.count()).toBe(runbooksBefore);
    expect((await versionSnapshot(ids.versionId)).lockVersion).toBe(1);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it.each(calls)("$name refuses a MANAGER, audits access.denied and changes nothing", async ({ run }) => {
    const ids = await fixture();
    const { sessionUser } = await insertUser(["MANAGER"]);
    session.user = sessionUser;
    const runbooksBefore = await testPrisma().runbook.count();
    expect(await run(ids)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await testPrisma().runbook.count()).toBe(runbooksBefore);
    expect((await versionSnapshot(ids.versionId)).lockVersion).toBe(1);
    const denied = await testPrisma().auditEvent.findMany({ where: { type: "access.denied", actorId: sessionUser.id } });
    expect(denied).toHaveLength(1);
    expect(denied[0]!.payload).toMatchObject({ permission: "runbook.edit", reason: "roles MANAGER" });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("lets a DBA create and save, returning field errors by path and conflicts as messages", async () => {
    const { sessionUser } = await insertUser(["DBA"]);
    session.user = sessionUser;
    const created = await createRunbookDraftAction({ title: "From the editor", riskLevel: "MEDIUM" });
    expect(created).toMatchObject({ ok: true });
    const { versionId, runbookId } = (created as { data: { versionId: string; runbookId: string } }).data;

    const bad = fullDocument(1);
    (bad.phases[0]!.steps[1] as { sql: string }).sql = "SELEC 1";
    expect(await saveDraftAction({ versionId, doc: bad })).toEqual({
      ok: false,
      validationErrors: {
        "phases.0.steps.1.sql": [expect.stringMatching(/^line 1, column 1: syntax error at or near "SELEC"/)],
        _form: ["The SQL of one step does not parse. Nothing was saved."],
      },
    });
    expect(await saveDraftAction({ versionId, doc: fullDocument(1) })).toEqual({ ok: true, data: { versionId, runbookId, lockVersion: 2 } });
    expect(await saveDraftAction({ versionId, doc: fullDocument(1) })).toEqual({ ok: false, code: "CONFLICT", serverError: DRAFT_CONFLICT_MESSAGE });
    expect(await saveDraftAction({ versionId: "nope", doc: {} })).toMatchObject({ ok: false, validationErrors: { versionId: [expect.any(String)] } });
    expect(revalidatePath).toHaveBeenCalledWith("/runbooks");
  });
});
