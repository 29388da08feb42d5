import "server-only";
import { getPrisma } from "@/lib/db/client";

export type THistoryFilterOptions = {
  runbooks: Array<{ id: string; title: string }>;
  environments: Array<{ name: string; isProduction: boolean }>;
  /** people who have led at least one deployment */
  leads: Array<{ id: string; name: string }>;
};

/** What the history's filter form offers: runbooks with a published version, environments, leads. */
export async function findHistoryFilterOptions(): Promise<THistoryFilterOptions> {
  const prisma = getPrisma();
  const rows = await prisma.runbook.findMany({
    where: { versions: { some: { status: "PUBLISHED" } } },
    select: { id: true, versions: { where: { status: "PUBLISHED" }, orderBy: { number: "desc" }, take: 1, select: { title: true } } },
  });
  const runbooks = rows.map((r) => ({ id: r.id, title: r.versions[0]?.title ?? "Untitled" })).sort((a, b) => a.title.localeCompare(b.title));
  const environments = await prisma.environment.findMany({ orderBy: { name: "asc" }, select: { name: true, isProduction: true } });
  const leads = await prisma.user.findMany({
    where: { ledDeployments: { some: {} } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return { runbooks, environments, leads };
}
