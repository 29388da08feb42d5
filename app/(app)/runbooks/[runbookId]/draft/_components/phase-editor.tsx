// One phase in the editor: its fields, steps, checklist, success criteria and sign-offs.
// Presentational: the container owns the document; deleting asks for confirmation here.
import { useState } from "react";
import { stepKindLabels } from "@/components/runbook/describe-step";
import { failurePolicyLabels, roleLabels } from "@/components/runbook/phase-labels";
import { ROLES } from "@/lib/auth/permissions";
import { FAILURE_POLICIES, STEP_KINDS, isCheckStepKind, type TStepKind } from "@/lib/domain/runbook/draft";
import { fieldId, moveItem, newKey, newStep, type TEditorPhase } from "./editor-state";
import { CheckboxInput, NumberInput, ReorderControls, SelectInput, SmallButton, TextArea, TextInput, errorsAt, type TErrors } from "./fields";
import { StepEditor } from "./step-editor";

type Props = {
  phase: TEditorPhase;
  /** index in the document's phases (error paths use it) */
  docIndex: number;
  /** position within its procedure, from 0 */
  index: number;
  count: number;
  isExpanded: boolean;
  errors: TErrors;
  onToggle: () => void;
  onChange: (phase: TEditorPhase) => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
};

export function PhaseEditor({ phase, docIndex, index, count, isExpanded, errors, onToggle, onChange, onMove, onDelete }: Readonly<Props>) {
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const [newStepKind, setNewStepKind] = useState<TStepKind>("MANUAL");
  const path = `phases.${docIndex}`;
  const at = (field: string) => `${path}.${field}`;
  const noun = phase.procedure === "ROLLBACK" ? "rollback phase" : "phase";
  const name = `${noun} ${index + 1}`;
  const set = <K extends keyof TEditorPhase>(key: K, value: TEditorPhase[K]) => onChange({ ...phase, [key]: value });
  const errorCount = Object.keys(errors).filter((k) => k === path || k.startsWith(`${path}.`)).length;
  const panelId = `${fieldId(path)}-panel`;

  function deleteStep(key: string) {
    onChange({
      ...phase,
      steps: phase.steps.filter((s) => s.key !== key),
      // a criterion proved by the deleted step becomes a manual one, never bound to another step
      successCriteria: phase.successCriteria.map((c) => (c.boundStepKey === key ? { ...c, boundStepKey: null } : c)),
    });
  }

  const checkSteps = phase.steps.map((s, i) => ({ step: s, i })).filter(({ step }) => isCheckStepKind(step.kind));

  return (
    <li className="rounded-lg border border-line bg-surface shadow-xs" aria-label={`${noun === "phase" ? "Phase" : "Rollback phase"} ${index + 1}: ${phase.title || "untitled"}`}>
      <div className="flex flex-wrap items-center gap-2 px-4 py-3">
        <button
          type="button"
          onClick={onToggle}
          aria-expanded={isExpanded}
          aria-controls={panelId}
          className="flex min-w-0 flex-1 items-center gap-2 text-left focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        >
          <span aria-hidden="true" className={`text-muted transition-transform ${isExpanded ? "rotate-90" : ""}`}>
            ▸
          </span>
          <span className="text-sm font-medium text-muted">
            {noun === "phase" ? "Phase" : "Rollback phase"} {index + 1}
          </span>
          <span className="truncate font-semibold text-ink">{phase.title || <span className="font-normal italic text-faint">untitled</span>}</span>
          <span className="text-xs text-muted">
            · {phase.steps.length} {phase.steps.length === 1 ? "step" : "steps"}
          </span>
          {errorCount > 0 ? <span className="rounded border border-bad-line bg-bad px-1.5 text-xs font-medium text-bad-ink">! {errorCount} to fix</span> : null}
        </button>
        <ReorderControls name={name} index={index} count={count} onMove={onMove} onDelete={() => setIsConfirmingDelete(true)} />
      </div>

      {isConfirmingDelete ? (
        <div
          role="alertdialog"
          aria-label={`Delete ${name}?`}
          className="mx-4 mb-3 flex flex-wrap items-center gap-2 rounded-md border border-bad-line bg-bad px-3 py-2 text-sm text-bad-ink"
        >
          <span className="flex-1">
            Delete {name} “{phase.title || "untitled"}” with its {phase.steps.length} steps, checklist and criteria? It is gone from the draft when you save.
          </span>
          <SmallButton tone="danger" onClick={onDelete}>
            Delete {name}
          </SmallButton>
          <SmallButton onClick={() => setIsConfirmingDelete(false)}>Keep it</SmallButton>
        </div>
      ) : null}

      <div id={panelId} hidden={!isExpanded} className="space-y-5 border-t border-line px-4 py-4">
        <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_10rem]">
          <TextInput path={at("title")} label="Phase title" errors={errors} value={phase.title} onChange={(v) => set("title", v)} />
          <NumberInput
            path={at("estimatedMinutes")}
            label="Estimate (minutes)"
            errors={errors}
            value={phase.estimatedMinutes}
            onChange={(v) => set("estimatedMinutes", v)}
            min={0}
          />
        </div>
        <TextArea path={at("objective")} label="Objective" errors={errors} value={phase.objective} onChange={(v) => set("objective", v)} rows={2} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectInput
            path={at("failurePolicy")}
            label="If it fails"
            errors={errors}
            value={phase.failurePolicy}
            onChange={(v) => set("failurePolicy", v)}
            options={FAILURE_POLICIES.map((p) => ({ value: p, label: `${failurePolicyLabels[p].label} — ${failurePolicyLabels[p].help}` }))}
          />
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium text-ink">Sign-off required from</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1 pt-1">
              {ROLES.map((role) => {
                const id = `${fieldId(at("requiredSignoffRoles"))}-${role.toLowerCase()}`;
                return (
                  <span key={role} className="flex items-center gap-1.5">
                    <input
                      id={id}
                      type="checkbox"
                      checked={phase.requiredSignoffRoles.includes(role)}
                      onChange={(e) =>
                        set(
                          "requiredSignoffRoles",
                          ROLES.filter((r) => (r === role ? e.target.checked : phase.requiredSignoffRoles.includes(r))),
                        )
                      }
                      className="size-4 accent-[var(--accent)]"
                    />
                    <label htmlFor={id} className="text-sm text-ink">
                      {roleLabels[role]}
                    </label>
                  </span>
                );
              })}
            </div>
            {errorsAt(errors, at("requiredSignoffRoles"), true).map((m) => (
              <p key={m} className="text-xs font-medium text-bad-ink">
                ! {m}
              </p>
            ))}
          </fieldset>
        </div>
        <CheckboxInput
          path={at("isPointOfNoReturn")}
          label="Point of no return"
          errors={errors}
          value={phase.isPointOfNoReturn}
          onChange={(v) => set("isPointOfNoReturn", v)}
          hint="Before it starts, the lead confirms by typing the deployment's name; on production a DBA approves first."
        />
        {phase.procedure === "MAIN" || phase.followUpOffsetMinutes !== null ? (
          <NumberInput
            path={at("followUpOffsetMinutes")}
            label="Follow-up: minutes after the main phases finish"
            errors={errors}
            value={phase.followUpOffsetMinutes}
            onChange={(v) => set("followUpOffsetMinutes", v)}
            min={1}
            className="max-w-sm"
            hint="Empty: a main phase. A number (240 = 4 h, 1440 = 24 h) makes it a follow-up: the deployment succeeds without it, and it falls due that long after. Follow-ups come after every main phase."
          />
        ) : null}

        <section aria-label={`Steps of ${name}`} className="space-y-2">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Steps</h4>
          {errorsAt(errors, at("steps")).map((m) => (
            <p key={m} className="text-xs font-medium text-bad-ink">
              ! {m}
            </p>
          ))}
          {phase.steps.length === 0 ? <p className="text-sm text-muted">No steps yet. Choose a kind below and add one.</p> : null}
          <ol className="space-y-3">
            {phase.steps.map((step, i) => (
              <StepEditor
                key={step.key}
                step={step}
                path={at(`steps.${i}`)}
                name={`step ${i + 1} of ${name}`}
                index={i}
                count={phase.steps.length}
                errors={errors}
                onChange={(s) =>
                  set(
                    "steps",
                    phase.steps.map((x) => (x.key === step.key ? s : x)),
                  )
                }
                onMove={(by) => set("steps", moveItem(phase.steps, i, by))}
                onDelete={() => deleteStep(step.key)}
              />
            ))}
          </ol>
          <div className="flex flex-wrap items-end gap-2">
            <SelectInput
              path={`${at("newStepKind")}`}
              label={`Kind of the new step in ${name}`}
              errors={{}}
              value={newStepKind}
              onChange={setNewStepKind}
              options={STEP_KINDS.map((k) => ({ value: k, label: stepKindLabels[k] }))}
            />
            <SmallButton onClick={() => set("steps", [...phase.steps, newStep(newStepKind)])}>+ Add step</SmallButton>
          </div>
        </section>

        <section aria-label={`Checklist of ${name}`} className="space-y-2">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Checklist</h4>
          {phase.checklistItems.length === 0 ? <p className="text-sm text-muted">No checklist items.</p> : null}
          <ul className="space-y-2">
            {phase.checklistItems.map((item, i) => (
              <li key={item.key} className="flex flex-wrap items-end gap-2">
                <TextInput
                  path={at(`checklistItems.${i}.text`)}
                  label={`Checklist item ${i + 1}`}
                  errors={errors}
                  value={item.text}
                  onChange={(v) =>
                    set(
                      "checklistItems",
                      phase.checklistItems.map((x) => (x.key === item.key ? { ...x, text: v } : x)),
                    )
                  }
                  className="min-w-60 flex-1"
                />
                <label className="flex items-center gap-1.5 pb-1.5 text-sm text-ink">
                  <input
                    type="checkbox"
                    checked={item.isRequired}
                    onChange={(e) =>
                      set(
                        "checklistItems",
                        phase.checklistItems.map((x) => (x.key === item.key ? { ...x, isRequired: e.target.checked } : x)),
                      )
                    }
                    className="size-4 accent-[var(--accent)]"
                  />
                  Required
                </label>
                <div className="pb-1.5">
                  <ReorderControls
                    name={`checklist item ${i + 1} of ${name}`}
                    index={i}
                    count={phase.checklistItems.length}
                    onMove={(by) => set("checklistItems", moveItem(phase.checklistItems, i, by))}
                    onDelete={() =>
                      set(
                        "checklistItems",
                        phase.checklistItems.filter((x) => x.key !== item.key),
                      )
                    }
                  />
                </div>
              </li>
            ))}
          </ul>
          <SmallButton onClick={() => set("checklistItems", [...phase.checklistItems, { key: newKey(), text: "", isRequired: true }])}>+ Add checklist item</SmallButton>
        </section>

        <section aria-label={`Success criteria of ${name}`} className="space-y-2">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Success criteria</h4>
          {phase.successCriteria.length === 0 ? <p className="text-sm text-muted">No success criteria.</p> : null}
          <ul className="space-y-2">
            {phase.successCriteria.map((criterion, i) => {
              const boundIndex = criterion.boundStepKey ? phase.steps.findIndex((s) => s.key === criterion.boundStepKey) : -1;
              return (
                <li key={criterion.key} className="flex flex-wrap items-end gap-2">
                  <TextInput
                    path={at(`successCriteria.${i}.text`)}
                    label={`Criterion ${i + 1}`}
                    errors={errors}
                    value={criterion.text}
                    onChange={(v) =>
                      set(
                        "successCriteria",
                        phase.successCriteria.map((x) => (x.key === criterion.key ? { ...x, text: v } : x)),
                      )
                    }
                    className="min-w-60 flex-1"
                  />
                  <SelectInput
                    path={at(`successCriteria.${i}.boundStepIndex`)}
                    label="Met by"
                    errors={errors}
                    value={boundIndex === -1 ? "manual" : criterion.boundStepKey!}
                    onChange={(v) =>
                      set(
                        "successCriteria",
                        phase.successCriteria.map((x) => (x.key === criterion.key ? { ...x, boundStepKey: v === "manual" ? null : v } : x)),
                      )
                    }
                    options={[
                      { value: "manual", label: "Met manually, with evidence" },
                      ...checkSteps.map(({ step, i: s }) => ({ value: step.key, label: `Proved by step ${s + 1}: ${step.title || stepKindLabels[step.kind]}` })),
                    ]}
                    className="w-72"
                  />
                  <div className="pb-1.5">
                    <ReorderControls
                      name={`criterion ${i + 1} of ${name}`}
                      index={i}
                      count={phase.successCriteria.length}
                      onMove={(by) => set("successCriteria", moveItem(phase.successCriteria, i, by))}
                      onDelete={() =>
                        set(
                          "successCriteria",
                          phase.successCriteria.filter((x) => x.key !== criterion.key),
                        )
                      }
                    />
                  </div>
                </li>
              );
            })}
          </ul>
          <SmallButton onClick={() => set("successCriteria", [...phase.successCriteria, { key: newKey(), text: "", boundStepKey: null }])}>+ Add criterion</SmallButton>
        </section>

        <TextArea
          path={at("notes")}
          label="Notes"
          errors={errors}
          value={phase.notes}
          onChange={(v) => set("notes", v)}
          rows={2}
          hint="Anything else about this phase (imported text that fits no field is kept here)."
        />
      </div>
    </li>
  );
}
