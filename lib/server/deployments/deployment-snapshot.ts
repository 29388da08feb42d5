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
          phase: {
            select: {
              id: true,
              title: true,
              failurePolicy: true,
              isPointOfNoReturn: true,
              requiredSignoffRoles: true,
              followUpOffsetMinutes: true,
              steps: { orderBy: { position: "asc" }, select: { id: true, kind: true, title: true } },
              checklistItems: { orderBy: { position: "asc" }, select: { id: true, text: true, isRequired: true } },
              successCriteria: { orderBy: { position: "asc" }, select: { id: true, text: true, stepId: true } },
            },
          },
          stepRuns: { select: { id: true, stepId: true, mode: true, attempt: true, status: true, startedById: true } },
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

  // the database's clock, not this process's: follow-up due times are written and compared on it
  // (an injected clock — the demo's history, lib/clock.ts — stands in for it)
  const injected = injectedTime();
  const [clock] = injected ? [{ now: injected }] : await tx.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
  const snapshot: TDeploymentSnapshot = buildDeploymentSnapshot(deployment, clock?.now);
  return { deployment, snapshot };
}

/** The phase snapshot, or a not-found error naming what the person asked for. */
export function getPhase(snapshot: TDeploymentSnapshot, phaseRunId: string): TPhaseSnapshot {
  const phase = snapshot.phases.find((p) => p.phaseRunId === phaseRunId);
  if (!phase) throw new NotFoundError("This phase is not part of the deployment.");
  return phase;
}
