import "server-only";
// What a lead reads before publishing a runbook's draft (/runbooks/[id]/draft/review): the risk of
// every SQL-bearing step (lib/domain/sql/lint-sql) and what changes against the latest published
// version. Publishing itself re-checks everything on the server (lib/server/runbooks/publish-draft).
import { getPrisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { diffVersions, type TVersionDiff } from "@/lib/domain/runbook/diff-versions";
import { summariseRisk } from "@/lib/domain/sql/lint-sql";
import { getRunbookRisk, type TVersionRisk } from "./get-runbook-risk";
import { parseIdOrThrow } from "./parse-ids";
import { versionDiffSelect } from "./get-version-diff";

export type TDraftReview = {
  runbookId: string;
  slug: string;
  /** null: the runbook has no open draft */
  draft: {
    id: string;
    title: string;
    lockVersion: number;
    updatedAt: Date;
    mainPhaseCount: number;
  } | null;
  latestPublished: { number: number; title: string; publishedAt: Date | null } | null;
  /** the number the draft would get if published now */
  nextNumber: number;
  /** the lint of every step carrying SQL (lib/server/readers/get-runbook-risk; drafts are not cached) */
  risk: TVersionRisk;
  /** against the latest published version; everything "added" for a first version */
  diff: TVersionDiff | null;
};

export async function getDraftReview(runbookIdRaw: string): Promise<TDraftReview> {
  const runbookId = parseIdOrThrow("runbook", runbookIdRaw);
  const prisma = getPrisma();
  const [runbook, latest] = await Promise.all([
    prisma.runbook.findUnique({
      where: { id: runbookId },
      select: { id: true, slug: true, draft: { select: { ...versionDiffSelect, lockVersion: true, updatedAt: true, status: true } } },
    }),
    prisma.runbookVersion.findFirst({ where: { runbookId, status: "PUBLISHED" }, orderBy: { number: "desc" }, select: versionDiffSelect }),
  ]);
  if (!runbook) throw new NotFoundError("This runbook does not exist.");
  const latestPublished = latest?.number ? { number: latest.number, title: latest.title, publishedAt: latest.publishedAt } : null;
  const nextNumber = (latestPublished?.number ?? 0) + 1;
  const draft = runbook.draft?.status === "DRAFT" ? runbook.draft : null;
  if (!draft) {
    return {
      runbookId,
      slug: runbook.slug,
      draft: null,
      latestPublished,
      nextNumber,
      risk: { findingsByStep: {}, summary: summariseRisk([]), sqlStepCount: 0, flaggedSteps: [] },
      diff: null,
    };
  }

  const risk = await getRunbookRisk({
    id: draft.id,
    status: draft.status,
    mainPhases: draft.phases.filter((p) => p.procedure === "MAIN"),
    rollbackPhases: draft.phases.filter((p) => p.procedure === "ROLLBACK"),
    disabledLintRules: draft.disabledLintRules,
  });

  return {
    runbookId,
    slug: runbook.slug,
    draft: {
      id: draft.id,
      title: draft.title,
      lockVersion: draft.lockVersion,
      updatedAt: draft.updatedAt,
      mainPhaseCount: draft.phases.filter((p) => p.procedure === "MAIN").length,
    },
    latestPublished,
    nextNumber,
    risk,
    diff: diffVersions(latest, draft),
  };
}
