import "server-only";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import type { DeploymentStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { parseIdOrThrow } from "./parse-ids";
import { environmentSummarySelect, userSummarySelect } from "./selects";

function parseCursor(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    return parseIdOrThrow("deployment", raw);
  } catch (error) {
    if (error instanceof NotFoundError) return null; // a mangled cursor: start from the newest
    throw error;
  }
}

const deploymentListSelect = {
  id: true,
  name: true,
  status: true,
  plannedStart: true,
  plannedEnd: true,
  startedAt: true,
  finishedAt: true,
  createdAt: true,
  environment: { select: environmentSummarySelect },
  lead: { select: userSummarySelect },
  runbookVersion: { select: { id: true, number: true, title: true, runbookId: true } },
} satisfies Prisma.DeploymentSelect;

export type TDeploymentListItem = Prisma.DeploymentGetPayload<{ select: typeof deploymentListSelect }>;

export type TFindDeploymentsResult = {
  deployments: TDeploymentListItem[];
  /** pass back as `before` for the next (older) page; null when this was the last page */
  nextCursor: string | null;
};

/**
 * Deployments, newest first. Keyset pagination on (createdAt, id) so a long history stays cheap:
 * `before` is the id of the last deployment of the previous page.
 */
export async function findDeployments(
  options: {
    limit?: number;
    before?: string | null;
    /** the history filters (PRODUCT.md "Review"); the REST API and the CLI pass them */
    filter?: { statuses?: DeploymentStatus[]; environmentId?: string; runbookId?: string };
    prisma?: TPrisma;
  } = {},
): Promise<TFindDeploymentsResult> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const prisma = options.prisma ?? getPrisma();
  const before = parseCursor(options.before);
  const anchor = before ? await prisma.deployment.findUnique({ where: { id: before }, select: { id: true, createdAt: true } }) : null;
  const filter = options.filter ?? {};
  const rows = await prisma.deployment.findMany({
    where: {
      ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
      ...(filter.environmentId ? { environmentId: filter.environmentId } : {}),
      ...(filter.runbookId ? { runbookVersion: { runbookId: filter.runbookId } } : {}),
      ...(anchor ? { OR: [{ createdAt: { lt: anchor.createdAt } }, { createdAt: anchor.createdAt, id: { lt: anchor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: deploymentListSelect,
  });
  const deployments = rows.slice(0, limit);
  return { deployments, nextCursor: rows.length > limit ? (deployments.at(-1)?.id ?? null) : null };
}
