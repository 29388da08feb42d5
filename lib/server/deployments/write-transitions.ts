// Writes the transitions the state machine allowed, each as a conditional update that must change
// exactly one row (STYLE.md practice 2), with its audit event in the same transaction (rule 8).
// The analytics rollup follows these rows by the database's own triggers, in the same transaction
// (migration 20261130083014_analytics_rollup): nothing to call here, and no write can skip it.
import "server-only";
import {
  completionOf,
  followUpCompletionOf,
  followUpDueTimes,
  isFinalDeployment,
  isFollowUpPhase,
  type TFollowUpStatus,
  type TDeploymentSnapshot,
  type TDeploymentStatus,
  type TPhaseRunStatus,
  type TPhaseSnapshot,
} from "@/lib/domain/deployment/state-machine";
import { ConflictError } from "@/lib/errors";
import type { TChangeContext } from "./change-deployment";
import { currentTime } from "@/lib/clock";

/** the audit trail's note when the rollback procedure's last phase closed */
export const ROLLBACK_COMPLETE = "the rollback procedure is complete";

const STALE = "Someone else changed this deployment at the same moment. Reload to see the current state.";

/**
 * `isReasonKept`: the deployment keeps the reason it has (why it rolled back), and `reason` is
 * written to the audit event only — the history and the report still say what failed, while the
 * trail says the rollback completed.
 */
export async function setDeploymentStatus(ctx: TChangeContext, to: TDeploymentStatus, reason?: string, opts: { isReasonKept?: boolean } = {}): Promise<void> {
  const from = ctx.deployment.status;
  const now = currentTime();
  const { count } = await ctx.tx.deployment.updateMany({
    where: { id: ctx.deployment.id, status: from, version: ctx.deployment.version },
    data: {
      status: to,
      version: { increment: 1 },
      ...(opts.isReasonKept ? {} : { statusReason: reason ?? null }),
      ...(to === "IN_PROGRESS" && !ctx.deployment.startedAt ? { startedAt: now } : {}),
      ...(to === "ROLLING_BACK" && !ctx.deployment.rollbackStartedAt ? { rollbackStartedAt: now } : {}),
      ...(isFinalDeployment(to) ? { finishedAt: now } : {}),
      // a failed follow-up reopens a SUCCEEDED deployment for its rollback: it has not finished
      ...(isFinalDeployment(from) && !isFinalDeployment(to) ? { finishedAt: null } : {}),
    },
  });
  if (count !== 1) throw new ConflictError(STALE);
  ctx.deployment.status = to;
  ctx.deployment.version += 1;
  if (to === "IN_PROGRESS" && !ctx.deployment.startedAt) ctx.deployment.startedAt = now;
  if (to === "ROLLING_BACK" && !ctx.deployment.rollbackStartedAt) ctx.deployment.rollbackStartedAt = now;
  await ctx.audit({ type: "deployment.status_changed", payload: { from, to, ...(reason ? { reason } : {}) } });
}

export async function setPhaseStatus(ctx: TChangeContext, phase: TPhaseSnapshot, to: TPhaseRunStatus, reason?: string): Promise<void> {
  const now = currentTime();
  const { count } = await ctx.tx.phaseRun.updateMany({
    where: { id: phase.phaseRunId, status: phase.status },
    data: {
      status: to,
      version: { increment: 1 },
      ...(to === "ACTIVE" && phase.status === "PENDING" ? { activatedAt: now } : {}),
      ...(to === "AWAITING_SIGNOFF" ? { awaitingSignoffAt: now } : {}),
      ...(to === "DONE" || to === "SKIPPED" || to === "FAILED" ? { completedAt: now } : {}),
      ...(reason !== undefined ? { reason } : {}),
    },
  });
  if (count !== 1) throw new ConflictError(STALE);
  await ctx.audit(
    { type: "phase.status_changed", payload: { phaseRunId: phase.phaseRunId, phaseTitle: phase.title, from: phase.status, to, ...(reason ? { reason } : {}) } },
    { type: "phase_run", id: phase.phaseRunId },
  );
}

/** The snapshot with one phase's status replaced: what the next decision looks at. */
export function withPhaseStatus(snapshot: TDeploymentSnapshot, phaseRunId: string, status: TPhaseRunStatus): TDeploymentSnapshot {
  return { ...snapshot, status: snapshot.status, phases: snapshot.phases.map((p) => (p.phaseRunId === phaseRunId ? { ...p, status } : p)) };
}

/**
 * After a phase closed: the deployment ends when its procedure is through (SUCCEEDED / ROLLED_BACK).
 * SUCCEEDED with follow-up phases opens the follow-ups: each becomes due at the main phases' end
 * (the database's clock) plus its offset. The last follow-up closed passes them.
 */
export async function finishIfComplete(ctx: TChangeContext, snapshot: TDeploymentSnapshot): Promise<TDeploymentStatus | null> {
  const current = { ...snapshot, status: ctx.deployment.status, followUpStatus: ctx.deployment.followUpStatus };
  if (followUpCompletionOf(current)) {
    await setFollowUpStatus(ctx, "PASSED", "every follow-up phase is done or skipped");
    return null;
  }
  const end = completionOf(current);
  if (!end) return null;
  const followUps = snapshot.phases.filter(isFollowUpPhase);
  if (end === "SUCCEEDED") {
    await setDeploymentStatus(ctx, end, followUps.length ? "every main phase is done or skipped; follow-ups open" : "every phase is done or skipped");
  } else {
    // the reason it rolled back (the failure rule 7 acted on, or the lead's) stays the reason
    await setDeploymentStatus(ctx, end, ROLLBACK_COMPLETE, { isReasonKept: true });
  }
  if (end === "SUCCEEDED" && followUps.length) await openFollowUps(ctx, snapshot);
  return end;
}

async function openFollowUps(ctx: TChangeContext, snapshot: TDeploymentSnapshot): Promise<void> {
  const mainFinishedAt = snapshot.now ?? currentTime();
  const due = followUpDueTimes(snapshot.phases, mainFinishedAt);
  const { count } = await ctx.tx.deployment.updateMany({
    where: { id: ctx.deployment.id, version: ctx.deployment.version, followUpStatus: null },
    data: { followUpStatus: "OPEN", version: { increment: 1 } },
  });
  if (count !== 1) throw new ConflictError(STALE);
  ctx.deployment.version += 1;
  ctx.deployment.followUpStatus = "OPEN";
  for (const { phase, dueAt } of due) {
    const updated = await ctx.tx.phaseRun.updateMany({ where: { id: phase.phaseRunId, status: "PENDING" }, data: { dueAt, version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(STALE);
  }
  await ctx.audit({
    type: "deployment.follow_ups_scheduled",
    payload: {
      mainFinishedAt: mainFinishedAt.toISOString(),
      phases: due.map(({ phase, dueAt }) => ({
        phaseRunId: phase.phaseRunId,
        phaseTitle: phase.title,
        offsetMinutes: phase.followUpOffsetMinutes ?? 0,
        dueAt: dueAt.toISOString(),
      })),
    },
  });
}

/** OPEN → PASSED (every follow-up closed) or FAILED (a follow-up failed), audited. */
export async function setFollowUpStatus(ctx: TChangeContext, to: Exclude<TFollowUpStatus, "OPEN">, reason?: string): Promise<void> {
  const from = ctx.deployment.followUpStatus;
  const { count } = await ctx.tx.deployment.updateMany({
    where: { id: ctx.deployment.id, version: ctx.deployment.version, followUpStatus: "OPEN" },
    // "why it ended this way" then says what the follow-up found, not that follow-ups were open
    data: { followUpStatus: to, version: { increment: 1 }, ...(to === "FAILED" && reason ? { statusReason: `follow-up failed: ${reason}` } : {}) },
  });
  if (count !== 1) throw new ConflictError(STALE);
  ctx.deployment.version += 1;
  ctx.deployment.followUpStatus = to;
  await ctx.audit({ type: "deployment.follow_up_status_changed", payload: { from: from ?? "OPEN", to, ...(reason ? { reason } : {}) } });
}

/**
 * A follow-up failed: the phases being worked on fail with the reason and the follow-ups are
 * FAILED; the deployment stays SUCCEEDED ("succeeded, follow-up failed") unless `isRollback`,
 * when the rollback procedure opens (policy ROLLBACK, rule 7).
 */
export async function failFollowUp(ctx: TChangeContext, snapshot: TDeploymentSnapshot, reason: string, options: { isRollback: boolean }): Promise<void> {
  for (const phase of snapshot.phases) {
    if (isFollowUpPhase(phase) && (phase.status === "ACTIVE" || phase.status === "AWAITING_SIGNOFF")) await setPhaseStatus(ctx, phase, "FAILED", reason);
  }
  await setFollowUpStatus(ctx, "FAILED", reason);
  if (options.isRollback) {
    const closed = {
      ...snapshot,
      phases: snapshot.phases.map((p) => (isFollowUpPhase(p) && (p.status === "ACTIVE" || p.status === "AWAITING_SIGNOFF") ? { ...p, status: "FAILED" as const } : p)),
    };
    await openRollback(ctx, closed, reason);
  }
}

/**
 * Rule 7: the deployment turns to ROLLING_BACK and the rollback procedure opens — its first phase
 * becomes active, so the lead sees at once what to do. Main phases still open are failed with the
 * reason, so none of them can be completed while the rollback runs.
 */
export async function openRollback(ctx: TChangeContext, snapshot: TDeploymentSnapshot, reason: string): Promise<void> {
  await setDeploymentStatus(ctx, "ROLLING_BACK", reason);
  for (const phase of snapshot.phases) {
    if (phase.procedure === "MAIN" && (phase.status === "ACTIVE" || phase.status === "AWAITING_SIGNOFF")) {
      await setPhaseStatus(ctx, phase, "FAILED", reason);
    }
  }
  const first = snapshot.phases.filter((p) => p.procedure === "ROLLBACK").sort((a, b) => a.position - b.position)[0];
  // a point of no return still waits for its typed confirmation (rule 4)
  if (first && first.status === "PENDING" && !first.isPointOfNoReturn) await setPhaseStatus(ctx, first, "ACTIVE");
}
