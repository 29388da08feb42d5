// Markdown import (PRODUCT.md "Import and export"): the parsed document becomes a new runbook
// with a DRAFT version — phases, steps, checklists, criteria and the sign-off sheet — in one
// transaction with its `runbook.created` audit event (rule 8). Runs from the CLI as well as the
// app, so it takes its Prisma client as an argument and does not import "server-only".
import { normaliseDisabledRules } from "@/lib/domain/sql/schema-design-rules";
import type { TPrisma, TTx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { ValidationError } from "@/lib/errors";
import { RunbookParseError, parseRunbookMarkdown } from "@/lib/domain/markdown/parse-runbook";
import type { TParsedRunbook } from "@/lib/domain/markdown/types";
import { DEFAULT_IMPORT_RISK_LEVEL, checkParsedImport, draftContentFromParsed, draftStep, roleForSignoffLine, storedPreamble } from "@/lib/domain/runbook/from-parsed";
import { writeVersionContent, type TVersionContent } from "./write-version-content";
import { MAX_IMPORT_BYTES } from "@/lib/domain/markdown/import-input";
import { parseMarkdownOffThread } from "./parse-markdown";

// the limit lives with the browser's input schema, so the page and the server refuse the same size
export { MAX_IMPORT_BYTES };
// the conversions live in the domain (lib/domain/runbook/from-parsed.ts); re-exported for their callers here
export { draftStep, roleForSignoffLine };

export type TImportActor = TActor & { id: string };

export type TImportResult = {
  parsed: TParsedRunbook;
  /** null on a dry run */
  saved: { runbookId: string; versionId: string; slug: string } | null;
};

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

/** The parsed document's phases and sign-off sheet, written by the same code as an editor's save. */
export function contentFromParsed(parsed: TParsedRunbook): TVersionContent {
  const { phases, signoffSheet } = draftContentFromParsed(parsed);
  return { phases, signoffSheet };
}

function checkDocument(markdown: string): void {
  if (Buffer.byteLength(markdown, "utf8") > MAX_IMPORT_BYTES) throw new ValidationError(`The document is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  if (markdown.includes("\u0000")) throw new ValidationError("The file is binary, not a Markdown document.");
}

/** The parsed structure checked against the draft's limits; throws ValidationError with a sentence. */
export function checkForImport(candidate: unknown): TParsedRunbook {
  const checked = checkParsedImport(candidate);
  if (!checked.ok) throw new ValidationError(checked.message);
  return checked.parsed;
}

/**
 * Parses and checks the document on the calling thread (the CLI, tests); throws ValidationError
 * with a message a person can act on. Servers use parseForImportOffThread.
 */
export function parseForImport(markdown: string): TParsedRunbook {
  checkDocument(markdown);
  let parsed: TParsedRunbook;
  try {
    parsed = parseRunbookMarkdown(markdown);
  } catch (error) {
    if (error instanceof RunbookParseError) throw new ValidationError(error.message);
    throw error;
  }
  return checkForImport(parsed);
}

/** parseForImport in a worker thread with a time budget: the request's event loop stays free. */
export async function parseForImportOffThread(markdown: string, options: { budgetMs?: number } = {}): Promise<TParsedRunbook> {
  checkDocument(markdown);
  return checkForImport(await parseMarkdownOffThread(markdown, options));
}

/**
 * Creates a runbook with its draft from a document. The document is parsed once: pass `parsed`
 * (the structure a preview returned, perhaps rearranged by the lead) and it is checked again —
 * never trusted — instead of parsed; otherwise it is parsed in a worker thread.
 */
export async function importRunbook(input: { prisma: TPrisma; markdown: string; actor: TImportActor; dryRun?: boolean; parsed?: unknown }): Promise<TImportResult> {
  checkDocument(input.markdown);
  const parsed = input.parsed !== undefined ? checkForImport(input.parsed) : await parseForImportOffThread(input.markdown);
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
          riskLevel: parsed.riskLevel ?? DEFAULT_IMPORT_RISK_LEVEL,
          estimatedMinutes: parsed.estimatedMinutes ?? null,
          rollbackMinutes: parsed.rollbackMinutes ?? null,
          disabledLintRules: normaliseDisabledRules(parsed.disabledLintRules ?? []),
          preamble: storedPreamble(parsed),
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
