// Publishing a draft on the real database (PRODUCT.md "Domain", rules 5, 8 and 9).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { TRole } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DRAFT_NOT_FOUND_MESSAGE, EMPTY_DRAFT_MESSAGE, NOT_PUBLISHER_MESSAGE, STALE_DRAFT_MESSAGE, publishDraft, unacknowledgedMessage } from "./publish-draft";

// Lets a test make the audit append fail, to show the change and its event share one transaction.
const audit = vi.hoisted(() => ({ failNext: false }));
vi.mock("@/lib/audit/append", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/audit/append")>();
  return {
    ...original,
    appendAuditEvent: async (...args: Parameters<typeof original.appendAuditEvent>) => {
      if (audit.failNext) {
        audit.failNext = false;
        throw new Error("audit store unavailable");
      }
      return original.appendAuditEvent(...args);
    },
  };
});

beforeEach(() => {
  audit.failNext = false;
});

async function insertUser(roles: TRole[]) {
  const row = await testPrisma().user.create({ data: { email: `p-${uniqueSuffix()}@example.test`, name: "Lee Lead", roles } });
  return { id: row.id, email: row.email };
}

type TStepSeed = { kind: "SQL" | "MANUAL" | "QUERY_CHECK"; title: string; sql?: string | null };

function phasesData(phases: { title: string; procedure?: "MAIN" | "ROLLBACK"; steps: TStepSeed[] }[]): Prisma.PhaseCreateWithoutVersionInput[] {
  const positions = { MAIN: 0, ROLLBACK: 0 };
  return phases.map((p) => {
    const procedure = p.procedure ?? "MAIN";
    return {
      procedure,
      position: ++positions[procedure],
      title: p.title,
      steps: { create: p.steps.map((s, i) => ({ position: i + 1, kind: s.kind, title: s.title, sql: s.sql ?? null })) },
      checklistItems: { create: [{ position: 1, text: `${p.title} checked` }] },
    };
  });
}

const GOOD_PHASES = [
  { title: "Backup", steps: [{ kind: "MANUAL" as const, title: "Take a backup" }] },
  { title: "Migrate", steps: [{ kind: "SQL" as const, title: "Rename", sql: "ALTER TABLE client_products RENAME COLUMN fixed_cost TO unit_cost;" }] },
  {
    title: "Undo",
    procedure: "ROLLBACK" as const,
    steps: [{ kind: "SQL" as const, title: "Rename back", sql: "ALTER TABLE client_products RENAME COLUMN unit_cost TO fixed_cost;" }],
  },
];

/** A runbook with `published` published versions and a draft holding `phases`. */
async function insertRunbook(options: { published?: number; phases?: Parameters<typeof phasesData>[0]; lockVersion?: number } = {}) {
  const owner = await insertUser(["LEAD"]);
  const prisma = testPrisma();
  const runbook = await prisma.runbook.create({ data: { slug: `rb-${uniqueSuffix()}`, ownerId: owner.id } });
  for (let n = 1; n <= (options.published ?? 0); n++) {
    await prisma.runbookVersion.create({
      data: {
        runbookId: runbook.id,
        number: n,
        status: "PUBLISHED",
        title: `v${n}`,
        riskLevel: "HIGH",
        createdById: owner.id,
        publishedById: owner.id,
        publishedAt: new Date(),
        phases: { create: phasesData(GOOD_PHASES) },
      },
    });
  }
  const draft = await prisma.runbookVersion.create({
    data: {
      runbookId: runbook.id,
      draftOfRunbookId: runbook.id,
      status: "DRAFT",
      title: "Draft",
      riskLevel: "HIGH",
      createdById: owner.id,
      lockVersion: options.lockVersion ?? 3,
      phases: { create: phasesData(options.phases ?? GOOD_PHASES) },
    },
  });
  return { owner, runbookId: runbook.id, draft };
}

const versionRow = (id: string) => testPrisma().runbookVersion.findUniqueOrThrow({ where: { id } });
const publishedEvents = (runbookId: string) =>
  testPrisma().auditEvent.findMany({ where: { type: "runbook.published", targetType: "runbook", targetId: runbookId }, orderBy: { seq: "asc" } });

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

describe("publishDraft", () => {
  it("publishes the draft as the next number, freezes it, frees the draft slot and audits it", async () => {
    const { owner, runbookId, draft } = await insertRunbook({ published: 2 });
    const before = Date.now();
    const result = await publishDraft({ versionId: draft.id, expectedLockVersion: 3, actor: owner });

    expect(result).toEqual({ runbookId, versionId: draft.id, number: 3 });
    const row = await versionRow(draft.id);
    expect(row).toMatchObject({ status: "PUBLISHED", number: 3, draftOfRunbookId: null, publishedById: owner.id, lockVersion: 4 });
    expect(row.publishedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await testPrisma().runbook.findUniqueOrThrow({ where: { id: runbookId }, select: { draft: { select: { id: true } } } })).toEqual({ draft: null });

    const events = await publishedEvents(runbookId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: owner.id, actorLabel: owner.email, payload: { versionId: draft.id, number: 3 } });
  });

  it("numbers a runbook's first version 1", async () => {
    const { owner, draft } = await insertRunbook();
    expect((await publishDraft({ versionId: draft.id, expectedLockVersion: 3, actor: owner })).number).toBe(1);
  });

  it("lets exactly one of two concurrent publishes of the same draft through", async () => {
    const { owner, runbookId, draft } = await insertRunbook({ published: 1 });
    const other = await insertUser(["LEAD"]);
    const outcomes = await Promise.allSettled([
      publishDraft({ versionId: draft.id, expectedLockVersion: 3, actor: owner }),
      publishDraft({ versionId: draft.id, expectedLockVersion: 3, actor: other }),
      publishDraft({ versionId: draft.id, expectedLockVersion: 3, actor: owner }),
    ]);
    const fulfilled = outcomes.filter((o) => o.status === "fulfilled");
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(2);
    for (const r of rejected) {
      expect(r.reason).toBeInstanceOf(ConflictError);
      expect((r.reason as Error).message).toMatch(/already published as version 2/);
    }
    expect(await testPrisma().runbookVersion.count({ where: { runbookId, status: "PUBLISHED" } })).toBe(2);
    expect(await publishedEvents(runbookId)).toHaveLength(1);
  });

  it("refuses a stale lockVersion and changes nothing", async () => {
    const { owner, runbookId, draft } = await insertRunbook({ published: 1, lockVersion: 5 });
    const error = await rejectionOf(publishDraft({ versionId: draft.id, expectedLockVersion: 4, actor: owner }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(STALE_DRAFT_MESSAGE);
    expect(await versionRow(draft.id)).toMatchObject({ status: "DRAFT", number: null, draftOfRunbookId: runbookId, lockVersion: 5 });
    expect(await publishedEvents(runbookId)).toHaveLength(0);
  });

  it("refuses to publish an already published version again", async () => {
    const { owner, draft } = await insertRunbook();
    await publishDraft({ versionId: draft.id, expectedLockVersion: 3, actor: owner });
    const error = await rejectionOf(publishDraft({ versionId: draft.id, expectedLockVersion: 4, actor: owner }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/already published as version 1/);
  });

  it("refuses SQL that does not parse, listing every broken step, and changes nothing", async () => {
    const { owner, runbookId, draft } = await insertRunbook({
      published: 1,
      phases: [
        {
          title: "Migrate",
          steps: [
            { kind: "SQL", title: "Rename", sql: "ALTER TABLE t RENAME COLUMN a TO b;" },
            { kind: "SQL", title: "Typo", sql: "SELEC 1;" },
          ],
        },
        {
          title: "Verify",
          steps: [
            { kind: "QUERY_CHECK", title: "Empty check", sql: "   " },
            { kind: "MANUAL", title: "Look", sql: "not sql at all" },
          ],
        },
        { title: "Undo", procedure: "ROLLBACK", steps: [{ kind: "SQL", title: "Broken undo", sql: "SELECT 1;\nALTER TABLE t RENAME COLUMN b;" }] },
      ],
    });
    const error = await rejectionOf(publishDraft({ versionId: draft.id, expectedLockVersion: 3, actor: owner }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/SQL of 3 steps does not parse/);
    const lines = (error as ValidationError).fieldErrors.sql!;
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Phase 1 “Migrate”, step 2 “Typo”: line 1, column \d+: .*syntax error/);
    expect(lines[1]).toBe("Phase 2 “Verify”, step 1 “Empty check”: has no SQL");
    expect(lines[2]).toMatch(/^Rollback phase 1 “Undo”, step 1 “Broken undo”: line 2, column \d+/);

    expect(await versionRow(draft.id)).toMatchObject({ status: "DRAFT", number: null, draftOfRunbookId: runbookId, lockVersion: 3 });
    expect(await publishedEvents(runbookId)).toHaveLength(0);
  });

  it("refuses a draft without main phases", async () => {
    const { owner, draft } = await insertRunbook({ phases: [{ title: "Undo", procedure: "ROLLBACK", steps: [] }] });
    const error = await rejectionOf(publishDraft({ versionId: draft.id, expectedLockVersion: 3, actor: owner }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe(EMPTY_DRAFT_MESSAGE);
    expect((await versionRow(draft.id)).status).toBe("DRAFT");
  });

  it("refuses unknown and malformed ids as not found", async () => {
    const { owner } = await insertRunbook();
    for (const versionId of ["nope", "0190c0de-0000-7000-8000-000000000000"]) {
      const error = await rejectionOf(publishDraft({ versionId, expectedLockVersion: 1, actor: owner }));
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as Error).message).toBe(DRAFT_NOT_FOUND_MESSAGE);
    }
  });

  it("re-checks the actor's row: a DBA or a deactivated lead publishes nothing", async () => {
    const { runbookId, draft } = await insertRunbook();
    const dba = await insertUser(["DBA"]);
    expect(await rejectionOf(publishDraft({ versionId: draft.id, expectedLockVersion: 3, actor: dba }))).toBeInstanceOf(ForbiddenError);
    const formerLead = await insertUser(["LEAD"]);
    await testPrisma().user.update({ where: { id: formerLead.id }, data: { isActive: false } });
    const error = await rejectionOf(publishDraft({ versionId: draft.id, expectedLockVersion: 3, actor: formerLead }));
    expect((error as Error).message).toBe(NOT_PUBLISHER_MESSAGE);
    expect((await versionRow(draft.id)).status).toBe("DRAFT");
    expect(await publishedEvents(runbookId)).toHaveLength(0);
  });

  it("rolls the publish back when its audit event cannot be written", async () => {
    const { owner, runbookId, draft } = await insertRunbook();
    audit.failNext = true;
    await expect(publishDraft({ versionId: draft.id, expectedLockVersion: 3, actor: owner })).rejects.toThrow("audit store unavailable");
    expect(await versionRow(draft.id)).toMatchObject({ status: "DRAFT", number: null, draftOfRunbookId: runbookId });
  });

  describe("danger lint findings (issue 10 item 6)", () => {
    const DANGER_PHASES = [
      { title: "Backup", steps: [{ kind: "MANUAL" as const, title: "Take a backup" }] },
      {
        title: "Clean up",
        steps: [
          { kind: "SQL" as const, title: "Drop the old table", sql: "SELECT 1;\nDROP TABLE old_products;" },
          { kind: "SQL" as const, title: "Empty the staging rows", sql: "DELETE FROM staging_rows;" },
        ],
      },
    ];

    async function dangerDraft() {
      const made = await insertRunbook({ phases: DANGER_PHASES });
      const steps = await testPrisma().step.findMany({ where: { phase: { versionId: made.draft.id } }, select: { id: true, title: true } });
      const idOf = (title: string) => steps.find((s) => s.title === title)!.id;
      return { ...made, dropId: idOf("Drop the old table"), deleteId: idOf("Empty the staging rows") };
    }

    it("refuses to publish while a danger finding is unacknowledged, naming each, and changes nothing", async () => {
      const { owner, runbookId, draft, dropId } = await dangerDraft();
      const partial = [{ stepId: dropId, rule: "ban-drop-table", line: 2, reason: "The table is unused since v7; backed up in phase 1." }];
      const error = await rejectionOf(publishDraft({ versionId: draft.id, expectedLockVersion: 3, acknowledgements: partial, actor: owner }));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toBe(unacknowledgedMessage(1));
      expect((error as ValidationError).fieldErrors.acknowledgements).toEqual(["Phase 2 “Clean up”, step 2 “Empty the staging rows”: delete-without-where at line 1"]);
      expect(await versionRow(draft.id)).toMatchObject({ status: "DRAFT", number: null, lockVersion: 3, lintAcknowledgements: [] });
      expect(await publishedEvents(runbookId)).toHaveLength(0);
    });

    it("refuses an acknowledgement without a reason", async () => {
      const { owner, draft, dropId, deleteId } = await dangerDraft();
      const acks = [
        { stepId: dropId, rule: "ban-drop-table", line: 2, reason: "   " },
        { stepId: deleteId, rule: "delete-without-where", line: 1, reason: "Staging rows are rebuilt nightly." },
      ];
      const error = await rejectionOf(publishDraft({ versionId: draft.id, expectedLockVersion: 3, acknowledgements: acks, actor: owner }));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.acknowledgements).toEqual(["Say why this risk is acceptable."]);
      expect(await versionRow(draft.id)).toMatchObject({ status: "DRAFT" });
    });

    it("publishes with every danger finding acknowledged: stored on the version and audited one event per finding", async () => {
      const { owner, runbookId, draft, dropId, deleteId } = await dangerDraft();
      const acks = [
        { stepId: dropId, rule: "ban-drop-table", line: 2, reason: "The table is unused since v7; backed up in phase 1." },
        { stepId: deleteId, rule: "delete-without-where", line: 1, reason: "Staging rows are rebuilt nightly." },
        // naming no danger finding: dropped, never stored
        { stepId: deleteId, rule: "ban-truncate", line: 9, reason: "Not a finding." },
      ];
      expect(await publishDraft({ versionId: draft.id, expectedLockVersion: 3, acknowledgements: acks, actor: owner })).toMatchObject({ number: 1 });
      const row = await versionRow(draft.id);
      expect(row.status).toBe("PUBLISHED");
      expect(row.lintAcknowledgements).toEqual([
        { ...acks[0], acknowledgedById: owner.id, acknowledgedByLabel: owner.email, acknowledgedAt: row.publishedAt!.toISOString() },
        { ...acks[1], acknowledgedById: owner.id, acknowledgedByLabel: owner.email, acknowledgedAt: row.publishedAt!.toISOString() },
      ]);
      const events = await testPrisma().auditEvent.findMany({ where: { type: "runbook.lint_acknowledged", targetId: runbookId }, orderBy: { seq: "asc" } });
      expect(events.map((e) => e.payload)).toEqual([
        { versionId: draft.id, number: 1, stepId: dropId, rule: "ban-drop-table", line: 2, reason: acks[0]!.reason },
        { versionId: draft.id, number: 1, stepId: deleteId, rule: "delete-without-where", line: 1, reason: acks[1]!.reason },
      ]);
      expect(events.every((e) => e.actorId === owner.id)).toBe(true);
    });

    it("still refuses a replay of the publish with acknowledgements but a stale draft version", async () => {
      const { owner, runbookId, draft, dropId, deleteId } = await dangerDraft();
      const acks = [
        { stepId: dropId, rule: "ban-drop-table", line: 2, reason: "Backed up in phase 1." },
        { stepId: deleteId, rule: "delete-without-where", line: 1, reason: "Rebuilt nightly." },
      ];
      // the draft was saved after the review (lockVersion 3 → 4): the acknowledged findings may no longer be the draft's
      await testPrisma().runbookVersion.update({ where: { id: draft.id }, data: { lockVersion: 4 } });
      const error = await rejectionOf(publishDraft({ versionId: draft.id, expectedLockVersion: 3, acknowledgements: acks, actor: owner }));
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as Error).message).toBe(STALE_DRAFT_MESSAGE);
      expect(await versionRow(draft.id)).toMatchObject({ status: "DRAFT", lintAcknowledgements: [] });
      expect(await testPrisma().auditEvent.count({ where: { type: "runbook.lint_acknowledged", targetId: runbookId } })).toBe(0);
    });
  });
});
