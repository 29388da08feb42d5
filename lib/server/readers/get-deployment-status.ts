import "server-only";
// A deployment's outcome in a few fields, for pipelines (issue 14): the REST status route and
// `phaseline deployment status`. Takes its Prisma client so the CLI can pass its own.
import { getPrisma, type TPrisma } from "@/lib/db/client";
import type { DeploymentStatus, PhaseRunStatus } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { z } from "zod";

export type TDeploymentStatus = {
  id: string;
  name: string;
  status: DeploymentStatus;
  statusReason: string | null;
  environment: string;
  runbook: { id: string; title: string; versionNumber: number | null };
  startedAt: Date | null;
  finishedAt: Date | null;
  phases: { procedure: "MAIN" | "ROLLBACK"; position: number; title: string; status: PhaseRunStatus }[];
};

/** By id, or by its unique name (what a pipeline knows); NotFoundError otherwise. */
export async function getDeploymentStatus(idOrName: string, options: { prisma?: TPrisma } = {}): Promise<TDeploymentStatus> {
  const prisma = options.prisma ?? getPrisma();
  const isId = z.guid().safeParse(idOrName).success;
  const row = await prisma.deployment.findUnique({
    where: isId ? { id: idOrName.toLowerCase() } : { name: idOrName },
    select: {
      id: true,
      name: true,
      status: true,
      statusReason: true,
      startedAt: true,
      finishedAt: true,
      environment: { select: { name: true } },
      runbookVersion: { select: { runbookId: true, title: true, number: true } },
      phaseRuns: { orderBy: [{ procedure: "asc" }, { position: "asc" }], select: { procedure: true, position: true, status: true, phase: { select: { title: true } } } },
    },
  });
  if (!row) throw new NotFoundError("This deployment does not exist.");
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    statusReason: row.statusReason,
    environment: row.environment.name,
    runbook: { id: row.runbookVersion.runbookId, title: row.runbookVersion.title, versionNumber: row.runbookVersion.number },
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    phases: row.phaseRuns.map((p) => ({ procedure: p.procedure, position: p.position, title: p.phase.title, status: p.status })),
  };
}
