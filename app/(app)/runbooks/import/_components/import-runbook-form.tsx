"use client";
// The import page's container: owns the text (pasted, or read from a file in the browser), asks
// the server for a preview, lets the lead move items of a phase between checklist, criteria, steps
// and notes (issue 16 item 3), and saves the previewed structure as arranged. Every refusal is
// shown inline and keeps the text and the arrangement as they were (PRODUCT.md rule 9); only a
// successful save leaves the page.
import { useId, useMemo, useRef, useState, type ChangeEvent } from "react";
import { useRouter } from "next/navigation";
import { importRunbookAction, previewRunbookImportAction, type TImportPreview } from "@/lib/actions/runbook-import";
import { firstFieldError, runAction, type TReadResult } from "@/lib/actions/read-result";
import { byteLengthOf, importSizeMessage, MAX_IMPORT_BYTES } from "@/lib/domain/markdown/import-input";
import { formatBytes } from "@/components/runbook/describe-step";
import { FieldError, FormFeedback, SubmitButton } from "@/components/ui/form/form-controls";
import {
  arrangeImportPhase,
  IMPORT_PLACE_LABELS,
  moveImportItem,
  splitImportPhase,
  phasesOf,
  type TImportItemRef,
  type TImportPhaseRef,
  type TImportPlace,
  type TPhaseArrangement,
} from "@/lib/domain/markdown/arrange-import";
import type { TParsedRunbook, TParsedStep } from "@/lib/domain/markdown/types";
import type { TLintFinding } from "@/lib/domain/sql/lint-sql";
import { ImportPreview } from "./import-preview";

type TErrors = Pick<TReadResult<unknown>, "fieldErrors" | "formError">;
const NO_ERRORS: TErrors = { fieldErrors: {}, formError: null };
const ACCEPT = ".md,.markdown,.txt,text/markdown,text/plain";

type TPending = "read" | "preview" | "save" | null;

/**
 * The preview's structure as the lead arranged it, and what the last move did. `layout` counts the
 * phase arrangements (the phases' boxes are drawn anew after each); `arrangedPhase` is where the
 * last one put a phase's content.
 */
type TArrangement = {
  runbook: TParsedRunbook;
  moveCount: number;
  focusTarget: TImportItemRef | null;
  arrangedPhase: TImportPhaseRef | null;
  layout: number;
  announcement: string;
};
const arrangementOf = (runbook: TParsedRunbook): TArrangement => ({ runbook, moveCount: 0, focusTarget: null, arrangedPhase: null, layout: 0, announcement: "" });
const phaseName = (runbook: TParsedRunbook, at: TImportPhaseRef) =>
  `${at.procedure === "main" ? "phase" : "rollback phase"} ${at.phase + 1} “${phasesOf(runbook, at.procedure)[at.phase]?.title ?? ""}”`;

/** The arrangement after whole phases changed: one more move, the phases' boxes new, the focus on the phase at `at`. */
const phasesArranged = (before: TArrangement, after: { runbook: TParsedRunbook; at: TImportPhaseRef }, announcement: string): TArrangement => ({
  runbook: after.runbook,
  moveCount: before.moveCount + 1,
  focusTarget: null,
  arrangedPhase: after.at,
  layout: before.layout + 1,
  announcement,
});

/** Each previewed SQL step's lint, by the step itself: moves keep the objects of the steps they do not touch. */
function lintByStep(preview: TImportPreview): Map<TParsedStep, TLintFinding[]> {
  const byStep = new Map<TParsedStep, TLintFinding[]>();
  const { runbook, sqlFindings } = preview;
  for (const [key, phases] of [
    ["main", runbook.phases],
    ["rollback", runbook.rollback?.phases ?? []],
  ] as const)
    phases.forEach((phase, p) => {
      phase.steps.forEach((step, s) => {
        const findings = sqlFindings[`${key}:${p}:${s}`];
        if (findings) byStep.set(step, findings);
      });
    });
  return byStep;
}

export function ImportRunbookForm() {
  const router = useRouter();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [markdown, setMarkdown] = useState("");
  const [loaded, setLoaded] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<{ data: TImportPreview; markdown: string } | null>(null);
  const [arrangement, setArrangement] = useState<TArrangement | null>(null);
  const lint = useMemo(() => (preview ? lintByStep(preview.data) : new Map<TParsedStep, TLintFinding[]>()), [preview]);
  const [pending, setPending] = useState<TPending>(null);
  const [errors, setErrors] = useState<TErrors>(NO_ERRORS);
  /** where the last refusal is shown: beside the button that got it */
  const [errorOrigin, setErrorOrigin] = useState<"document" | "save">("document");

  const bytes = byteLengthOf(markdown);
  const isOverLimit = bytes > MAX_IMPORT_BYTES;
  const isPreviewStale = preview !== null && preview.markdown !== markdown;
  const markdownError = firstFieldError(errors, "markdown");
  const ids = { textarea: `${id}-markdown`, hint: `${id}-hint`, error: `${id}-error`, file: `${id}-file` };

  /** Refused in the browser what the server would refuse, so a 2 MB upload is never sent for nothing. */
  function checkLocally(text: string): TErrors | null {
    if (!text.trim()) return { fieldErrors: { markdown: ["Paste a Markdown runbook or choose a file."] }, formError: null };
    const size = byteLengthOf(text);
    if (size > MAX_IMPORT_BYTES) return { fieldErrors: { markdown: [importSizeMessage(size)] }, formError: null };
    return null;
  }

  async function runPreview(text: string) {
    const local = checkLocally(text);
    setErrorOrigin("document");
    if (local) {
      setErrors(local);
      return;
    }
    setPending("preview");
    const read = await runAction(() => previewRunbookImportAction({ markdown: text }));
    setPending(null);
    if (!read.isOk) {
      setErrors({ fieldErrors: read.fieldErrors, formError: read.formError });
      setPreview(null);
      return;
    }
    setErrors(NO_ERRORS);
    setPreview({ data: read.data, markdown: text });
    setArrangement(arrangementOf(read.data.runbook));
  }

  function onMove(from: TImportItemRef, to: TImportPlace) {
    if (!arrangement) return;
    const moved = moveImportItem(arrangement.runbook, from, to);
    if (!moved.ok) {
      setArrangement({ ...arrangement, announcement: moved.message });
      return;
    }
    const where = `${from.procedure === "main" ? "Phase" : "Rollback phase"} ${from.phase + 1} “${phasesOf(moved.runbook, from.procedure)[from.phase]?.title ?? ""}”`;
    const what = moved.moved.length > 1 ? `${moved.moved.length} ${IMPORT_PLACE_LABELS[to].toLowerCase()}s` : `a ${IMPORT_PLACE_LABELS[to].toLowerCase()}`;
    setArrangement({
      ...arrangement,
      runbook: moved.runbook,
      moveCount: arrangement.moveCount + 1,
      focusTarget: moved.moved[0] ?? null,
      announcement: `Moved: now ${what} of ${where}.`,
    });
  }

  function onArrange(from: TImportPhaseRef, to: TPhaseArrangement) {
    if (!arrangement) return;
    const arranged = arrangeImportPhase(arrangement.runbook, from, to);
    if (!arranged.ok) {
      setArrangement({ ...arrangement, announcement: arranged.message });
      return;
    }
    const before = phaseName(arrangement.runbook, from);
    const after = phaseName(arranged.runbook, arranged.at);
    setArrangement(phasesArranged(arrangement, arranged, to === "join-previous" ? `Joined: ${before} is now part of ${after}.` : `Moved: ${before} is now ${after}.`));
  }

  function onSplit(from: TImportItemRef) {
    if (!arrangement) return;
    const split = splitImportPhase(arrangement.runbook, from);
    if (!split.ok) {
      setArrangement({ ...arrangement, announcement: split.message });
      return;
    }
    const made = phaseName(split.runbook, split.at);
    setArrangement(phasesArranged(arrangement, split, `Made a phase: ${made}, after ${phaseName(split.runbook, { ...split.at, phase: split.at.phase - 1 })}.`));
  }

  async function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setErrorOrigin("document");
    // cleared, so choosing the same file again (after editing it on disk) reads it again
    event.target.value = "";
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setErrors({ fieldErrors: {}, formError: `${file.name}: ${importSizeMessage(file.size)} Nothing was loaded; the text below is unchanged.` });
      return;
    }
    setPending("read");
    let text: string;
    try {
      text = await file.text();
    } catch {
      setPending(null);
      setErrors({ fieldErrors: {}, formError: `${file.name} could not be read. Nothing was loaded; the text below is unchanged.` });
      return;
    }
    setPending(null);
    setMarkdown(text);
    setLoaded({ name: file.name, text });
    await runPreview(text);
  }

  async function onSave() {
    if (!preview || isPreviewStale) return;
    setErrorOrigin("save");
    const local = checkLocally(preview.markdown);
    if (local) {
      setErrors(local);
      return;
    }
    setPending("save");
    // the previewed structure is sent with the text: the server checks it again instead of parsing once more
    const read = await runAction(() => importRunbookAction({ markdown: preview.markdown, parsed: arrangement?.runbook ?? preview.data.runbook }));
    if (!read.isOk) {
      setPending(null);
      setErrors({ fieldErrors: read.fieldErrors, formError: read.formError });
      return;
    }
    // stays pending while the draft page loads: a second click cannot save a second copy
    router.push(`/runbooks/${read.data.runbookId}/draft`);
  }

  return (
    <div className="space-y-8">
      <section aria-labelledby={`${id}-source-title`} className="space-y-4 rounded-lg border border-line bg-surface p-5">
        <h2 id={`${id}-source-title`} className="text-base font-semibold text-ink">
          The document
        </h2>

        <div className="flex flex-wrap items-center gap-3">
          {/* the button below opens it (one tab stop); the name still says what it takes, for assistive tech */}
          <input
            ref={fileInput}
            id={ids.file}
            type="file"
            accept={ACCEPT}
            onChange={onFileChosen}
            aria-label="File to import (.md or .txt)"
            tabIndex={-1}
            className="sr-only"
            disabled={pending !== null}
          />
          <SubmitButton type="button" tone="plain" isPending={pending === "read"} pendingLabel="Reading…" isDisabled={pending !== null} onClick={() => fileInput.current?.click()}>
            Choose a file…
          </SubmitButton>
          <span className="text-sm text-muted">
            {loaded ? (
              <>
                {loaded.text === markdown ? "Loaded" : "Edited since loading"} <span className="font-mono text-ink">{loaded.name}</span>
                {loaded.text === markdown ? " — edit it below if you need to." : "."}
              </>
            ) : (
              ".md or .txt, read in your browser; or paste below."
            )}
          </span>
        </div>

        <div className="space-y-1.5">
          <label htmlFor={ids.textarea} className="block text-sm font-medium text-ink">
            Markdown
          </label>
          <textarea
            id={ids.textarea}
            name="markdown"
            value={markdown}
            onChange={(e) => setMarkdown(e.target.value)}
            rows={14}
            spellCheck={false}
            placeholder={"# Deployment runbook: …\n\n## Phase 1: Pre-deployment checks (5 minutes)\n\n- [ ] Backup taken\n\n```sql\nSELECT count(*) FROM …;\n```"}
            aria-invalid={markdownError ? true : undefined}
            aria-describedby={[markdownError ? ids.error : null, ids.hint].filter(Boolean).join(" ")}
            className={`block w-full resize-y rounded-md border bg-code px-3 py-2 font-mono text-[0.8125rem] leading-relaxed text-ink placeholder:text-faint focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 ${markdownError || isOverLimit ? "border-bad-line" : "border-line-strong"}`}
          />
          {markdownError ? <FieldError id={ids.error}>{markdownError}</FieldError> : null}
          <p id={ids.hint} className={`text-xs tabular-nums ${isOverLimit ? "font-medium text-bad-ink" : "text-muted"}`}>
            {formatBytes(bytes)} of {formatBytes(MAX_IMPORT_BYTES)}
            {isOverLimit ? " — too large to import" : ""}
          </p>
        </div>

        {errorOrigin !== "save" ? <FormFeedback error={errors.formError} /> : null}

        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton
            type="button"
            tone={preview && !isPreviewStale ? "plain" : "accent"}
            isPending={pending === "preview"}
            pendingLabel="Reading the document…"
            isDisabled={pending !== null}
            onClick={() => runPreview(markdown)}
          >
            {preview ? "Preview again" : "Preview"}
          </SubmitButton>
          {isPreviewStale ? <span className="text-sm text-muted">The text changed since the preview below: preview again before saving.</span> : null}
        </div>
      </section>

      {preview ? (
        <section aria-labelledby={`${id}-preview-title`} className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id={`${id}-preview-title`} className="text-xl font-semibold tracking-tight">
              Preview {isPreviewStale ? <span className="text-sm font-normal text-muted">(of the text before your last edit)</span> : null}
            </h2>
            <SubmitButton type="button" isPending={pending === "save"} pendingLabel="Saving draft…" isDisabled={pending !== null || isPreviewStale} onClick={onSave}>
              Save as draft
            </SubmitButton>
          </div>
          <p className="max-w-3xl text-sm text-muted">
            Something landed in the wrong place? Each checklist item, step, success criterion and note has a <span className="font-medium text-ink">Move to…</span> control: move it
            within its phase before you save. A phase that belongs to the one before it can join it, and a phase can move between the main phases and the rollback.
          </p>
          {arrangement && arrangement.moveCount > 0 ? (
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <span className="text-ink">{arrangement.moveCount === 1 ? "1 move" : `${arrangement.moveCount} moves`} since the preview; saved as arranged.</span>
              <SubmitButton
                type="button"
                tone="plain"
                isPending={false}
                pendingLabel=""
                isDisabled={pending !== null}
                onClick={() => setArrangement(arrangementOf(preview.data.runbook))}
              >
                Undo all moves
              </SubmitButton>
              <span className="text-xs text-muted">Previewing again starts from the document.</span>
            </div>
          ) : null}
          <p role="status" className="sr-only">
            {arrangement?.announcement ?? ""}
          </p>
          {errorOrigin === "save" ? <FormFeedback error={errors.formError ?? markdownError} /> : null}
          <ImportPreview
            runbook={arrangement?.runbook ?? preview.data.runbook}
            findingsOf={(step) => lint.get(step)}
            moves={{
              onMove,
              focusTarget: arrangement?.focusTarget ?? null,
              onArrange,
              onSplit,
              arrangedPhase: arrangement?.arrangedPhase ?? null,
              layout: arrangement?.layout ?? 0,
            }}
          />
        </section>
      ) : null}
    </div>
  );
}
