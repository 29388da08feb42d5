// The one state machine of a deployment, its phase runs and its step runs (PRODUCT.md "Domain"
// and rules 1–7). Pure: the server loads a snapshot inside a transaction that holds the
// deployment's row lock, asks here whether a transition is allowed, and writes it with the audit
// event. Every refusal is a sentence a person can act on.
//
//   deployment  PLANNED → IN_PROGRESS ⇄ PAUSED → SUCCEEDED | FAILED | ROLLING_BACK → ROLLED_BACK, or ABORTED
//   phase run   PENDING → ACTIVE → AWAITING_SIGNOFF → DONE | FAILED | SKIPPED
//   follow-ups  a SUCCEEDED deployment whose version has follow-up phases: OPEN → PASSED | FAILED
//               (a failed follow-up with policy ROLLBACK: SUCCEEDED → ROLLING_BACK)
//   step run    QUEUED → RUNNING → SUCCEEDED | FAILED | INTERRUPTED (manual steps are recorded
//               SUCCEEDED | FAILED at once; PENDING is a step that has no run yet)

import { formatFollowUpOffset } from "@/lib/domain/runbook/follow-up";
import { isRehearsableStepKind, type TStepKind } from "@/lib/domain/runbook/step-kinds";

export { formatFollowUpOffset };

export const DEPLOYMENT_STATUSES = ["PLANNED", "IN_PROGRESS", "PAUSED", "SUCCEEDED", "FAILED", "ROLLING_BACK", "ROLLED_BACK", "ABORTED"] as const;
export type TDeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];
export type TPhaseRunStatus = "PENDING" | "ACTIVE" | "AWAITING_SIGNOFF" | "DONE" | "FAILED" | "SKIPPED";
export type TStepRunStatus = "PENDING" | "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "INTERRUPTED";

/**
 * A run that has not ended: QUEUED (recorded, no worker has claimed it yet) or RUNNING (a worker
 * claimed it and sends heartbeats). Only a RUNNING run can be declared INTERRUPTED (rule 6): a
 * queued run never touched the target.
 */
export const isRunInFlight = (status: TStepRunStatus) => status === "QUEUED" || status === "RUNNING";
export type TStepKindName = TStepKind;
export type TProcedureName = "MAIN" | "ROLLBACK";
export type TFailurePolicyName = "STOP" | "ROLLBACK" | "CONTINUE";
export type TRunMode = "RUN" | "REHEARSAL";
export type TFollowUpStatus = "OPEN" | "PASSED" | "FAILED";

export const FINAL_DEPLOYMENT_STATUSES: readonly TDeploymentStatus[] = ["SUCCEEDED", "FAILED", "ROLLED_BACK", "ABORTED"];
export const isFinalDeployment = (s: TDeploymentStatus) => FINAL_DEPLOYMENT_STATUSES.includes(s);
const isClosedPhase = (s: TPhaseRunStatus) => s === "DONE" || s === "SKIPPED" || s === "FAILED";

export type TDecision = { ok: true } | { ok: false; reason: string };
const ok: TDecision = { ok: true };
const refuse = (reason: string): TDecision => ({ ok: false, reason });

// ---------------------------------------------------------------------------------------------
// Snapshot: what the rules look at

/** `targetCount`: the run's per-schema results (issue 15 item 2) — a fanned-out step's, or a RESTORE's of a fanned-out backup */
export type TStepRunSnapshot = { id: string; mode: TRunMode; attempt: number; status: TStepRunStatus; startedById: string | null; targetCount?: number };
export type TStepSnapshot = {
  stepId: string;
  kind: TStepKindName;
  title: string;
  /** every run of the step in this deployment, any mode, any order */
  runs: readonly TStepRunSnapshot[];
  isWaived: boolean;
  /** runs once per target schema (issue 15 item 2): a new attempt runs only the schemas that did not succeed */
  isFanOut?: boolean;
};
export type TChecklistSnapshot = { itemId: string; text: string; isRequired: boolean; isTicked: boolean };
export type TCriterionSnapshot = { criterionId: string; text: string; boundStepId: string | null; isMet: boolean | null };
export type TSignoffSnapshot = { role: string; userId: string; decision: "APPROVED" | "REJECTED" | "WITHDRAWN"; createdAt: Date };
export type TPhaseSnapshot = {
  phaseRunId: string;
  procedure: TProcedureName;
  position: number;
  title: string;
  status: TPhaseRunStatus;
  failurePolicy: TFailurePolicyName;
  isPointOfNoReturn: boolean;
  requiredSignoffRoles: readonly string[];
  steps: readonly TStepSnapshot[];
  checklist: readonly TChecklistSnapshot[];
  criteria: readonly TCriterionSnapshot[];
  /** PHASE-scope sign-offs of this phase run, oldest first */
  signoffs: readonly TSignoffSnapshot[];
  /** a follow-up phase: minutes after the main phases finish; null or absent for a main phase */
  followUpOffsetMinutes?: number | null;
  /** a follow-up phase of a SUCCEEDED deployment: when it may start */
  dueAt?: Date | null;
};
export type TDeploymentSnapshot = {
  status: TDeploymentStatus;
  name: string;
  isProduction: boolean;
  phases: readonly TPhaseSnapshot[];
  /** POINT_OF_NO_RETURN-scope decisions by phase run id, oldest first (rule 4) */
  pointOfNoReturnApprovals: ReadonlyMap<string, readonly TSignoffSnapshot[]>;
  /** the rollback procedure was opened (its first phase may still wait, e.g. a point of no return) */
  isRollbackStarted?: boolean;
  /** null or absent: the version has no follow-up phases, or the main phases are not finished */
  followUpStatus?: TFollowUpStatus | null;
  /** the database's clock when the snapshot was read: follow-up phases start when due */
  now?: Date;
};

/** A follow-up phase: due at an offset after the main phases finish (PRODUCT.md "Follow-up phase"). */
export const isFollowUpPhase = (phase: Pick<TPhaseSnapshot, "procedure" | "followUpOffsetMinutes">) =>
  phase.procedure === "MAIN" && phase.followUpOffsetMinutes !== null && phase.followUpOffsetMinutes !== undefined;

/** The deployment succeeded and its follow-ups are open: a follow-up phase is worked on now. */
export const isFollowUpOpen = (snapshot: Pick<TDeploymentSnapshot, "status" | "followUpStatus">) => snapshot.status === "SUCCEEDED" && snapshot.followUpStatus === "OPEN";

/** A due time in words that read the same on every machine: "2026-12-01 14:05 UTC". */
export function formatDueAt(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** A follow-up phase that may start now: open follow-ups, due, still waiting. */
export function isFollowUpDue(snapshot: Pick<TDeploymentSnapshot, "status" | "followUpStatus" | "now">, phase: TPhaseSnapshot): boolean {
  return isFollowUpOpen(snapshot) && isFollowUpPhase(phase) && !!phase.dueAt && phase.dueAt.getTime() <= (snapshot.now ?? new Date()).getTime();
}

/** The latest attempt of a step in one mode, or null when it never ran in that mode. */
export function latestRun(step: TStepSnapshot, mode: TRunMode = "RUN"): TStepRunSnapshot | null {
  let best: TStepRunSnapshot | null = null;
  for (const r of step.runs) if (r.mode === mode && (!best || r.attempt > best.attempt)) best = r;
  return best;
}

export function nextAttempt(step: TStepSnapshot, mode: TRunMode): number {
  return (latestRun(step, mode)?.attempt ?? 0) + 1;
}

/** The latest decision per person and role: a later decision supersedes an earlier one. */
export function currentSignoffs(signoffs: readonly TSignoffSnapshot[]): TSignoffSnapshot[] {
  const byKey = new Map<string, TSignoffSnapshot>();
  for (const s of [...signoffs].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) byKey.set(`${s.role}:${s.userId}`, s);
  return [...byKey.values()].filter((s) => s.decision !== "WITHDRAWN");
}

// ---------------------------------------------------------------------------------------------
// Deployment transitions

export type TDeploymentAction = "start" | "pause" | "resume" | "abort" | "start_rollback" | "end_failed" | "fail_follow_up";

const DEPLOYMENT_TRANSITIONS: Readonly<Record<TDeploymentAction, { from: readonly TDeploymentStatus[]; to: TDeploymentStatus }>> = {
  start: { from: ["PLANNED"], to: "IN_PROGRESS" },
  pause: { from: ["IN_PROGRESS", "ROLLING_BACK"], to: "PAUSED" },
  resume: { from: ["PAUSED"], to: "IN_PROGRESS" },
  abort: { from: ["PLANNED", "IN_PROGRESS", "PAUSED", "ROLLING_BACK"], to: "ABORTED" },
  // SUCCEEDED: only once a follow-up failed (checked below)
  start_rollback: { from: ["IN_PROGRESS", "PAUSED", "FAILED", "SUCCEEDED"], to: "ROLLING_BACK" },
  end_failed: { from: ["IN_PROGRESS", "PAUSED", "ROLLING_BACK"], to: "FAILED" },
  // the lead judges an open follow-up failed: the deployment stays SUCCEEDED, "follow-up failed"
  fail_follow_up: { from: ["SUCCEEDED"], to: "SUCCEEDED" },
};

const STATUS_WORDS: Readonly<Record<TDeploymentStatus, string>> = {
  PLANNED: "planned",
  IN_PROGRESS: "in progress",
  PAUSED: "paused",
  SUCCEEDED: "finished (succeeded)",
  FAILED: "finished (failed)",
  ROLLING_BACK: "rolling back",
  ROLLED_BACK: "finished (rolled back)",
  ABORTED: "aborted",
};

export function describeDeploymentStatus(status: TDeploymentStatus): string {
  return STATUS_WORDS[status];
}

export type TDeploymentActionOptions = {
  /** start only: what the pre-flight check found wrong (empty: it passed) */
  preflightFailures?: readonly string[];
  /** start only: the lead's reason to start although pre-flight fails (audited) */
  overrideReason?: string;
};

/** A real run (not a rehearsal) of some step that has not ended, or null. */
export function runInFlight(phases: readonly Pick<TPhaseSnapshot, "steps">[]): TStepSnapshot | null {
  for (const p of phases) for (const s of p.steps) if (isRunInFlight(latestRun(s)?.status ?? "PENDING")) return s;
  return null;
}

/**
 * Where a deployment action leads from here. A PAUSED deployment remembers nothing of whether it
 * was rolling back: resume returns to ROLLING_BACK when a rollback phase has started.
 * Start is refused while the pre-flight check fails, unless the lead gives a reason (issue 10).
 */
export function decideDeploymentAction(
  snapshot: Pick<TDeploymentSnapshot, "status" | "phases" | "isRollbackStarted" | "followUpStatus" | "now">,
  action: TDeploymentAction,
  options: TDeploymentActionOptions = {},
): { ok: true; to: TDeploymentStatus } | { ok: false; reason: string } {
  const rule = DEPLOYMENT_TRANSITIONS[action];
  if (!rule.from.includes(snapshot.status)) {
    return { ok: false, reason: `The deployment is ${STATUS_WORDS[snapshot.status]}: it cannot ${ACTION_WORDS[action]} now.` };
  }
  if (action === "fail_follow_up") {
    if (!isFollowUpOpen(snapshot)) {
      const state = snapshot.followUpStatus ? `its follow-ups have ${snapshot.followUpStatus === "PASSED" ? "passed" : "failed"} already` : "it has no open follow-ups";
      return { ok: false, reason: `The deployment is ${STATUS_WORDS[snapshot.status]} and ${state}: it cannot have its follow-up marked failed now.` };
    }
    // only what was checked can be found failed: before the first follow-up is due there is nothing to judge
    const followUps = snapshot.phases.filter(isFollowUpPhase);
    if (!followUps.some((p) => p.status !== "PENDING" || isFollowUpDue(snapshot, p))) {
      const first = followUps.filter((p) => p.dueAt).sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime())[0];
      return { ok: false, reason: `No follow-up is due yet${first ? `: "${first.title}" is due at ${formatDueAt(first.dueAt!)}` : ""}. Mark it failed once its checks have run.` };
    }
    const inFlightFollowUp = runInFlight(followUps);
    if (inFlightFollowUp) return { ok: false, reason: `"${inFlightFollowUp.title}" is running on the target: wait for it to finish first.` };
    if (options.overrideReason !== undefined && !options.overrideReason.trim()) return { ok: false, reason: "Say what the follow-up found." };
    return { ok: true, to: "SUCCEEDED" };
  }
  if (action === "start_rollback" && snapshot.status === "SUCCEEDED" && snapshot.followUpStatus !== "FAILED") {
    return {
      ok: false,
      reason:
        snapshot.followUpStatus === "OPEN"
          ? "The deployment succeeded: mark its follow-up failed first, then roll back."
          : `The deployment is ${STATUS_WORDS.SUCCEEDED}: it cannot start the rollback now.`,
    };
  }
  const isRollingBack = snapshot.isRollbackStarted === true || isRollbackUnderway(snapshot.phases);
  if (action === "resume") return { ok: true, to: isRollingBack ? "ROLLING_BACK" : "IN_PROGRESS" };
  if (action === "start" && options.preflightFailures?.length && !options.overrideReason?.trim()) {
    return { ok: false, reason: `The pre-flight check fails (${options.preflightFailures.join(" ")}): fix it, or start anyway with a reason that goes in the record.` };
  }
  // a run on the target cannot be recalled: ending the deployment under it would leave its result nowhere
  const inFlight = action === "abort" || action === "end_failed" || action === "start_rollback" ? runInFlight(snapshot.phases) : null;
  if (inFlight) return { ok: false, reason: `"${inFlight.title}" is running on the target: wait for it to finish first.` };
  if (action === "start_rollback" && !snapshot.phases.some((p) => p.procedure === "ROLLBACK")) {
    return { ok: false, reason: "This runbook version has no rollback procedure to run." };
  }
  if (action === "start_rollback" && isRollingBack) {
    return { ok: false, reason: "The rollback procedure has already started." };
  }
  return { ok: true, to: rule.to };
}

const ACTION_WORDS: Readonly<Record<TDeploymentAction, string>> = {
  start: "start",
  pause: "be paused",
  resume: "be resumed",
  abort: "be aborted",
  start_rollback: "start the rollback",
  end_failed: "be ended as failed",
  fail_follow_up: "have its follow-up marked failed",
};

export function isRollbackUnderway(phases: readonly Pick<TPhaseSnapshot, "procedure" | "status">[]): boolean {
  return phases.some((p) => p.procedure === "ROLLBACK" && p.status !== "PENDING");
}

/** The procedure whose phases the deployment is working through in a status, or null. */
export function activeProcedure(status: TDeploymentStatus): TProcedureName | null {
  if (status === "IN_PROGRESS") return "MAIN";
  if (status === "ROLLING_BACK") return "ROLLBACK";
  return null;
}

/** After a phase closes: the deployment's end state when every phase of its procedure is closed. */
export function completionOf(snapshot: Pick<TDeploymentSnapshot, "status" | "phases">): TDeploymentStatus | null {
  const procedure = activeProcedure(snapshot.status);
  if (!procedure) return null;
  // follow-up phases come due after the main phases: they never hold the deployment's success
  const phases = snapshot.phases.filter((p) => p.procedure === procedure && !isFollowUpPhase(p));
  if (!phases.every((p) => p.status === "DONE" || p.status === "SKIPPED")) return null;
  return procedure === "MAIN" ? "SUCCEEDED" : "ROLLED_BACK";
}

/** After a follow-up phase closes: PASSED when every follow-up phase is done or skipped. */
export function followUpCompletionOf(snapshot: Pick<TDeploymentSnapshot, "status" | "followUpStatus" | "phases">): "PASSED" | null {
  if (!isFollowUpOpen(snapshot)) return null;
  const followUps = snapshot.phases.filter(isFollowUpPhase);
  return followUps.every((p) => p.status === "DONE" || p.status === "SKIPPED") ? "PASSED" : null;
}

/** When the main phases finish at `finishedAt`: each follow-up phase's due time. */
export function followUpDueTimes(phases: readonly TPhaseSnapshot[], finishedAt: Date): { phase: TPhaseSnapshot; dueAt: Date }[] {
  return phases.filter(isFollowUpPhase).map((phase) => ({ phase, dueAt: new Date(finishedAt.getTime() + (phase.followUpOffsetMinutes ?? 0) * 60_000) }));
}

// ---------------------------------------------------------------------------------------------
// Phase transitions

function phaseOf(snapshot: TDeploymentSnapshot, phaseRunId: string): TPhaseSnapshot | null {
  return snapshot.phases.find((p) => p.phaseRunId === phaseRunId) ?? null;
}

function previousPhase(snapshot: TDeploymentSnapshot, phase: TPhaseSnapshot): TPhaseSnapshot | null {
  const same = snapshot.phases.filter((p) => p.procedure === phase.procedure && p.position < phase.position);
  return same.sort((a, b) => b.position - a.position)[0] ?? null;
}

function requireWorkingOn(snapshot: TDeploymentSnapshot, phase: TPhaseSnapshot): TDecision {
  if (isFollowUpPhase(phase)) {
    if (isFollowUpOpen(snapshot)) return ok;
    if (snapshot.status === "SUCCEEDED" && snapshot.followUpStatus) {
      return refuse(`The follow-ups have ${snapshot.followUpStatus === "PASSED" ? "passed" : "failed"}: nothing in them can change now.`);
    }
    if (snapshot.status === "IN_PROGRESS" || snapshot.status === "PAUSED") {
      return refuse(`"${phase.title}" is a follow-up: it comes due ${formatFollowUpOffset(phase.followUpOffsetMinutes ?? 0)} after the main phases finish.`);
    }
  } else if (isFollowUpOpen(snapshot)) {
    return refuse("The deployment succeeded: only its follow-up phases are worked on now.");
  }
  const procedure = activeProcedure(snapshot.status);
  if (snapshot.status === "PAUSED") return refuse("The deployment is paused: resume it first.");
  if (!procedure) return refuse(`The deployment is ${STATUS_WORDS[snapshot.status]}: nothing in it can change now.`);
  if (phase.procedure !== procedure) {
    return refuse(procedure === "ROLLBACK" ? "The deployment is rolling back: only rollback phases can be worked on." : "Rollback phases run only once a rollback has started.");
  }
  return ok;
}

export type TActivateOptions = { confirmationName?: string | null };

/** Rule 1 (order), rule 4 (point of no return: the typed name, and on production a DBA's approval first). */
export function decideActivatePhase(snapshot: TDeploymentSnapshot, phaseRunId: string, options: TActivateOptions = {}): TDecision {
  const phase = phaseOf(snapshot, phaseRunId);
  if (!phase) return refuse("This phase is not part of the deployment.");
  const working = requireWorkingOn(snapshot, phase);
  if (!working.ok) return working;
  if (phase.status !== "PENDING") return refuse(`"${phase.title}" is already ${phaseWord(phase.status)}.`);
  if (isFollowUpPhase(phase) && !isFollowUpDue(snapshot, phase)) {
    return refuse(phase.dueAt ? `"${phase.title}" is a follow-up due at ${formatDueAt(phase.dueAt)}: it starts then, not before.` : `"${phase.title}" has no due time yet.`);
  }
  const active = snapshot.phases.find(
    (p) => p.procedure === phase.procedure && isFollowUpPhase(p) === isFollowUpPhase(phase) && (p.status === "ACTIVE" || p.status === "AWAITING_SIGNOFF"),
  );
  if (active) return refuse(`Finish "${active.title}" first: one phase is worked on at a time.`);
  const previous = previousPhase(snapshot, phase);
  if (previous && previous.status !== "DONE" && previous.status !== "SKIPPED") {
    return refuse(`"${previous.title}" must be done or skipped before "${phase.title}" starts (rule 1).`);
  }
  if (phase.isPointOfNoReturn) {
    if (snapshot.isProduction && !hasPointOfNoReturnApproval(snapshot, phase.phaseRunId)) {
      return refuse(`"${phase.title}" is a point of no return on a production environment: a DBA must approve it before it starts (rule 4).`);
    }
    if ((options.confirmationName ?? "").trim() !== snapshot.name) {
      return refuse(`"${phase.title}" is a point of no return: type the deployment's name, ${snapshot.name}, to confirm (rule 4).`);
    }
  }
  return ok;
}

export function hasPointOfNoReturnApproval(snapshot: TDeploymentSnapshot, phaseRunId: string): boolean {
  const decisions = currentSignoffs(snapshot.pointOfNoReturnApprovals.get(phaseRunId) ?? []);
  return decisions.some((d) => d.role === "DBA" && d.decision === "APPROVED") && !decisions.some((d) => d.decision === "REJECTED");
}

const PHASE_WORDS: Readonly<Record<TPhaseRunStatus, string>> = {
  PENDING: "waiting",
  ACTIVE: "active",
  AWAITING_SIGNOFF: "awaiting sign-off",
  DONE: "done",
  FAILED: "failed",
  SKIPPED: "skipped",
};
export const phaseWord = (s: TPhaseRunStatus) => PHASE_WORDS[s];

/** Skipping needs a reason and never jumps a phase that is being worked on by its sign-offs. */
export function decideSkipPhase(snapshot: TDeploymentSnapshot, phaseRunId: string, reason: string): TDecision {
  const phase = phaseOf(snapshot, phaseRunId);
  if (!phase) return refuse("This phase is not part of the deployment.");
  const working = requireWorkingOn(snapshot, phase);
  if (!working.ok) return working;
  if (!reason.trim()) return refuse("Say why the phase is skipped.");
  if (phase.status !== "PENDING" && phase.status !== "ACTIVE") return refuse(`"${phase.title}" is ${phaseWord(phase.status)}: only a waiting or active phase can be skipped.`);
  if (phase.steps.some((s) => isRunInFlight(latestRun(s)?.status ?? "PENDING") || isRunInFlight(latestRun(s, "REHEARSAL")?.status ?? "PENDING"))) {
    return refuse(`A step of "${phase.title}" is running: wait for it to finish.`);
  }
  if (phase.status === "PENDING") {
    const previous = previousPhase(snapshot, phase);
    if (previous && !isClosedPhase(previous.status)) return refuse(`"${previous.title}" must be done or skipped first (rule 1).`);
  }
  return ok;
}

export type TGateKind = "checklist" | "not_run" | "running" | "interrupted" | "failed" | "criterion_unrecorded" | "criterion_unmet";
export type TGateGroup = { kind: TGateKind; summary: string; lines: string[] };

const GATE_WORDS: Readonly<Record<TGateKind, [one: string, many: string]>> = {
  checklist: ["checklist item unticked", "checklist items unticked"],
  not_run: ["step not run", "steps not run"],
  running: ["step still running", "steps still running"],
  interrupted: ["step interrupted (reconcile it)", "steps interrupted (reconcile them)"],
  failed: ["step failed", "steps failed"],
  criterion_unrecorded: ["success criterion not recorded", "success criteria not recorded"],
  criterion_unmet: ["success criterion not met", "success criteria not met"],
};

/**
 * What still stands between a phase and its completion (rule 2), grouped by kind with a count
 * ("12 checklist items unticked") and every line: a phase with 26 items reads as one line first.
 */
export function unmetGateGroups(phase: TPhaseSnapshot): TGateGroup[] {
  const lines = new Map<TGateKind, string[]>();
  const add = (kind: TGateKind, line: string) => lines.set(kind, [...(lines.get(kind) ?? []), line]);
  for (const item of phase.checklist) if (item.isRequired && !item.isTicked) add("checklist", `Tick "${item.text}".`);
  for (const step of phase.steps) {
    if (step.isWaived) continue;
    const run = latestRun(step);
    if (!run) add("not_run", `Run "${step.title}" (or waive it with a reason).`);
    else if (isRunInFlight(run.status) || run.status === "PENDING") add("running", `Wait for "${step.title}" to finish.`);
    else if (run.status === "INTERRUPTED") add("interrupted", `Reconcile "${step.title}": it was interrupted.`);
    else if (run.status === "FAILED" && phase.failurePolicy !== "CONTINUE") add("failed", `"${step.title}" failed: retry it or waive it with a reason.`);
  }
  for (const c of phase.criteria) {
    if (c.isMet === true) continue;
    const bound = c.boundStepId ? phase.steps.find((s) => s.stepId === c.boundStepId) : null;
    if (bound?.isWaived) continue;
    if (c.isMet === false) add("criterion_unmet", `Criterion not met: "${c.text}".`);
    else add("criterion_unrecorded", `Record whether "${c.text}" is met.`);
  }
  return [...lines.entries()].map(([kind, ls]) => ({ kind, summary: `${ls.length} ${GATE_WORDS[kind][ls.length === 1 ? 0 : 1]}`, lines: ls }));
}

/** What still stands between a phase and its completion (rule 2), in words; empty when none. */
export function unmetGates(phase: TPhaseSnapshot): string[] {
  return unmetGateGroups(phase).flatMap((g) => g.lines);
}

/** Roles still to approve (rule 2): a role counts once some holder's current decision approves it. */
export function missingSignoffRoles(phase: Pick<TPhaseSnapshot, "requiredSignoffRoles" | "signoffs">): string[] {
  const current = currentSignoffs(phase.signoffs);
  return phase.requiredSignoffRoles.filter((role) => !current.some((s) => s.role === role && s.decision === "APPROVED"));
}

/**
 * ACTIVE → AWAITING_SIGNOFF (roles required) or → DONE (none). The checks of rule 2 come first;
 * the sign-offs follow them, so a sign-off always looks at a finished phase.
 */
export function decideCompletePhase(snapshot: TDeploymentSnapshot, phaseRunId: string): { ok: true; to: "AWAITING_SIGNOFF" | "DONE" } | { ok: false; reason: string } {
  const phase = phaseOf(snapshot, phaseRunId);
  if (!phase) return { ok: false, reason: "This phase is not part of the deployment." };
  const working = requireWorkingOn(snapshot, phase);
  if (!working.ok) return working;
  if (phase.status !== "ACTIVE") return { ok: false, reason: `"${phase.title}" is ${phaseWord(phase.status)}, not active.` };
  const unmet = unmetGates(phase);
  if (unmet.length) return { ok: false, reason: `"${phase.title}" cannot complete yet: ${unmet.join(" ")}` };
  return { ok: true, to: phase.requiredSignoffRoles.length ? "AWAITING_SIGNOFF" : "DONE" };
}

// ---------------------------------------------------------------------------------------------
// Step runs

export type TStartStepOptions = { mode: TRunMode; attempt: number; isCommandsEnabled: boolean };

/**
 * Rule 5: a step runs at most once per attempt. The person asks for a numbered attempt; it must
 * be the next one, and only after the previous attempt ended — so two clicks, two tabs or two
 * people asking for attempt 1 get one run. A retry asks for attempt 2 explicitly.
 */
export function decideStartStep(snapshot: TDeploymentSnapshot, phaseRunId: string, stepId: string, options: TStartStepOptions): TDecision {
  const phase = phaseOf(snapshot, phaseRunId);
  if (!phase) return refuse("This phase is not part of the deployment.");
  const step = phase.steps.find((s) => s.stepId === stepId);
  if (!step) return refuse("This step is not part of the phase.");
  if (step.kind === "MANUAL") return refuse(`"${step.title}" is a manual step: mark it done or failed instead.`);
  // a waiver is the lead's decision that the step does not run in this deployment (issue 10)
  if (step.isWaived) return refuse(`"${step.title}" was waived: a waived step does not run in this deployment.`);
  if (options.mode === "REHEARSAL") {
    // issue 15: a BACKUP (and a RESTORE) rehearses like SQL — the same transaction, rolled back
    if (!isRehearsableStepKind(step.kind)) return refuse("Only SQL, backup and restore steps can be rehearsed: checks never change the target anyway.");
    if (isFinalDeployment(snapshot.status)) return refuse(`The deployment is ${STATUS_WORDS[snapshot.status]}: nothing in it can run now.`);
    if (snapshot.status === "PAUSED") return refuse("The deployment is paused: resume it first.");
    // after the real run the target has changed: a rehearsal would rehearse something else (issue 10)
    const real = latestRun(step, "RUN");
    if (real) return refuse(`"${step.title}" has already run for real (attempt ${real.attempt}): a rehearsal comes before the real run.`);
  } else {
    const working = requireWorkingOn(snapshot, phase);
    if (!working.ok) return working;
    if (phase.status !== "ACTIVE") return refuse(`"${phase.title}" is ${phaseWord(phase.status)}: steps run while their phase is active.`);
    if (step.kind === "COMMAND" && !options.isCommandsEnabled) {
      return refuse("Commands are disabled on this server (PHASELINE_ENABLE_COMMANDS): run it by hand and waive the step with what you did.");
    }
  }
  const running = snapshot.phases.flatMap((p) => p.steps.filter((s) => isRunInFlight(latestRun(s, options.mode)?.status ?? "PENDING")));
  const latest = latestRun(step, options.mode);
  if (latest && isRunInFlight(latest.status)) return refuse(`"${step.title}" is already ${latest.status === "QUEUED" ? "queued" : "running"} (attempt ${latest.attempt}).`);
  const expected = (latest?.attempt ?? 0) + 1;
  if (options.attempt > expected) return refuse(`"${step.title}" cannot skip ahead to attempt ${options.attempt}: its next run is attempt ${expected}.`);
  if (options.attempt !== expected) {
    return refuse(
      latest
        ? `Attempt ${options.attempt} of "${step.title}" has already been made (it ${latest.status === "SUCCEEDED" ? "succeeded" : "ended " + latest.status.toLowerCase()}). Reload to see it; a new run is attempt ${expected}.`
        : `"${step.title}" has not run yet: its first run is attempt 1.`,
    );
  }
  // issue 15 item 2: a new attempt of a fan-out runs only the schemas that failed or did not run; after a full success there are none
  if (latest?.status === "SUCCEEDED" && (step.isFanOut || (latest.targetCount ?? 0) > 0)) {
    return refuse(
      `Every target (schema or database) of "${step.title}" succeeded in attempt ${latest.attempt}: a new attempt runs only failed targets, so there is nothing to run again.`,
    );
  }
  if (latest?.status === "INTERRUPTED")
    return refuse(`Attempt ${latest.attempt} of "${step.title}" was interrupted: reconcile it (did it change the target?) before running it again (rule 6).`);
  if (running.length && options.mode === "RUN") return refuse(`"${running[0]!.title}" is running: one step runs at a time.`);
  return ok;
}

export function decideManualStep(snapshot: TDeploymentSnapshot, phaseRunId: string, stepId: string, attempt: number): TDecision {
  const phase = phaseOf(snapshot, phaseRunId);
  if (!phase) return refuse("This phase is not part of the deployment.");
  const step = phase.steps.find((s) => s.stepId === stepId);
  if (!step) return refuse("This step is not part of the phase.");
  if (step.kind !== "MANUAL") return refuse(`"${step.title}" runs on the target: use Run.`);
  if (step.isWaived) return refuse(`"${step.title}" was waived: a waived step is not recorded.`);
  const working = requireWorkingOn(snapshot, phase);
  if (!working.ok) return working;
  if (phase.status !== "ACTIVE") return refuse(`"${phase.title}" is ${phaseWord(phase.status)}: steps are recorded while their phase is active.`);
  const expected = nextAttempt(step, "RUN");
  if (attempt !== expected) return refuse(`"${step.title}" was recorded meanwhile (attempt ${expected - 1}). Reload to see it.`);
  return ok;
}

/** Waiving needs a reason and an active phase; a running step is never waived under itself. */
export function decideWaiveStep(snapshot: TDeploymentSnapshot, phaseRunId: string, stepId: string, reason: string): TDecision {
  const phase = phaseOf(snapshot, phaseRunId);
  if (!phase) return refuse("This phase is not part of the deployment.");
  const step = phase.steps.find((s) => s.stepId === stepId);
  if (!step) return refuse("This step is not part of the phase.");
  const working = requireWorkingOn(snapshot, phase);
  if (!working.ok) return working;
  if (phase.status !== "ACTIVE") return refuse(`"${phase.title}" is ${phaseWord(phase.status)}: steps are waived while their phase is active.`);
  if (!reason.trim()) return refuse("Say why the step is waived.");
  if (step.isWaived) return refuse(`"${step.title}" is already waived.`);
  if (isRunInFlight(latestRun(step)?.status ?? "PENDING")) return refuse(`"${step.title}" is running: wait for it to finish.`);
  if (latestRun(step)?.status === "SUCCEEDED") return refuse(`"${step.title}" has succeeded: there is nothing to waive.`);
  if (latestRun(step)?.status === "INTERRUPTED") return refuse(`"${step.title}" was interrupted: reconcile it first (did it change the target?) (rule 6).`);
  return ok;
}

/** A checklist item of the phase being worked on is ticked or unticked; who and when are kept. */
export function decideTickChecklistItem(snapshot: TDeploymentSnapshot, phaseRunId: string, itemId: string): TDecision {
  const phase = phaseOf(snapshot, phaseRunId);
  if (!phase) return refuse("This phase is not part of the deployment.");
  if (!phase.checklist.some((c) => c.itemId === itemId)) return refuse("This checklist item is not part of the phase.");
  const working = requireWorkingOn(snapshot, phase);
  if (!working.ok) return working;
  if (phase.status !== "ACTIVE") return refuse(`"${phase.title}" is ${phaseWord(phase.status)}: its checklist is ticked while it is active.`);
  return ok;
}

/**
 * Several checklist items ticked in one action (issue 18 item 4): each is decided by
 * decideTickChecklistItem, all or nothing — the first refusal refuses the whole group.
 */
export function decideTickChecklistItems(snapshot: TDeploymentSnapshot, phaseRunId: string, itemIds: readonly string[]): TDecision {
  const phase = phaseOf(snapshot, phaseRunId);
  if (!phase) return refuse("This phase is not part of the deployment.");
  if (!itemIds.length) return refuse("Every checklist item of this phase is already ticked.");
  if (new Set(itemIds).size !== itemIds.length) return refuse("A checklist item is named twice.");
  for (const itemId of itemIds) {
    const decision = decideTickChecklistItem(snapshot, phaseRunId, itemId);
    if (!decision.ok) return decision;
    const item = phase.checklist.find((c) => c.itemId === itemId)!;
    if (item.isTicked) return refuse(`"${item.text}" is already ticked: reload to see who ticked it.`);
  }
  return ok;
}

/** A criterion met by hand, with evidence; one bound to a check step is met by that step only. */
export function decideRecordCriterion(snapshot: TDeploymentSnapshot, phaseRunId: string, criterionId: string): TDecision {
  const phase = phaseOf(snapshot, phaseRunId);
  if (!phase) return refuse("This phase is not part of the deployment.");
  const criterion = phase.criteria.find((c) => c.criterionId === criterionId);
  if (!criterion) return refuse("This success criterion is not part of the phase.");
  const working = requireWorkingOn(snapshot, phase);
  if (!working.ok) return working;
  if (phase.status !== "ACTIVE") return refuse(`"${phase.title}" is ${phaseWord(phase.status)}: its criteria are recorded while it is active.`);
  if (criterion.boundStepId) {
    const step = phase.steps.find((s) => s.stepId === criterion.boundStepId);
    return refuse(`"${criterion.text}" is met by the result of "${step?.title ?? "its check step"}": run the step (or waive it with a reason).`);
  }
  return ok;
}

export type TPointOfNoReturnRequest = { userRoles: readonly string[]; decision: "APPROVED" | "REJECTED"; comment: string };

/** Rule 4: on production a DBA approves starting a point-of-no-return phase before it starts. */
export function decidePointOfNoReturnApproval(snapshot: TDeploymentSnapshot, phaseRunId: string, request: TPointOfNoReturnRequest): TDecision {
  const phase = phaseOf(snapshot, phaseRunId);
  if (!phase) return refuse("This phase is not part of the deployment.");
  if (isFinalDeployment(snapshot.status)) return refuse(`The deployment is ${STATUS_WORDS[snapshot.status]}: nothing in it can change now.`);
  if (!phase.isPointOfNoReturn) return refuse(`"${phase.title}" is not a point of no return: it needs no approval to start.`);
  if (!snapshot.isProduction) return refuse(`"${phase.title}" is not on a production environment: the typed confirmation is enough (rule 4).`);
  if (phase.status !== "PENDING") return refuse(`"${phase.title}" has already started: an approval to start it comes before.`);
  if (!request.userRoles.includes("DBA")) return refuse("Only a DBA approves starting a point of no return (rule 4).");
  if (request.decision === "REJECTED" && !request.comment.trim()) return refuse("Say why you reject starting it: the lead sees your comment.");
  return ok;
}

export type TSheetLineSnapshot = { lineId: string; label: string; role: string | null; signedByName: string | null };

/** A line of the final sign-off sheet: signed once the deployment has ended, by the line's role. */
export function decideSheetSignoff(snapshot: Pick<TDeploymentSnapshot, "status">, line: TSheetLineSnapshot, userRoles: readonly string[]): TDecision {
  if (!isFinalDeployment(snapshot.status)) return refuse("The sign-off sheet is signed once the deployment has ended: it attests the outcome.");
  if (line.role && !userRoles.includes(line.role)) return refuse(`"${line.label}" is signed by a person holding the ${line.role} role.`);
  if (line.signedByName) return refuse(`"${line.label}" was already signed by ${line.signedByName}.`);
  return ok;
}

/** Rule 3: who started a real run of one of the phase's SQL steps. */
export function sqlRunnerIds(phase: Pick<TPhaseSnapshot, "steps">): Set<string> {
  const ids = new Set<string>();
  // a RESTORE rewrites the target's data as a SQL step does
  for (const s of phase.steps) if (s.kind === "SQL" || s.kind === "RESTORE") for (const r of s.runs) if (r.mode === "RUN" && r.startedById) ids.add(r.startedById);
  return ids;
}

/** Rule 6: an interrupted run is settled by a person who checked the target. */
export function decideReconcile(snapshot: TDeploymentSnapshot, stepRun: TStepRunSnapshot, note: string): TDecision {
  if (stepRun.status !== "INTERRUPTED") return refuse("Only an interrupted run is reconciled; this one is " + stepRun.status.toLowerCase() + ".");
  const phase = snapshot.phases.find((p) => p.steps.some((s) => s.runs.some((r) => r.id === stepRun.id)));
  const isInOpenFollowUp = !!phase && isFollowUpPhase(phase) && isFollowUpOpen(snapshot);
  if (isFinalDeployment(snapshot.status) && !isInOpenFollowUp) return refuse(`The deployment is ${STATUS_WORDS[snapshot.status]}.`);
  if (!note.trim()) return refuse("Say what you checked on the target.");
  return ok;
}

export type TFailureConsequence =
  | { kind: "none" }
  /** STOP: the deployment halts where it is; the lead retries, waives, rolls back or ends it */
  | { kind: "halt" }
  /** ROLLBACK: the phase fails and the rollback procedure opens (rule 7) */
  | { kind: "rollback" }
  /** a follow-up phase failed with policy ROLLBACK: follow-up FAILED, SUCCEEDED → ROLLING_BACK */
  | { kind: "follow_up_rollback" };

/** Rule 7: what a failed real run does, by its phase's policy. */
export function failureConsequence(
  snapshot: Pick<TDeploymentSnapshot, "status" | "phases" | "isRollbackStarted" | "followUpStatus">,
  phase: Pick<TPhaseSnapshot, "procedure" | "failurePolicy" | "followUpOffsetMinutes">,
  mode: TRunMode,
): TFailureConsequence {
  if (mode === "REHEARSAL") return { kind: "none" };
  if (phase.failurePolicy === "CONTINUE") return { kind: "none" };
  if (isFollowUpPhase(phase)) {
    if (!isFollowUpOpen(snapshot)) return { kind: "none" };
    return phase.failurePolicy === "ROLLBACK" && snapshot.phases.some((p) => p.procedure === "ROLLBACK") ? { kind: "follow_up_rollback" } : { kind: "halt" };
  }
  // a pause does not suspend rule 7: a step that was running when the lead paused still applies its policy
  const isWorkingOnMain = snapshot.status === "IN_PROGRESS" || (snapshot.status === "PAUSED" && !snapshot.isRollbackStarted && !isRollbackUnderway(snapshot.phases));
  // a rollback phase never starts another rollback: it halts for the lead
  if (phase.failurePolicy === "ROLLBACK" && phase.procedure === "MAIN" && snapshot.phases.some((p) => p.procedure === "ROLLBACK") && isWorkingOnMain) {
    return { kind: "rollback" };
  }
  return { kind: "halt" };
}
