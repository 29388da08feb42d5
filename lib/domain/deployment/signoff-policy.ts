// Who may sign a phase off, and what a decision does (PRODUCT.md rules 2 and 3). Pure, like the
// state machine it completes: the server passes the phase snapshot of the current sign-off round
// (decisions made since the phase last entered AWAITING_SIGNOFF).
import { currentSignoffs, isFinalDeployment, isFollowUpOpen, isFollowUpPhase, missingSignoffRoles, type TDeploymentSnapshot, type TPhaseSnapshot } from "./state-machine";

export type TSignoffDecisionName = "APPROVED" | "REJECTED";

export type TPhaseSignoffRequest = {
  phaseRunId: string;
  role: string;
  decision: TSignoffDecisionName;
  comment: string;
  userId: string;
  userRoles: readonly string[];
  /** rule 3, per runbook version; on by default */
  requireSeparationOfDuties: boolean;
  /** who started a real run of one of the phase's SQL steps */
  sqlRunnerIds: ReadonlySet<string>;
};

export type TSignoffOutcome = { ok: true; phaseTo: "DONE" | "ACTIVE" | "AWAITING_SIGNOFF" } | { ok: false; reason: string };

export function decidePhaseSignoff(snapshot: TDeploymentSnapshot, request: TPhaseSignoffRequest): TSignoffOutcome {
  const phase = snapshot.phases.find((p) => p.phaseRunId === request.phaseRunId);
  if (!phase) return { ok: false, reason: "This phase is not part of the deployment." };
  if (isFinalDeployment(snapshot.status) && !(isFollowUpPhase(phase) && isFollowUpOpen(snapshot)))
    return { ok: false, reason: "The deployment has ended: its phases are no longer signed off." };
  if (phase.status !== "AWAITING_SIGNOFF") {
    return { ok: false, reason: `"${phase.title}" is not awaiting sign-off: a phase is signed off once its steps, checklist and criteria are complete.` };
  }
  if (!phase.requiredSignoffRoles.includes(request.role)) {
    return { ok: false, reason: `"${phase.title}" does not need a ${request.role} sign-off (it needs ${phase.requiredSignoffRoles.join(", ")}).` };
  }
  if (!request.userRoles.includes(request.role)) return { ok: false, reason: `Only a person holding the ${request.role} role signs as ${request.role}.` };
  if (request.decision === "REJECTED" && !request.comment.trim()) {
    return { ok: false, reason: "Say why you reject the phase: the lead sees your comment." };
  }
  const mine = currentSignoffs(phase.signoffs).find((s) => s.role === request.role && s.userId === request.userId);
  if (mine) return { ok: false, reason: `You have already signed "${phase.title}" as ${request.role} (rule 3: one sign-off per person per role).` };
  if (request.decision === "APPROVED" && request.role === "DBA" && request.requireSeparationOfDuties && request.sqlRunnerIds.has(request.userId)) {
    return { ok: false, reason: `You ran SQL in "${phase.title}": another DBA must approve it (rule 3, separation of duties).` };
  }
  if (request.decision === "REJECTED") return { ok: true, phaseTo: "ACTIVE" };
  const after: TPhaseSnapshot = {
    ...phase,
    signoffs: [...phase.signoffs, { role: request.role, userId: request.userId, decision: "APPROVED", createdAt: new Date(8.64e15) }],
  };
  return { ok: true, phaseTo: missingSignoffRoles(after).length ? "AWAITING_SIGNOFF" : "DONE" };
}
