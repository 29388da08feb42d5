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

/**
 * One phase run as the state machine sees it, read WITHOUT a lock in one query (the short path of
 * guarded-phase-write.ts): the deployment's status fields and this phase run with its checklist
 * ticks, criterion results and waivers. Its snapshot holds this one phase and no step runs or
 * sign-offs, so only decisions about this phase's checklist and criteria may be asked of it
 * (decideTickChecklistItem, decideRecordCriterion). Null when the phase run is not part of the
 * deployment (the long path then says so, and audits the attempt).
 */
export async function readPhaseScope(db: TTx, deploymentId: string, phaseRunId: string) {
  const [row] = await db.$queryRaw<
    {
      status: TDeploymentSnapshot["status"];
      followUpStatus: "OPEN" | "PASSED" | "FAILED" | null;
      name: string;
      rollbackStartedAt: Date | null;
      isProduction: boolean;
      runbookVersionId: string;
      phaseId: string;
      procedure: "MAIN" | "ROLLBACK";
      position: number;
      phaseStatus: TPhaseSnapshot["status"];
      awaitingSignoffAt: Date | null;
      dueAt: Date | null;
      ticks: { checklistItemId: string; isTicked: boolean }[];
      results: { criterionId: string; isMet: boolean }[];
      waivers: { stepId: string }[];
    }[]
  >`
    SELECT d."status"::text AS "status", d."followUpStatus"::text AS "followUpStatus", d."name", d."rollbackStartedAt", e."isProduction", d."runbookVersionId",
           pr."phaseId", pr."procedure"::text AS "procedure", pr."position", pr."status"::text AS "phaseStatus", pr."awaitingSignoffAt", pr."dueAt",
           COALESCE((SELECT json_agg(json_build_object('checklistItemId', t."checklistItemId", 'isTicked', t."isTicked")) FROM "ChecklistTick" t WHERE t."phaseRunId" = pr."id"), '[]'::json) AS "ticks",
           COALESCE((SELECT json_agg(json_build_object('criterionId', c."criterionId", 'isMet', c."isMet")) FROM "CriterionResult" c WHERE c."phaseRunId" = pr."id"), '[]'::json) AS "results",
           COALESCE((SELECT json_agg(json_build_object('stepId', w."stepId")) FROM "StepWaiver" w WHERE w."phaseRunId" = pr."id"), '[]'::json) AS "waivers"
      FROM "PhaseRun" pr
      JOIN "Deployment" d ON d."id" = pr."deploymentId"
      JOIN "Environment" e ON e."id" = d."environmentId"
     WHERE pr."id" = ${phaseRunId} AND pr."deploymentId" = ${deploymentId}`;
  if (!row) return null;
  const phases = await loadVersionPhases(db, row.runbookVersionId);
  const definition = phases.get(row.phaseId);
  if (!definition) return null;
  const run = {
    id: phaseRunId,
    procedure: row.procedure,
    position: row.position,
    status: row.phaseStatus,
    awaitingSignoffAt: row.awaitingSignoffAt,
    dueAt: row.dueAt,
    phase: definition,
    stepRuns: [],
    checklistTicks: row.ticks,
    criterionResults: row.results,
    waivers: row.waivers,
  };
  const snapshot: TDeploymentSnapshot = buildDeploymentSnapshot({
    status: row.status,
    name: row.name,
    rollbackStartedAt: row.rollbackStartedAt,
    followUpStatus: row.followUpStatus,
    environment: { isProduction: row.isProduction },
    phaseRuns: [run],
    signoffs: [],
  });
  return { deployment: { status: row.status, followUpStatus: row.followUpStatus }, phase: getPhase(snapshot, phaseRunId), snapshot };
}

export type TPhaseScope = NonNullable<Awaited<ReturnType<typeof readPhaseScope>>>;
