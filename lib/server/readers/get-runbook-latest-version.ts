import "server-only";
import { getPrisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { parseIdOrThrow } from "./parse-ids";

export type TRunbookLatestVersion = {
  runbookId: string;
  title: string;
  /** null: the runbook has only a draft so far */
  latestPublishedNumber: number | null;
};

/** The runbook's newest published version number; throws NotFoundError for an unknown id. */
export async function getRunbookLatestVersion(runbookId: string): Promise<TRunbookLatestVersion> {
  const id = parseIdOrThrow("runbook", runbookId);
  const runbook = await getPrisma().runbook.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      draft: { select: { title: true } },
      versions: { where: { status: "PUBLISHED" }, orderBy: { number: "desc" }, take: 1, select: { number: true, title: true } },
    },
  });
  if (!runbook) throw new NotFoundError("This runbook does not exist.");
  const latest = runbook.versions[0];
  return {
    runbookId: runbook.id,
    title: latest?.title ?? runbook.draft?.title ?? runbook.slug,
    latestPublishedNumber: latest?.number ?? null,
  };
}
