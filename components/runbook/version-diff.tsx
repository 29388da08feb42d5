// What changed between two versions of a runbook (lib/domain/runbook/diff-versions). Props only.
// Every added / removed / changed mark is a word with a symbol; colour only repeats it.
import type { ReactNode } from "react";
import type { TDiffStatus, TFieldChange, TListItemDiff, TPhaseDiff, TStepDiff, TVersionDiff } from "@/lib/domain/runbook/diff-versions";
import { Badge } from "@/components/ui/badge";
import { CodeBlock } from "@/components/ui/code-block";
import { EmptyState } from "@/components/ui/empty-state";
import { stepKindLabels } from "./describe-step";
import { VersionDiffLines } from "./version-diff-lines";

type Props = {
  diff: TVersionDiff;
  /** "version 1", "the latest version (v2)" */
  fromLabel: string;
  /** "version 2", "this draft" */
  toLabel: string;
  /** a first version: nothing to compare with, everything is new */
  isFirstVersion?: boolean;
};

const statusBadges: Record<Exclude<TDiffStatus, "unchanged">, { tone: "ok" | "bad" | "warn"; icon: string; label: string }> = {
  added: { tone: "ok", icon: "+", label: "Added" },
  removed: { tone: "bad", icon: "−", label: "Removed" },
  changed: { tone: "warn", icon: "~", label: "Changed" },
};

export function DiffStatusBadge({ status, isMoved = false }: Readonly<{ status: TDiffStatus; isMoved?: boolean }>) {
  return (
    <>
      {status !== "unchanged" ? (
        <Badge tone={statusBadges[status].tone} icon={statusBadges[status].icon}>
          {statusBadges[status].label}
        </Badge>
      ) : null}
      {isMoved ? (
        <Badge tone="outline" icon="↕">
          Moved
        </Badge>
      ) : null}
    </>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Counts({ diff }: Readonly<{ diff: TVersionDiff }>) {
  const { added, removed, changed, moved } = diff.phaseCounts;
  const parts = [
    added && `${plural(added, "phase", "phases")} added`,
    removed && `${plural(removed, "phase", "phases")} removed`,
    changed && `${plural(changed, "phase", "phases")} changed`,
    moved && `${plural(moved, "phase", "phases")} moved`,
    diff.metadata.length && `${plural(diff.metadata.length, "detail", "details")} of the runbook changed`,
    diff.signoffSheet.length && `${plural(diff.signoffSheet.length, "sign-off line", "sign-off lines")} changed`,
  ].filter(Boolean);
  return <p className="text-sm text-muted">{parts.join(" · ")}</p>;
}

function FieldChangeView({ change, context }: Readonly<{ change: TFieldChange; context: string }>) {
  if (change.lines) {
    return (
      <div className="space-y-1.5">
        <p className="text-sm font-medium text-ink">{change.label}</p>
        <VersionDiffLines lines={change.lines} label={`${context}: ${change.label}, changes`} caption={`${change.label} changes`} />
      </div>
    );
  }
  return (
    <div className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 text-sm">
      <span className="font-medium text-ink">{change.label}</span>
      <span className="min-w-0 break-words">
        <del className="rounded-sm bg-bad px-1 text-bad-ink decoration-bad-ink/60">
          <span className="sr-only">was </span>
          {change.before || "—"}
        </del>
        <span aria-hidden="true" className="mx-1.5 text-muted">
          →
        </span>
        <ins className="rounded-sm bg-ok px-1 text-ok-ink no-underline">
          <span className="sr-only">now </span>
          {change.after || "—"}
        </ins>
      </span>
    </div>
  );
}

function Sub({ title, children }: Readonly<{ title: string; children: ReactNode }>) {
  return (
    <div className="space-y-2">
      <h5 className="text-xs font-semibold uppercase tracking-wide text-muted">{title}</h5>
      {children}
    </div>
  );
}

function ListDiff({ items }: Readonly<{ items: readonly TListItemDiff[] }>) {
  return (
    <ul className="space-y-1.5 text-sm">
      {items.map((item, index) => (
        <li key={index} className="flex flex-wrap items-start gap-2">
          <DiffStatusBadge status={item.status} />
          <span className={`min-w-0 flex-1 ${item.status === "removed" ? "text-muted line-through" : "text-ink"}`}>
            {item.text}
            {item.previousText ? <span className="ml-2 text-xs text-muted">was “{item.previousText}”</span> : null}
            {item.details.length ? <span className="ml-2 text-xs text-muted">{item.details.join("; ")}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Long scripts of added steps, and every removed one, are folded: the changes stay readable. */
const OPEN_BODY_MAX_LINES = 12;
const lineCount = (text: string) => text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n").length;
const isBodyCollapsed = (step: TStepDiff, body: NonNullable<TStepDiff["body"]>) => step.status === "removed" || lineCount(body.text) > OPEN_BODY_MAX_LINES;

function StepBody({ step, body, context, isCollapsed }: Readonly<{ step: TStepDiff; body: NonNullable<TStepDiff["body"]>; context: string; isCollapsed: boolean }>) {
  const isCode = body.label === "SQL" || body.label === "Command";
  const content = isCode ? (
    <VersionDiffLines
      lines={body.text
        .replace(/\r\n?/g, "\n")
        .replace(/\n$/, "")
        .split("\n")
        .map((text, i) => (step.status === "added" ? { op: "add" as const, text, oldLine: null, newLine: i + 1 } : { op: "remove" as const, text, oldLine: i + 1, newLine: null }))}
      label={`${context}: ${body.label}`}
      caption={body.label}
      context={Number.MAX_SAFE_INTEGER}
    />
  ) : (
    <CodeBlock code={body.text} label={`${context}: ${body.label}`} showLineNumbers={false} />
  );
  if (!isCollapsed) return <div className="mt-3">{content}</div>;
  const lines = lineCount(body.text);
  return (
    <details className="group mt-2">
      <summary className="inline-flex cursor-pointer items-center gap-1.5 text-xs font-medium text-accent-ink hover:underline">
        <span aria-hidden="true" className="transition-transform group-open:rotate-90">
          ▸
        </span>
        {step.status === "removed" ? "Show the removed" : "Show the"} {body.label === "SQL" || body.label === "URL" ? body.label : body.label.toLowerCase()} (
        {lines === 1 ? "1 line" : `${lines} lines`})
      </summary>
      <div className="mt-2">{content}</div>
    </details>
  );
}

function StepDiffView({ step, phaseContext, isFolded }: Readonly<{ step: TStepDiff; phaseContext: string; isFolded: boolean }>) {
  const position = step.toPosition ?? step.fromPosition;
  const context = `${phaseContext}, step ${position} “${step.title}”`;
  const where =
    step.fromPosition !== null && step.toPosition !== null && step.fromPosition !== step.toPosition ? `step ${step.fromPosition} → ${step.toPosition}` : `step ${position}`;
  return (
    <li className="rounded-md border border-line bg-surface p-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-xs tabular-nums text-muted">{where}</span>
        <DiffStatusBadge status={step.status} isMoved={step.isMoved} />
        <Badge tone="neutral">{stepKindLabels[step.kind as keyof typeof stepKindLabels] ?? step.kind}</Badge>
        <span className={`text-sm font-semibold ${step.status === "removed" ? "text-muted line-through" : "text-ink"}`}>{step.title}</span>
      </div>
      {step.changes.length ? (
        <div className="mt-3 space-y-3">
          {step.changes.map((change) => (
            <FieldChangeView key={change.field} change={change} context={context} />
          ))}
        </div>
      ) : null}
      {step.body ? <StepBody step={step} body={step.body} context={context} isCollapsed={isFolded || isBodyCollapsed(step, step.body)} /> : null}
    </li>
  );
}

function PhaseDiffView({ phase, isFolded }: Readonly<{ phase: TPhaseDiff; isFolded: boolean }>) {
  const noun = phase.procedure === "ROLLBACK" ? "Rollback phase" : "Phase";
  const position = phase.toPosition ?? phase.fromPosition;
  const context = `${noun} ${position}`;
  const changedSteps = phase.steps.filter((s) => s.status !== "unchanged" || s.isMoved);
  const unchangedSteps = phase.steps.length - changedSteps.length;
  const where =
    phase.fromPosition !== null && phase.toPosition !== null && phase.fromPosition !== phase.toPosition ? `${noun} ${phase.fromPosition} → ${phase.toPosition}` : context;
  return (
    <li className={`rounded-lg border bg-surface ${phase.status === "removed" ? "border-bad-line" : phase.status === "added" ? "border-ok-line" : "border-line"}`}>
      <div className="flex flex-wrap items-center gap-2 border-b border-line px-4 py-3">
        <span className="text-sm font-medium text-muted">{where}</span>
        <DiffStatusBadge status={phase.status} isMoved={phase.isMoved} />
        <h4 className={`text-base font-semibold tracking-tight ${phase.status === "removed" ? "text-muted line-through" : "text-ink"}`}>{phase.title}</h4>
      </div>
      <div className="space-y-5 px-4 py-4">
        {phase.changes.length ? (
          <div className="space-y-2">
            {phase.changes.map((change) => (
              <FieldChangeView key={change.field} change={change} context={context} />
            ))}
          </div>
        ) : null}
        {changedSteps.length ? (
          <Sub title="Steps">
            <ol className="space-y-2">
              {changedSteps.map((step, index) => (
                <StepDiffView key={index} step={step} phaseContext={context} isFolded={isFolded} />
              ))}
            </ol>
            {unchangedSteps > 0 ? <p className="text-xs text-muted">{plural(unchangedSteps, "other step", "other steps")} unchanged.</p> : null}
          </Sub>
        ) : phase.status === "changed" ? (
          <p className="text-xs text-muted">Steps unchanged.</p>
        ) : null}
        {phase.status === "unchanged" ? <p className="text-sm text-muted">Moved; its content is unchanged.</p> : null}
        {phase.checklistItems.length ? (
          <Sub title="Checklist">
            <ListDiff items={phase.checklistItems} />
          </Sub>
        ) : null}
        {phase.successCriteria.length ? (
          <Sub title="Success criteria">
            <ListDiff items={phase.successCriteria} />
          </Sub>
        ) : null}
      </div>
    </li>
  );
}

/** isFolded: every script folded (a first version, where everything is new and the outline matters) */
function PhaseList({ title, phases, id, isFolded }: Readonly<{ title: string; phases: readonly TPhaseDiff[]; id: string; isFolded: boolean }>) {
  if (phases.length === 0) return null;
  const shown = phases.filter((p) => p.status !== "unchanged" || p.isMoved);
  const unchanged = phases.filter((p) => p.status === "unchanged" && !p.isMoved);
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h3 id={id} className="text-lg font-semibold tracking-tight">
        {title}
      </h3>
      {shown.length ? (
        <ol className="space-y-3">
          {shown.map((phase, index) => (
            <PhaseDiffView key={index} phase={phase} isFolded={isFolded} />
          ))}
        </ol>
      ) : null}
      {unchanged.length ? (
        <p className="text-sm text-muted">
          <span className="font-medium text-ink">Unchanged:</span> {unchanged.map((p) => `${p.toPosition}. ${p.title}`).join(" · ")}
        </p>
      ) : null}
    </section>
  );
}

export function VersionDiff({ diff, fromLabel, toLabel, isFirstVersion = false }: Readonly<Props>) {
  if (diff.isIdentical) {
    return (
      <EmptyState title="No differences">
        {toLabel} has the same phases, steps, checklists, criteria and sign-off sheet as {fromLabel}.
      </EmptyState>
    );
  }
  const main = diff.phases.filter((p) => p.procedure !== "ROLLBACK");
  const rollback = diff.phases.filter((p) => p.procedure === "ROLLBACK");
  return (
    <div className="space-y-6">
      {isFirstVersion ? <p className="text-sm text-muted">This will be the runbook&apos;s first version: everything in it is new.</p> : <Counts diff={diff} />}
      {diff.metadata.length ? (
        <section aria-labelledby="diff-details-title" className="space-y-3 rounded-lg border border-line bg-surface px-4 py-4">
          <h3 id="diff-details-title" className="text-lg font-semibold tracking-tight">
            Runbook details
          </h3>
          {diff.metadata.map((change) => (
            <FieldChangeView key={change.field} change={change} context="Runbook" />
          ))}
        </section>
      ) : null}
      <PhaseList title="Phases" phases={main} id="diff-phases-title" isFolded={isFirstVersion} />
      <PhaseList title="Rollback procedure" phases={rollback} id="diff-rollback-title" isFolded={isFirstVersion} />
      {diff.signoffSheet.length ? (
        <section aria-labelledby="diff-signoff-title" className="space-y-3">
          <h3 id="diff-signoff-title" className="text-lg font-semibold tracking-tight">
            Sign-off sheet
          </h3>
          <ListDiff items={diff.signoffSheet} />
        </section>
      ) : null}
    </div>
  );
}
