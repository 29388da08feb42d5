import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { DeploymentStatus, RiskLevel } from "@/lib/generated/prisma/enums";
import { userSummarySelect } from "./selects";

export type TRunbookListItem = {
  id: string;
  slug: string;
  /** the latest published version's title, or the draft's when nothing is published yet */
  title: string;
  summary: string;
  riskLevel: RiskLevel;
  estimatedMinutes: number | null;
  latestVersionNumber: number | null;
  hasDraft: boolean;
  owner: { id: string; name: string; email: string };
  deploymentCount: number;
  lastDeployment: { id: string; name: string; status: DeploymentStatus; createdAt: Date } | null;
};

const versionCardSelect = {
  id: true,
  number: true,
  title: true,
  summary: true,
  riskLevel: true,
  estimatedMinutes: true,
} as const;

/** Every runbook that is not archived, with its latest published version and deployment summary. */
export async function findRunbooks(): Promise<TRunbookListItem[]> {
  const runbooks = await getPrisma().runbook.findMany({
    where: { archivedAt: null },
    select: {
      id: true,
      slug: true,
      owner: { select: userSummarySelect },
      draft: { select: versionCardSelect },
      // Deployments hang off versions; the runbook's figures are the sum over its published ones.
      versions: {
        where: { status: "PUBLISHED" },
        orderBy: { number: "desc" },
        select: {
          ...versionCardSelect,
          _count: { select: { deployments: true } },
          deployments: {
            orderBy: { createdAt: "desc" },
            take: 1,
            select: { id: true, name: true, status: true, createdAt: true },
          },
        },
      },
    },
  });

  return runbooks
    .map((runbook): TRunbookListItem => {
      const latest = runbook.versions[0];
      const card = latest ?? runbook.draft;
      const lastDeployment = runbook.versions.flatMap((v) => v.deployments).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0] ?? null;
      return {
        id: runbook.id,
        slug: runbook.slug,
        title: card?.title ?? runbook.slug,
        summary: card?.summary ?? "",
        riskLevel: card?.riskLevel ?? "MEDIUM",
        estimatedMinutes: card?.estimatedMinutes ?? null,
        latestVersionNumber: latest?.number ?? null,
        hasDraft: runbook.draft !== null,
        owner: runbook.owner,
        deploymentCount: runbook.versions.reduce((sum, v) => sum + v._count.deployments, 0),
        lastDeployment,
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}
