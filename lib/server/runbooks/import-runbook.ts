// Markdown import (PRODUCT.md "Import and export"): the document is parsed once, checked against
// the draft's limits, and becomes a new runbook with a DRAFT version — phases, steps, checklists,
// criteria and the sign-off sheet — through createRunbook, the same use-case as the editor's "New
// runbook". Runs from the CLI as well as the app, so it takes its Prisma client as an argument and
// does not import "server-only".
import type { TPrisma } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { RunbookParseError, parseRunbookMarkdown } from "@/lib/domain/markdown/parse-runbook";
import type { TParsedRunbook } from "@/lib/domain/markdown/types";
import { checkParsedImport, draftStep, roleForSignoffLine } from "@/lib/domain/runbook/from-parsed";
import type { TDraftContent } from "@/lib/domain/runbook/draft";
import { MAX_IMPORT_BYTES } from "@/lib/domain/markdown/import-input";
import { createRunbook, type TCreatedRunbook, type TRunbookActor } from "./create-runbook";
import { parseMarkdownOffThread } from "./parse-markdown";

// the limit lives with the browser's input schema, so the page and the server refuse the same size
export { MAX_IMPORT_BYTES };
// the conversions live in the domain (lib/domain/runbook/from-parsed.ts); re-exported for their callers here
export { draftStep, roleForSignoffLine };

export type TImportActor = TRunbookActor;

export type TImportResult = {
  parsed: TParsedRunbook;
  /** null on a dry run */
  saved: TCreatedRunbook | null;
};

function checkDocument(markdown: string): void {
  if (Buffer.byteLength(markdown, "utf8") > MAX_IMPORT_BYTES) throw new ValidationError(`The document is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  if (markdown.includes("\u0000")) throw new ValidationError("The file is binary, not a Markdown document.");
}

type TCheckedImport = { parsed: TParsedRunbook; content: TDraftContent };

/** The parsed structure checked against the draft's limits; throws ValidationError with a sentence. */
function checkForImport(candidate: unknown): TCheckedImport {
  const checked = checkParsedImport(candidate);
  if (!checked.ok) throw new ValidationError(checked.message);
  return { parsed: checked.parsed, content: checked.content };
}

/**
 * Parses and checks the document on the calling thread (the CLI, tests); throws ValidationError
 * with a message a person can act on. Servers parse in a worker thread (importRunbook).
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
  return checkForImport(parsed).parsed;
}

/**
 * Creates a runbook with its draft from a document. The document is parsed once: pass `parsed`
 * (the structure a preview returned, perhaps rearranged by the lead) and it is checked again —
 * never trusted — instead of parsed; otherwise it is parsed in a worker thread.
 */
export async function importRunbook(input: { prisma: TPrisma; markdown: string; actor: TImportActor; dryRun?: boolean; parsed?: unknown }): Promise<TImportResult> {
  checkDocument(input.markdown);
  const { parsed, content } = checkForImport(input.parsed !== undefined ? input.parsed : await parseMarkdownOffThread(input.markdown));
  if (input.dryRun) return { parsed, saved: null };
  const saved = await createRunbook({ prisma: input.prisma, content, actor: input.actor, source: "import", sourceMarkdown: input.markdown });
  return { parsed, saved };
}
