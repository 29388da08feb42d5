"use client";
// The draft editor. Container: owns the working copy, checks it with the same zod schema the
// server uses (inline errors at once), sends the whole document with saveDraftAction, and shows
// the server's verdict — field errors by path (including SQL parse errors with line and column),
// or a conflict when someone else saved first. A refusal never clears what was typed (rule 9).
import { LintRulesSwitch } from "./lint-rules-switch";
import { useCallback, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { roleLabels } from "@/components/runbook/phase-labels";
import { SubmitButton } from "@/components/ui/form/form-controls";
import { formatClock } from "@/components/ui/format";
import { runAction } from "@/lib/actions/read-result";
import { saveDraftAction } from "@/lib/actions/runbook-drafts";
import { ROLES, type TRole } from "@/lib/auth/permissions";
import { RISK_LEVELS, validateDraftDocument, type TDraftDocument } from "@/lib/domain/runbook/draft";
import { draftFromEditorDoc, editorDocFromDraft, fieldId, moveItem, newKey, newPhase, type TEditorDoc, type TEditorPhase } from "./editor-state";
import { CheckboxInput, NumberInput, ReorderControls, SelectInput, SmallButton, TextArea, TextInput, type TErrors } from "./fields";
import { PhaseEditor } from "./phase-editor";

type Props = { runbookId: string; versionId: string; initial: TDraftDocument };

const riskLabels: Record<(typeof RISK_LEVELS)[number], string> = { LOW: "Low", MEDIUM: "Medium", HIGH: "High", CRITICAL: "Critical" };
const FIELD_NAMES: Record<string, string> = {
  sql: "SQL",
  boundStepIndex: "met by",
  commandArgv: "program and arguments",
  baselineKeyColumns: "key columns",
  httpUrl: "URL",
  httpExpectStatus: "expected status",
  statementTimeoutMs: "statement timeout",
  lockTimeoutMs: "lock timeout",
  lockRetries: "lock-timeout retries",
  outsideTransaction: "outside a transaction",
  fanOut: "target schemas",
  schemas: "schemas",
  query: "query",
  concurrency: "schemas at a time",
  onFailure: "when a schema fails",
  timeoutMs: "timeout",
  outputCapBytes: "output cap",
  backupKey: "backup key",
  backupTables: "tables",
  backupFilter: "row filter",
  backupMaxMb: "size limit",
  estimatedMinutes: "estimate",
  rollbackMinutes: "rollback time",
};

/** "phases.2.steps.0.sql" → "Phase 3 › Step 1 › SQL" in the person's words. */
function describePath(path: string, doc: TEditorDoc): string {
  const parts = path.split(".");
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = Number(parts[i + 1]);
    if (part === "phases" && Number.isInteger(next)) {
      const phase = doc.phases[next];
      const position = phase ? doc.phases.filter((p) => p.procedure === phase.procedure).indexOf(phase) + 1 : next + 1;
      words.push(`${phase?.procedure === "ROLLBACK" ? "Rollback phase" : "Phase"} ${position}`);
      i++;
    } else if (part === "steps" && Number.isInteger(next)) words.push(`Step ${next + 1}`), i++;
    else if (part === "checklistItems" && Number.isInteger(next)) words.push(`Checklist item ${next + 1}`), i++;
    else if (part === "successCriteria" && Number.isInteger(next)) words.push(`Criterion ${next + 1}`), i++;
    else if (part === "signoffSheet" && Number.isInteger(next)) words.push(`Sign-off line ${next + 1}`), i++;
    else words.push(FIELD_NAMES[part] ?? part);
  }
  const text = words.join(" › ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The element an error links to: the field itself, or the nearest one that exists. */
function targetIdFor(path: string): string {
  const parts = path.split(".");
  while (parts.length > 0) {
    const id = fieldId(parts.join("."));
    if (typeof document !== "undefined" && document.getElementById(id)) return id;
    parts.pop();
  }
  return fieldId(path);
}

export function DraftEditor({ runbookId, versionId, initial }: Readonly<Props>) {
  const [doc, setDoc] = useState<TEditorDoc>(() => editorDocFromDraft(initial));
  const [errors, setErrors] = useState<TErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isConflict, setIsConflict] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  // revision counts edits, so a save that returns after further typing does not mark them saved
  const [revision, setRevision] = useState(0);
  const [savedRevision, setSavedRevision] = useState(0);
  const isDirty = revision !== savedRevision;
  const summaryRef = useRef<HTMLDivElement>(null);

  const update = useCallback((change: (d: TEditorDoc) => TEditorDoc) => {
    setDoc(change);
    setRevision((r) => r + 1);
  }, []);
  const setField = <K extends keyof TEditorDoc>(key: K, value: TEditorDoc[K]) => update((d) => ({ ...d, [key]: value }));

  const save = useCallback(async () => {
    if (isPending) return;
    const payload = draftFromEditorDoc(doc);
    const sentRevision = revision;
    // the same schema as the server: most mistakes are shown without a round trip
    const local = validateDraftDocument(payload);
    if (!local.ok) {
      showErrors(local.fieldErrors, "Some fields need attention. Nothing was saved.");
      return;
    }
    setIsPending(true);
    const read = await runAction(() => saveDraftAction({ versionId, doc: payload }));
    setIsPending(false);
    if (read.isOk) {
      setErrors({});
      setFormError(null);
      setIsConflict(false);
      setDoc((d) => ({ ...d, lockVersion: read.data.lockVersion }));
      setSavedRevision(sentRevision);
      setSavedAt(new Date());
      return;
    }
    setIsConflict(read.code === "CONFLICT");
    showErrors(read.fieldErrors, read.formError);
  }, [doc, isPending, revision, versionId]);

  function showErrors(fieldErrors: Record<string, string[]>, message: string | null) {
    setErrors(fieldErrors);
    setFormError(message);
    // open the phases that hold errors, so every linked field can be reached
    const withErrors = new Set(Object.keys(fieldErrors).flatMap((k) => (/^phases\.(\d+)/.exec(k) ? [doc.phases[Number(/^phases\.(\d+)/.exec(k)![1])]?.key ?? ""] : [])));
    setExpanded((e) => new Set([...e, ...withErrors]));
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  // Ctrl/Cmd+S saves the whole document
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void save();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [save]);

  // leaving with unsaved changes asks first
  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    // a link (the navigation, "Review and publish →") navigates inside the app, where beforeunload
    // never fires: asked here, in the capture phase, before Next's Link handles the click
    const onLinkClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      if (url.pathname === window.location.pathname && url.hash) return;
      if (!window.confirm("This draft has unsaved changes. Leave without saving them?")) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onLinkClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onLinkClick, true);
    };
  }, [isDirty]);

  const toggle = (key: string) => setExpanded((e) => (e.has(key) ? new Set([...e].filter((k) => k !== key)) : new Set([...e, key])));

  function addPhase(procedure: "MAIN" | "ROLLBACK") {
    const phase = newPhase(procedure);
    update((d) => {
      const main = d.phases.filter((p) => p.procedure === "MAIN");
      const rollback = d.phases.filter((p) => p.procedure === "ROLLBACK");
      return { ...d, phases: procedure === "MAIN" ? [...main, phase, ...rollback] : [...main, ...rollback, phase] };
    });
    setExpanded((e) => new Set([...e, phase.key]));
    // the new phase's index in the document: main phases come first, the rollback procedure after
    const docIndex = procedure === "MAIN" ? doc.phases.filter((p) => p.procedure === "MAIN").length : doc.phases.length;
    requestAnimationFrame(() => document.getElementById(fieldId(`phases.${docIndex}.title`))?.focus());
  }

  function movePhase(procedure: "MAIN" | "ROLLBACK", index: number, by: -1 | 1) {
    update((d) => {
      const main = d.phases.filter((p) => p.procedure === "MAIN");
      const rollback = d.phases.filter((p) => p.procedure === "ROLLBACK");
      return { ...d, phases: procedure === "MAIN" ? [...moveItem(main, index, by), ...rollback] : [...main, ...moveItem(rollback, index, by)] };
    });
  }

  const changePhase = (key: string, phase: TEditorPhase) => update((d) => ({ ...d, phases: d.phases.map((p) => (p.key === key ? phase : p)) }));
  const deletePhase = (key: string) => update((d) => ({ ...d, phases: d.phases.filter((p) => p.key !== key) }));

  const errorEntries = Object.entries(errors).filter(([k]) => k !== "_form");

  function renderProcedure(procedure: "MAIN" | "ROLLBACK") {
    const phases = doc.phases.map((phase, docIndex) => ({ phase, docIndex })).filter(({ phase }) => phase.procedure === procedure);
    return (
      <>
        {phases.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line-strong bg-surface px-4 py-6 text-center text-sm text-muted">
            {procedure === "MAIN" ? "No phases yet. Add the first phase of the runbook." : "No rollback procedure. A failure under a roll-back policy would have nothing to run."}
          </p>
        ) : null}
        <ol className="space-y-3">
          {phases.map(({ phase, docIndex }, index) => (
            <PhaseEditor
              key={phase.key}
              phase={phase}
              docIndex={docIndex}
              index={index}
              count={phases.length}
              isExpanded={expanded.has(phase.key)}
              errors={errors}
              onToggle={() => toggle(phase.key)}
              onChange={(p) => changePhase(phase.key, p)}
              onMove={(by) => movePhase(procedure, index, by)}
              onDelete={() => deletePhase(phase.key)}
            />
          ))}
        </ol>
        <SmallButton onClick={() => addPhase(procedure)}>{procedure === "MAIN" ? "+ Add phase" : "+ Add rollback phase"}</SmallButton>
      </>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      className="space-y-8"
    >
      <div className="sticky top-0 z-10 -mx-2 flex flex-wrap items-center gap-3 border-b border-line bg-canvas/95 px-2 py-3 backdrop-blur">
        <SubmitButton isPending={isPending} pendingLabel="Saving…">
          Save draft
        </SubmitButton>
        <span role="status" className="text-sm text-muted">
          {isDirty ? <span className="font-medium text-warn-ink">● Unsaved changes</span> : savedAt ? <>✓ Saved at {formatClock(savedAt)}</> : "No changes yet"}
        </span>
        <span className="text-xs text-faint">Ctrl/⌘ + S saves</span>
        <Link href={`/runbooks/${runbookId}/draft/review`} className="ml-auto text-sm font-medium text-accent-ink hover:underline">
          Review and publish →
        </Link>
      </div>

      {formError || errorEntries.length ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="space-y-2 rounded-md border border-bad-line bg-bad px-4 py-3 text-sm text-bad-ink focus:outline-none">
          <p className="font-semibold">
            <span aria-hidden="true">! </span>
            {formError ?? "Some fields need attention."}
          </p>
          {isConflict ? (
            <button
              type="button"
              onClick={() => {
                setSavedRevision(revision); // the person chose to drop their copy
                window.location.reload();
              }}
              className="rounded border border-bad-line bg-surface px-2 py-0.5 text-xs font-medium text-ink"
            >
              Reload and discard my changes
            </button>
          ) : null}
          {errorEntries.length ? (
            <ul className="list-disc space-y-0.5 pl-5">
              {errorEntries.map(([path, messages]) => (
                <li key={path}>
                  <a
                    href={`#${fieldId(path)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      const el = document.getElementById(targetIdFor(path));
                      el?.scrollIntoView({ block: "center" });
                      el?.focus();
                    }}
                    className="font-medium underline"
                  >
                    {describePath(path, doc)}
                  </a>
                  : {messages.join(" ")}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="draft-details-title" className="space-y-4 rounded-lg border border-line bg-surface p-5 shadow-xs">
        <h2 id="draft-details-title" className="text-lg font-semibold tracking-tight">
          Runbook
        </h2>
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_12rem]">
          <TextInput path="title" label="Title" errors={errors} value={doc.title} onChange={(v) => setField("title", v)} />
          <SelectInput
            path="riskLevel"
            label="Risk level"
            errors={errors}
            value={doc.riskLevel}
            onChange={(v) => setField("riskLevel", v)}
            options={RISK_LEVELS.map((r) => ({ value: r, label: riskLabels[r] }))}
          />
        </div>
        <TextArea path="summary" label="Summary" errors={errors} value={doc.summary} onChange={(v) => setField("summary", v)} rows={3} />
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberInput
            path="estimatedMinutes"
            label="Estimated duration (minutes)"
            errors={errors}
            value={doc.estimatedMinutes}
            onChange={(v) => setField("estimatedMinutes", v)}
            min={0}
          />
          <NumberInput
            path="rollbackMinutes"
            label="Rollback time (minutes)"
            errors={errors}
            value={doc.rollbackMinutes}
            onChange={(v) => setField("rollbackMinutes", v)}
            min={0}
          />
        </div>
        <CheckboxInput
          path="requireSeparationOfDuties"
          label="Separation of duties"
          errors={errors}
          value={doc.requireSeparationOfDuties}
          onChange={(v) => setField("requireSeparationOfDuties", v)}
          hint="Whoever ran a phase's SQL cannot be its only DBA approver."
        />
        <LintRulesSwitch disabled={doc.disabledLintRules} onChange={(v) => setField("disabledLintRules", v)} />
        <TextArea
          path="preamble"
          label="Preamble"
          errors={errors}
          value={doc.preamble}
          onChange={(v) => setField("preamble", v)}
          rows={4}
          hint="Overview, contacts and appendices that belong to no phase (Markdown)."
        />
      </section>

      <section aria-labelledby="draft-phases-title" className="space-y-3">
        <h2 id="draft-phases-title" className="text-xl font-semibold tracking-tight">
          Phases
        </h2>
        {renderProcedure("MAIN")}
      </section>

      <section aria-labelledby="draft-rollback-title" className="space-y-3">
        <h2 id="draft-rollback-title" className="text-xl font-semibold tracking-tight">
          Rollback procedure
        </h2>
        {renderProcedure("ROLLBACK")}
      </section>

      <section aria-labelledby="draft-sheet-title" className="space-y-3">
        <h2 id="draft-sheet-title" className="text-xl font-semibold tracking-tight">
          Sign-off sheet
        </h2>
        {doc.signoffSheet.length === 0 ? <p className="text-sm text-muted">No lines: the deployment ends without a final sign-off sheet.</p> : null}
        <ol className="space-y-2">
          {doc.signoffSheet.map((line, i) => (
            <li key={line.key} className="flex flex-wrap items-end gap-2">
              <TextInput
                path={`signoffSheet.${i}.label`}
                label={`Line ${i + 1}`}
                errors={errors}
                value={line.label}
                onChange={(v) =>
                  setField(
                    "signoffSheet",
                    doc.signoffSheet.map((x) => (x.key === line.key ? { ...x, label: v } : x)),
                  )
                }
                className="min-w-60 flex-1"
              />
              <SelectInput<TRole | "ANY">
                path={`signoffSheet.${i}.role`}
                label="Signed by"
                errors={errors}
                value={line.role ?? "ANY"}
                onChange={(v) =>
                  setField(
                    "signoffSheet",
                    doc.signoffSheet.map((x) => (x.key === line.key ? { ...x, role: v === "ANY" ? null : v } : x)),
                  )
                }
                options={[{ value: "ANY", label: "Anyone who took part" }, ...ROLES.map((r) => ({ value: r, label: roleLabels[r] }))]}
                className="w-56"
              />
              <div className="pb-1.5">
                <ReorderControls
                  name={`sign-off line ${i + 1}`}
                  index={i}
                  count={doc.signoffSheet.length}
                  onMove={(by) => setField("signoffSheet", moveItem(doc.signoffSheet, i, by))}
                  onDelete={() =>
                    setField(
                      "signoffSheet",
                      doc.signoffSheet.filter((x) => x.key !== line.key),
                    )
                  }
                />
              </div>
            </li>
          ))}
        </ol>
        <SmallButton onClick={() => setField("signoffSheet", [...doc.signoffSheet, { key: newKey(), label: "", role: null }])}>+ Add sign-off line</SmallButton>
      </section>
    </form>
  );
}
