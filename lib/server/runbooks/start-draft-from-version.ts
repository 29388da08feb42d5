// Editing a published runbook starts a new draft copied from its latest published version
// (PRODUCT.md "Domain": published versions are immutable). At most one draft per runbook: when
// one exists it is returned instead — the unique draftOfRunbookId column is the check, so two
// people clicking "Start a new draft" at once get the same draft.
import "server-only";
import { getPrisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { NotFoundError } from "@/lib/errors";
import { parseRunbookId } from "./parse-runbook-id";
import { contentFromRow, findVersionContentRow } from "./version-content-from-rows";
import { versionHeaderColumns, writeVersionContent } from "./write-version-content";

export type TStartedDraft = { runbookId: string; versionId: string; isNew: boolean };

export async function startDraftFromVersion(input: { runbookId: string; actor: TActor & { id: string } }): Promise<TStartedDraft> {
  const runbookId = parseRunbookId(input.runbookId);
  const prisma = getPrisma();
  const existing = () => prisma.runbookVersion.findUnique({ where: { draftOfRunbookId: runbookId }, select: { id: true } });
  const found = await existing();
  if (found) return { runbookId, versionId: found.id, isNew: false };
  try {
    return await prisma.$transaction(async (tx) => {
      const source = await findVersionContentRow(tx, { runbookId, status: "PUBLISHED" });
      if (!source) {
        const runbook = await tx.runbook.findUnique({ where: { id: runbookId }, select: { id: true } });
        throw new NotFoundError(runbook ? "This runbook has no published version to start a draft from." : "This runbook does not exist.");
      }
      const content = contentFromRow(source);
      const version = await tx.runbookVersion.create({
        data: {
          runbookId,
          draftOfRunbookId: runbookId,
          status: "DRAFT",
          ...versionHeaderColumns(content),
          basedOnVersionId: source.id,
          createdById: input.actor.id,
        },
        select: { id: true },
      });
      await writeVersionContent(tx, version.id, content);
      await appendAuditEvent(
        tx,
        { actor: input.actor, targetType: "runbook", targetId: runbookId },
        { type: "runbook.draft_started", payload: { versionId: version.id, basedOnVersionId: source.id, basedOnNumber: source.number ?? 0 } },
      );
      return { runbookId, versionId: version.id, isNew: true };
    });
  } catch (error) {
    // someone else started the draft between our look and our insert: theirs is the draft
    if (isUniqueViolation(error, "draftOfRunbookId")) {
      const theirs = await existing();
      if (theirs) return { runbookId, versionId: theirs.id, isNew: false };
    }
    throw error;
  }
}
