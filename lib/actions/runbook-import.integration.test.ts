// The Markdown import actions end to end below the browser: session → validation → `runbook.edit`
// → importRunbook. A preview writes nothing; saving creates the runbook, its draft and the audit
// event; refusals change nothing and wrong-role refusals are audited.
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { UnauthenticatedError } from "@/lib/errors";
import { MAX_IMPORT_BYTES } from "@/lib/domain/markdown/import-input";
import { moveImportItem } from "@/lib/domain/markdown/arrange-import";
import type { TParsedRunbook } from "@/lib/domain/markdown/types";
import type { TRole } from "@/lib/auth/permissions";
import type { TSessionUser } from "@/lib/auth/session";
import { SEED_003_PATH } from "@/lib/testing/seeds";

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

const { previewRunbookImportAction, importRunbookAction } = await import("./runbook-import");

const SEED_003 = readFileSync(SEED_003_PATH, "utf8");

const SMALL = (title: string) => `# ${title}

Overview before the first phase.

## Phase 1: Schema (5 minutes)

- [ ] Backup taken

\`\`\`sql
ALTER TABLE orders RENAME COLUMN total TO amount;
\`\`\`

**Success Criteria**:
- Column renamed

## Phase 2: Restart (2 minutes)

\`\`\`bash
systemctl restart api
\`\`\`

## Rollback Procedure

### Step 1: Undo

\`\`\`sql
ALTER TABLE orders RENAME COLUMN amount TO total;
\`\`\`

## Sign-off

- Deployment Lead
- Database Admin
`;

async function signIn(roles: TRole[]): Promise<TSessionUser> {
  const row = await testPrisma().user.create({ data: { email: `imp-${uniqueSuffix()}@example.test`, name: "Ima Porter", roles } });
  session.user = { id: row.id, name: row.name, email: row.email, roles };
  return session.user;
}

/** What the signed-in person owns and did: scoped, so tests running beside these on the same database do not disturb them. */
const counts = async () => {
  const prisma = testPrisma();
  const userId = session.user?.id ?? "00000000-0000-0000-0000-000000000000";
  const [runbooks, versions, steps, audit] = await Promise.all([
    prisma.runbook.count({ where: { ownerId: userId } }),
    prisma.runbookVersion.count({ where: { createdById: userId } }),
    prisma.step.count({ where: { phase: { version: { createdById: userId } } } }),
    prisma.auditEvent.count({ where: { actorId: userId } }),
  ]);
  return { runbooks, versions, steps, audit };
};

beforeEach(() => {
  session.user = null;
  revalidatePath.mockClear();
});

describe("previewRunbookImportAction", () => {
  it("returns the parsed structure and SQL lint, and writes nothing — not even an audit event", async () => {
    await signIn(["DBA"]);
    const before = await counts();
    const result = await previewRunbookImportAction({ markdown: SEED_003 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { runbook } = result.data;
    expect(runbook.phases.map((p) => p.estimatedMinutes)).toEqual([null, 5, 5, 10, 5, 5, 3, 5, 1440, null]);
    expect(runbook.rollback?.phases).toHaveLength(8);
    expect(runbook.signoffRoles.length).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("lints each SQL step of the preview", async () => {
    await signIn(["LEAD"]);
    const result = await previewRunbookImportAction({ markdown: SMALL(`Preview ${uniqueSuffix()}`) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.runbook.phases.map((p) => p.title)).toEqual(["Schema", "Restart"]);
    expect(result.data.sqlFindings["main:0:0"]?.map((f) => f.rule)).toEqual(["rename-column"]);
    expect(result.data.sqlFindings["rollback:0:0"]?.map((f) => f.rule)).toEqual(["rename-column"]);
    expect(Object.keys(result.data.sqlFindings)).toHaveLength(2);
  });
});

describe("importRunbookAction", () => {
  it("creates the runbook with its draft and the runbook.created event, and refreshes the list", async () => {
    const user = await signIn(["LEAD"]);
    const title = `Imported ${uniqueSuffix()}`;
    const result = await importRunbookAction({ markdown: SMALL(title) });
    expect(result).toMatchObject({ ok: true, data: { runbookId: expect.any(String), versionId: expect.any(String) } });
    if (!result.ok) return;
    const version = await testPrisma().runbookVersion.findUniqueOrThrow({
      where: { id: result.data.versionId },
      include: { phases: { include: { steps: true } }, signoffSheet: { orderBy: { position: "asc" } } },
    });
    expect(version).toMatchObject({ status: "DRAFT", title, runbookId: result.data.runbookId, draftOfRunbookId: result.data.runbookId, createdById: user.id });
    expect(version.phases).toHaveLength(3);
    expect(version.signoffSheet.map((l) => l.role)).toEqual(["LEAD", "DBA"]);
    const events = await testPrisma().auditEvent.findMany({ where: { targetType: "runbook", targetId: result.data.runbookId } });
    expect(events.map((e) => [e.type, e.actorId])).toEqual([["runbook.created", user.id]]);
    expect(events[0]!.payload).toEqual({ title, source: "import" });
    expect(revalidatePath).toHaveBeenCalledWith("/runbooks");
  });

  it("saves the preview as the lead arranged it: an item moved between checklist, criteria, steps and notes", async () => {
    await signIn(["LEAD"]);
    const title = `Arranged ${uniqueSuffix()}`;
    const markdown = SMALL(title);
    const preview = await previewRunbookImportAction({ markdown });
    if (!preview.ok) throw new Error("preview refused");
    const at = (place: "checklist" | "criterion" | "step" | "notes", index: number) => ({ procedure: "main" as const, phase: 0, place, index });
    const step = (rb: TParsedRunbook, from: Parameters<typeof moveImportItem>[1], to: Parameters<typeof moveImportItem>[2]) => {
      const moved = moveImportItem(rb, from, to);
      if (!moved.ok) throw new Error(moved.message);
      return moved.runbook;
    };
    // the criterion was really a check to tick; the checklist item, a step to do
    const arranged = step(step(preview.data.runbook, at("criterion", 0), "checklist"), at("checklist", 0), "step");
    const result = await importRunbookAction({ markdown, parsed: arranged });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const phase = await testPrisma().phase.findFirstOrThrow({
      where: { versionId: result.data.versionId, procedure: "MAIN", position: 1 },
      include: { steps: { orderBy: { position: "asc" } }, checklistItems: { orderBy: { position: "asc" } }, successCriteria: { orderBy: { position: "asc" } } },
    });
    expect(phase.checklistItems.map((c) => c.text)).toEqual(["Column renamed"]);
    expect(phase.successCriteria).toEqual([]);
    expect(phase.steps.map((s) => [s.kind, s.title])).toEqual([
      ["SQL", expect.any(String)],
      ["MANUAL", "Backup taken"],
    ]);
  });

  it("checks an arrangement again on the server: one the draft cannot hold is refused with the item named, and nothing is saved", async () => {
    await signIn(["LEAD"]);
    const title = `Too long ${uniqueSuffix()}`;
    const markdown = `# ${title}\n\n## Phase 1: Go (5 minutes)\n\n- [ ] Ready\n\n${"A very long paragraph of context. ".repeat(70)}\n`;
    const preview = await previewRunbookImportAction({ markdown });
    if (!preview.ok) throw new Error("preview refused");
    expect(preview.data.runbook.phases[0]?.notes.length).toBeGreaterThan(2000);
    const moved = moveImportItem(preview.data.runbook, { procedure: "main", phase: 0, place: "notes", index: 0 }, "checklist");
    if (!moved.ok) throw new Error(moved.message);
    const before = await counts();
    const refused = await importRunbookAction({ markdown, parsed: moved.runbook });
    expect(refused).toMatchObject({ ok: false, validationErrors: { _form: [expect.stringMatching(/^Phase “Go”, checklist item 2: Use at most 2,000 characters/)] } });
    // and a structure that is not a runbook at all
    const tampered = await importRunbookAction({ markdown, parsed: { ...preview.data.runbook, phases: [{ title: "x" }] } });
    expect(tampered).toMatchObject({ ok: false, validationErrors: { _form: [expect.stringMatching(/could not be read as a runbook/)] } });
    expect(await counts()).toEqual(before);
  });

  it("refuses an unreadable document inline and saves nothing", async () => {
    await signIn(["LEAD"]);
    const before = await counts();
    const result = await importRunbookAction({ markdown: "binary\u0000junk" });
    expect(result).toMatchObject({ ok: false, validationErrors: { _form: [expect.stringMatching(/binary/)] } });
    expect(await counts()).toEqual(before);
  });
});

describe.each([
  { name: "previewRunbookImportAction", run: (markdown: string) => previewRunbookImportAction({ markdown }) },
  { name: "importRunbookAction", run: (markdown: string) => importRunbookAction({ markdown }) },
])("$name refusals", ({ run }) => {
  it("refuses a signed-out caller", async () => {
    const title = `Signed out ${uniqueSuffix()}`;
    expect(await run(SMALL(title))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await testPrisma().runbookVersion.count({ where: { title } })).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it.each<{ roles: TRole[] }>([{ roles: ["MANAGER"] }, { roles: ["ADMIN"] }])("refuses roles $roles, audits access.denied and writes nothing else", async ({ roles }) => {
    const user = await signIn(roles);
    const before = await counts();
    const result = await run(SMALL(`Refused ${uniqueSuffix()}`));
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const denied = await testPrisma().auditEvent.findMany({ where: { type: "access.denied", actorId: user.id } });
    expect(denied).toHaveLength(1);
    expect(denied[0]!.payload).toMatchObject({ permission: "runbook.edit" });
    const after = await counts();
    expect(after).toEqual({ ...before, audit: before.audit + 1 });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("refuses a document over 2 MB as a validation error, before parsing it", async () => {
    await signIn(["LEAD"]);
    const before = await counts();
    const huge = `# Huge\n\n${"x".repeat(MAX_IMPORT_BYTES)}`;
    const result = await run(huge);
    expect(result).toMatchObject({ ok: false, validationErrors: { markdown: [expect.stringMatching(/over the 2 MB limit/)] } });
    // nothing imported; the refused attempt itself is on record (rule 8), naming the field, not its text
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
    const [rejected] = await testPrisma().auditEvent.findMany({ where: { type: "input.rejected", actorId: session.user!.id }, orderBy: { seq: "desc" }, take: 1 });
    expect(rejected!.payload).toEqual({ action: expect.stringMatching(/^(previewRunbookImportAction|importRunbookAction)$/), fields: ["markdown"] });
  });

  it("refuses an empty document", async () => {
    await signIn(["LEAD"]);
    expect(await run("  \n ")).toMatchObject({ ok: false, validationErrors: { markdown: [expect.stringMatching(/Paste a Markdown runbook/)] } });
  });
});
