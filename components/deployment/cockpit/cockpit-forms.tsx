"use client";
// The cockpit's forms that open only on a click — a control's reason (roll back, abort, end as
// failed, …), a manual step's note, a waiver, a phase skipped — loaded by `import()` when the
// cockpit has rendered (cockpit-forms-lazy.tsx), not in the page's first load (issue 17). Each
// reports through the form state of the component that opened it (useCockpitForm): its error and
// busy state stay where they were shown before.
import { recordManualStepAction, skipPhaseAction, waiveStepAction } from "@/lib/actions/deployments";
import type { TActionResult } from "@/lib/actions/result";
import { InlineForm } from "./inline-form";

export type TPerform = <T>(call: () => Promise<TActionResult<T>>, after?: () => void) => Promise<void>;

type TTextProps = { value: string; onChange: (v: string) => void; isBusy: boolean; perform: TPerform; onDone: () => void; onCancel: () => void };

export type TControlAction = "start" | "pause" | "resume" | "abort" | "start_rollback" | "end_failed" | "fail_follow_up";

const REASON_LABELS: Readonly<Record<TControlAction, string>> = {
  start: "The pre-flight check fails. Why start anyway? (goes in the record)",
  pause: "Why pause?",
  resume: "Why resume?",
  start_rollback: "Why roll back? (goes in the record)",
  end_failed: "Why end it as failed? (goes in the record)",
  fail_follow_up: "What did the follow-up find? (goes in the record; the deployment stays succeeded, follow-up failed)",
  abort: "Why abort? (goes in the record)",
};

/** The reason a deployment control asks for; the control itself is run by the control bar. */
export function ControlReasonForm({
  action,
  label,
  value,
  onChange,
  isBusy,
  onSubmit,
  onCancel,
}: Readonly<{ action: TControlAction; label: string; value: string; onChange: (v: string) => void; isBusy: boolean; onSubmit: () => void; onCancel: () => void }>) {
  return (
    <InlineForm
      id={`control-${action}`}
      label={REASON_LABELS[action]}
      value={value}
      onChange={onChange}
      isBusy={isBusy}
      actions={[{ label: label.replace("…", ""), tone: "danger", onClick: onSubmit }]}
      onCancel={onCancel}
    />
  );
}

type TStepTarget = { deploymentId: string; phaseRunId: string; stepId: string };

export function ManualStepForm({
  deploymentId,
  phaseRunId,
  stepId,
  attempt,
  value,
  onChange,
  isBusy,
  perform,
  onDone,
  onCancel,
}: Readonly<TStepTarget & TTextProps & { attempt: number }>) {
  const record = (status: "SUCCEEDED" | "FAILED") => perform(() => recordManualStepAction({ deploymentId, phaseRunId, stepId, attempt, status, note: value }), onDone);
  return (
    <InlineForm
      id={`manual-${stepId}`}
      label="Note (what you did or saw)"
      value={value}
      onChange={onChange}
      isBusy={isBusy}
      actions={[
        { label: "Mark done", tone: "primary", onClick: () => record("SUCCEEDED") },
        { label: "Mark failed", tone: "danger", onClick: () => record("FAILED") },
      ]}
      onCancel={onCancel}
    />
  );
}

export function WaiveStepForm({ deploymentId, phaseRunId, stepId, value, onChange, isBusy, perform, onDone, onCancel }: Readonly<TStepTarget & TTextProps>) {
  return (
    <InlineForm
      id={`waive-${stepId}`}
      label="Why is this step waived?"
      value={value}
      onChange={onChange}
      isBusy={isBusy}
      actions={[{ label: "Waive step", tone: "danger", onClick: () => perform(() => waiveStepAction({ deploymentId, phaseRunId, stepId, reason: value }), onDone) }]}
      onCancel={onCancel}
    />
  );
}

export function SkipPhaseForm({
  deploymentId,
  phaseRunId,
  value,
  onChange,
  isBusy,
  perform,
  onDone,
  onCancel,
}: Readonly<{ deploymentId: string; phaseRunId: string } & TTextProps>) {
  return (
    <InlineForm
      id={`skip-${phaseRunId}`}
      label="Why is this phase skipped?"
      value={value}
      onChange={onChange}
      isBusy={isBusy}
      actions={[{ label: "Skip phase", tone: "danger", onClick: () => perform(() => skipPhaseAction({ deploymentId, phaseRunId, reason: value }), onDone) }]}
      onCancel={onCancel}
    />
  );
}
