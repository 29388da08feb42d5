"use client";
// The phase the lead is working on, shown large: objective, time against the estimate, steps,
// checklist, success criteria, sign-offs, and what still stands between it and done (rule 2).
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { primaryButtonClass, secondaryButtonClass, smallButton } from "@/components/ui/button-classes";
import { failurePolicyLabels, roleLabels } from "@/components/runbook/phase-labels";
import { completePhaseAction, recordCriterionAction, recordPhaseSignoffAction, tickChecklistItemAction, tickChecklistItemsAction } from "@/lib/actions/deployments";
import type { TCockpit, TCockpitPhase } from "@/lib/domain/deployment/live-view";
import { CockpitStep } from "./cockpit-step";
import { InlineForm } from "./inline-form";
import { SkipPhaseForm } from "./cockpit-forms-lazy";
import { formatElapsed, useCockpitForm } from "./use-cockpit";
import { ActionError } from "@/components/ui/action-error";
import { ReviewEvidence } from "./review-evidence";

type Props = { cockpit: TCockpit; phase: TCockpitPhase; now: number };

export function CockpitPhase({ cockpit, phase, now }: Readonly<Props>) {
  const { perform, error, isBusy } = useCockpitForm(cockpit.id);
  const [isSkipping, setIsSkipping] = useState(false);
  const [skipReason, setSkipReason] = useState("");
  // every button below is the server's offer (issue 10): no rule is decided here
  const offers = cockpit.actions.phases[phase.phaseRunId];
  const count = cockpit.phases.filter((p) => p.procedure === phase.procedure).length;
  const elapsed = phase.activatedAt ? (phase.completedAt ? new Date(phase.completedAt).getTime() : now) - new Date(phase.activatedAt).getTime() : 0;
  const isOver = phase.estimatedMinutes !== null && elapsed > phase.estimatedMinutes * 60_000;
  const lastRejection = [...phase.signoffs].reverse().find((s) => s.scope === "PHASE" && s.decision === "REJECTED");
  const isRejectionOpen = phase.status === "ACTIVE" && lastRejection !== undefined;

  return (
    <section aria-labelledby={`phase-${phase.phaseRunId}-title`} className="min-w-0 rounded-xl border-2 border-accent/40 bg-surface p-3 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <p className="text-sm font-medium text-muted">
            {phase.procedure === "ROLLBACK" ? "Rollback phase" : "Phase"} {phase.position} of {count}
          </p>
          <h2 id={`phase-${phase.phaseRunId}-title`} className="text-xl font-semibold tracking-tight break-words sm:text-2xl">
            {phase.title}
          </h2>
          {phase.objective ? <p className="max-w-prose text-base">{phase.objective}</p> : null}
          <div className="flex flex-wrap items-center gap-2 pt-1 text-xs text-muted">
            <StatusBadge kind="phase" status={phase.status} />
            <Badge tone="outline">On failure: {failurePolicyLabels[phase.failurePolicy].label}</Badge>
            {phase.isPointOfNoReturn ? (
              <Badge tone="bad" icon="⚠">
                Point of no return
              </Badge>
            ) : null}
            {phase.requiredSignoffRoles.length ? <Badge tone="outline">Sign-off: {phase.requiredSignoffRoles.map((r) => roleLabels[r]).join(", ")}</Badge> : null}
          </div>
          {/* on a phone the steps stack as cards: Complete / Skip is one tap away, not a long scroll */}
          {phase.status === "ACTIVE" && (offers?.skip.ok || offers?.complete.ok) ? (
            <a href={`#phase-actions-${phase.phaseRunId}`} className="inline-block pt-1 text-sm font-medium text-accent-ink underline underline-offset-2 lg:hidden">
              Go to complete or skip this phase
            </a>
          ) : null}
        </div>
        <div className="sm:text-right">
          <p role="timer" className={`font-mono text-3xl font-semibold tabular-nums ${isOver ? "text-warn-ink" : ""}`} aria-label={`Phase time ${formatElapsed(elapsed)}`}>
            {formatElapsed(elapsed)}
          </p>
          <p className="text-sm text-muted">{phase.estimatedMinutes !== null ? `of ${phase.estimatedMinutes} min estimated${isOver ? " — over" : ""}` : "no estimate"}</p>
        </div>
      </div>

      {isRejectionOpen && lastRejection ? (
        <div role="alert" className="mt-4 rounded-md border-2 border-bad-line bg-bad p-4 text-bad-ink">
          <p className="font-semibold">
            Rejected by {lastRejection.user.name} ({roleLabels[lastRejection.role as keyof typeof roleLabels] ?? lastRejection.role})
          </p>
          <p className="mt-1 whitespace-pre-wrap">{lastRejection.comment}</p>
        </div>
      ) : null}

      {/* minmax(0, 1fr): a wide table or SQL line scrolls inside its own box, never widens the page */}
      <div className="mt-5 grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-3">
          <h3 className="text-lg font-semibold">Steps</h3>
          {phase.steps.length ? (
            <ol className="space-y-3">
              {phase.steps.map((step, i) => (
                <CockpitStep
                  key={step.id}
                  deploymentId={cockpit.id}
                  phaseRunId={phase.phaseRunId}
                  step={step}
                  offers={offers?.steps[step.id]}
                  index={i}
                  isCommandsEnabled={cockpit.isCommandsEnabled}
                  now={now}
                />
              ))}
            </ol>
          ) : (
            <p className="text-sm text-muted">This phase has no steps: its checklist and criteria complete it.</p>
          )}
          {phase.notes ? (
            <details className="text-sm">
              <summary className="cursor-pointer font-medium text-muted">Notes from the runbook</summary>
              <p className="mt-2 max-w-prose whitespace-pre-wrap">{phase.notes}</p>
            </details>
          ) : null}
        </div>

        <div className="min-w-0 space-y-5">
          <Checklist cockpit={cockpit} phase={phase} />
          <Criteria cockpit={cockpit} phase={phase} />
          <Signoffs cockpit={cockpit} phase={phase} />
        </div>
      </div>

      <ReviewEvidence cockpit={cockpit} phase={phase} />

      <ActionError message={error} className="mt-4" />

      {phase.status === "ACTIVE" && (offers?.skip.ok || offers?.complete.ok) ? (
        <div className="mt-5 scroll-mt-4 border-t border-line pt-4" id={`phase-actions-${phase.phaseRunId}`}>
          {phase.unmetGateGroups.length ? (
            <div className="mb-3 text-sm" id={`complete-blockers-${phase.phaseRunId}`}>
              <p className="font-medium">Before this phase can complete:</p>
              {/* one line per kind ("12 checklist items unticked"); the full list folded (issue 18 item 4) */}
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {phase.unmetGateGroups.map((g) => (
                  <li key={g.kind}>{g.summary}</li>
                ))}
              </ul>
              <details className="mt-1">
                <summary className="cursor-pointer text-muted">Show all {phase.unmetGateGroups.reduce((n, g) => n + g.lines.length, 0)}</summary>
                <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted">
                  {phase.unmetGateGroups
                    .flatMap((g) => g.lines)
                    .map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                </ul>
              </details>
            </div>
          ) : (
            <p className="mb-3 text-sm text-ok-ink" id={`complete-ready-${phase.phaseRunId}`}>
              <span aria-hidden="true">✓ </span>Everything in this phase is complete{phase.requiredSignoffRoles.length ? ": it goes to sign-off next." : "."}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={primaryButtonClass}
              disabled={isBusy || !offers?.complete.ok}
              aria-describedby={offers?.complete.ok ? undefined : `complete-blockers-${phase.phaseRunId}`}
              onClick={() => perform(() => completePhaseAction({ deploymentId: cockpit.id, phaseRunId: phase.phaseRunId }))}
            >
              {phase.requiredSignoffRoles.length ? "Complete phase and request sign-off" : "Complete phase"}
            </button>
            <button type="button" className={secondaryButtonClass} aria-expanded={isSkipping} onClick={() => setIsSkipping(!isSkipping)}>
              Skip phase…
            </button>
          </div>
          {isSkipping ? (
            <SkipPhaseForm
              deploymentId={cockpit.id}
              phaseRunId={phase.phaseRunId}
              value={skipReason}
              onChange={setSkipReason}
              isBusy={isBusy}
              perform={perform}
              onDone={() => setIsSkipping(false)}
              onCancel={() => setIsSkipping(false)}
            />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function Checklist({ cockpit, phase }: Readonly<{ cockpit: TCockpit; phase: TCockpitPhase }>) {
  const { perform, error, isBusy } = useCockpitForm(cockpit.id);
  if (!phase.checklist.length) return null;
  const offers = cockpit.actions.phases[phase.phaseRunId];
  const canTick = (itemId: string) => offers?.tick[itemId]?.ok === true;
  const byId = new Map(phase.checklist.map((c) => [c.id, c]));
  // one action for many items (issue 18 item 4): all or nothing on the server, each item decided
  // as a single tick is; a group is offered when the server offers each of its unticked items
  const tickMany = (itemIds: string[]) =>
    perform(() => tickChecklistItemsAction({ deploymentId: cockpit.id, phaseRunId: phase.phaseRunId, itemIds, checklistVersion: phase.checklistVersion }));
  const tickAll = offers?.tickAll;
  const ticked = phase.checklist.filter((c) => c.isTicked).length;
  const hasGroups = phase.checklistGroups.some((g) => g.heading !== null);
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="text-lg font-semibold">Checklist</legend>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <p className="text-xs text-muted">
          {ticked} of {phase.checklist.length} ticked
        </p>
        {tickAll?.ok && tickAll.itemIds.length > 1 ? (
          <button type="button" className={`${secondaryButtonClass} ${smallButton}`} disabled={isBusy} onClick={() => tickMany(tickAll.itemIds)}>
            Tick all {tickAll.itemIds.length} unticked
          </button>
        ) : null}
      </div>
      {phase.checklistGroups.map((group, g) => {
        const items = group.itemIds.flatMap((id) => byId.get(id) ?? []);
        const unticked = items.filter((c) => !c.isTicked);
        const canTickGroup = hasGroups && group.heading !== null && unticked.length > 1 && unticked.every((c) => canTick(c.id));
        const list = (
          <ul className="space-y-1.5">
            {items.map((item) => (
              <li key={item.id} className="flex items-start gap-2 text-sm">
                <input
                  id={`tick-${item.id}`}
                  type="checkbox"
                  className="mt-0.5 size-5 shrink-0 accent-[var(--accent)] sm:size-4"
                  checked={item.isTicked}
                  disabled={!canTick(item.id) || isBusy}
                  onChange={(e) => perform(() => tickChecklistItemAction({ deploymentId: cockpit.id, phaseRunId: phase.phaseRunId, itemId: item.id, isTicked: e.target.checked }))}
                />
                <label htmlFor={`tick-${item.id}`} className="min-w-0 break-words">
                  {group.heading && item.text.startsWith(`${group.heading}:`) ? item.text.slice(group.heading.length + 1).trim() : item.text}
                  {item.isRequired ? null : <span className="ml-1 text-xs text-muted">(optional)</span>}
                  {item.isTicked && item.by ? <span className="block text-xs text-muted">ticked by {item.by.name}</span> : null}
                </label>
              </li>
            ))}
          </ul>
        );
        if (!group.heading) return <div key={`loose-${g}`}>{list}</div>;
        return (
          <div key={group.heading + g} role="group" aria-labelledby={`checklist-group-${phase.phaseRunId}-${g}`} className="space-y-1.5 border-l-2 border-line pl-3">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <h4 id={`checklist-group-${phase.phaseRunId}-${g}`} className="text-sm font-semibold">
                {group.heading}{" "}
                <span className="font-normal text-muted">
                  ({items.length - unticked.length}/{items.length})
                </span>
              </h4>
              {canTickGroup ? (
                <button
                  type="button"
                  className={`${secondaryButtonClass} ${smallButton}`}
                  disabled={isBusy}
                  aria-label={`Tick ${unticked.length} unticked in ${group.heading}`}
                  onClick={() => tickMany(unticked.map((c) => c.id))}
                >
                  Tick {unticked.length}
                </button>
              ) : null}
            </div>
            {list}
          </div>
        );
      })}
      <ActionError message={error} isBoxed={false} />
    </fieldset>
  );
}

function Criteria({ cockpit, phase }: Readonly<{ cockpit: TCockpit; phase: TCockpitPhase }>) {
  const { perform, error, isBusy } = useCockpitForm(cockpit.id);
  const [openId, setOpenId] = useState<string | null>(null);
  const [evidence, setEvidence] = useState("");
  if (!phase.criteria.length) return null;
  return (
    <div className="space-y-2">
      <h3 className="text-lg font-semibold">Success criteria</h3>
      <ul className="space-y-2">
        {phase.criteria.map((c) => {
          const bound = c.boundStepId ? phase.steps.find((s) => s.id === c.boundStepId) : null;
          return (
            <li key={c.id} className="text-sm">
              <div className="flex items-start gap-2">
                <span aria-hidden="true" className={c.isMet === true ? "text-ok-ink" : c.isMet === false ? "text-bad-ink" : "text-faint"}>
                  {c.isMet === true ? "✓" : c.isMet === false ? "✕" : "○"}
                </span>
                <div className="min-w-0">
                  <p>
                    {c.text} <span className="sr-only">{c.isMet === true ? "(met)" : c.isMet === false ? "(not met)" : "(not recorded)"}</span>
                  </p>
                  <p className="text-xs text-muted">
                    {bound ? `met by step "${bound.title}"` : "met manually, with evidence"}
                    {c.evidence ? ` — ${c.evidence}` : ""}
                  </p>
                  {cockpit.actions.phases[phase.phaseRunId]?.recordCriterion[c.id]?.ok ? (
                    openId === c.id ? (
                      <InlineForm
                        id={`criterion-${c.id}`}
                        label="Evidence"
                        value={evidence}
                        onChange={setEvidence}
                        isBusy={isBusy}
                        actions={[
                          {
                            label: "Met",
                            tone: "primary",
                            onClick: () =>
                              perform(
                                () => recordCriterionAction({ deploymentId: cockpit.id, phaseRunId: phase.phaseRunId, criterionId: c.id, isMet: true, evidence }),
                                () => {
                                  setOpenId(null);
                                  setEvidence("");
                                },
                              ),
                          },
                          {
                            label: "Not met",
                            tone: "danger",
                            onClick: () =>
                              perform(
                                () => recordCriterionAction({ deploymentId: cockpit.id, phaseRunId: phase.phaseRunId, criterionId: c.id, isMet: false, evidence }),
                                () => {
                                  setOpenId(null);
                                  setEvidence("");
                                },
                              ),
                          },
                        ]}
                        onCancel={() => setOpenId(null)}
                      />
                    ) : (
                      <button
                        type="button"
                        className={`${secondaryButtonClass} ${smallButton} mt-1`}
                        aria-label={`${c.isMet === null ? "Record" : "Change"} criterion "${c.text}"`}
                        onClick={() => {
                          setOpenId(c.id);
                          setEvidence(c.evidence);
                        }}
                      >
                        {c.isMet === null ? "Record…" : "Change…"}
                      </button>
                    )
                  ) : null}
                </div>
              </div>
            </li>
          );
        })}
      </ul>
      <ActionError message={error} isBoxed={false} />
    </div>
  );
}

/** Who must sign, who has, and — for a person who may sign — Approve / Reject with a comment. */
function Signoffs({ cockpit, phase }: Readonly<{ cockpit: TCockpit; phase: TCockpitPhase }>) {
  const { perform, error, isBusy } = useCockpitForm(cockpit.id);
  const [comment, setComment] = useState("");
  if (!phase.requiredSignoffRoles.length) return null;
  const offers = cockpit.actions.phases[phase.phaseRunId]?.signoff ?? {};
  const signable = phase.requiredSignoffRoles.filter((r) => offers[r]?.ok);
  // a role the viewer holds but may not sign now, while the phase waits for it: say why before they try (rule 3)
  const refusedForViewer =
    phase.status === "AWAITING_SIGNOFF" ? phase.missingSignoffRoles.filter((r) => cockpit.viewer.roles.includes(r as never) && offers[r] && !offers[r].ok) : [];
  return (
    <div className="space-y-2">
      <h3 className="text-lg font-semibold">Sign-off</h3>
      <ul className="space-y-1 text-sm">
        {phase.requiredSignoffRoles.map((role) => {
          const isMissing = phase.missingSignoffRoles.includes(role);
          return (
            <li key={role}>
              <span className="font-medium">{roleLabels[role as keyof typeof roleLabels] ?? role}:</span>{" "}
              {phase.status === "DONE" || (phase.status === "AWAITING_SIGNOFF" && !isMissing) ? (
                <span className="text-ok-ink">approved</span>
              ) : phase.status === "AWAITING_SIGNOFF" ? (
                <span className="text-warn-ink">waiting</span>
              ) : (
                <span className="text-muted">after the phase is complete</span>
              )}
            </li>
          );
        })}
      </ul>
      {phase.signoffs.filter((s) => s.scope === "PHASE").length ? (
        <ul className="space-y-1 border-l-2 border-line pl-3 text-xs">
          {phase.signoffs
            .filter((s) => s.scope === "PHASE")
            .map((s) => (
              <li key={s.id}>
                <StatusBadge kind="signoff" status={s.decision} /> {s.user.name} as {roleLabels[s.role as keyof typeof roleLabels] ?? s.role}
                {s.comment ? <span className="block text-muted">“{s.comment}”</span> : null}
              </li>
            ))}
        </ul>
      ) : null}
      {refusedForViewer.map((role) => {
        const offer = offers[role];
        return offer && !offer.ok ? (
          <p key={role} className="rounded border border-warn-line bg-warn px-3 py-2 text-sm text-warn-ink">
            {offer.reason}
          </p>
        ) : null;
      })}
      {signable.map((role) => (
        <InlineForm
          key={role}
          id={`signoff-${phase.phaseRunId}-${role}`}
          label={`Comment (required to reject) — signing as ${roleLabels[role as keyof typeof roleLabels] ?? role}`}
          value={comment}
          onChange={setComment}
          isBusy={isBusy}
          actions={[
            {
              label: `Approve as ${roleLabels[role as keyof typeof roleLabels] ?? role}`,
              tone: "primary",
              onClick: () =>
                perform(
                  () => recordPhaseSignoffAction({ deploymentId: cockpit.id, phaseRunId: phase.phaseRunId, role: role as "DBA", decision: "APPROVED", comment }),
                  () => setComment(""),
                ),
            },
            {
              label: "Reject",
              tone: "danger",
              onClick: () =>
                perform(
                  () => recordPhaseSignoffAction({ deploymentId: cockpit.id, phaseRunId: phase.phaseRunId, role: role as "DBA", decision: "REJECTED", comment }),
                  () => setComment(""),
                ),
            },
          ]}
        />
      ))}
      <ActionError message={error} isBoxed={false} />
    </div>
  );
}
