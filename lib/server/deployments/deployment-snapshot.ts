// Loads a deployment as the state machine sees it, inside the caller's transaction, after taking
// the deployment's row lock. Every change to a deployment takes this lock first (STYLE.md
// practice 2): two clicks, two tabs or two people acting on one deployment take turns, and each
// decides on what the previous one committed.
import "server-only";
import type { TTx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { TDeploymentSnapshot, TPhaseSnapshot } from "@/lib/domain/deployment/state-machine";
import { buildDeploymentSnapshot } from "@/lib/domain/deployment/snapshot";
import { injectedTime } from "@/lib/clock";

export type TLockedDeployment = Awaited<ReturnType<typeof loadDeploymentForChange>>;

export async function lockDeployment(tx: TTx, deploymentId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Deployment" WHERE id = ${deploymentId} FOR UPDATE`;
  if (rows.length !== 1) throw new NotFoundError("This deployment does not exist.");
}

export async function loadDeploymentForChange(tx: TTx, deploymentId: string) {
  await lockDeployment(tx, deploymentId);
  const deployment = await tx.deployment.findUniqueOrThrow({
    where: { id: deploymentId },
    select: {
      id: true,
      name: true,
      status: true,
      version: true,
      leadId: true,
      startedAt: true,
      rollbackStartedAt: true,
      followUpStatus: true,
      environment: { select: { id: true, name: true, isProduction: true } },
      runbookVersion: { select: { id: true, title: true, requireSeparationOfDuties: true } },
      phaseRuns: {
        orderBy: [{ procedure: "asc" }, { position: "asc" }],
        select: {
          id: true,
          procedure: true,
          position: true,
          status: true,
          awaitingSignoffAt: true,
          dueAt: true,
          phaseId: true,
          stepRuns: { select: { id: true, stepId: true, mode: true, attempt: true, status: true, startedById: true, _count: { select: { targets: true } } } },
          checklistTicks: { select: { checklistItemId: true, isTicked: true } },
          criterionResults: { select: { criterionId: true, isMet: true } },
          waivers: { select: { stepId: true } },
        },
      },
      signoffs: {
        where: { scope: { in: ["PHASE", "POINT_OF_NO_RETURN"] } },
        orderBy: { createdAt: "asc" },
        select: { phaseRunId: true, scope: true, role: true, userId: true, decision: true, createdAt: true },
      },
    },
  });

  const phases = await loadVersionPhases(tx, deployment.runbookVersion.id);
  const withPhases = {
    ...deployment,
    phaseRuns: deployment.phaseRuns.map(({ phaseId, ...run }) => {
      const phase = phases.get(phaseId);
      if (!phase) throw new Error(`phase ${phaseId} is not part of version ${deployment.runbookVersion.id}`);
      return { ...run, phase };
    }),
  };

  // the database's clock, not this process's: follow-up due times are written and compared on it
  // (an injected clock — the demo's history, lib/clock.ts — stands in for it)
  const injected = injectedTime();
  const [clock] = injected ? [{ now: injected }] : await tx.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
  const snapshot: TDeploymentSnapshot = buildDeploymentSnapshot(withPhases, clock?.now);
  return { deployment: withPhases, snapshot };
}

/** The phase snapshot, or a not-found error naming what the person asked for. */
export function getPhase(snapshot: TDeploymentSnapshot, phaseRunId: string): TPhaseSnapshot {
  const phase = snapshot.phases.find((p) => p.phaseRunId === phaseRunId);
  if (!phase) throw new NotFoundError("This phase is not part of the deployment.");
  return phase;
}

const PHASE_SELECT = {
  id: true,
  title: true,
  failurePolicy: true,
  isPointOfNoReturn: true,
  requiredSignoffRoles: true,
  followUpOffsetMinutes: true,
  steps: { orderBy: { position: "asc" }, select: { id: true, kind: true, title: true, fanOut: true } },
  checklistItems: { orderBy: { position: "asc" }, select: { id: true, text: true, isRequired: true } },
  successCriteria: { orderBy: { position: "asc" }, select: { id: true, text: true, stepId: true } },
} as const;

type TVersionPhase = Awaited<ReturnType<typeof readVersionPhases>>[number];

function readVersionPhases(tx: TTx, versionId: string) {
  return tx.phase.findMany({ where: { versionId }, select: PHASE_SELECT });
}

// A deployment runs a published version, and a published version's phases, steps, checklist and
// criteria never change (drafts are edited; publishing freezes them): read once per version and
// process, not on every change. Only the run state is read under the row lock.
const versionPhases = new Map<string, Map<string, TVersionPhase>>();
const VERSION_CACHE_SIZE = 64;

async function loadVersionPhases(tx: TTx, versionId: string): Promise<Map<string, TVersionPhase>> {
  const cached = versionPhases.get(versionId);
  if (cached) return cached;
  const [version] = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text AS "status" FROM "RunbookVersion" WHERE "id" = ${versionId}`;
  const phases = new Map((await readVersionPhases(tx, versionId)).map((p) => [p.id, p] as const));
  if (version?.status === "PUBLISHED") {
    if (versionPhases.size >= VERSION_CACHE_SIZE) versionPhases.delete(versionPhases.keys().next().value!);
    versionPhases.set(versionId, phases);
  }
  return phases;
}
