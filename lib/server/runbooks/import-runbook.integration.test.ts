// Markdown import and export on the real database (PRODUCT.md "Import and export", rule 8).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { ValidationError } from "@/lib/errors";
import { parseRunbookMarkdown } from "@/lib/domain/markdown/parse-runbook";
import { exportRunbookVersion } from "./export-runbook-version";
import { slugify } from "./create-runbook";
import { importRunbook, roleForSignoffLine } from "./import-runbook";
import { DEMO_RUNBOOK_SLUG, seedDemo } from "@/lib/server/seed/seed-demo";
import { SEED_001_PATH, SEED_003_PATH } from "@/lib/testing/seeds";

const SEED_003 = readFileSync(SEED_003_PATH, "utf8");
const SEED_001 = readFileSync(SEED_001_PATH, "utf8");

async function insertLead() {
  const user = await testPrisma().user.create({ data: { email: `lead-${uniqueSuffix()}@example.test`, name: "Lee Lead", roles: ["LEAD"] } });
  return { id: user.id, label: user.email };
}

const withoutWarnings = <T extends { warnings: string[] }>({ warnings: _w, ...rest }: T) => rest;

describe("importRunbook", () => {
  it("saves seed 003 as a draft with every phase, step, item, criterion and sign-off line, audited in the same transaction", async () => {
    const prisma = testPrisma();
    const actor = await insertLead();
    const { parsed, saved } = await importRunbook({ prisma, markdown: SEED_003, actor });
    expect(saved).not.toBeNull();

    const version = await prisma.runbookVersion.findUniqueOrThrow({
      where: { id: saved!.versionId },
      include: {
        runbook: true,
        phases: {
          orderBy: [{ procedure: "asc" }, { position: "asc" }],
          include: { steps: { orderBy: { position: "asc" } }, checklistItems: { orderBy: { position: "asc" } }, successCriteria: { orderBy: { position: "asc" } } },
        },
        signoffSheet: { orderBy: { position: "asc" } },
      },
    });
    expect(version).toMatchObject({
      status: "DRAFT",
      number: null,
      draftOfRunbookId: version.runbookId,
      riskLevel: "HIGH",
      estimatedMinutes: 45,
      rollbackMinutes: 20,
      createdById: actor.id,
      sourceMarkdown: SEED_003,
    });
    expect(version.runbook.slug).toMatch(/^deployment-runbook-migration-001-fixed-cost-to-fixed-fee-facilitated(-\d+)?$/);
    const main = version.phases.filter((p) => p.procedure === "MAIN");
    const rollback = version.phases.filter((p) => p.procedure === "ROLLBACK");
    // the pre-deployment checklist and the post-deployment tasks are phases around the 8 of the document
    expect(main.map((p) => p.estimatedMinutes)).toEqual([null, 5, 5, 10, 5, 5, 3, 5, 1440, null]);
    expect(main.map((p) => p.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rollback).toHaveLength(8);
    expect(main.flatMap((p) => p.successCriteria)).toHaveLength(31);
    expect(main.map((p) => p.checklistItems.length)).toEqual([16, 0, 0, 0, 0, 0, 0, 26, 8, 12]);
    expect([...main, ...rollback].flatMap((p) => p.checklistItems)).toHaveLength(67);
    expect(main.map((p) => p.failurePolicy)).toEqual(["STOP", "STOP", "ROLLBACK", "ROLLBACK", "ROLLBACK", "ROLLBACK", "STOP", "ROLLBACK", "STOP", "STOP"]);
    const stop = main[4]!.steps[0]!;
    expect(stop).toMatchObject({
      kind: "COMMAND",
      language: "powershell",
      commandArgv: ["pm2", "stop", "kingstons-api"],
      instructions: "```powershell\n# Stop PM2 process\npm2 stop kingstons-api\n```",
    });
    expect(main[1]!.steps[1]).toMatchObject({ kind: "SQL", sql: "\\i backend/migrations/validation/001_pre_migration_baseline.sql", statementTimeoutMs: 60_000 });
    expect(version.signoffSheet.map((l) => [l.label, l.role])).toEqual([
      ["Deployment Lead", "LEAD"],
      ["Database Admin", "DBA"],
      ["Product Owner", null],
      ["Post-Deployment Verification", null],
    ]);
    // one stored free text: the preamble, then the runbook's notes
    expect(version.preamble).toBe(`${parsed.preamble}\n\n${parsed.appendix}`);

    const events = await prisma.auditEvent.findMany({ where: { targetType: "runbook", targetId: version.runbookId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "runbook.created", actorId: actor.id, payload: { title: parsed.title, source: "import" } });
  });

  it("gives a second import of the same title its own slug", async () => {
    const prisma = testPrisma();
    const actor = await insertLead();
    const title = `Same title ${uniqueSuffix()}`;
    const doc = `# ${title}\n\n## Phase 1: Only (5 minutes)\n\n- [ ] tick\n`;
    const a = await importRunbook({ prisma, markdown: doc, actor });
    const b = await importRunbook({ prisma, markdown: doc, actor });
    expect(a.saved!.slug).toBe(slugify(title));
    expect(b.saved!.slug).toBe(`${slugify(title)}-2`);
  });

  it("writes nothing on a dry run, or when the document cannot be read", async () => {
    const prisma = testPrisma();
    const actor = await insertLead();
    const before = await prisma.runbook.count();
    const dry = await importRunbook({ prisma, markdown: SEED_001, actor, dryRun: true });
    expect(dry.saved).toBeNull();
    expect(dry.parsed.phases).toHaveLength(9);
    await expect(importRunbook({ prisma, markdown: "   \n", actor })).rejects.toBeInstanceOf(ValidationError);
    await expect(importRunbook({ prisma, markdown: "a\u0000b", actor })).rejects.toBeInstanceOf(ValidationError);
    expect(await prisma.runbook.count()).toBe(before);
  });

  it("exports a saved draft to Markdown that imports back to the same structure", async () => {
    const prisma = testPrisma();
    const actor = await insertLead();
    for (const source of [SEED_003, SEED_001]) {
      const { saved } = await importRunbook({ prisma, markdown: source, actor });
      const { markdown } = await exportRunbookVersion({ prisma, versionId: saved!.versionId });
      const original = parseRunbookMarkdown(source);
      const again = parseRunbookMarkdown(markdown);
      // stored phases always have a failure policy (STOP by default); the rollback heading is not stored
      const normalise = (r: ReturnType<typeof parseRunbookMarkdown>) => {
        const rest = withoutWarnings(r);
        const phase = (p: (typeof rest.phases)[number]) => ({ ...p, failurePolicy: p.failurePolicy ?? "STOP" });
        // a version stores the runbook's notes after its preamble, in one text
        const preamble = [rest.preamble, rest.appendix].filter(Boolean).join("\n\n");
        return {
          ...rest,
          preamble,
          appendix: "",
          riskLevel: rest.riskLevel ?? "MEDIUM",
          phases: rest.phases.map(phase),
          rollback: rest.rollback && { phases: rest.rollback.phases.map(phase) },
        };
      };
      expect(normalise(again)).toEqual(normalise(original));
    }
  });

  it("carries a SQL step's outsideTransaction and lockRetries through export and import", async () => {
    const prisma = testPrisma();
    const actor = await insertLead();
    const markdown = "# Index depots\n\n## Phase 1: Build (5 minutes)\n\n```sql\nCREATE INDEX CONCURRENTLY shipments_depot_idx ON shipments (depot_id);\n```\n";
    const { saved } = await importRunbook({ prisma, markdown, actor });
    const step = await prisma.step.findFirstOrThrow({ where: { phase: { versionId: saved!.versionId }, kind: "SQL" }, select: { id: true } });
    await prisma.step.update({ where: { id: step.id }, data: { outsideTransaction: true, lockRetries: 5 } });
    const exported = await exportRunbookVersion({ prisma, versionId: saved!.versionId });
    expect(exported.markdown).toContain('"outsideTransaction":true,"lockRetries":5');
    const again = await importRunbook({ prisma, markdown: exported.markdown, actor });
    const back = await prisma.step.findFirstOrThrow({
      where: { phase: { versionId: again.saved!.versionId }, kind: "SQL" },
      select: { outsideTransaction: true, lockRetries: true },
    });
    expect(back).toEqual({ outsideTransaction: true, lockRetries: 5 });
  });

  it("exports the demo runbook's published version to Markdown that imports back with every step kind, limit, phase field and criterion binding", async () => {
    const prisma = testPrisma();
    await seedDemo({ prisma, demoTargetUrl: process.env.PHASELINE_DEMO_TARGET_URL! });
    const actor = await insertLead();
    const published = await prisma.runbookVersion.findFirstOrThrow({
      where: { runbook: { slug: DEMO_RUNBOOK_SLUG }, status: "PUBLISHED" },
      orderBy: { number: "asc" },
      select: { id: true },
    });
    const { markdown } = await exportRunbookVersion({ prisma, versionId: published.id });
    expect(markdown).toContain('<!-- phaseline:step {"kind":"QUERY_CHECK"');
    expect(markdown).toContain("<!-- phaseline:phase {");
    const { parsed, saved } = await importRunbook({ prisma, markdown, actor });
    expect(parsed.warnings).toEqual([]);

    // the stored structure, without ids; positions become order, bindings the bound step's index
    const structure = async (versionId: string) => {
      const v = await prisma.runbookVersion.findUniqueOrThrow({
        where: { id: versionId },
        include: {
          phases: {
            orderBy: [{ procedure: "asc" }, { position: "asc" }],
            include: { steps: { orderBy: { position: "asc" } }, checklistItems: { orderBy: { position: "asc" } }, successCriteria: { orderBy: { position: "asc" } } },
          },
          signoffSheet: { orderBy: { position: "asc" } },
        },
      });
      return {
        phases: v.phases.map(({ id: _id, versionId: _v, position: _p, steps, checklistItems, successCriteria, ...phase }) => ({
          ...phase,
          // a draft holds a comparison's tolerances as {} where the seed may store none
          steps: steps.map(({ id: _sid, phaseId: _pid, position: _sp, ...step }) => ({
            ...step,
            ...(step.kind === "BASELINE_COMPARE" ? { tolerances: step.tolerances ?? {} } : {}),
          })),
          checklistItems: checklistItems.map(({ text, isRequired }) => ({ text, isRequired })),
          successCriteria: successCriteria.map(({ text, stepId }) => ({ text, boundStep: stepId === null ? null : steps.findIndex((s) => s.id === stepId) })),
        })),
        signoffSheet: v.signoffSheet.map(({ label, role }) => ({ label, role })),
      };
    };
    const original = await structure(published.id);
    const again = await structure(saved!.versionId);
    // the demo exercises what Markdown alone cannot say
    const kinds = new Set(original.phases.flatMap((p) => p.steps.map((s) => s.kind)));
    expect([...kinds].sort()).toEqual(["BASELINE_CAPTURE", "BASELINE_COMPARE", "COMMAND", "HTTP_CHECK", "MANUAL", "QUERY_CHECK", "SQL"]);
    expect(original.phases.some((p) => p.isPointOfNoReturn)).toBe(true);
    expect(original.phases.some((p) => p.successCriteria.some((c) => c.boundStep !== null))).toBe(true);
    expect(again).toEqual(original);
  });

  it("carries a COMMAND step's declared variables through export and import", async () => {
    const prisma = testPrisma();
    const actor = await insertLead();
    const { saved } = await importRunbook({ prisma, markdown: SEED_003, actor });
    const command = await prisma.step.findFirstOrThrow({
      where: { phase: { versionId: saved!.versionId }, kind: "COMMAND" },
      orderBy: [{ phase: { position: "asc" } }, { position: "asc" }],
      select: { id: true, title: true },
    });
    await prisma.step.update({ where: { id: command.id }, data: { commandEnv: { PM2_HOME: "/srv/pm2", APP_ENV: "staging" } } });
    const { markdown } = await exportRunbookVersion({ prisma, versionId: saved!.versionId });
    expect(markdown).toMatch(/"commandEnv":\{("APP_ENV":"staging","PM2_HOME":"\/srv\/pm2"|"PM2_HOME":"\/srv\/pm2","APP_ENV":"staging")\}/);
    const again = await importRunbook({ prisma, markdown, actor });
    const steps = await prisma.step.findMany({ where: { phase: { versionId: again.saved!.versionId }, kind: "COMMAND", title: command.title }, select: { commandEnv: true } });
    expect(steps.map((s) => s.commandEnv)).toContainEqual({ PM2_HOME: "/srv/pm2", APP_ENV: "staging" });
  });

  it("keeps an unreadable phaseline comment as notes, with a warning", () => {
    const markdown = [
      "# Runbook",
      "## Phase 1: Check",
      '<!-- phaseline:phase {"isPointOfNoReturn":"yes"} -->',
      "**Steps**:",
      "1. Count rows",
      "",
      '   <!-- phaseline:step {"kind":"QUERY_CHECK","expectation":{"type":"nope"}} -->',
      "",
      "   ```sql",
      "   SELECT count(*) FROM t",
      "   ```",
      "",
    ].join("\n");
    const parsed = parseRunbookMarkdown(markdown);
    expect(parsed.warnings).toHaveLength(2);
    const phase = parsed.phases[0]!;
    expect(phase.isPointOfNoReturn).toBeUndefined();
    expect(phase.steps).toEqual([{ kind: "SQL", language: "sql", title: "Count rows", text: "SELECT count(*) FROM t" }]);
    expect(phase.notes).toContain('phaseline:phase {"isPointOfNoReturn":"yes"}');
    expect(phase.notes).toContain("phaseline:step");
  });

  it("maps sign-off lines to roles only when obvious", () => {
    expect(["Database Admin", "DBA", "Deployment Lead", "Product Owner", "Lead Developer"].map(roleForSignoffLine)).toEqual(["DBA", "DBA", "LEAD", null, null]);
  });
});
