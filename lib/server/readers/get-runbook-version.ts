import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { parseIdOrThrow, parseVersionNumberOrThrow } from "./parse-ids";
import { phaseDetailSelect, signoffSheetLineSelect, userSummarySelect } from "./selects";
import { parseStoredAcknowledgements, type TStoredLintAcknowledgement } from "@/lib/domain/runbook/lint-acknowledgements";

const runbookVersionDetailSelect = {
  id: true,
  runbookId: true,
  number: true,
  status: true,
  title: true,
  summary: true,
  riskLevel: true,
  estimatedMinutes: true,
  rollbackMinutes: true,
  requireSeparationOfDuties: true,
  disabledLintRules: true,
  preamble: true,
  publishedAt: true,
  lintAcknowledgements: true,
  createdAt: true,
  createdBy: { select: userSummarySelect },
  publishedBy: { select: userSummarySelect },
  runbook: { select: { id: true, slug: true, owner: { select: userSummarySelect }, draft: { select: { id: true } } } },
  phases: { orderBy: [{ procedure: "asc" }, { position: "asc" }], select: phaseDetailSelect },
  signoffSheet: { orderBy: { position: "asc" }, select: signoffSheetLineSelect },
  _count: { select: { deployments: true } },
} satisfies Prisma.RunbookVersionSelect;

type TVersionRow = Prisma.RunbookVersionGetPayload<{ select: typeof runbookVersionDetailSelect }>;
export type TPhaseDetail = TVersionRow["phases"][number];
export type TStepDetail = TPhaseDetail["steps"][number];

export type TRunbookVersionDetail = Omit<TVersionRow, "phases" | "lintAcknowledgements"> & {
  /** danger lint findings acknowledged at publish, with the lead's reasons (issue 10 item 6) */
  lintAcknowledgements: TStoredLintAcknowledgement[];
  mainPhases: TPhaseDetail[];
  rollbackPhases: TPhaseDetail[];
  /** every published version of the runbook, newest first, for switching between them */
  publishedVersions: { number: number; publishedAt: Date | null }[];
};

/**
 * One published version of a runbook, with its phases, steps, checklists, criteria and sign-off
 * sheet. Drafts are not served here (they are edited elsewhere). Throws NotFoundError.
 */
export async function getRunbookVersion(input: { runbookId: string; versionNumber: string | number }): Promise<TRunbookVersionDetail> {
  const runbookId = parseIdOrThrow("runbook", input.runbookId);
  const number = parseVersionNumberOrThrow(input.versionNumber);
  const prisma = getPrisma();
  const [version, published] = await Promise.all([
    prisma.runbookVersion.findFirst({
      where: { runbookId, number, status: "PUBLISHED" },
      select: runbookVersionDetailSelect,
    }),
    prisma.runbookVersion.findMany({
      where: { runbookId, status: "PUBLISHED" },
      orderBy: { number: "desc" },
      select: { number: true, publishedAt: true },
    }),
  ]);
  if (!version) throw new NotFoundError("This runbook version does not exist.");
  const { phases, lintAcknowledgements, ...rest } = version;
  return {
    ...rest,
    lintAcknowledgements: parseStoredAcknowledgements(lintAcknowledgements),
    mainPhases: phases.filter((p) => p.procedure === "MAIN"),
    rollbackPhases: phases.filter((p) => p.procedure === "ROLLBACK"),
    publishedVersions: published.flatMap((v) => (v.number === null ? [] : [{ number: v.number, publishedAt: v.publishedAt }])),
  };
}
