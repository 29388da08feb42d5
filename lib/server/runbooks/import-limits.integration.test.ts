// An import is bounded by work, not bytes (issue 16): the document is parsed once, in a worker
// thread with a time budget, so the server keeps answering; the structure is checked against the
// draft's limits before anything is saved; a previewed structure is saved as sent, checked again.
import { describe, expect, it } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { ValidationError } from "@/lib/errors";
import { parseRunbookMarkdown } from "@/lib/domain/markdown/parse-runbook";
import { importRunbook } from "./import-runbook";
import { parseMarkdownOffThread } from "./parse-markdown";

async function insertLead() {
  const user = await testPrisma().user.create({ data: { email: `lead-${uniqueSuffix()}@example.test`, name: "Lee Lead", roles: ["LEAD"] } });
  return { id: user.id, label: user.email };
}

function runbookOf(title: string, phases: number, filler = ""): string {
  const parts = [`# ${title}`, ""];
  for (let i = 1; i <= phases; i++) parts.push(`## Phase ${i}: Step ${i} (5 minutes)`, "", "- [ ] ticked", "", "```sql", `SELECT ${i};`, "```", "", filler);
  return parts.join("\n");
}

describe("import limits", () => {
  it("refuses a document of 150 phases with a clear message and saves nothing", async () => {
    const prisma = testPrisma();
    const actor = await insertLead();
    const title = `Too long ${uniqueSuffix()}`;
    const error = await importRunbook({ prisma, markdown: runbookOf(title, 150), actor }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe("A runbook may have at most 100 phases, rollback included (this document has 150): split it into several runbooks.");
    expect(await prisma.runbookVersion.count({ where: { title } })).toBe(0);
  }, 120_000);

  it("saves the structure a preview returned as the lead rearranged it, and refuses one that breaks the schema", async () => {
    const prisma = testPrisma();
    const actor = await insertLead();
    const title = `Arranged ${uniqueSuffix()}`;
    const markdown = runbookOf(title, 2);
    const { parsed } = await importRunbook({ prisma, markdown, actor, dryRun: true });
    // the lead turns the first phase's checklist item into a success criterion
    const arranged = structuredClone(parsed);
    const [item] = arranged.phases[0]!.checklistItems.splice(0, 1);
    arranged.phases[0]!.successCriteria.push(item!.text);
    const { saved } = await importRunbook({ prisma, markdown, parsed: arranged, actor });
    const phases = await prisma.phase.findMany({
      where: { versionId: saved!.versionId },
      orderBy: { position: "asc" },
      include: { checklistItems: { orderBy: { position: "asc" } }, successCriteria: { orderBy: { position: "asc" } } },
    });
    expect(phases.map((p) => [p.checklistItems.length, p.successCriteria.map((c) => c.text)])).toEqual([
      [0, ["ticked"]],
      [1, []],
    ]);

    const broken = structuredClone(parsed);
    broken.title = `Broken ${uniqueSuffix()}`;
    broken.phases[0]!.steps[0]!.title = "";
    await expect(importRunbook({ prisma, markdown, parsed: broken, actor })).rejects.toThrow(/could not be read as a runbook: phases\.0\.steps\.0\.title/);
    const tooMany = { ...structuredClone(parsed), title: `Tampered ${uniqueSuffix()}`, phases: Array.from({ length: 101 }, () => parsed.phases[0]) };
    await expect(importRunbook({ prisma, markdown, parsed: tooMany, actor })).rejects.toThrow(/at most 100 phases/);
    expect(await prisma.runbookVersion.count({ where: { title: { in: [broken.title, tooMany.title] } } })).toBe(0);
  }, 120_000);

  it("parses in a worker thread: a timer on the main thread keeps its pace during a large import", async () => {
    const markdown = runbookOf("Large", 90, `${"Some words about this phase, written at length. ".repeat(60)}\n\n`.repeat(2));
    expect(markdown.length).toBeGreaterThan(500_000);
    // the same document parsed on this thread blocks it for the whole parse
    const inlineStart = performance.now();
    parseRunbookMarkdown(markdown);
    const inlineMs = performance.now() - inlineStart;

    let last = performance.now();
    let longestGap = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
    }, 10);
    try {
      const parsed = await parseMarkdownOffThread(markdown, { budgetMs: 120_000 });
      expect(parsed.phases).toHaveLength(90);
    } finally {
      clearInterval(timer);
    }
    // the main thread kept running while the document was read (parsed here, no tick could fire)
    expect(ticks).toBeGreaterThan(2);
    // and, when the inline parse is long enough to tell, it never stalled for a large part of it
    if (inlineMs > 1000) expect(longestGap).toBeLessThan(inlineMs / 3);
  }, 240_000);

  it("refuses a document that takes longer than its time budget to read", async () => {
    await expect(parseMarkdownOffThread(runbookOf("Slow", 90), { budgetMs: 1 })).rejects.toThrow(
      "The document took longer than 1 ms to read, so it was not imported: split it into smaller runbooks.",
    );
  }, 60_000);

  it("reads import after import in the worker it keeps: after a refused document, after an overrun budget, and two at once", async () => {
    expect((await parseMarkdownOffThread(runbookOf("Kept 1", 3))).phases).toHaveLength(3);
    await expect(parseMarkdownOffThread("  \n")).rejects.toThrow("The document is empty.");
    const second = await parseMarkdownOffThread(runbookOf("Kept 2", 4));
    expect([second.title, second.phases.length]).toEqual(["Kept 2", 4]);
    await expect(parseMarkdownOffThread(runbookOf("Slow", 90), { budgetMs: 1 })).rejects.toThrow("The document took longer than 1 ms to read");
    const [a, b] = await Promise.all([parseMarkdownOffThread(runbookOf("Kept 3", 5)), parseMarkdownOffThread(runbookOf("Kept 4", 6))]);
    expect([a.title, a.phases.length, b.title, b.phases.length]).toEqual(["Kept 3", 5, "Kept 4", 6]);
    expect((await parseMarkdownOffThread(runbookOf("Kept 5", 2))).phases).toHaveLength(2);
  }, 120_000);
});
