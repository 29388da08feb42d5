import "server-only";
// The cockpit's view of a deployment (issue 5): everything the lead's page shows, as plain JSON —
// the page renders it first on the server, then polls the same shape from
// GET /api/deployments/[id]/cockpit every second (PRODUCT.md "Live work"). Built from the rows
// and the state machine's own gate checks, so the page says exactly what the server would refuse.
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { can, type TPermission } from "@/lib/auth/permissions";
import type { TSessionUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import {
  currentSignoffs,
  hasPointOfNoReturnApproval,
  decideDeploymentAction,
  isFinalDeployment,
  isFollowUpDue,
  isFollowUpPhase,
  latestRun,
  missingSignoffRoles,
  unmetGates,
  type TDeploymentSnapshot,
} from "@/lib/domain/deployment/state-machine";
import { buildDeploymentSnapshot } from "@/lib/domain/deployment/snapshot";
import { availableActions, cockpitView } from "@/lib/domain/deployment/available-actions";
import { parseIdOrThrow } from "./parse-ids";
import { stepRunSelect } from "./get-deployment";
import { stepDetailSelect, userSummarySelect } from "./selects";

/** Output shown live is the end of the stream: that is where a running step is. */
export const COCKPIT_OUTPUT_CAP = 16_000;

const runSelect = { ...stepRunSelect, heartbeatAt: true, startedById: true, lateStatus: true, lateFinishedAt: true, lateErrorMessage: true } satisfies Prisma.StepRunSelect;

const cockpitSelect = {
  id: true,
  name: true,
  status: true,
  statusReason: true,
  version: true,
  plannedStart: true,
  plannedEnd: true,
  startedAt: true,
  finishedAt: true,
  rollbackStartedAt: true,
  followUpStatus: true,
  lead: { select: userSummarySelect },
  environment: { select: { id: true, name: true, isProduction: true } },
  runbookVersion: { select: { id: true, number: true, title: true, runbookId: true, estimatedMinutes: true, requireSeparationOfDuties: true } },
  phaseRuns: {
    orderBy: [{ procedure: "asc" }, { position: "asc" }],
    select: {
      id: true,
      procedure: true,
      position: true,
      status: true,
      activatedAt: true,
      awaitingSignoffAt: true,
      dueAt: true,
      completedAt: true,
      reason: true,
      phase: {
        select: {
          id: true,
          title: true,
          objective: true,
          estimatedMinutes: true,
          failurePolicy: true,
          isPointOfNoReturn: true,
          followUpOffsetMinutes: true,
          requiredSignoffRoles: true,
          notes: true,
          steps: { orderBy: { position: "asc" }, select: { ...stepDetailSelect, language: true } },
          checklistItems: { orderBy: { position: "asc" }, select: { id: true, text: true, isRequired: true } },
          successCriteria: { orderBy: { position: "asc" }, select: { id: true, text: true, stepId: true } },
        },
      },
      stepRuns: { orderBy: [{ createdAt: "asc" }], select: runSelect },
      checklistTicks: { select: { checklistItemId: true, isTicked: true, tickedAt: true, tickedBy: { select: userSummarySelect } } },
      criterionResults: { select: { criterionId: true, isMet: true, evidence: true, metAt: true, stepRunId: true, metBy: { select: userSummarySelect } } },
      waivers: { select: { stepId: true, reason: true, createdAt: true, waivedBy: { select: userSummarySelect } } },
    },
  },
  signoffs: {
    orderBy: { createdAt: "asc" },
    select: { id: true, phaseRunId: true, scope: true, role: true, decision: true, comment: true, createdAt: true, userId: true, user: { select: userSummarySelect } },
  },
} satisfies Prisma.DeploymentSelect;

type TRow = Prisma.DeploymentGetPayload<{ select: typeof cockpitSelect }>;
type TUser = { id: string; name: string; email: string };
const iso = (d: Date | null) => (d ? d.toISOString() : null);

function shapeRun(run: TRow["phaseRuns"][number]["stepRuns"][number]) {
  const isLong = run.output.length > COCKPIT_OUTPUT_CAP;
  return {
    id: run.id,
    mode: run.mode,
    attempt: run.attempt,
    status: run.status,
    startedAt: iso(run.startedAt),
    finishedAt: iso(run.finishedAt),
    output: isLong ? run.output.slice(-COCKPIT_OUTPUT_CAP) : run.output,
    isOutputCut: isLong || run.isOutputTruncated,
    result: (run.result ?? null) as unknown,
    errorMessage: run.errorMessage,
    note: run.note,
    startedBy: run.startedBy as TUser | null,
    reconciledBy: run.reconciledBy as TUser | null,
    reconciledAt: iso(run.reconciledAt),
    isQueued: run.status === "QUEUED" || (run.status === "RUNNING" && run.heartbeatAt === null),
    /** what the worker reported after the run was declared interrupted (issue 10) */
    late: run.lateStatus ? { status: run.lateStatus, at: iso(run.lateFinishedAt), errorMessage: run.lateErrorMessage } : null,
  };
}

export type TCockpitRun = ReturnType<typeof shapeRun>;

function shapeStep(step: TRow["phaseRuns"][number]["phase"]["steps"][number]) {
  return {
    id: step.id,
    position: step.position,
    kind: step.kind,
    title: step.title,
    instructions: step.instructions,
    language: step.language,
    sql: step.sql,
    statementTimeoutMs: step.statementTimeoutMs,
    lockTimeoutMs: step.lockTimeoutMs,
    outsideTransaction: step.outsideTransaction,
    lockRetries: step.lockRetries,
    expectation: (step.expectation ?? null) as unknown,
    baselineName: step.baselineName,
    baselineKeyColumns: step.baselineKeyColumns,
    tolerances: (step.tolerances ?? null) as unknown,
    httpUrl: step.httpUrl,
    httpExpectStatus: step.httpExpectStatus,
    commandArgv: step.commandArgv,
    timeoutMs: step.timeoutMs,
  };
}

export type TCockpit = Awaited<ReturnType<typeof getDeploymentCockpit>>;
export type TCockpitPhase = TCockpit["phases"][number];
export type TCockpitStep = TCockpitPhase["steps"][number];

export async function getDeploymentCockpit(deploymentId: string, viewer: TSessionUser, options: { preflightFailures?: readonly string[] } = {}) {
  const id = parseIdOrThrow("deployment", deploymentId);
  const prisma = getPrisma();
  // the database's clock, as the server's decisions use it: a follow-up is offered exactly when it is due
  const [row, clock] = await Promise.all([prisma.deployment.findUnique({ where: { id }, select: cockpitSelect }), prisma.$queryRaw<{ now: Date }[]>`SELECT now() AS now`]);
  if (!row) throw new NotFoundError("This deployment does not exist.");

  const snapshot: TDeploymentSnapshot = buildDeploymentSnapshot(row, clock[0]?.now);
  const snapshotPhases = snapshot.phases;

  const phases = row.phaseRuns.map((pr, index) => {
    const snap = snapshotPhases[index]!;
    const currentRound = currentSignoffs(snap.signoffs);
    return {
      phaseRunId: pr.id,
      procedure: pr.procedure,
      position: pr.position,
      status: pr.status,
      activatedAt: iso(pr.activatedAt),
      completedAt: iso(pr.completedAt),
      reason: pr.reason,
      title: pr.phase.title,
      objective: pr.phase.objective,
      notes: pr.phase.notes,
      estimatedMinutes: pr.phase.estimatedMinutes,
      failurePolicy: pr.phase.failurePolicy,
      isPointOfNoReturn: pr.phase.isPointOfNoReturn,
      requiredSignoffRoles: pr.phase.requiredSignoffRoles,
      isPointOfNoReturnApproved: pr.phase.isPointOfNoReturn ? hasPointOfNoReturnApproval(snapshot, pr.id) : false,
      /** a follow-up phase: its offset, and once the main phases finished, when it falls due */
      followUpOffsetMinutes: pr.phase.followUpOffsetMinutes,
      dueAt: iso(pr.dueAt),
      isDue: isFollowUpDue(snapshot, snap),
      steps: pr.phase.steps.map((s) => {
        const stepSnap = snap.steps.find((x) => x.stepId === s.id)!;
        const waiver = pr.waivers.find((w) => w.stepId === s.id);
        return {
          ...shapeStep(s),
          runs: pr.stepRuns.filter((r) => r.stepId === s.id).map(shapeRun),
          nextRunAttempt: (latestRun(stepSnap, "RUN")?.attempt ?? 0) + 1,
          nextRehearsalAttempt: (latestRun(stepSnap, "REHEARSAL")?.attempt ?? 0) + 1,
          waiver: waiver ? { reason: waiver.reason, at: waiver.createdAt.toISOString(), by: waiver.waivedBy as TUser } : null,
        };
      }),
      checklist: pr.phase.checklistItems.map((c) => {
        const tick = pr.checklistTicks.find((t) => t.checklistItemId === c.id);
        return {
          id: c.id,
          text: c.text,
          isRequired: c.isRequired,
          isTicked: tick?.isTicked ?? false,
          by: (tick?.tickedBy ?? null) as TUser | null,
          at: iso(tick?.tickedAt ?? null),
        };
      }),
      criteria: pr.phase.successCriteria.map((c) => {
        const result = pr.criterionResults.find((r) => r.criterionId === c.id);
        return {
          id: c.id,
          text: c.text,
          boundStepId: c.stepId,
          isMet: result?.isMet ?? null,
          evidence: result?.evidence ?? "",
          by: (result?.metBy ?? null) as TUser | null,
          at: iso(result?.metAt ?? null),
        };
      }),
      signoffs: row.signoffs
        .filter((s) => s.phaseRunId === pr.id)
        .map((s) => ({
          id: s.id,
          scope: s.scope,
          role: s.role,
          decision: s.decision,
          comment: s.comment,
          at: s.createdAt.toISOString(),
          user: s.user as TUser,
          isCurrentRound: currentRound.some((c) => c.userId === s.user.id && c.role === s.role && c.createdAt.getTime() === s.createdAt.getTime()),
        })),
      missingSignoffRoles: pr.status === "AWAITING_SIGNOFF" ? missingSignoffRoles(snap) : pr.phase.requiredSignoffRoles,
      unmetGates: pr.status === "ACTIVE" ? unmetGates(snap) : [],
    };
  });

  const has = (p: TPermission) => can(viewer.roles, p);
  const isCommandsEnabled = getEnv().PHASELINE_ENABLE_COMMANDS;
  // what this viewer may do now: the cockpit's buttons come from here and nowhere else (issue 10)
  const actions = availableActions(snapshot, viewer, {
    isCommandsEnabled,
    requireSeparationOfDuties: row.runbookVersion.requireSeparationOfDuties,
    preflightFailures: options.preflightFailures,
  });
  const view = cockpitView(snapshot);
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    statusReason: row.statusReason,
    version: row.version,
    plannedStart: iso(row.plannedStart),
    plannedEnd: iso(row.plannedEnd),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
    rollbackStartedAt: iso(row.rollbackStartedAt),
    lead: row.lead as TUser,
    environment: row.environment,
    runbook: {
      id: row.runbookVersion.runbookId,
      versionId: row.runbookVersion.id,
      number: row.runbookVersion.number,
      title: row.runbookVersion.title,
      estimatedMinutes: row.runbookVersion.estimatedMinutes,
    },
    requireSeparationOfDuties: row.runbookVersion.requireSeparationOfDuties,
    phases,
    isCommandsEnabled,
    /** OPEN | PASSED | FAILED once the main phases succeeded; null without follow-up phases */
    followUpStatus: row.followUpStatus,
    hasFollowUps: snapshot.phases.some(isFollowUpPhase),
    // open follow-ups, or a failed one that may still roll back, keep the live cockpit (issue 15)
    isFinal: isFinalDeployment(row.status) && row.followUpStatus !== "OPEN" && !decideDeploymentAction(snapshot, "start_rollback").ok,
    /** the procedure being worked on, the phase open in it, the phase that comes next, and a halt */
    ...view,
    actions,
    serverNow: new Date().toISOString(),
    viewer: {
      id: viewer.id,
      roles: viewer.roles,
      canRun: has("deployment.run"),
      canRehearse: has("deployment.rehearse"),
      canControl: has("deployment.control"),
      canSignAsDba: has("signoff.dba"),
    },
  };
}
