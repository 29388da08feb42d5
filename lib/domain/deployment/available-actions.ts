// What a person may do now on a deployment, and why not (issue 10). One answer for the cockpit
// and the server: every offer here is the same decide* function the use-case calls under the
// deployment's row lock, combined with the same permission the server action checks. The cockpit
// renders its buttons from this and holds no rule of its own, so the two cannot disagree.
import { can, type TPermission, type TRole } from "@/lib/auth/permissions";
import { decidePhaseSignoff } from "./signoff-policy";
import {
  decideActivatePhase,
  decideCompletePhase,
  decideDeploymentAction,
  decideManualStep,
  decidePointOfNoReturnApproval,
  decideReconcile,
  decideRecordCriterion,
  decideSkipPhase,
  decideStartStep,
  decideTickChecklistItem,
  decideTickChecklistItems,
  decideWaiveStep,
  isFollowUpOpen,
  isFollowUpPhase,
  latestRun,
  nextAttempt,
  sqlRunnerIds,
  type TDecision,
  type TDeploymentAction,
  type TDeploymentSnapshot,
  type TPhaseSnapshot,
  type TStepSnapshot,
} from "./state-machine";

/** ok, or the sentence saying why not (a missing permission, or the state machine's refusal). */
export type TOffer = TDecision;

export type TStepOffers = {
  /** Run (attempt n) / Retry; for a MANUAL step this is refused and `record` is the offer */
  run: TOffer & { attempt: number };
  rehearse: TOffer & { attempt: number };
  /** mark a MANUAL step done or failed */
  record: TOffer & { attempt: number };
  waive: TOffer;
  /** present when the latest real run was INTERRUPTED (rule 6) */
  reconcile: (TOffer & { stepRunId: string }) | null;
};

export type TPhaseOffers = {
  /** start this phase; a point of no return needs the typed name (and on production a DBA's approval first) */
  activate: TOffer & { needsConfirmation: boolean; needsApproval: boolean };
  complete: TOffer;
  skip: TOffer;
  /** a DBA's approval to start a production point of no return (rule 4) */
  approvePointOfNoReturn: TOffer;
  /** sign-off by role, for each required role */
  signoff: Record<string, TOffer>;
  /** by checklist item id */
  tick: Record<string, TOffer>;
  /** every unticked item of the phase in one action (issue 18 item 4), with their ids */
  tickAll: TOffer & { itemIds: string[] };
  /** by criterion id */
  recordCriterion: Record<string, TOffer>;
  /** by step id */
  steps: Record<string, TStepOffers>;
};

export type TAvailableActions = {
  deployment: Record<TDeploymentAction, TOffer>;
  /** by phase run id */
  phases: Record<string, TPhaseOffers>;
};

export type TViewer = { id: string; roles: readonly TRole[] };

export type TActionContext = {
  isCommandsEnabled: boolean;
  /** rule 3, per runbook version */
  requireSeparationOfDuties: boolean;
  /** what the last pre-flight check found wrong; start then needs a reason */
  preflightFailures?: readonly string[];
};

const DEPLOYMENT_ACTION_LIST: readonly TDeploymentAction[] = ["start", "pause", "resume", "abort", "start_rollback", "end_failed", "fail_follow_up"];

/** Which permission each action needs: the same table the server actions use (lib/actions/deployments.ts). */
export const DEPLOYMENT_ACTION_PERMISSION: Readonly<Record<TDeploymentAction, TPermission>> = {
  start: "deployment.run",
  pause: "deployment.control",
  resume: "deployment.control",
  abort: "deployment.control",
  start_rollback: "deployment.control",
  end_failed: "deployment.control",
  fail_follow_up: "deployment.control",
};

/** The permission a phase sign-off in a role needs (the use-case also checks the person holds the role). */
export function signoffPermission(role: string): TPermission {
  return role === "DBA" ? "signoff.dba" : role === "LEAD" ? "deployment.run" : "deployment.view";
}

const PERMISSION_WORDS: Readonly<Partial<Record<TPermission, string>>> = {
  "deployment.run": "Only the deployment lead's role (LEAD) does this.",
  "deployment.control": "Only a LEAD controls a deployment.",
  "deployment.rehearse": "Only a LEAD or a DBA rehearses SQL.",
  "signoff.dba": "Only a DBA signs this off.",
};

function withPermission(viewer: TViewer, permission: TPermission, decision: TDecision): TOffer {
  if (!can(viewer.roles, permission)) return { ok: false, reason: PERMISSION_WORDS[permission] ?? "You do not have permission to do this." };
  return decision;
}

/** A reason that passes the "say why" checks: the offers judge the state, the form judges the text. */
const ANY_REASON = "(reason)";

/**
 * Every action the viewer could take now, each with the reason when refused.
 * Shape: { deployment: { start, pause, … }, phases: { [phaseRunId]: { activate, complete, skip,
 * approvePointOfNoReturn, signoff[role], tick[itemId], recordCriterion[criterionId], steps[stepId] } } }.
 * Pure; the server's decisions are the same functions (property-tested in available-actions.test.ts).
 */
export function availableActions(snapshot: TDeploymentSnapshot, viewer: TViewer, context: TActionContext): TAvailableActions {
  const deployment = {} as Record<TDeploymentAction, TOffer>;
  for (const action of DEPLOYMENT_ACTION_LIST) {
    // start is offered when only the pre-flight stands in the way: the form then asks for a reason
    const decision = decideDeploymentAction(snapshot, action, { preflightFailures: context.preflightFailures, overrideReason: ANY_REASON });
    deployment[action] = withPermission(viewer, DEPLOYMENT_ACTION_PERMISSION[action], decision.ok ? { ok: true } : decision);
  }
  const phases: Record<string, TPhaseOffers> = {};
  for (const phase of snapshot.phases) phases[phase.phaseRunId] = phaseOffers(snapshot, phase, viewer, context);
  return { deployment, phases };
}

function phaseOffers(snapshot: TDeploymentSnapshot, phase: TPhaseSnapshot, viewer: TViewer, context: TActionContext): TPhaseOffers {
  const id = phase.phaseRunId;
  const needsApproval = phase.isPointOfNoReturn && snapshot.isProduction;
  const activateDecision = decideActivatePhase(snapshot, id, { confirmationName: snapshot.name });
  const complete = decideCompletePhase(snapshot, id);
  const runners = sqlRunnerIds(phase);
  const signoff: Record<string, TOffer> = {};
  for (const role of phase.requiredSignoffRoles) {
    const decision = decidePhaseSignoff(snapshot, {
      phaseRunId: id,
      role,
      decision: "APPROVED",
      comment: "",
      userId: viewer.id,
      userRoles: viewer.roles,
      requireSeparationOfDuties: context.requireSeparationOfDuties,
      sqlRunnerIds: runners,
    });
    signoff[role] = withPermission(viewer, signoffPermission(role), decision.ok ? { ok: true } : decision);
  }
  const tick: Record<string, TOffer> = {};
  for (const item of phase.checklist) tick[item.itemId] = withPermission(viewer, "deployment.run", decideTickChecklistItem(snapshot, id, item.itemId));
  const untickedIds = phase.checklist.filter((c) => !c.isTicked).map((c) => c.itemId);
  const tickAll = { ...withPermission(viewer, "deployment.run", decideTickChecklistItems(snapshot, id, untickedIds)), itemIds: untickedIds };
  const recordCriterion: Record<string, TOffer> = {};
  for (const c of phase.criteria) recordCriterion[c.criterionId] = withPermission(viewer, "deployment.run", decideRecordCriterion(snapshot, id, c.criterionId));
  const steps: Record<string, TStepOffers> = {};
  for (const step of phase.steps) steps[step.stepId] = stepOffers(snapshot, phase, step, viewer, context);
  return {
    activate: {
      ...withPermission(viewer, phase.isPointOfNoReturn ? "deployment.control" : "deployment.run", activateDecision),
      needsConfirmation: phase.isPointOfNoReturn,
      needsApproval,
    },
    complete: withPermission(viewer, "deployment.run", complete.ok ? { ok: true } : complete),
    skip: withPermission(viewer, "deployment.run", decideSkipPhase(snapshot, id, ANY_REASON)),
    approvePointOfNoReturn: withPermission(viewer, "signoff.dba", decidePointOfNoReturnApproval(snapshot, id, { userRoles: viewer.roles, decision: "APPROVED", comment: "" })),
    signoff,
    tick,
    tickAll,
    recordCriterion,
    steps,
  };
}

function stepOffers(snapshot: TDeploymentSnapshot, phase: TPhaseSnapshot, step: TStepSnapshot, viewer: TViewer, context: TActionContext): TStepOffers {
  const id = phase.phaseRunId;
  const runAttempt = nextAttempt(step, "RUN");
  const rehearsalAttempt = nextAttempt(step, "REHEARSAL");
  const latest = latestRun(step);
  const reconcileDecision = latest?.status === "INTERRUPTED" ? decideReconcile(snapshot, latest, ANY_REASON) : null;
  return {
    run: {
      ...withPermission(viewer, "deployment.run", decideStartStep(snapshot, id, step.stepId, { mode: "RUN", attempt: runAttempt, isCommandsEnabled: context.isCommandsEnabled })),
      attempt: runAttempt,
    },
    rehearse: {
      ...withPermission(
        viewer,
        "deployment.rehearse",
        decideStartStep(snapshot, id, step.stepId, { mode: "REHEARSAL", attempt: rehearsalAttempt, isCommandsEnabled: context.isCommandsEnabled }),
      ),
      attempt: rehearsalAttempt,
    },
    record: { ...withPermission(viewer, "deployment.run", decideManualStep(snapshot, id, step.stepId, runAttempt)), attempt: runAttempt },
    waive: withPermission(viewer, "deployment.run", decideWaiveStep(snapshot, id, step.stepId, ANY_REASON)),
    reconcile: latest && reconcileDecision ? { ...withPermission(viewer, "deployment.run", reconcileDecision), stepRunId: latest.id } : null,
  };
}

export type TCockpitView = {
  /** the procedure whose phases are being worked through (ROLLBACK once the rollback opened) */
  workingProcedure: "MAIN" | "ROLLBACK";
  /** the phase open in that procedure (ACTIVE or AWAITING_SIGNOFF), or null */
  currentPhaseRunId: string | null;
  /** when none is open: the phase that comes next, while the deployment is being worked on */
  nextPhaseRunId: string | null;
  /** rule 7, STOP: the failed steps the lead must decide about, or null */
  halt: { stepTitles: string[] } | null;
  /**
   * While the rollback is worked through: the main phase whose failure opened it and its failed
   * steps (latest real run FAILED, not waived) — kept in view above the rollback (issue 18 item 3).
   * Empty stepIds: the lead rolled back by hand, the phase's reason says why.
   */
  rollbackTrigger: { phaseRunId: string; stepIds: string[] } | null;
};

/** Where the deployment stands, for the cockpit's layout: which phase is large, which is next. */
export function cockpitView(snapshot: TDeploymentSnapshot): TCockpitView {
  const isRollback =
    snapshot.status === "ROLLING_BACK" ||
    (snapshot.status === "PAUSED" && (snapshot.isRollbackStarted === true || snapshot.phases.some((p) => p.procedure === "ROLLBACK" && p.status !== "PENDING")));
  const workingProcedure = isRollback ? "ROLLBACK" : "MAIN";
  // with follow-ups open, only they are worked on; while the main phases run, never they (issue 15)
  const isFollowUps = isFollowUpOpen(snapshot);
  const ofProcedure = snapshot.phases
    .filter((p) => p.procedure === workingProcedure && (workingProcedure === "ROLLBACK" || isFollowUpPhase(p) === isFollowUps))
    .sort((a, b) => a.position - b.position);
  const current = ofProcedure.find((p) => p.status === "ACTIVE" || p.status === "AWAITING_SIGNOFF") ?? null;
  const isWorking = snapshot.status === "IN_PROGRESS" || snapshot.status === "ROLLING_BACK" || isFollowUps;
  const next = !current && isWorking ? (ofProcedure.find((p) => p.status === "PENDING") ?? null) : null;
  const active = snapshot.phases.find((p) => p.status === "ACTIVE" && p.failurePolicy !== "CONTINUE");
  const failed = active ? active.steps.filter((s) => !s.isWaived && latestRun(s)?.status === "FAILED").map((s) => s.title) : [];
  return {
    workingProcedure,
    currentPhaseRunId: current?.phaseRunId ?? null,
    nextPhaseRunId: next?.phaseRunId ?? null,
    halt: failed.length ? { stepTitles: failed } : null,
    rollbackTrigger: isRollback ? rollbackTrigger(snapshot) : null,
  };
}

/** The failed main phase that opened the rollback: openRollback fails the phase that was open (rule 7). */
function rollbackTrigger(snapshot: TDeploymentSnapshot): TCockpitView["rollbackTrigger"] {
  const failedPhases = snapshot.phases.filter((p) => p.procedure === "MAIN" && p.status === "FAILED").sort((a, b) => b.position - a.position);
  const phase = failedPhases.find((p) => p.failurePolicy === "ROLLBACK") ?? failedPhases[0];
  if (!phase) return null;
  const stepIds = phase.steps.filter((s) => !s.isWaived && latestRun(s)?.status === "FAILED").map((s) => s.stepId);
  return { phaseRunId: phase.phaseRunId, stepIds };
}
