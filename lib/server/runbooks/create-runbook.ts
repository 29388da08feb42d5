// The one way a runbook comes into being (issue 16 item 4; STYLE.md: one use-case that creates an
// aggregate): the runbook row, its DRAFT version with the given content — empty from the editor's
// "New runbook", an imported document's phases, steps and sign-off sheet from an import — and the
// `runbook.created` audit event, in one transaction (PRODUCT.md rule 8). The content is checked
// here against the draft schema, whoever calls. Takes its Prisma client as an argument and does not
// import "server-only": the CLI's import runs it too.
import type { TPrisma, TTx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { ZDraftContent, draftFieldErrors, type TDraftContent } from "@/lib/domain/runbook/draft";
import { ValidationError } from "@/lib/errors";
import { versionHeaderColumns, writeVersionContent } from "./write-version-content";

export type TRunbookActor = TActor & { id: string };
export type TCreatedRunbook = { runbookId: string; versionId: string; slug: string };

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

async function uniqueSlug(tx: TTx, base: string): Promise<string> {
  const taken = new Set((await tx.runbook.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The content checked as a draft holds it; throws ValidationError with the fields' messages. */
function checkContent(content: unknown): TDraftContent {
  const checked = ZDraftContent.safeParse(content);
  if (!checked.success) throw new ValidationError("Some fields need attention.", draftFieldErrors(checked.error));
  return checked.data;
}

export async function createRunbook(input: {
  prisma: TPrisma;
  /** the draft's content (ZDraftContent's input: `{ title, riskLevel }` alone is an empty draft) */
  content: unknown;
  actor: TRunbookActor;
  source: "editor" | "import";
  /** an import's document, kept with the version */
  sourceMarkdown?: string;
}): Promise<TCreatedRunbook> {
  const content = checkContent(input.content);
  const { prisma, actor, source } = input;
  const save = () =>
    prisma.$transaction(async (tx) => {
      const slug = await uniqueSlug(tx, slugify(content.title));
      const runbook = await tx.runbook.create({ data: { slug, ownerId: actor.id }, select: { id: true, slug: true } });
      const version = await tx.runbookVersion.create({
        data: {
          runbookId: runbook.id,
          draftOfRunbookId: runbook.id,
          status: "DRAFT",
          ...versionHeaderColumns(content),
          sourceMarkdown: input.sourceMarkdown ?? null,
          createdById: actor.id,
        },
        select: { id: true },
      });
      await writeVersionContent(tx, version.id, content);
      await appendAuditEvent(tx, { actor, targetType: "runbook", targetId: runbook.id }, { type: "runbook.created", payload: { title: content.title, source } });
      return { runbookId: runbook.id, versionId: version.id, slug: runbook.slug };
    });
  try {
    return await save();
  } catch (error) {
    // two runbooks of the same title at once: the unique slug refuses one; it takes the next free one
    if (isUniqueViolation(error, "slug")) return save();
    throw error;
  }
}
