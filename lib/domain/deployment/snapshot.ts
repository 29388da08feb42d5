// A deployment's rows as the state machine's snapshot. Pure: the server's change path
// (lib/server/deployments/deployment-snapshot.ts) and the cockpit's reader build it the same way,
// so the page shows exactly the gates the server enforces.
import type {
  TDeploymentSnapshot,
  TDeploymentStatus,
  TPhaseRunStatus,
  TPhaseSnapshot,
  TProcedureName,
  TFailurePolicyName,
  TRunMode,
  TSignoffSnapshot,
  TStepKindName,
  TStepRunStatus,
} from "./state-machine";

type TSignoffDecisionName = "APPROVED" | "REJECTED" | "WITHDRAWN";

export type TSnapshotPhaseRow = {
  id: string;
  procedure: TProcedureName;
  position: number;
  status: TPhaseRunStatus;
  awaitingSignoffAt: Date | null;
  dueAt?: Date | null;
  phase: {
    title: string;
    failurePolicy: TFailurePolicyName;
    isPointOfNoReturn: boolean;
    requiredSignoffRoles: string[];
    followUpOffsetMinutes?: number | null;
    steps: { id: string; kind: TStepKindName; title: string; fanOut?: unknown }[];
    checklistItems: { id: string; text: string; isRequired: boolean }[];
    successCriteria: { id: string; text: string; stepId: string | null }[];
  };
  /** the run's per-target results, counted (the use-cases' loader) or read whole (the cockpit's reader) */
  stepRuns: {
    id: string;
    stepId: string;
    mode: TRunMode;
    attempt: number;
    status: TStepRunStatus;
    startedById: string | null;
    _count?: { targets: number };
    targets?: readonly unknown[];
  }[];
  checklistTicks: { checklistItemId: string; isTicked: boolean }[];
  criterionResults: { criterionId: string; isMet: boolean }[];
  waivers: { stepId: string }[];
};

export type TSnapshotSignoffRow = {
  phaseRunId: string | null;
  scope: "PHASE" | "POINT_OF_NO_RETURN" | "SHEET";
  role: string;
  userId: string;
  decision: TSignoffDecisionName;
  createdAt: Date;
};

export type TSnapshotRow = {
  status: TDeploymentStatus;
  name: string;
  rollbackStartedAt: Date | null;
  followUpStatus?: "OPEN" | "PASSED" | "FAILED" | null;
  environment: { isProduction: boolean };
  phaseRuns: TSnapshotPhaseRow[];
  signoffs: TSnapshotSignoffRow[];
};

const toSignoff = (s: TSnapshotSignoffRow): TSignoffSnapshot => ({ role: s.role, userId: s.userId, decision: s.decision, createdAt: s.createdAt });

export function buildPhaseSnapshot(run: TSnapshotPhaseRow, signoffs: readonly TSnapshotSignoffRow[]): TPhaseSnapshot {
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
      runs: run.stepRuns
        .filter((r) => r.stepId === s.id)
        .map(({ id, mode, attempt, status, startedById, _count, targets }) => {
          const targetCount = _count?.targets ?? targets?.length ?? 0;
          return { id, mode, attempt, status, startedById, ...(targetCount ? { targetCount } : {}) };
        }),
      isWaived: waived.has(s.id),
      ...(s.fanOut !== null && s.fanOut !== undefined ? { isFanOut: true } : {}),
    })),
    checklist: run.phase.checklistItems.map((c) => ({ itemId: c.id, text: c.text, isRequired: c.isRequired, isTicked: ticks.get(c.id) ?? false })),
    criteria: run.phase.successCriteria.map((c) => ({ criterionId: c.id, text: c.text, boundStepId: c.stepId, isMet: results.get(c.id) ?? null })),
    signoffs: signoffs.filter((s) => s.scope === "PHASE" && s.phaseRunId === run.id && s.createdAt.getTime() >= roundStart).map(toSignoff),
    followUpOffsetMinutes: run.phase.followUpOffsetMinutes ?? null,
    dueAt: run.dueAt ?? null,
  };
}

/** `now`: the database's clock when the rows were read (follow-up phases start when due). */
export function buildDeploymentSnapshot(row: TSnapshotRow, now?: Date): TDeploymentSnapshot {
  const pointOfNoReturnApprovals = new Map<string, TSignoffSnapshot[]>();
  for (const s of row.signoffs) {
    if (s.scope !== "POINT_OF_NO_RETURN" || !s.phaseRunId) continue;
    pointOfNoReturnApprovals.set(s.phaseRunId, [...(pointOfNoReturnApprovals.get(s.phaseRunId) ?? []), toSignoff(s)]);
  }
  return {
    status: row.status,
    name: row.name,
    isProduction: row.environment.isProduction,
    isRollbackStarted: row.rollbackStartedAt !== null,
    followUpStatus: row.followUpStatus ?? null,
    ...(now ? { now } : {}),
    phases: row.phaseRuns.map((run) => buildPhaseSnapshot(run, row.signoffs)),
    pointOfNoReturnApprovals,
  };
}
