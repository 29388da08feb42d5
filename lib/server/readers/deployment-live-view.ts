import { readFanOut } from "@/lib/domain/runbook/fan-out";
import "server-only";
// The live mode of the deployment reader (get-deployment.ts; issue 5): everything the cockpit
// shows, as plain JSON — the page renders it first on the server, then refetches the same shape
// from GET /api/deployments/[id]/cockpit when /api/live reports a change (PRODUCT.md "Live work").
// Built from the one read's rows and the state machine's own gate checks, so the page says exactly
// what the server would refuse. The part every viewer shares is shaped once per read.
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
  unmetGateGroups,
  type TDeploymentSnapshot,
} from "@/lib/domain/deployment/state-machine";
import { buildDeploymentSnapshot } from "@/lib/domain/deployment/snapshot";
import { availableActions, cockpitView } from "@/lib/domain/deployment/available-actions";
import { groupChecklist } from "@/lib/domain/deployment/checklist-groups";
import type { TCockpit, TCockpitPhase, TCockpitRun, TCockpitStep } from "@/lib/domain/deployment/live-view";
import { COCKPIT_OUTPUT_CAP, type TDeploymentRow, type TLoadedDeployment, type TShownOutput } from "./get-deployment";

type TUser = { id: string; name: string; email: string };
type TRow = TDeploymentRow;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

function shapeRun(run: TRow["phaseRuns"][number]["stepRuns"][number], shown: TShownOutput | undefined): TCockpitRun {
  return {
    id: run.id,
    mode: run.mode,
    attempt: run.attempt,
    status: run.status,
    startedAt: iso(run.startedAt),
    finishedAt: iso(run.finishedAt),
    output: shown?.end ?? "",
    isOutputCut: (shown?.length ?? 0) > COCKPIT_OUTPUT_CAP || run.isOutputTruncated,
    result: (run.result ?? null) as unknown,
    errorMessage: run.errorMessage,
    note: run.note,
    startedBy: run.startedBy as TUser | null,
    reconciledBy: run.reconciledBy as TUser | null,
    reconciledAt: iso(run.reconciledAt),
    isQueued: run.status === "QUEUED" || (run.status === "RUNNING" && run.heartbeatAt === null),
    /** what the worker reported after the run was declared interrupted (issue 10) */
    late: run.lateStatus ? { status: run.lateStatus, at: iso(run.lateFinishedAt), errorMessage: run.lateErrorMessage } : null,
    /** issue 15 item 2: one row per target schema of a fanned-out run; empty otherwise */
    targets: run.targets,
  };
}

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
    fanOut: readFanOut(step.fanOut),
    expectation: (step.expectation ?? null) as unknown,
    baselineName: step.baselineName,
    baselineKeyColumns: step.baselineKeyColumns,
    tolerances: (step.tolerances ?? null) as unknown,
    httpUrl: step.httpUrl,
    httpExpectStatus: step.httpExpectStatus,
    commandArgv: step.commandArgv,
    timeoutMs: step.timeoutMs,
    backupKey: step.backupKey,
    backupTables: step.backupTables,
    backupFilter: step.backupFilter,
    backupMaxMb: step.backupMaxMb,
  };
}

/** Each step counted once, by its latest real run; a waiver counts as waived whatever ran before. */
function countSteps(phase: TDeploymentSnapshot["phases"][number]) {
  const counts = { total: phase.steps.length, succeeded: 0, failed: 0, waived: 0, running: 0, interrupted: 0 };
  for (const step of phase.steps) {
    const status = latestRun(step, "RUN")?.status;
    if (step.isWaived) counts.waived += 1;
    else if (status === "SUCCEEDED") counts.succeeded += 1;
    else if (status === "FAILED") counts.failed += 1;
    else if (status === "RUNNING" || status === "QUEUED") counts.running += 1;
    else if (status === "INTERRUPTED") counts.interrupted += 1;
  }
  return counts;
}

export type { TCockpit, TCockpitPhase, TCockpitRun, TCockpitStep };

/** The cockpit as `viewer` sees it: the shared part of the read, and what this viewer may do now. */
export function liveView(loaded: TLoadedDeployment, viewer: TSessionUser, options: { preflightFailures?: readonly string[] } = {}): TCockpit {
  const shared = sharedOf(loaded);
  return { ...shared.shared, ...viewerPart(shared, viewer, options) };
}

/** The cockpit as JSON text: the shared part serialised once per read, this viewer's part appended. */
export function liveJson(loaded: TLoadedDeployment, viewer: TSessionUser): string {
  const shared = sharedOf(loaded);
  loaded.memo.liveJson ??= JSON.stringify(shared.shared);
  const personal = JSON.stringify(viewerPart(shared, viewer, {}));
  return `${loaded.memo.liveJson.slice(0, -1)},${personal.slice(1)}`;
}

/**
 * The cockpit's JSON text in two parts for a stream of many viewers: `shared`, the UTF-8 bytes of
 * the shared part without its closing brace (encoded once per read, the same bytes for every
 * viewer), and `rest`, this viewer's members and the closing brace. `shared` + `rest` is exactly
 * `liveJson(loaded, viewer)`.
 */
export type TLiveStreamParts = { shared: Uint8Array; rest: string };

const utf8 = new TextEncoder();

export function liveStreamParts(loaded: TLoadedDeployment, viewer: TSessionUser): TLiveStreamParts {
  const shared = sharedOf(loaded);
  loaded.memo.liveJson ??= JSON.stringify(shared.shared);
  loaded.memo.liveBytes ??= utf8.encode(loaded.memo.liveJson.slice(0, -1));
  return { shared: loaded.memo.liveBytes, rest: `,${JSON.stringify(viewerPart(shared, viewer, {})).slice(1)}` };
}

function sharedOf(loaded: TLoadedDeployment): TSharedCockpit {
  loaded.memo.live ??= shapeShared(loaded);
  return loaded.memo.live as TSharedCockpit;
}

function viewerPart(loaded: TSharedCockpit, viewer: TSessionUser, options: { preflightFailures?: readonly string[] }) {
  const has = (p: TPermission) => can(viewer.roles, p);
  // what this viewer may do now: the cockpit's buttons come from here and nowhere else (issue 10)
  const snapshot = { ...loaded.snapshot, now: new Date(Date.now() + loaded.clockOffsetMs) };
  const actions = availableActions(snapshot, viewer, {
    isCommandsEnabled: loaded.shared.isCommandsEnabled,
    requireSeparationOfDuties: loaded.requireSeparationOfDuties,
    preflightFailures: options.preflightFailures,
  });
  return {
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

type TSharedCockpit = ReturnType<typeof shapeShared>;

/** Everything the cockpit shows that is the same for every viewer, with the state machine's snapshot. */
function shapeShared({ row, outputs, dbNow }: TLoadedDeployment) {
  const snapshot: TDeploymentSnapshot = buildDeploymentSnapshot(row, dbNow);
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
          runs: pr.stepRuns.filter((r) => r.stepId === s.id).map((r) => shapeRun(r, outputs.get(r.id))),
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
      /** runs of items under one heading ("Access Verification: …"), ticked as a group */
      checklistGroups: groupChecklist(pr.phase.checklistItems),
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
      /** what the phase's steps came to, by their latest real run: "0/9" hid a failed step (issue 18 item 3) */
      stepCounts: countSteps(snap),
      /** named by a group tick: moves with every tick, so a tick from a stale view is refused */
      checklistVersion: pr.version,
      missingSignoffRoles: pr.status === "AWAITING_SIGNOFF" ? missingSignoffRoles(snap) : pr.phase.requiredSignoffRoles,
      /** rule 2's blockers by kind, with a count each ("12 checklist items unticked") and every line */
      unmetGateGroups: pr.status === "ACTIVE" ? unmetGateGroups(snap) : [],
    };
  });

  const isCommandsEnabled = getEnv().PHASELINE_ENABLE_COMMANDS;
  const view = cockpitView(snapshot);
  // the failure that opened the rollback, kept in view above the rollback phases (issue 18 item 3):
  // the state machine names the phase and steps, the rows give what they observed
  const triggerPhase = view.rollbackTrigger ? phases.find((p) => p.phaseRunId === view.rollbackTrigger!.phaseRunId) : undefined;
  const rollbackEvidence = triggerPhase
    ? {
        phaseRunId: triggerPhase.phaseRunId,
        position: triggerPhase.position,
        title: triggerPhase.title,
        failurePolicy: triggerPhase.failurePolicy,
        reason: triggerPhase.reason,
        failedAt: triggerPhase.completedAt,
        steps: view.rollbackTrigger!.stepIds.flatMap((stepId) => {
          const step = triggerPhase.steps.find((s) => s.id === stepId);
          const run = step?.runs.filter((r) => r.mode === "RUN").at(-1);
          return step && run ? [{ id: step.id, position: step.position, title: step.title, kind: step.kind, run }] : [];
        }),
      }
    : null;
  const shared = {
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
    environment: { id: row.environment.id, name: row.environment.name, isProduction: row.environment.isProduction },
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
    rollbackEvidence,
  };
  const clockOffsetMs = dbNow.getTime() - Date.now();
  return {
    shared,
    snapshot,
    requireSeparationOfDuties: row.runbookVersion.requireSeparationOfDuties,
    /** the database's clock minus this process's, in ms: each viewer's decisions use the database's time */
    clockOffsetMs,
  };
}
