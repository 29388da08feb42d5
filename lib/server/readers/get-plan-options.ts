import "server-only";
// What a deployment can be planned from: published versions (newest first per runbook), the
// environments (never their target URL: only whether one is set), and the active leads.
import { getPrisma } from "@/lib/db/client";

export type TPlanOptions = Awaited<ReturnType<typeof getPlanOptions>>;

export async function getPlanOptions() {
  const prisma = getPrisma();
  const [versions, environments, leads] = await Promise.all([
    prisma.runbookVersion.findMany({
      where: { status: "PUBLISHED", runbook: { archivedAt: null } },
      orderBy: [{ title: "asc" }, { number: "desc" }],
      select: {
        id: true,
        number: true,
        title: true,
        estimatedMinutes: true,
        runbookId: true,
        runbook: { select: { slug: true } },
        _count: { select: { phases: { where: { procedure: "MAIN" } } } },
      },
      take: 500,
    }),
    prisma.environment.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, isProduction: true, targetUrlMasked: true } }),
    prisma.user.findMany({ where: { isActive: true, roles: { has: "LEAD" } }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
  ]);
  const latestByRunbook = new Map<string, number>();
  for (const v of versions) latestByRunbook.set(v.runbookId, Math.max(latestByRunbook.get(v.runbookId) ?? 0, v.number ?? 0));
  return {
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number ?? 0,
      title: v.title,
      slug: v.runbook.slug.slice(0, 40),
      estimatedMinutes: v.estimatedMinutes,
      phaseCount: v._count.phases,
      isLatest: latestByRunbook.get(v.runbookId) === v.number,
    })),
    environments: environments.map((e) => ({ id: e.id, name: e.name, isProduction: e.isProduction, hasTarget: e.targetUrlMasked !== null })),
    leads,
  };
}
