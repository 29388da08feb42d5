// Loads a deployment as the state machine sees it, inside the caller's transaction, after taking
// the deployment's row lock. Every change to a deployment takes this lock first (STYLE.md
// practice 2): two clicks, two tabs or two people acting on one deployment take turns, and each
// decides on what the previous one committed.
import type { TTx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { TDeploymentSnapshot, TPhaseSnapshot, TSignoffSnapshot } from "@/lib/domain/deployment/state-machine";

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
          phase: {
            select: {
              id: true,
              title: true,
              failurePolicy: true,
              isPointOfNoReturn: true,
              requiredSignoffRoles: true,
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

  const phases: TPhaseSnapshot[] = deployment.phaseRuns.map((run) => {
    const waived = new Set(run.waivers.map((w) => w.stepId));
    const ticks = new Map(run.checklistTicks.map((t) => [t.checklistItemId, t.isTicked]));
    const results = new Map(run.criterionResults.map((r) => [r.criterionId, r.isMet]));
    // a rejection sends the phase back; decisions of an earlier round do not count in this one
    const roundStart = run.awaitingSignoffAt?.getTime() ?? Number.POSITIVE_INFINITY;
    return {
      phaseRunId: run.id,
      procedure: run.procedure,
      position: run.position,
      title: run.phase.title,
      status: run.status,
      failurePolicy: run.phase.failurePolicy,
      isPointOfNoReturn: run.phase.isPointOfNoReturn,
      requiredSignoffRoles: run.phase.requiredSignoffRoles,
      steps: run.phase.steps.map((s) => ({
        stepId: s.id,
        kind: s.kind,
        title: s.title,
        runs: run.stepRuns.filter((r) => r.stepId === s.id),
        isWaived: waived.has(s.id),
      })),
      checklist: run.phase.checklistItems.map((c) => ({ itemId: c.id, text: c.text, isRequired: c.isRequired, isTicked: ticks.get(c.id) ?? false })),
      criteria: run.phase.successCriteria.map((c) => ({ criterionId: c.id, text: c.text, boundStepId: c.stepId, isMet: results.get(c.id) ?? null })),
      signoffs: deployment.signoffs
        .filter((s) => s.scope === "PHASE" && s.phaseRunId === run.id && s.createdAt.getTime() >= roundStart)
        .map(toSignoff),
    };
  });

  const pointOfNoReturnApprovals = new Map<string, TSignoffSnapshot[]>();
  for (const s of deployment.signoffs) {
    if (s.scope !== "POINT_OF_NO_RETURN" || !s.phaseRunId) continue;
    pointOfNoReturnApprovals.set(s.phaseRunId, [...(pointOfNoReturnApprovals.get(s.phaseRunId) ?? []), toSignoff(s)]);
  }

  const snapshot: TDeploymentSnapshot = {
    status: deployment.status,
    name: deployment.name,
    isProduction: deployment.environment.isProduction,
    phases,
    pointOfNoReturnApprovals,
    isRollbackStarted: deployment.rollbackStartedAt !== null,
  };
  return { deployment, snapshot };
}

function toSignoff(s: { role: string; userId: string; decision: "APPROVED" | "REJECTED" | "WITHDRAWN"; createdAt: Date }): TSignoffSnapshot {
  return { role: s.role, userId: s.userId, decision: s.decision, createdAt: s.createdAt };
}

/** The phase snapshot, or a not-found error naming what the person asked for. */
export function getPhase(snapshot: TDeploymentSnapshot, phaseRunId: string): TPhaseSnapshot {
  const phase = snapshot.phases.find((p) => p.phaseRunId === phaseRunId);
  if (!phase) throw new NotFoundError("This phase is not part of the deployment.");
  return phase;
}
