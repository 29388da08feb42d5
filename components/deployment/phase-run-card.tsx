import type { TPhaseRunDetail } from "@/lib/domain/deployment/record-view";
import { stepNumberPrefix } from "@/lib/domain/deployment/record-labels";
import { stepKindLabels } from "@/components/runbook/describe-step";
import { failurePolicyLabels, roleLabels } from "@/components/runbook/phase-labels";
import { Badge } from "@/components/ui/badge";
import { FieldList } from "@/components/ui/field-list";
import { formatMinutes, minutesBetween } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { SignoffList } from "./signoff-list";
import { StepRunItem } from "./step-run-item";

type Props = {
  phaseRun: TPhaseRunDetail;
  /** a finished deployment's word for a phase it never reached ("Not needed", "Not reached"), shown instead of "Pending" */
  unreachedLabel?: string;
  className?: string;
};

function SubHeading({ children }: Readonly<{ children: React.ReactNode }>) {
  return <h4 className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">{children}</h4>;
}

export function EstimateVsActual({ estimated, actual, isOpen }: Readonly<{ estimated: number | null; actual: number | null; isOpen: boolean }>) {
  const over = estimated !== null && actual !== null && actual > estimated;
  return (
    <span className="tabular-nums">
      {formatMinutes(estimated)} est. / {actual === null ? "—" : formatMinutes(actual)} {isOpen && actual !== null ? "so far" : "actual"}
      {over ? <span className="ml-1 text-muted">(+{formatMinutes(actual - estimated)})</span> : null}
    </span>
  );
}

export function PhaseRunCard({ phaseRun, unreachedLabel, className = "" }: Readonly<Props>) {
  const { phase } = phaseRun;
  const isRollback = phaseRun.procedure === "ROLLBACK";
  const context = `${isRollback ? "Rollback phase" : "Phase"} ${phaseRun.position}`;
  const anchor = `${isRollback ? "rollback" : "phase"}-run-${phaseRun.position}`;
  const isOpen = phaseRun.activatedAt !== null && phaseRun.completedAt === null;
  const actual = minutesBetween(phaseRun.activatedAt, phaseRun.completedAt ?? (isOpen ? new Date() : null));
  const isUntouched = phaseRun.status === "PENDING" && phaseRun.stepRuns.length === 0 && phaseRun.checklistTicks.length === 0;

  return (
    <section id={anchor} aria-labelledby={`${anchor}-title`} className={`rounded-lg border border-line bg-surface ${className}`}>
      <div className={`px-5 py-4 ${isUntouched ? "" : "border-b border-line"}`}>
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={`${anchor}-title`} className="text-base font-semibold tracking-tight">
            <span className="mr-2 text-sm font-medium text-muted">{context}</span>
            {phase.title}
          </h3>
          {unreachedLabel ? (
            <Badge tone="idle" icon="–">
              {unreachedLabel}
            </Badge>
          ) : (
            <StatusBadge kind="phase" status={phaseRun.status} />
          )}
          {phase.isPointOfNoReturn ? (
            <Badge tone="strong" icon="⚑">
              Point of no return
            </Badge>
          ) : null}
        </div>
        {phaseRun.reason ? (
          <p className="mt-2 text-sm">
            <span className="font-medium">{phaseRun.status === "SKIPPED" ? "Skipped because: " : "Reason: "}</span>
            {phaseRun.reason}
          </p>
        ) : null}
        <div className="mt-3">
          <FieldList
            items={[
              { label: "Activated", value: <RelativeTime date={phaseRun.activatedAt} layout="stacked" /> },
              { label: "Completed", value: <RelativeTime date={phaseRun.completedAt} layout="stacked" /> },
              { label: "Estimated vs actual", value: <EstimateVsActual estimated={phase.estimatedMinutes} actual={actual} isOpen={isOpen} /> },
              {
                label: "If it fails / sign-off",
                value: (
                  <>
                    {failurePolicyLabels[phase.failurePolicy].label}
                    <span className="text-muted">
                      {" · "}
                      {phase.requiredSignoffRoles.length > 0 ? phase.requiredSignoffRoles.map((r) => roleLabels[r]).join(", ") : "no sign-off"}
                    </span>
                  </>
                ),
              },
            ]}
          />
        </div>
      </div>

      {isUntouched ? null : <PhaseRunBody phaseRun={phaseRun} context={context} className="px-5 py-5" />}
    </section>
  );
}

/**
 * A phase run's detail: every step with each attempt (result, tables, output), the checklist with
 * who ticked what, success criteria and sign-offs. The report shows it under each phase; the
 * finished record loads it when a collapsed phase is opened (record-phase.tsx).
 */
export function PhaseRunBody({ phaseRun, context, className = "" }: Readonly<{ phaseRun: TPhaseRunDetail; context: string; className?: string }>) {
  const { phase } = phaseRun;
  const runsByStep = new Map<string, TPhaseRunDetail["stepRuns"]>();
  for (const run of phaseRun.stepRuns) runsByStep.set(run.stepId, [...(runsByStep.get(run.stepId) ?? []), run]);
  const tickByItem = new Map(phaseRun.checklistTicks.map((t) => [t.checklistItemId, t]));
  const resultByCriterion = new Map(phaseRun.criterionResults.map((r) => [r.criterionId, r]));
  const waiverByStep = new Map(phaseRun.waivers.map((w) => [w.stepId, w]));
  return (
    <div className={`space-y-6 ${className}`}>
      {phase.steps.length > 0 ? (
        <div>
          <SubHeading>Steps</SubHeading>
          <ol className="space-y-4">
            {phase.steps.map((step) => {
              const runs = runsByStep.get(step.id) ?? [];
              const waiver = waiverByStep.get(step.id);
              return (
                <li key={step.id}>
                  <div className="flex flex-wrap items-center gap-2">
                    {stepNumberPrefix(step.position, step.title) ? (
                      <span className="font-mono text-xs tabular-nums text-muted">{stepNumberPrefix(step.position, step.title)}</span>
                    ) : null}
                    <Badge tone="neutral">{stepKindLabels[step.kind]}</Badge>
                    <h5 className="text-sm font-semibold">{step.title}</h5>
                  </div>
                  {waiver ? (
                    <p className="mt-1.5 text-sm">
                      <Badge tone="warn" icon="!">
                        Waived
                      </Badge>{" "}
                      by {waiver.waivedBy.name}: {waiver.reason}{" "}
                      <span className="text-xs text-muted">
                        (<RelativeTime date={waiver.createdAt} />)
                      </span>
                    </p>
                  ) : null}
                  {runs.length > 0 ? (
                    <ul className="mt-2 space-y-3">
                      {runs.map((run) => (
                        <StepRunItem key={run.id} run={run} label={`${context}, step ${step.position}, attempt ${run.attempt}`} />
                      ))}
                    </ul>
                  ) : (
                    <p className="mt-1 pl-5 text-xs text-muted">Not run yet.</p>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}

      {phase.checklistItems.length > 0 ? (
        <div>
          <SubHeading>Checklist</SubHeading>
          <ul className="space-y-1.5 text-sm">
            {phase.checklistItems.map((item) => {
              const tick = tickByItem.get(item.id);
              const isTicked = tick?.isTicked === true;
              return (
                <li key={item.id} className="flex flex-wrap items-start gap-x-2 gap-y-0.5">
                  <span
                    aria-hidden="true"
                    className={`mt-0.5 inline-flex size-4 shrink-0 items-center justify-center rounded-sm border text-[0.65rem] ${
                      isTicked ? "border-ok-line bg-ok text-ok-ink" : "border-line-strong"
                    }`}
                  >
                    {isTicked ? "✓" : ""}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="sr-only">{isTicked ? "Ticked: " : "Not ticked: "}</span>
                    {item.text}
                    {!item.isRequired ? <span className="ml-1.5 text-xs text-muted">(optional)</span> : null}
                  </span>
                  {/* beside the item when it fits, under it on a phone */}
                  <span className="ml-6 text-xs text-muted sm:ml-0">
                    {tick ? (
                      <>
                        {isTicked ? "ticked" : "unticked"} by {tick.tickedBy.name} <RelativeTime date={tick.tickedAt} />
                      </>
                    ) : (
                      "not ticked"
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      {phase.successCriteria.length > 0 ? (
        <div>
          <SubHeading>Success criteria</SubHeading>
          <ul className="space-y-2 text-sm">
            {phase.successCriteria.map((criterion) => {
              const result = resultByCriterion.get(criterion.id);
              return (
                <li key={criterion.id}>
                  <div className="flex flex-wrap items-center gap-2">
                    {result ? (
                      <Badge tone={result.isMet ? "ok" : "bad"} icon={result.isMet ? "✓" : "✕"}>
                        {result.isMet ? "Met" : "Not met"}
                      </Badge>
                    ) : (
                      <Badge tone="idle" icon="○">
                        Open
                      </Badge>
                    )}
                    <span>{criterion.text}</span>
                  </div>
                  <p className="mt-0.5 pl-1 text-xs text-muted">
                    {criterion.step ? `Proved by step ${criterion.step.position}: ${criterion.step.title}` : "Met manually with evidence"}
                    {result?.metBy ? <> · {result.metBy.name}</> : null}
                    {result ? (
                      <>
                        {" "}
                        · <RelativeTime date={result.metAt} />
                      </>
                    ) : null}
                  </p>
                  {result?.evidence ? <p className="mt-1 border-l-2 border-line pl-3 text-muted">{result.evidence}</p> : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      {phaseRun.signoffs.length > 0 || phase.requiredSignoffRoles.length > 0 ? (
        <div>
          <SubHeading>Sign-offs</SubHeading>
          {phaseRun.signoffs.length > 0 ? (
            <SignoffList signoffs={phaseRun.signoffs} />
          ) : (
            <p className="text-sm text-muted">No sign-off yet; needs {phase.requiredSignoffRoles.map((r) => roleLabels[r]).join(" and ")}.</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
