// What an import would create, shown before anything is saved. Presentational: the container
// passes the structure (the server's dry run, as the lead has arranged it) and handles the moves
// of items between checklist, criteria, steps and notes and of whole phases (issue 16 item 3). Texts are shown as
// written (TextBlock), never as HTML.
import {
  arrangementsFor,
  canSplitAt,
  notesBlocks,
  phasesOf,
  placesFor,
  type TImportItemRef,
  type TImportPhaseRef,
  type TImportPlace,
  type TPhaseArrangement,
} from "@/lib/domain/markdown/arrange-import";
import type { TParsedPhase, TParsedRunbook, TParsedStep } from "@/lib/domain/markdown/types";
import type { TLintFinding } from "@/lib/domain/sql/lint-sql";
import { Badge } from "@/components/ui/badge";
import { CodeBlock } from "@/components/ui/code-block";
import { formatMinutes, pluralize } from "@/components/ui/format";
import { RiskBadge } from "@/components/ui/risk-badge";
import { TextBlock } from "@/components/ui/text-block";
import { stepKindLabels } from "@/components/runbook/describe-step";
import { SqlLintFindings } from "@/components/runbook/sql-lint-findings";
import { MoveItemControl } from "./move-item-control";
import { PhaseArrangeControl, PhaseBox } from "./phase-arrange-control";

type TMoves = {
  onMove: (from: TImportItemRef, to: TImportPlace) => void;
  /** where the last move put an item: its control takes the focus */
  focusTarget: TImportItemRef | null;
  onArrange: (at: TImportPhaseRef, arrangement: TPhaseArrangement) => void;
  /** a note that opens a section becomes a phase of its own, after its phase */
  onSplit: (from: TImportItemRef) => void;
  /** the phase the last arrangement made or changed: it opens with the focus on it */
  arrangedPhase: TImportPhaseRef | null;
  /** how many phase arrangements the preview has seen: the phases' boxes are new after each */
  layout: number;
};

type Props = {
  /** the structure to show: the preview's, as the lead arranged it */
  runbook: TParsedRunbook;
  /** each SQL step's lint, from the preview (a step made here has none until the draft is saved) */
  findingsOf: (step: TParsedStep) => TLintFinding[] | undefined;
  moves: TMoves;
};

const isSameRef = (a: TImportItemRef | null, b: TImportItemRef) => a !== null && a.procedure === b.procedure && a.phase === b.phase && a.place === b.place && a.index === b.index;

/** The item's move control, or nothing when it can go nowhere. */
function Move({ moves, phase, from, text }: Readonly<{ moves: TMoves; phase: TParsedPhase; from: TImportItemRef; text: string }>) {
  return <MoveItemControl itemText={text} from={from} places={placesFor(phase, from.place, from.index)} onMove={moves.onMove} isFocusTarget={isSameRef(moves.focusTarget, from)} />;
}

function countSteps(phases: readonly TParsedPhase[]) {
  const byKind = { SQL: 0, COMMAND: 0, MANUAL: 0 };
  for (const phase of phases) for (const step of phase.steps) byKind[step.kind]++;
  return byKind;
}

function Stat({ label, value, detail }: Readonly<{ label: string; value: number; detail?: string }>) {
  return (
    <div className="rounded-md border border-line bg-surface px-3 py-2">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums text-ink">
        {value}
        {detail ? <span className="ml-1.5 text-xs font-normal text-muted">{detail}</span> : null}
      </dd>
    </div>
  );
}

function SubHeading({ children }: Readonly<{ children: React.ReactNode }>) {
  return <h4 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-muted">{children}</h4>;
}

function StepPreview({
  step,
  position,
  label,
  findings,
  move,
}: Readonly<{ step: TParsedStep; position: number; label: string; findings?: TLintFinding[]; move: React.ReactNode }>) {
  return (
    <li className="space-y-2 rounded-md border border-line bg-surface p-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-xs tabular-nums text-muted">{position}.</span>
        <Badge tone="neutral">{stepKindLabels[step.kind]}</Badge>
        {step.language ? <span className="font-mono text-xs text-muted">{step.language}</span> : null}
        <span className="min-w-0 flex-1 basis-32 text-sm font-medium text-ink">{step.title}</span>
        {move}
      </div>
      {step.kind === "MANUAL" ? (
        step.text.trim() ? (
          <TextBlock text={step.text} label={`${label} instructions`} />
        ) : null
      ) : (
        <CodeBlock code={step.text} language={step.language ?? step.kind} label={`${label} ${step.kind === "SQL" ? "SQL" : "command"}`} />
      )}
      {step.kind === "SQL" ? <SqlLintFindings findings={findings ?? []} label={label} /> : null}
    </li>
  );
}

function PhasePreview({
  runbook,
  phase,
  at,
  context,
  findingsOf,
  moves,
}: Readonly<{ runbook: TParsedRunbook; phase: TParsedPhase; at: TImportPhaseRef; context: string; findingsOf: Props["findingsOf"]; moves: TMoves }>) {
  const label = `${context} ${at.phase + 1}`;
  const previous = phasesOf(runbook, at.procedure)[at.phase - 1];
  const isArranged = moves.arrangedPhase !== null && moves.arrangedPhase.procedure === at.procedure && moves.arrangedPhase.phase === at.phase;
  const ref = (place: TImportPlace, index: number): TImportItemRef => ({ ...at, place, index });
  const lintCount = phase.steps.reduce((sum, step) => sum + (findingsOf(step)?.length ?? 0), 0);
  const blocks = notesBlocks(phase.notes);
  return (
    <PhaseBox
      isArranged={isArranged}
      summary={
        <>
          <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-90">
            ▸
          </span>
          <span className="text-sm font-medium text-muted">{label}</span>
          <span className="font-semibold text-ink">{phase.title}</span>
          <span className="ml-auto flex flex-wrap items-center gap-x-3 text-xs tabular-nums text-muted">
            <span>{phase.estimatedMinutes !== null ? formatMinutes(phase.estimatedMinutes) : "no estimate"}</span>
            <span>
              {[
                pluralize(phase.steps.length, "step"),
                pluralize(phase.checklistItems.length, "check"),
                pluralize(phase.successCriteria.length, "criterion", "criteria"),
                blocks.length > 0 ? pluralize(blocks.length, "note") : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </span>
            {lintCount > 0 ? <span className="font-medium text-ink">▲ {pluralize(lintCount, "lint finding")}</span> : null}
          </span>
        </>
      }
    >
      <div className="space-y-4 border-t border-line px-4 py-4">
        <PhaseArrangeControl
          phaseName={`${label} “${phase.title}”`}
          previousName={previous ? `${context} ${at.phase} “${previous.title}”` : null}
          at={at}
          offered={arrangementsFor(runbook, at)}
          onArrange={moves.onArrange}
        />
        {phase.objective ? <p className="text-sm text-muted">{phase.objective}</p> : null}
        {phase.failurePolicy ? (
          <p className="text-sm">
            <span className="font-medium">If it fails:</span> <span className="font-mono text-xs">{phase.failurePolicy}</span>
          </p>
        ) : null}
        {phase.checklistItems.length > 0 ? (
          <div>
            <SubHeading>Checklist</SubHeading>
            <ul className="space-y-1 text-sm">
              {phase.checklistItems.map((item, i) => (
                <li key={i} className="flex flex-wrap items-start gap-x-2 gap-y-1">
                  <span aria-hidden="true" className="mt-0.5 inline-block size-3.5 shrink-0 rounded-sm border border-line-strong" />
                  <span className="min-w-0 flex-1 basis-40">{item.text}</span>
                  <span className="shrink-0 text-xs text-muted">{item.isRequired ? "Required" : "Optional"}</span>
                  <Move moves={moves} phase={phase} from={ref("checklist", i)} text={item.text} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div>
          <SubHeading>Steps</SubHeading>
          {phase.steps.length > 0 ? (
            <ol className="space-y-2">
              {phase.steps.map((step, s) => (
                <StepPreview
                  key={s}
                  step={step}
                  position={s + 1}
                  label={`${label}, step ${s + 1}`}
                  findings={findingsOf(step)}
                  move={<Move moves={moves} phase={phase} from={ref("step", s)} text={step.title} />}
                />
              ))}
            </ol>
          ) : (
            <p className="text-sm text-muted">No steps.</p>
          )}
        </div>
        {phase.successCriteria.length > 0 ? (
          <div>
            <SubHeading>Success criteria</SubHeading>
            <ul className="space-y-1 text-sm">
              {phase.successCriteria.map((criterion, i) => (
                <li key={i} className="flex flex-wrap items-start gap-x-2 gap-y-1">
                  <span aria-hidden="true" className="mt-px text-muted">
                    ◇
                  </span>
                  <span className="min-w-0 flex-1 basis-40">{criterion}</span>
                  <Move moves={moves} phase={phase} from={ref("criterion", i)} text={criterion} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {blocks.length > 0 ? (
          <div>
            <SubHeading>Notes — text kept as written</SubHeading>
            <ul className="space-y-2">
              {blocks.map((block, b) => (
                <li key={b} className="flex flex-wrap items-start gap-x-3 gap-y-1 rounded-md bg-surface-muted p-3">
                  <div className="min-w-0 flex-1 basis-48">
                    <TextBlock text={block} label={`${label} note ${b + 1}`} />
                  </div>
                  <div className="ml-auto flex shrink-0 flex-wrap items-center justify-end gap-2">
                    {canSplitAt(phase, b) ? (
                      <button
                        type="button"
                        onClick={() => moves.onSplit(ref("notes", b))}
                        className="rounded-md border border-line-strong bg-surface px-2 py-0.5 text-xs font-medium text-ink hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
                      >
                        Make it a phase
                        <span className="sr-only">{` (note ${b + 1} of ${label} “${phase.title}”)`}</span>
                      </button>
                    ) : null}
                    <Move moves={moves} phase={phase} from={ref("notes", b)} text={block} />
                  </div>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </PhaseBox>
  );
}

export function ImportPreview({ runbook, findingsOf, moves }: Readonly<Props>) {
  const rollbackPhases = runbook.rollback?.phases ?? [];
  const steps = countSteps(runbook.phases);
  const rollbackSteps = countSteps(rollbackPhases);
  const checklistCount = runbook.phases.reduce((sum, p) => sum + p.checklistItems.length, 0);
  const criteriaCount = runbook.phases.reduce((sum, p) => sum + p.successCriteria.length, 0);
  const lintFindings = [...runbook.phases, ...rollbackPhases].flatMap((phase) => phase.steps.flatMap((step) => findingsOf(step) ?? []));
  const stepDetail = [steps.SQL && `${steps.SQL} SQL`, steps.COMMAND && `${steps.COMMAND} command`, steps.MANUAL && `${steps.MANUAL} manual`].filter(Boolean).join(" · ");

  return (
    <div className="space-y-6">
      <div className="space-y-3 rounded-lg border border-line bg-surface p-5">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <p className="text-xs font-medium uppercase tracking-wide text-muted">Title</p>
            <h3 className="text-lg font-semibold tracking-tight text-ink">{runbook.title}</h3>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <RiskBadge level={runbook.riskLevel ?? "MEDIUM"} />
            {runbook.riskLevel ? null : <span className="text-xs text-muted">(not stated; Medium assumed)</span>}
          </div>
        </div>
        {runbook.summary ? <p className="max-w-3xl text-sm text-muted">{runbook.summary}</p> : null}
        <p className="text-sm text-muted">
          Estimated {formatMinutes(runbook.estimatedMinutes ?? null)} · rollback {formatMinutes(runbook.rollbackMinutes ?? null)}
        </p>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
          <Stat label="Phases" value={runbook.phases.length} />
          <Stat label="Steps" value={steps.SQL + steps.COMMAND + steps.MANUAL} detail={stepDetail || undefined} />
          <Stat label="Checklist items" value={checklistCount} />
          <Stat label="Success criteria" value={criteriaCount} />
          <Stat
            label="Rollback phases"
            value={rollbackPhases.length}
            detail={rollbackPhases.length > 0 ? pluralize(rollbackSteps.SQL + rollbackSteps.COMMAND + rollbackSteps.MANUAL, "step") : undefined}
          />
          <Stat label="Sign-off roles" value={runbook.signoffRoles.length} />
        </dl>
      </div>

      {runbook.warnings.length > 0 || lintFindings.length > 0 ? (
        <section aria-labelledby="import-warnings-title" className="rounded-lg border border-line-strong bg-surface-muted/60 p-4">
          <h3 id="import-warnings-title" className="mb-2 text-sm font-semibold text-ink">
            <span aria-hidden="true" className="mr-1.5">
              !
            </span>
            Before you save
          </h3>
          <ul className="list-disc space-y-1 pl-5 text-sm text-ink">
            {runbook.warnings.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
            {lintFindings.length > 0 ? (
              <li>
                The SQL risk lint has {pluralize(lintFindings.length, "finding")} ({lintFindings.filter((f) => f.severity === "danger").length} danger); they are shown under each
                SQL step below.
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}

      {runbook.preamble.trim() ? (
        <details className="group rounded-lg border border-line bg-surface">
          <summary className="flex cursor-pointer items-center gap-2 px-4 py-3 text-sm font-medium text-ink">
            <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-90">
              ▸
            </span>
            Preamble — text before the first phase, kept as written
          </summary>
          <div className="border-t border-line px-4 py-4">
            <TextBlock text={runbook.preamble} label="Preamble" />
          </div>
        </details>
      ) : null}

      {runbook.appendix.trim() ? (
        <details className="group rounded-lg border border-line bg-surface">
          <summary className="flex cursor-pointer items-center gap-2 px-4 py-3 text-sm font-medium text-ink">
            <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-90">
              ▸
            </span>
            Runbook notes — appendices, contacts and plans, kept after the preamble
          </summary>
          <div className="border-t border-line px-4 py-4">
            <TextBlock text={runbook.appendix} label="Runbook notes" />
          </div>
        </details>
      ) : null}

      <section aria-labelledby="import-phases-title" className="space-y-2">
        <h3 id="import-phases-title" className="text-base font-semibold text-ink">
          Phases
        </h3>
        {runbook.phases.length > 0 ? (
          runbook.phases.map((phase, p) => (
            <PhasePreview key={`${moves.layout}-${p}`} runbook={runbook} phase={phase} at={{ procedure: "main", phase: p }} context="Phase" findingsOf={findingsOf} moves={moves} />
          ))
        ) : (
          <p className="text-sm text-muted">No phases were found.</p>
        )}
      </section>

      <section aria-labelledby="import-rollback-title" className="space-y-2">
        <h3 id="import-rollback-title" className="text-base font-semibold text-ink">
          Rollback procedure{runbook.rollback?.title ? <span className="ml-2 text-sm font-normal text-muted">from “{runbook.rollback.title}”</span> : null}
        </h3>
        {rollbackPhases.length > 0 ? (
          rollbackPhases.map((phase, p) => (
            <PhasePreview
              key={`${moves.layout}-${p}`}
              runbook={runbook}
              phase={phase}
              at={{ procedure: "rollback", phase: p }}
              context="Rollback phase"
              findingsOf={findingsOf}
              moves={moves}
            />
          ))
        ) : (
          <p className="text-sm text-muted">None found: add rollback phases in the draft before publishing.</p>
        )}
      </section>

      <section aria-labelledby="import-signoff-title" className="space-y-2">
        <h3 id="import-signoff-title" className="text-base font-semibold text-ink">
          Sign-off sheet
        </h3>
        {runbook.signoffRoles.length > 0 ? (
          <ul className="flex flex-wrap gap-2">
            {runbook.signoffRoles.map((role, i) => (
              <li key={i}>
                <Badge tone="outline">{role}</Badge>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">No sign-off section found.</p>
        )}
      </section>
    </div>
  );
}
