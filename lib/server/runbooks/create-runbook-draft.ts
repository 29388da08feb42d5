// A new runbook written in the editor: the runbook and its empty draft, with the
// `runbook.created` audit event in the same transaction (PRODUCT.md rule 8). No "server-only":
// the CLI and the REST API may create runbooks too.
import { getPrisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { appendAuditEvent } from "@/lib/audit/append";
import { ZCreateRunbookDraft, draftFieldErrors } from "@/lib/domain/runbook/draft";
import { ValidationError } from "@/lib/errors";
import { slugify, uniqueSlug, type TImportActor } from "./import-runbook";

export type TCreatedRunbookDraft = { runbookId: string; versionId: string; slug: string };

export async function createRunbookDraft(input: { title: unknown; riskLevel: unknown; actor: TImportActor }): Promise<TCreatedRunbookDraft> {
  const parsed = ZCreateRunbookDraft.safeParse({ title: input.title, riskLevel: input.riskLevel });
  if (!parsed.success) throw new ValidationError("Some fields need attention.", draftFieldErrors(parsed.error));
  const { title, riskLevel } = parsed.data;
  const { actor } = input;
  const save = () =>
    getPrisma().$transaction(async (tx) => {
      const slug = await uniqueSlug(tx, slugify(title));
      const runbook = await tx.runbook.create({ data: { slug, ownerId: actor.id }, select: { id: true, slug: true } });
      const version = await tx.runbookVersion.create({
        data: { runbookId: runbook.id, draftOfRunbookId: runbook.id, status: "DRAFT", title, riskLevel, createdById: actor.id },
        select: { id: true },
      });
      await appendAuditEvent(tx, { actor, targetType: "runbook", targetId: runbook.id }, { type: "runbook.created", payload: { title, source: "editor" } });
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
