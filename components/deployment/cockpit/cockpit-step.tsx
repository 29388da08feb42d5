"use client";
// One step of the current phase: what it does, its attempts, and what the viewer may do with it
// now — Run / Retry / Rehearse, Mark done / failed (manual), Waive, Reconcile (interrupted).
// Typed notes and reasons live in this component's state: the second-by-second refresh of the
// data never touches them (PRODUCT.md "Live work").
import { stepNumberPrefix } from "@/lib/domain/deployment/record-labels";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { CodeBlock } from "@/components/ui/code-block";
import { TextBlock } from "@/components/ui/text-block";
import { primaryButtonClass, secondaryButtonClass, smallButton } from "@/components/ui/button-classes";
import { stepKindLabels } from "@/components/runbook/describe-step";
import { describeStepSettings } from "./describe-step-settings";
import { reconcileStepRunAction, startStepRunAction } from "@/lib/actions/deployments";
import type { TCockpitStep } from "@/lib/domain/deployment/live-view";
import type { TStepOffers } from "@/lib/domain/deployment/available-actions";
import { StepRunView } from "./step-run-view";
import { useCockpitForm } from "./use-cockpit";
import { ActionError } from "@/components/ui/action-error";
import { BackupEstimate } from "@/components/deployment/backup-estimates";
import { InlineForm } from "./inline-form";
import { ManualStepForm, WaiveStepForm } from "./cockpit-forms-lazy";

type Props = {
  deploymentId: string;
  phaseRunId: string;
  step: TCockpitStep;
  /** what the viewer may do with this step now: the server's answer (issue 10); absent: nothing */
  offers: TStepOffers | undefined;
  index: number;
  isCommandsEnabled: boolean;
  now: number;
};

type TOpen = null | "waive" | "manual" | "reconcile";

export function CockpitStep({ deploymentId, phaseRunId, step, offers, index, isCommandsEnabled, now }: Readonly<Props>) {
  const { perform, error, isBusy } = useCockpitForm(deploymentId);
  const [open, setOpen] = useState<TOpen>(null);
  const [text, setText] = useState("");

  const realRuns = step.runs.filter((r) => r.mode === "RUN");
  const latest = realRuns[realRuns.length - 1] ?? null;
  const latestRehearsal = step.runs.filter((r) => r.mode === "REHEARSAL").at(-1) ?? null;
  const isRunning = step.runs.some((r) => r.status === "RUNNING" || r.status === "QUEUED");
  const isCommandBlocked = step.kind === "COMMAND" && !isCommandsEnabled;
  const title = `"${step.title}"`;

  const closeForm = () => {
    setOpen(null);
    setText("");
  };

  const runAttempt = offers?.run.attempt ?? step.nextRunAttempt;
  const runLabel = !latest ? "Run" : latest.status === "FAILED" ? `Retry (attempt ${runAttempt})` : `Run again (attempt ${runAttempt})`;

  return (
    <li className="min-w-0 rounded-lg border border-line bg-surface p-3 sm:p-4" aria-label={`Step ${index + 1}: ${step.title}`} data-kind={step.kind}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h4 className="text-base font-semibold break-words">
            {stepNumberPrefix(index + 1, step.title) ? <span className="mr-2 text-muted tabular-nums">{stepNumberPrefix(index + 1, step.title)}</span> : null}
            {step.title}
          </h4>
          <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
            <Badge tone="outline">{stepKindLabels[step.kind]}</Badge>
            <span>{describeStepSettings(step)}</span>
            {step.waiver ? (
              <Badge tone="warn" icon="»">
                Waived
              </Badge>
            ) : null}
            {isCommandBlocked ? <Badge tone="idle">Commands disabled on this server</Badge> : null}
          </div>
          {step.kind === "BACKUP" && latest?.status !== "SUCCEEDED" ? <BackupEstimate stepId={step.id} /> : null}
        </div>
        <div className="flex flex-wrap gap-2">
          {offers?.run.ok ? (
            <button
              type="button"
              className={`${latest?.status === "SUCCEEDED" ? secondaryButtonClass : primaryButtonClass} ${smallButton}`}
              disabled={isBusy}
              aria-label={`${runLabel} ${title}`}
              onClick={() => perform(() => startStepRunAction({ deploymentId, phaseRunId, stepId: step.id, mode: "RUN", attempt: runAttempt }))}
            >
              {runLabel}
            </button>
          ) : null}
          {offers?.rehearse.ok ? (
            <button
              type="button"
              className={`${secondaryButtonClass} ${smallButton}`}
              disabled={isBusy}
              aria-label={`Rehearse ${title}`}
              onClick={() => perform(() => startStepRunAction({ deploymentId, phaseRunId, stepId: step.id, mode: "REHEARSAL", attempt: offers.rehearse.attempt }))}
            >
              Rehearse
            </button>
          ) : null}
          {offers?.record.ok && latest?.status !== "SUCCEEDED" ? (
            <button
              type="button"
              className={`${primaryButtonClass} ${smallButton}`}
              aria-label={`Record ${title}`}
              aria-expanded={open === "manual"}
              onClick={() => setOpen(open === "manual" ? null : "manual")}
            >
              Record…
            </button>
          ) : null}
          {offers?.waive.ok ? (
            <button
              type="button"
              className={`${secondaryButtonClass} ${smallButton}`}
              aria-label={`Waive ${title}`}
              aria-expanded={open === "waive"}
              onClick={() => setOpen(open === "waive" ? null : "waive")}
            >
              Waive…
            </button>
          ) : null}
        </div>
      </div>

      {step.instructions ? (
        <div className="mt-2 max-w-prose text-sm">
          <TextBlock text={step.instructions} label={`Step ${index + 1} instructions`} />
        </div>
      ) : null}
      {step.sql ? (
        <details className="mt-2" open={!latest}>
          <summary className="cursor-pointer text-xs font-medium text-muted">{step.kind === "SQL" ? "SQL script" : "Query"}</summary>
          <div className="mt-1">
            <CodeBlock code={step.sql} language="sql" label={`SQL of step ${index + 1}`} maxHeightClass="max-h-72" />
          </div>
        </details>
      ) : null}
      {step.kind === "COMMAND" && step.commandArgv.length ? (
        <p className="mt-2 font-mono text-[0.8125rem]">{step.commandArgv.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(" ")}</p>
      ) : null}

      {step.waiver ? (
        <p className="mt-2 rounded border border-warn-line bg-warn px-3 py-2 text-sm text-warn-ink">
          Waived by {step.waiver.by.name}: {step.waiver.reason}
        </p>
      ) : null}

      <ActionError message={error} className="mt-3" />

      {open === "manual" ? (
        <ManualStepForm
          deploymentId={deploymentId}
          phaseRunId={phaseRunId}
          stepId={step.id}
          attempt={runAttempt}
          value={text}
          onChange={setText}
          isBusy={isBusy}
          perform={perform}
          onDone={closeForm}
          onCancel={closeForm}
        />
      ) : null}
      {open === "waive" ? (
        <WaiveStepForm
          deploymentId={deploymentId}
          phaseRunId={phaseRunId}
          stepId={step.id}
          value={text}
          onChange={setText}
          isBusy={isBusy}
          perform={perform}
          onDone={closeForm}
          onCancel={closeForm}
        />
      ) : null}
      {latest?.status === "INTERRUPTED" && offers?.reconcile?.ok ? (
        <div className="mt-3 rounded-md border border-warn-line bg-warn p-3 text-sm text-warn-ink">
          <p className="font-semibold">Attempt {latest.attempt} was interrupted: its worker stopped answering while it ran.</p>
          <p>It is never re-run by itself. Check the target, then record what you found.</p>
          {latest.late ? (
            <p className="mt-1">
              <span className="font-semibold">Reported later by its worker:</span> it {latest.late.status === "SUCCEEDED" ? "succeeded" : "failed"}
              {latest.late.at ? ` at ${new Date(latest.late.at).toISOString().slice(11, 19)} UTC` : ""}
              {latest.late.errorMessage ? ` — ${latest.late.errorMessage}` : ""}. Check the target to confirm.
            </p>
          ) : null}
          <InlineForm
            id={`reconcile-${latest.id}`}
            label="What did you check on the target?"
            value={text}
            onChange={setText}
            isBusy={isBusy}
            actions={[
              {
                label: "It succeeded",
                tone: "primary",
                onClick: () => perform(() => reconcileStepRunAction({ deploymentId, stepRunId: latest.id, status: "SUCCEEDED", note: text }), closeForm),
              },
              {
                label: "It failed",
                tone: "danger",
                onClick: () => perform(() => reconcileStepRunAction({ deploymentId, stepRunId: latest.id, status: "FAILED", note: text }), closeForm),
              },
            ]}
          />
        </div>
      ) : null}

      {latest || latestRehearsal ? (
        <div className="mt-3 space-y-2">
          {latest ? <StepRunView run={latest} label={`Step ${index + 1}`} now={now} /> : null}
          {latestRehearsal && (!latest || latestRehearsal.startedAt! > latest.startedAt!) ? (
            <StepRunView run={latestRehearsal} label={`Step ${index + 1} rehearsal`} now={now} />
          ) : null}
          {step.runs.length > 1 ? <EarlierRuns runs={step.runs.filter((r) => r !== latest && r !== latestRehearsal)} label={`Step ${index + 1}`} now={now} /> : null}
        </div>
      ) : null}
    </li>
  );
}

function EarlierRuns({ runs, label, now }: Readonly<{ runs: TCockpitStep["runs"]; label: string; now: number }>) {
  if (!runs.length) return null;
  return (
    <details>
      <summary className="cursor-pointer text-xs font-medium text-muted">Earlier attempts ({runs.length})</summary>
      <div className="mt-2 space-y-2">
        {runs.map((r) => (
          <StepRunView key={r.id} run={r} label={label} now={now} />
        ))}
      </div>
    </details>
  );
}
