// createRunbook on the real database (issue 16 item 4: one use-case creates a runbook with its
// draft, for the editor's "New runbook" and for an import): what it stores is what the editor
// reads back, it checks the content whoever calls, and a refusal writes nothing (rule 8).
import { describe, expect, it } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { ValidationError } from "@/lib/errors";
import { DRAFT_LIMITS, type TDraftContent } from "@/lib/domain/runbook/draft";
import { getDraft } from "@/lib/server/readers/get-draft";
import { createRunbook } from "./create-runbook";
import { importRunbook } from "./import-runbook";

async function insertLead() {
  const user = await testPrisma().user.create({ data: { email: `lead-${uniqueSuffix()}@example.test`, name: "Lee Lead", roles: ["LEAD"] } });
  return { id: user.id, label: user.email };
}

const events = (runbookId: string) => testPrisma().auditEvent.findMany({ where: { targetType: "runbook", targetId: runbookId }, orderBy: { seq: "asc" } });

function content(title: string): TDraftContent {
  return {
    title,
    summary: "Rename a column",
    riskLevel: "HIGH",
    estimatedMinutes: 20,
    rollbackMinutes: 5,
    requireSeparationOfDuties: false,
    preamble: "Read this first.",
    phases: [
      {
        procedure: "MAIN",
        title: "Schema",
        objective: "Rename it",
        estimatedMinutes: 5,
        failurePolicy: "ROLLBACK",
        isPointOfNoReturn: false,
        followUpOffsetMinutes: null,
        requiredSignoffRoles: ["DBA"],
        notes: "",
        steps: [
          {
            kind: "SQL",
            title: "Rename",
            instructions: "",
            language: "sql",
            sql: "ALTER TABLE t RENAME COLUMN a TO b;",
            statementTimeoutMs: 60_000,
            lockTimeoutMs: 5_000,
            outsideTransaction: false,
            lockRetries: 3,
          },
        ],
        checklistItems: [{ text: "Backup taken", isRequired: true }],
        successCriteria: [{ text: "Renamed", boundStepIndex: 0 }],
      },
      {
        procedure: "ROLLBACK",
        title: "Undo",
        objective: "",
        estimatedMinutes: null,
        failurePolicy: "STOP",
        isPointOfNoReturn: false,
        followUpOffsetMinutes: null,
        requiredSignoffRoles: [],
        notes: "Call the DBA.",
        steps: [{ kind: "MANUAL", title: "Rename it back", instructions: "By hand.", language: null }],
        checklistItems: [],
        successCriteria: [],
      },
    ],
    signoffSheet: [{ label: "Database Admin", role: "DBA" }],
  };
}

describe("createRunbook", () => {
  it("creates a runbook with an empty draft from a title and risk (the editor's New runbook)", async () => {
    const actor = await insertLead();
    const created = await createRunbook({ prisma: testPrisma(), content: { title: " Rotate keys ", riskLevel: "LOW" }, actor, source: "editor" });
    const draft = await getDraft(created.runbookId);
    expect(draft.doc).toMatchObject({ title: "Rotate keys", riskLevel: "LOW", requireSeparationOfDuties: true, preamble: "", phases: [], signoffSheet: [] });
    expect((await events(created.runbookId)).map((e) => [e.type, e.payload])).toEqual([["runbook.created", { title: "Rotate keys", source: "editor" }]]);
    const version = await testPrisma().runbookVersion.findUniqueOrThrow({ where: { id: created.versionId } });
    expect(version).toMatchObject({ status: "DRAFT", draftOfRunbookId: created.runbookId, sourceMarkdown: null });
  });

  it("stores a whole content as the editor reads it back, with the source document kept", async () => {
    const actor = await insertLead();
    const title = `Rename ${uniqueSuffix()}`;
    const created = await createRunbook({ prisma: testPrisma(), content: content(title), actor, source: "import", sourceMarkdown: "# doc" });
    const draft = await getDraft(created.runbookId);
    expect({ ...draft.doc, lockVersion: undefined }).toEqual({ ...content(title), lockVersion: undefined });
    const version = await testPrisma().runbookVersion.findUniqueOrThrow({ where: { id: created.versionId } });
    expect(version.sourceMarkdown).toBe("# doc");
    expect((await events(created.runbookId)).map((e) => e.payload)).toEqual([{ title, source: "import" }]);
  });

  it("checks the content itself and writes nothing — no runbook, no audit event — when it is refused", async () => {
    const actor = await insertLead();
    const prisma = testPrisma();
    const title = `Refused ${uniqueSuffix()}`;
    const tooMany = { ...content(title), phases: Array.from({ length: DRAFT_LIMITS.phasesMax + 1 }, () => content(title).phases[0]) };
    const before = await prisma.auditEvent.count();
    for (const bad of [
      tooMany,
      { ...content(title), riskLevel: "NONE" },
      { ...content(title), phases: [{ ...content(title).phases[0], steps: [{ kind: "DROP", title: "x" }] }] },
    ]) {
      await expect(createRunbook({ prisma, content: bad, actor, source: "import" })).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await prisma.runbookVersion.count({ where: { title } })).toBe(0);
    expect(await prisma.auditEvent.count()).toBe(before);
  });

  it("is the import's writer too: an imported title longer than a draft allows is stored as the draft holds it", async () => {
    const actor = await insertLead();
    const long = `Upgrade ${"the primary database cluster ".repeat(12)}${uniqueSuffix()}`;
    expect(long.length).toBeGreaterThan(DRAFT_LIMITS.titleMax);
    const { saved } = await importRunbook({ prisma: testPrisma(), markdown: `# ${long}\n\n## Phase 1: Go (5 minutes)\n\n- [ ] Ready\n`, actor });
    const draft = await getDraft(saved!.runbookId);
    // before createRunbook, the import wrote the parsed title as is: a draft its own editor could not save
    expect(draft.doc.title).toBe(long.slice(0, DRAFT_LIMITS.titleMax).trim());
    expect(draft.doc.phases.map((p) => [p.title, p.checklistItems.length])).toEqual([["Go", 1]]);
  });
});
