import "server-only";
// The open draft of a runbook, as the editor's document (lib/domain/runbook/draft).
import { getPrisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { TDraftDocument } from "@/lib/domain/runbook/draft";
import { contentFromRow, versionContentSelect } from "@/lib/server/runbooks/version-content-from-rows";
import { parseIdOrThrow } from "./parse-ids";

export type TDraftForEditor = {
  runbookId: string;
  slug: string;
  versionId: string;
  /** the published version the draft was copied from, if any */
  basedOnNumber: number | null;
  latestPublishedNumber: number | null;
  updatedAt: Date;
  doc: TDraftDocument;
};

/** Throws NotFoundError when the runbook does not exist or has no open draft. */
export async function getDraft(runbookId: string): Promise<TDraftForEditor> {
  const id = parseIdOrThrow("runbook", runbookId);
  const prisma = getPrisma();
  const [draft, latest] = await Promise.all([
    prisma.runbookVersion.findUnique({
      where: { draftOfRunbookId: id },
      select: { ...versionContentSelect, updatedAt: true, runbook: { select: { slug: true } }, basedOn: { select: { number: true } } },
    }),
    prisma.runbookVersion.findFirst({ where: { runbookId: id, status: "PUBLISHED" }, orderBy: { number: "desc" }, select: { number: true } }),
  ]);
  if (!draft) throw new NotFoundError("This runbook has no open draft.");
  return {
    runbookId: draft.runbookId,
    slug: draft.runbook.slug,
    versionId: draft.id,
    basedOnNumber: draft.basedOn?.number ?? null,
    latestPublishedNumber: latest?.number ?? null,
    updatedAt: draft.updatedAt,
    doc: { ...contentFromRow(draft), lockVersion: draft.lockVersion },
  };
}
