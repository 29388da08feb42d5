import type { TPhaseDetail } from "@/lib/server/readers/get-runbook-version";
import type { TLintFinding } from "@/lib/domain/sql/lint-sql";
import type { TStoredLintAcknowledgement } from "@/lib/domain/runbook/lint-acknowledgements";
import { Badge } from "@/components/ui/badge";
import { FieldList } from "@/components/ui/field-list";
import { formatMinutes, pluralize } from "@/components/ui/format";
import { TextBlock } from "@/components/ui/text-block";
import { failurePolicyLabels, roleLabels } from "./phase-labels";
import { StepCard } from "./step-card";
import { formatFollowUpOffset } from "@/lib/domain/runbook/follow-up";

type Props = {
  phase: TPhaseDetail;
  /** anchor id, also used to label the section */
  anchor: string;
  /** risk lint findings by step id; when given, every SQL step shows its lint (or "no findings") */
  lintByStepId?: Readonly<Record<string, readonly TLintFinding[]>>;
  /** danger findings acknowledged at publish, shown beside their finding */
  lintAcknowledgements?: readonly TStoredLintAcknowledgement[];
};

function SubHeading({ children }: Readonly<{ children: React.ReactNode }>) {
  return <h4 className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">{children}</h4>;
}

export function PhaseCard({ phase, anchor, lintByStepId, lintAcknowledgements }: Readonly<Props>) {
  const context = `${phase.procedure === "ROLLBACK" ? "Rollback phase" : "Phase"} ${phase.position}`;
  const policy = failurePolicyLabels[phase.failurePolicy];
  return (
    <section id={anchor} aria-labelledby={`${anchor}-title`} className="scroll-mt-6 rounded-lg border border-line bg-surface">
      <div className="border-b border-line px-5 py-4">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={`${anchor}-title`} className="text-lg font-semibold tracking-tight text-ink">
            <span className="mr-2 text-sm font-medium text-muted">{context}</span>
            {phase.title}
          </h3>
          {phase.isPointOfNoReturn ? (
            <Badge tone="strong" icon="⚑">
              Point of no return
            </Badge>
          ) : null}
          {phase.followUpOffsetMinutes !== null ? (
            <Badge tone="neutral" icon="⏲">
              Follow-up {formatFollowUpOffset(phase.followUpOffsetMinutes)} after the main phases
            </Badge>
          ) : null}
        </div>
        {phase.objective ? <p className="mt-1.5 max-w-3xl text-sm text-muted">{phase.objective}</p> : null}
        <div className="mt-4">
          <FieldList
            items={[
              { label: "Estimate", value: formatMinutes(phase.estimatedMinutes) },
              {
                label: "If it fails",
                value: (
                  <>
                    {policy.label} <span className="text-muted">— {policy.help}</span>
                  </>
                ),
              },
              {
                label: "Sign-off required",
                value:
                  phase.requiredSignoffRoles.length > 0 ? (
                    <span className="flex flex-wrap gap-1">
                      {phase.requiredSignoffRoles.map((role) => (
                        <Badge key={role} tone="outline">
                          {roleLabels[role]}
                        </Badge>
                      ))}
                    </span>
                  ) : (
                    <span className="text-muted">None</span>
                  ),
              },
              {
                label: "Contents",
                value: [
                  pluralize(phase.steps.length, "step"),
                  pluralize(phase.checklistItems.length, "check"),
                  pluralize(phase.successCriteria.length, "criterion", "criteria"),
                ].join(" · "),
              },
            ]}
          />
        </div>
      </div>

      <div className="space-y-6 px-5 py-5">
        {phase.checklistItems.length > 0 ? (
          <div>
            <SubHeading>Checklist</SubHeading>
            <ul className="space-y-1.5 text-sm">
              {phase.checklistItems.map((item) => (
                <li key={item.id} className="flex items-start gap-2">
                  <span aria-hidden="true" className="mt-0.5 inline-block size-3.5 shrink-0 rounded-sm border border-line-strong" />
                  <span className="flex-1">{item.text}</span>
                  <span className={`shrink-0 text-xs ${item.isRequired ? "font-medium text-ink" : "text-muted"}`}>{item.isRequired ? "Required" : "Optional"}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        <div>
          <SubHeading>Steps</SubHeading>
          {phase.steps.length > 0 ? (
            <ol className="space-y-3">
              {phase.steps.map((step) => (
                <StepCard
                  key={step.id}
                  step={step}
                  context={context}
                  anchor={`${anchor}-step-${step.position}`}
                  lintFindings={lintByStepId && step.sql ? (lintByStepId[step.id] ?? []) : undefined}
                  lintAcknowledgements={lintAcknowledgements?.filter((ack) => ack.stepId === step.id)}
                />
              ))}
            </ol>
          ) : (
            <p className="text-sm text-muted">No steps: this phase is checklist and sign-off only.</p>
          )}
        </div>

        {phase.successCriteria.length > 0 ? (
          <div>
            <SubHeading>Success criteria</SubHeading>
            <ul className="space-y-1.5 text-sm">
              {phase.successCriteria.map((criterion) => (
                <li key={criterion.id} className="flex items-start gap-2">
                  <span aria-hidden="true" className="mt-px text-muted">
                    ◇
                  </span>
                  <span className="flex-1">
                    {criterion.text}
                    <span className="ml-2 text-xs text-muted">
                      {criterion.step ? `proved by step ${criterion.step.position}: ${criterion.step.title}` : "met manually with evidence"}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        {phase.notes ? (
          <div>
            <SubHeading>Notes</SubHeading>
            <div className="rounded-md bg-surface-muted p-3">
              <TextBlock text={phase.notes} label={`${context} notes`} />
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
