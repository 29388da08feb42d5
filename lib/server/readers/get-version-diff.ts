import "server-only";
// The difference between two published versions of a runbook, for /runbooks/[id]/diff.
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { diffVersions, type TVersionDiff } from "@/lib/domain/runbook/diff-versions";
import { parseIdOrThrow, parseVersionNumberOrThrow } from "./parse-ids";
import { phaseDetailSelect, signoffSheetLineSelect } from "./selects";

/** Everything a diff compares (lib/domain/runbook/diff-versions: TDiffVersionInput). */
export const versionDiffSelect = {
  id: true,
  number: true,
  title: true,
  summary: true,
  riskLevel: true,
  estimatedMinutes: true,
  rollbackMinutes: true,
  requireSeparationOfDuties: true,
  disabledLintRules: true,
  preamble: true,
  publishedAt: true,
  phases: { orderBy: [{ procedure: "asc" }, { position: "asc" }], select: phaseDetailSelect },
  signoffSheet: { orderBy: { position: "asc" }, select: signoffSheetLineSelect },
} satisfies Prisma.RunbookVersionSelect;

export type TVersionDiffSide = { number: number; title: string; publishedAt: Date | null };

export type TVersionDiffView = {
  runbookId: string;
  slug: string;
  /** the newest version's title */
  title: string;
  /** every published version, newest first */
  publishedVersions: TVersionDiffSide[];
  /** null when the runbook has fewer than two versions: nothing to compare */
  comparison: { from: TVersionDiffSide; to: TVersionDiffSide; diff: TVersionDiff } | null;
};

/**
 * Two published versions and their diff. Without numbers: the latest against the one before it.
 * Throws NotFoundError for an unknown runbook or a version number it does not have.
 */
export async function getVersionDiff(input: { runbookId: string; from?: string | null; to?: string | null }): Promise<TVersionDiffView> {
  const runbookId = parseIdOrThrow("runbook", input.runbookId);
  const prisma = getPrisma();
  const runbook = await prisma.runbook.findUnique({
    where: { id: runbookId },
    select: {
      id: true,
      slug: true,
      versions: { where: { status: "PUBLISHED" }, orderBy: { number: "desc" }, select: { number: true, title: true, publishedAt: true } },
    },
  });
  if (!runbook) throw new NotFoundError("This runbook does not exist.");
  const publishedVersions = runbook.versions.flatMap((v) => (v.number === null ? [] : [{ number: v.number, title: v.title, publishedAt: v.publishedAt }]));
  const base = { runbookId: runbook.id, slug: runbook.slug, title: publishedVersions[0]?.title ?? runbook.slug, publishedVersions };
  if (publishedVersions.length < 2) return { ...base, comparison: null };

  const toNumber = input.to ? parseVersionNumberOrThrow(input.to) : publishedVersions[0]!.number;
  const fromNumber = input.from ? parseVersionNumberOrThrow(input.from) : (publishedVersions.find((v) => v.number < toNumber) ?? publishedVersions.at(-1)!).number;
  const [from, to] = await Promise.all(
    [fromNumber, toNumber].map((number) => prisma.runbookVersion.findFirst({ where: { runbookId, number, status: "PUBLISHED" }, select: versionDiffSelect })),
  );
  if (!from || !to) throw new NotFoundError("This runbook version does not exist.");
  const side = (v: NonNullable<typeof from>): TVersionDiffSide => ({ number: v.number!, title: v.title, publishedAt: v.publishedAt });
  return { ...base, comparison: { from: side(from), to: side(to), diff: diffVersions(from, to) } };
}
