// Markdown import (PRODUCT.md "Import and export"): the parsed document becomes a new runbook
// with a DRAFT version — phases, steps, checklists, criteria and the sign-off sheet — in one
// transaction with its `runbook.created` audit event (rule 8). Runs from the CLI as well as the
// app, so it takes its Prisma client as an argument and does not import "server-only".
import type { TPrisma, TTx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { ValidationError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { RunbookParseError, draftStepFromDetails, fenceCode, joinCommandLine, parseRunbookMarkdown, simpleCommandLine, splitCommandLine } from "@/lib/domain/markdown/parse-runbook";
import { ZParsedRunbook, type TParsedPhase, type TParsedRunbook, type TParsedStep } from "@/lib/domain/markdown/types";
import type { TDraftPhase, TDraftStep } from "@/lib/domain/runbook/draft";
import { writeVersionContent, type TVersionContent } from "./write-version-content";
import { MAX_IMPORT_BYTES } from "@/lib/domain/markdown/import-input";

// the limit lives with the browser's input schema, so the page and the server refuse the same size
export { MAX_IMPORT_BYTES };

const DEFAULT_RISK_LEVEL = "MEDIUM" as const;
// the same limits the seed runbook uses (prisma/seed/runbook-003.ts)
const SQL_LIMITS = { statementTimeoutMs: 60_000, lockTimeoutMs: 5_000 } as const;
const COMMAND_LIMITS = { timeoutMs: 60_000, outputCapBytes: 65_536 } as const;

export type TImportActor = TActor & { id: string };

export type TImportResult = {
  parsed: TParsedRunbook;
  /** null on a dry run */
  saved: { runbookId: string; versionId: string; slug: string } | null;
};

/** "Database Admin", "DBA" → DBA; "Deployment Lead" → LEAD; anything else signs as whoever took part. */
export function roleForSignoffLine(label: string): Role | null {
  const l = label.toLowerCase();
  if (/\bdba\b|database admin/.test(l)) return "DBA";
  if (/deployment lead|release lead|\blead engineer\b|^lead$/.test(l)) return "LEAD";
  return null;
}

export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "runbook";
}

export async function uniqueSlug(tx: TTx, base: string): Promise<string> {
  const taken = new Set((await tx.runbook.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function draftStep(step: TParsedStep): TDraftStep {
  if (step.details) {
    // an exported document's step comment: the stored kind and fields (checked by the parser)
    const fromDetails = draftStepFromDetails({ ...step, details: step.details });
    if (fromDetails.ok) return fromDetails.step;
  }
  const base = { title: step.title.slice(0, 500), language: step.language, instructions: "" };
  if (step.kind === "SQL") return { ...base, kind: "SQL", sql: step.text, ...SQL_LIMITS };
  if (step.kind === "COMMAND") {
    const line = step.language ? simpleCommandLine(step.language, step.text) : null;
    const argv = line ? splitCommandLine(line) : null;
    if (argv && argv.length > 0) {
      // comments of the snippet are kept beside the argv, so nothing the author wrote is lost
      const instructions = step.text.trim() === joinCommandLine(argv) ? "" : fenceCode(step.language, step.text);
      return { ...base, kind: "COMMAND", commandArgv: argv, instructions, ...COMMAND_LIMITS };
    }
    return { ...base, kind: "MANUAL", instructions: fenceCode(step.language, step.text) };
  }
  return { ...base, kind: "MANUAL", instructions: step.text };
}

function draftPhase(phase: TParsedPhase, procedure: "MAIN" | "ROLLBACK"): TDraftPhase {
  return {
    procedure,
    title: phase.title,
    objective: phase.objective,
    estimatedMinutes: phase.estimatedMinutes,
    failurePolicy: phase.failurePolicy ?? "STOP",
    isPointOfNoReturn: phase.isPointOfNoReturn ?? false,
    requiredSignoffRoles: phase.requiredSignoffRoles ?? [],
    notes: phase.notes,
    steps: phase.steps.map(draftStep),
    checklistItems: phase.checklistItems.map((c) => ({ text: c.text, isRequired: c.isRequired })),
    successCriteria: phase.successCriteria.map((text, i) => ({ text, boundStepIndex: phase.successCriterionSteps?.[i] ?? null })),
  };
}

/** The parsed document as a version's content, written by the same code as an editor's save. */
export function contentFromParsed(parsed: TParsedRunbook): TVersionContent {
  return {
    phases: [...parsed.phases.map((p) => draftPhase(p, "MAIN")), ...(parsed.rollback?.phases ?? []).map((p) => draftPhase(p, "ROLLBACK"))],
    signoffSheet: parsed.signoffRoles.map((label) => ({ label, role: roleForSignoffLine(label) })),
  };
}

/** Parses and checks the document; throws ValidationError with a message a person can act on. */
export function parseForImport(markdown: string): TParsedRunbook {
  if (Buffer.byteLength(markdown, "utf8") > MAX_IMPORT_BYTES) throw new ValidationError(`The document is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  if (markdown.includes("\u0000")) throw new ValidationError("The file is binary, not a Markdown document.");
  let parsed: TParsedRunbook;
  try {
    parsed = parseRunbookMarkdown(markdown);
  } catch (error) {
    if (error instanceof RunbookParseError) throw new ValidationError(error.message);
    throw error;
  }
  const checked = ZParsedRunbook.safeParse(parsed);
  if (!checked.success) throw new ValidationError(`The document could not be read as a runbook: ${checked.error.issues[0]?.message ?? "invalid structure"}.`);
  return checked.data;
}

export async function importRunbook(input: { prisma: TPrisma; markdown: string; actor: TImportActor; dryRun?: boolean }): Promise<TImportResult> {
  const parsed = parseForImport(input.markdown);
  if (input.dryRun) return { parsed, saved: null };

  const { prisma, actor } = input;
  const save = () =>
    prisma.$transaction(async (tx) => {
      const slug = await uniqueSlug(tx, slugify(parsed.title));
      const runbook = await tx.runbook.create({ data: { slug, ownerId: actor.id }, select: { id: true, slug: true } });
      const version = await tx.runbookVersion.create({
        data: {
          runbookId: runbook.id,
          draftOfRunbookId: runbook.id,
          status: "DRAFT",
          title: parsed.title,
          summary: parsed.summary,
          riskLevel: parsed.riskLevel ?? DEFAULT_RISK_LEVEL,
          estimatedMinutes: parsed.estimatedMinutes ?? null,
          rollbackMinutes: parsed.rollbackMinutes ?? null,
          // the version keeps one free text: the preamble, then the runbook's notes (appendices)
          preamble: [parsed.preamble, parsed.appendix].filter((t) => t.trim() !== "").join("\n\n"),
          sourceMarkdown: input.markdown,
          createdById: actor.id,
        },
        select: { id: true },
      });
      await writeVersionContent(tx, version.id, contentFromParsed(parsed));
      await appendAuditEvent(tx, { actor, targetType: "runbook", targetId: runbook.id }, { type: "runbook.created", payload: { title: parsed.title, source: "import" } });
      return { runbookId: runbook.id, versionId: version.id, slug: runbook.slug };
    });
  try {
    return { parsed, saved: await save() };
  } catch (error) {
    // two imports of the same title at once: the unique slug refuses one; it takes the next free one
    if (isUniqueViolation(error, "slug")) return { parsed, saved: await save() };
    throw error;
  }
}
