"use client";
// The lead's cockpit (issue 5): the deployment while it is planned or under way. The current
// phase is large; what comes next is one button; every other phase is a line with its state.
// Live: the data is polled every second; typed text lives in the forms and is never replaced.
import { stepNumberPrefix } from "@/lib/domain/deployment/record-labels";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatAbsolute, formatRelative } from "@/components/ui/format";
import { formatFollowUpOffset } from "@/lib/domain/runbook/follow-up";
import { dangerButtonClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/button-classes";
import { activatePhaseAction, controlDeploymentAction, recordPointOfNoReturnApprovalAction } from "@/lib/actions/deployments";
import type { TCockpit, TCockpitPhase } from "@/lib/domain/deployment/live-view";
import { CockpitPhase } from "./cockpit-phase";
import { InlineForm } from "./inline-form";
import { ControlReasonForm, preloadCockpitForms } from "./cockpit-forms-lazy";
import type { TControlAction } from "./cockpit-forms";
import { StepRunView } from "./step-run-view";
import { formatElapsed, useCockpit, useCockpitForm, useServerNow } from "./use-cockpit";
import { ActionError } from "@/components/ui/action-error";

export function DeploymentCockpit({
  initial,
  preflight,
  preflightFailures = [],
}: Readonly<{ initial: TCockpit; preflight?: React.ReactNode; preflightFailures?: readonly string[] }>) {
  const query = useCockpit(initial);
  const cockpit = query.data;
  const now = useServerNow(cockpit.serverNow);
  const router = useRouter();
  const { isFinal } = cockpit;
  // a finished deployment is shown by the read-only review page: let the server render it
  useEffect(() => {
    if (isFinal) router.refresh();
  }, [isFinal, router]);
  // the forms that open on a click come after the first load, before anyone opens one
  useEffect(() => preloadCockpitForms(), []);

  // where the deployment stands comes from the server's state machine (issue 10), never from here
  const current = cockpit.phases.find((p) => p.phaseRunId === cockpit.currentPhaseRunId) ?? null;
  const next = cockpit.phases.find((p) => p.phaseRunId === cockpit.nextPhaseRunId) ?? null;
  // the runbook's own estimate when it has one: phases may include long after-care (24 h of monitoring)
  const estimated = cockpit.runbook.estimatedMinutes ?? cockpit.phases.filter((p) => p.procedure === "MAIN").reduce((sum, p) => sum + (p.estimatedMinutes ?? 0), 0);
  const elapsed = cockpit.startedAt ? (cockpit.finishedAt ? new Date(cockpit.finishedAt).getTime() : now) - new Date(cockpit.startedAt).getTime() : 0;

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5">
        <div className="min-w-0 space-y-1">
          <p className="text-sm text-muted">
            <a className="underline-offset-2 hover:underline" href={`/runbooks/${cockpit.runbook.id}/versions/${cockpit.runbook.number}`}>
              {cockpit.runbook.title} · v{cockpit.runbook.number}
            </a>{" "}
            on <span className="font-medium text-ink">{cockpit.environment.name}</span>
            {cockpit.environment.isProduction ? (
              <span className="ml-2">
                <Badge tone="bad" icon="⚠">
                  Production
                </Badge>
              </span>
            ) : null}
          </p>
          <h1 className="text-2xl font-semibold tracking-tight break-words sm:text-3xl">{cockpit.name}</h1>
          <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
            <StatusBadge kind="deployment" status={cockpit.status} />
            <span>Lead: {cockpit.lead.name}</span>
            {cockpit.plannedStart ? (
              <span>
                Window: {formatAbsolute(new Date(cockpit.plannedStart))}
                {cockpit.plannedEnd ? ` – ${formatAbsolute(new Date(cockpit.plannedEnd))}` : ""}
              </span>
            ) : null}
            {query.isError ? (
              <span role="status" className="text-warn-ink">
                Live updates interrupted — retrying…
              </span>
            ) : (
              <span className="sr-only" role="status">
                Live
              </span>
            )}
          </div>
        </div>
        <div className="sm:text-right">
          <p role="timer" className="font-mono text-4xl font-semibold tabular-nums" aria-label={`Elapsed ${formatElapsed(elapsed)}`}>
            {formatElapsed(elapsed)}
          </p>
          <p className="text-sm text-muted">{estimated ? `of ${estimated} min estimated` : "no estimate"}</p>
        </div>
      </header>

      <ControlBar cockpit={cockpit} preflightFailures={preflightFailures} />

      {/* a succeeded deployment's reason is said by the follow-up banner below */}
      {cockpit.statusReason && !isFinal && cockpit.status !== "SUCCEEDED" ? (
        <p
          className={`rounded-md border px-4 py-3 text-base ${cockpit.status === "ROLLING_BACK" ? "border-bad-line bg-bad text-bad-ink" : "border-warn-line bg-warn text-warn-ink"}`}
        >
          <span className="font-semibold">{cockpit.status === "ROLLING_BACK" ? "Rolling back: " : cockpit.status === "PAUSED" ? "Paused: " : "Note: "}</span>
          {cockpit.statusReason}
        </p>
      ) : null}
      <HaltBanner cockpit={cockpit} />
      <RollbackEvidence cockpit={cockpit} now={now} />
      <FollowUpBanner cockpit={cockpit} now={now} />

      {cockpit.status === "PLANNED" ? preflight : null}

      {current ? <CockpitPhase cockpit={cockpit} phase={current} now={now} /> : null}
      {next ? <NextPhase cockpit={cockpit} phase={next} /> : null}

      <PhaseList
        title="Phases"
        phases={cockpit.phases.filter((p) => p.procedure === "MAIN" && p.followUpOffsetMinutes === null)}
        currentId={current?.phaseRunId ?? null}
        now={now}
      />
      {cockpit.hasFollowUps ? (
        <PhaseList
          title="Follow-up phases"
          phases={cockpit.phases.filter((p) => p.procedure === "MAIN" && p.followUpOffsetMinutes !== null)}
          currentId={current?.phaseRunId ?? null}
          now={now}
        />
      ) : null}
      {cockpit.phases.some((p) => p.procedure === "ROLLBACK") ? (
        <PhaseList title="Rollback procedure" phases={cockpit.phases.filter((p) => p.procedure === "ROLLBACK")} currentId={current?.phaseRunId ?? null} now={now} />
      ) : null}
    </div>
  );
}

/** When a follow-up phase falls due, in words: "due now", "due 2 Dec, 14:05 (in 23 h)", "+24 h after the main phases". */
function dueText(phase: TCockpitPhase, now: number): string {
  if (phase.followUpOffsetMinutes === null) return "";
  if (!phase.dueAt) return `${formatFollowUpOffset(phase.followUpOffsetMinutes)} after the main phases`;
  if (phase.isDue) return `due since ${formatAbsolute(new Date(phase.dueAt))}`;
  return `due ${formatAbsolute(new Date(phase.dueAt))} (${formatRelative(new Date(phase.dueAt), new Date(now))})`;
}

/** Succeeded with follow-ups open, or a follow-up that failed (issue 15). */
function FollowUpBanner({ cockpit, now }: Readonly<{ cockpit: TCockpit; now: number }>) {
  if (cockpit.followUpStatus === "OPEN") {
    const waiting = cockpit.phases.filter((p) => p.followUpOffsetMinutes !== null && (p.status === "PENDING" || p.status === "ACTIVE" || p.status === "AWAITING_SIGNOFF"));
    const due = waiting.filter((p) => p.isDue || p.status !== "PENDING");
    return (
      <div role="status" className="rounded-md border-2 border-ok-line bg-ok px-4 py-3 text-ok-ink">
        <p className="text-base font-semibold">
          <span aria-hidden="true">✓ </span>Succeeded — follow-ups open.
        </p>
        <p className="text-sm">
          {due.length
            ? `Due now: ${due.map((p) => `"${p.title}"`).join(", ")}. `
            : "Nothing is due yet: each follow-up phase can start once it is due, and shows in the lead's “Waiting for you” then. "}
          {waiting
            .filter((p) => !due.includes(p))
            .map((p) => `"${p.title}" ${dueText(p, now)}.`)
            .join(" ")}
        </p>
      </div>
    );
  }
  if (cockpit.followUpStatus === "FAILED") {
    const failed = cockpit.phases.find((p) => p.followUpOffsetMinutes !== null && p.status === "FAILED");
    return (
      <div role="alert" className="rounded-md border-2 border-bad-line bg-bad px-4 py-3 text-bad-ink">
        <p className="text-base font-semibold">Succeeded, follow-up failed{failed ? `: "${failed.title}"` : ""}.</p>
        {failed?.reason ? <p className="text-sm">{failed.reason}</p> : null}
      </div>
    );
  }
  return null;
}

/** A failed step under STOP: the deployment waits for the lead's decision (rule 7). */
function HaltBanner({ cockpit }: Readonly<{ cockpit: TCockpit }>) {
  if (!cockpit.halt) return null;
  return (
    <div role="alert" className="rounded-md border-2 border-bad-line bg-bad px-4 py-3 text-bad-ink">
      <p className="text-base font-semibold">Stopped: {cockpit.halt.stepTitles.map((t) => `"${t}"`).join(", ")} failed.</p>
      <p className="text-sm">Retry it, waive it with a reason, roll back, or end the deployment as failed.</p>
    </div>
  );
}

/**
 * Rule 7, ROLLBACK: the failure that opened the rollback stays pinned above the rollback phases
 * (issue 18 item 3) — which phase and step, what it observed, the mismatching rows or the error —
 * without opening anything. The server names it (cockpitView.rollbackTrigger); this only shows it.
 */
function RollbackEvidence({ cockpit, now }: Readonly<{ cockpit: TCockpit; now: number }>) {
  const evidence = cockpit.rollbackEvidence;
  if (!evidence) return null;
  return (
    <section aria-labelledby="rollback-evidence-title" className="min-w-0 rounded-xl border-2 border-bad-line bg-surface p-4 sm:p-5">
      <p className="text-sm font-medium text-bad-ink">
        <span aria-hidden="true">✕ </span>What opened the rollback
      </p>
      <h2 id="rollback-evidence-title" className="text-xl font-semibold tracking-tight">
        Phase {evidence.position}: {evidence.title} failed
      </h2>
      <p className="mt-1 text-sm text-muted">
        {evidence.failedAt ? (
          <>
            At <time dateTime={evidence.failedAt}>{formatAbsolute(new Date(evidence.failedAt))}</time>.{" "}
          </>
        ) : null}
        {evidence.steps.length ? null : evidence.reason}
      </p>
      {evidence.steps.map((step) => (
        <div key={step.id} className="mt-3 min-w-0 space-y-1">
          <h3 className="text-base font-semibold">
            Step {step.position}: {step.title}
          </h3>
          <StepRunView run={step.run} label={`Phase ${evidence.position}, step ${step.position}`} now={now} />
        </div>
      ))}
    </section>
  );
}

type TControl = { action: TControlAction; label: string; tone: "primary" | "secondary" | "danger"; needsReason: boolean };

// presentation only: which of these shows is the server's answer (cockpit.actions.deployment)
const CONTROLS: readonly TControl[] = [
  { action: "start", label: "Start deployment", tone: "primary", needsReason: false },
  { action: "pause", label: "Pause", tone: "secondary", needsReason: false },
  { action: "resume", label: "Resume", tone: "primary", needsReason: false },
  { action: "start_rollback", label: "Roll back…", tone: "danger", needsReason: true },
  { action: "end_failed", label: "End as failed…", tone: "danger", needsReason: true },
  { action: "fail_follow_up", label: "Mark follow-up failed…", tone: "danger", needsReason: true },
  { action: "abort", label: "Abort…", tone: "danger", needsReason: true },
];

function ControlBar({ cockpit, preflightFailures }: Readonly<{ cockpit: TCockpit; preflightFailures: readonly string[] }>) {
  const { perform, error, isBusy } = useCockpitForm(cockpit.id);
  const [pending, setPending] = useState<TControl | null>(null);
  const [reason, setReason] = useState("");
  const controls = CONTROLS.filter((c) => cockpit.actions.deployment[c.action].ok).map((c) =>
    c.action === "start" && preflightFailures.length ? { ...c, label: "Start anyway…", tone: "danger" as const, needsReason: true } : c,
  );
  if (!controls.length) return null;
  const classFor = (tone: TControl["tone"]) => (tone === "primary" ? primaryButtonClass : tone === "danger" ? dangerButtonClass : secondaryButtonClass);
  const run = (control: TControl, why: string) =>
    perform(
      () => controlDeploymentAction({ deploymentId: cockpit.id, action: control.action, reason: why }),
      () => {
        setPending(null);
        setReason("");
      },
    );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2" role="group" aria-label="Deployment controls">
        {controls.map((c) => (
          <button
            key={c.action}
            type="button"
            className={classFor(c.tone)}
            disabled={isBusy}
            aria-expanded={c.needsReason ? pending?.action === c.action : undefined}
            onClick={() => (c.needsReason ? setPending(pending?.action === c.action ? null : c) : run(c, ""))}
          >
            {c.label}
          </button>
        ))}
      </div>
      {pending ? (
        <div className="max-w-xl rounded-md border border-line bg-surface p-3">
          <ControlReasonForm
            action={pending.action}
            label={pending.label}
            value={reason}
            onChange={setReason}
            isBusy={isBusy}
            onSubmit={() => run(pending, reason)}
            onCancel={() => setPending(null)}
          />
        </div>
      ) : null}
      <ActionError message={error} />
    </div>
  );
}

/** What comes next: one button, and for a point of no return the typed confirmation (rule 4). */
function NextPhase({ cockpit, phase }: Readonly<{ cockpit: TCockpit; phase: TCockpitPhase }>) {
  const { perform, error, isBusy } = useCockpitForm(cockpit.id);
  const [typed, setTyped] = useState("");
  const [comment, setComment] = useState("");
  const offers = cockpit.actions.phases[phase.phaseRunId];
  const activate = offers?.activate;
  const canStart = activate?.ok === true;
  // rule 4 on production: the lead is told to ask, not shown a Start the server would refuse
  const isAwaitingApproval = activate?.needsApproval === true && !phase.isPointOfNoReturnApproved;
  const canApprove = offers?.approvePointOfNoReturn.ok === true;
  return (
    <section aria-labelledby="next-phase-title" className="rounded-xl border-2 border-dashed border-accent/50 bg-surface p-4 sm:p-5">
      <p className="text-sm font-medium text-muted">Next</p>
      <h2 id="next-phase-title" className="text-2xl font-semibold tracking-tight">
        {phase.procedure === "ROLLBACK" ? "Rollback phase" : phase.followUpOffsetMinutes !== null ? "Follow-up phase" : "Phase"} {phase.position}: {phase.title}
      </h2>
      {phase.objective ? <p className="mt-1 max-w-prose">{phase.objective}</p> : null}
      <p className="mt-1 text-sm text-muted">{phase.estimatedMinutes !== null ? `Estimated ${phase.estimatedMinutes} min.` : null}</p>
      {phase.isPointOfNoReturn ? (
        <div className="mt-3 max-w-xl space-y-2 rounded-md border-2 border-bad-line bg-bad p-4 text-bad-ink">
          <p className="font-semibold">
            <span aria-hidden="true">⚠ </span>Point of no return.
          </p>
          <p className="text-sm">
            {cockpit.environment.isProduction
              ? phase.isPointOfNoReturnApproved
                ? "A DBA has approved starting it on production."
                : "On production a DBA must approve starting it first."
              : "Once it starts, going back means the rollback procedure."}{" "}
            Type the deployment's name, <span className="font-mono font-semibold">{cockpit.name}</span>, to confirm.
          </p>
          {canStart ? (
            <>
              <label htmlFor="ponr-confirm" className="block text-sm font-medium">
                Deployment name
              </label>
              <input
                id="ponr-confirm"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                autoComplete="off"
                spellCheck={false}
                className="block w-full rounded-md border border-bad-line bg-surface px-3 py-2 font-mono text-sm text-ink"
              />
            </>
          ) : null}
        </div>
      ) : null}
      {canApprove ? (
        <div className="mt-3 max-w-xl">
          <InlineForm
            id="ponr-approval"
            label="DBA: comment on starting this point of no return (required to reject)"
            value={comment}
            onChange={setComment}
            isBusy={isBusy}
            actions={[
              {
                label: "Approve starting it",
                tone: "primary",
                onClick: () =>
                  perform(
                    () => recordPointOfNoReturnApprovalAction({ deploymentId: cockpit.id, phaseRunId: phase.phaseRunId, decision: "APPROVED", comment }),
                    () => setComment(""),
                  ),
              },
              {
                label: "Reject",
                tone: "danger",
                onClick: () =>
                  perform(
                    () => recordPointOfNoReturnApprovalAction({ deploymentId: cockpit.id, phaseRunId: phase.phaseRunId, decision: "REJECTED", comment }),
                    () => setComment(""),
                  ),
              },
            ]}
          />
        </div>
      ) : null}
      {canStart ? (
        <button
          type="button"
          className={`${phase.isPointOfNoReturn ? dangerButtonClass : primaryButtonClass} mt-4`}
          disabled={isBusy}
          onClick={() =>
            perform(
              () => activatePhaseAction({ deploymentId: cockpit.id, phaseRunId: phase.phaseRunId, confirmationName: phase.isPointOfNoReturn ? typed : null }),
              () => setTyped(""),
            )
          }
        >
          Start {phase.procedure === "ROLLBACK" ? "rollback phase" : "phase"} {phase.position}
        </button>
      ) : isAwaitingApproval ? (
        <p className="mt-3 rounded-md border border-warn-line bg-warn px-3 py-2 text-sm text-warn-ink" role="status">
          <span className="font-semibold">Ask a DBA to approve starting it.</span> It is in every DBA's “Waiting for you” list now; Start appears here once a DBA approves.
        </p>
      ) : (
        <p className="mt-3 text-sm text-muted">{cockpit.viewer.canRun ? (activate && !activate.ok ? activate.reason : null) : "Waiting for the lead to start it."}</p>
      )}
      <ActionError message={error} className="mt-3" />
    </section>
  );
}

function PhaseList({ title, phases, currentId, now }: Readonly<{ title: string; phases: TCockpitPhase[]; currentId: string | null; now: number }>) {
  return (
    <section aria-label={title} className="rounded-xl border border-line bg-surface">
      <h2 className="border-b border-line px-5 py-3 text-lg font-semibold">{title}</h2>
      <ol className="divide-y divide-line">
        {phases.map((p) => {
          const ran = p.steps.filter((s) => s.runs.length || s.waiver);
          return (
            <li key={p.phaseRunId} className={p.phaseRunId === currentId ? "bg-accent-soft/60" : ""} aria-current={p.phaseRunId === currentId ? "step" : undefined}>
              <details>
                <summary className="flex cursor-pointer flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2.5 text-sm sm:px-5">
                  <span className="w-6 text-right text-muted tabular-nums">{p.position}.</span>
                  <span className="min-w-0 flex-[1_1_12rem] font-medium break-words">{p.title}</span>
                  {p.isPointOfNoReturn ? (
                    <Badge tone="bad" icon="⚠">
                      No return
                    </Badge>
                  ) : null}
                  <span className="text-xs text-muted tabular-nums">
                    {describeCounts(p.stepCounts)} · {p.estimatedMinutes ?? "—"} min
                  </span>
                  {p.followUpOffsetMinutes !== null && p.status === "PENDING" ? (
                    <span className={`text-xs ${p.isDue ? "font-semibold text-warn-ink" : "text-muted"}`}>{dueText(p, now)}</span>
                  ) : null}
                  <StatusBadge kind="phase" status={p.status} />
                  {p.reason && (p.status === "SKIPPED" || p.status === "FAILED") ? <span className="basis-full pl-10 text-xs text-muted">{p.reason}</span> : null}
                </summary>
                <div className="min-w-0 space-y-2 px-4 pb-4 sm:px-5 sm:pl-14">
                  {p.objective ? <p className="text-sm">{p.objective}</p> : null}
                  {ran.length ? (
                    ran.map((s) => {
                      const last = s.runs.at(-1);
                      return (
                        <div key={s.id} className="space-y-1">
                          <p className="text-sm font-medium">
                            {[stepNumberPrefix(s.position, s.title), s.title].filter(Boolean).join(" ")}
                            {s.waiver ? <span className="ml-2 text-xs font-normal text-warn-ink">waived: {s.waiver.reason}</span> : null}
                          </p>
                          {last ? <StepRunView run={last} label={`${p.title}, step ${s.position}`} now={now} /> : null}
                        </div>
                      );
                    })
                  ) : (
                    <p className="text-sm text-muted">Nothing has run in this phase.</p>
                  )}
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** "1 failed · 0/9 succeeded": every step counted by its latest run, on the server (issue 18 item 3). */
function describeCounts(c: TCockpitPhase["stepCounts"]): string {
  if (!c.total) return "no steps";
  const parts = [`${c.succeeded}/${c.total} succeeded`];
  if (c.failed) parts.unshift(`${c.failed} failed`);
  if (c.interrupted) parts.unshift(`${c.interrupted} interrupted`);
  if (c.running) parts.push(`${c.running} running`);
  if (c.waived) parts.push(`${c.waived} waived`);
  return parts.join(" · ");
}
