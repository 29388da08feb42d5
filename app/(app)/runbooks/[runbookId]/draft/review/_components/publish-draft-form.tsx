"use client";
// Publish, after an explicit "Publish as version N?". Container: the server re-checks everything
// (role, the draft's lockVersion, phases, SQL) whatever this shows; on success it opens the new
// version. A refusal is shown here and nothing on the page is lost. Each danger finding of the
// SQL risk lint asks for a reason here; the server refuses to publish while one lacks it.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { publishDraftAction } from "@/lib/actions/runbook-publish";
import { runAction } from "@/lib/actions/read-result";
import { FormFeedback, SubmitButton } from "@/components/ui/form/form-controls";
import { ACK_REASON_MAX, findingKey } from "@/lib/domain/runbook/lint-acknowledgements";

/** One danger finding to acknowledge, named for people. */
export type TDangerFindingView = { stepId: string; rule: string; line: number; where: string; stepTitle: string; message: string };

type Props = {
  runbookId: string;
  versionId: string;
  /** the draft's lockVersion as reviewed: a save since then makes the server refuse */
  lockVersion: number;
  nextNumber: number;
  dangerFindings: readonly TDangerFindingView[];
};

export function PublishDraftForm({ runbookId, versionId, lockVersion, nextNumber, dangerFindings }: Readonly<Props>) {
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sqlErrors, setSqlErrors] = useState<string[]>([]);
  const [ackErrors, setAckErrors] = useState<string[]>([]);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [code, setCode] = useState<string | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  function onAsk() {
    setError(null);
    setSqlErrors([]);
    setAckErrors([]);
    setIsConfirming(true);
    // the safe choice has focus when the question appears
    requestAnimationFrame(() => cancelRef.current?.focus());
  }

  function onCancel() {
    setIsConfirming(false);
    requestAnimationFrame(() => triggerRef.current?.focus());
  }

  async function onConfirm() {
    if (isPending) return;
    setIsPending(true);
    const acknowledgements = dangerFindings.flatMap((finding) => {
      const reason = (reasons[findingKey(finding)] ?? "").trim();
      return reason ? [{ stepId: finding.stepId, rule: finding.rule, line: finding.line, reason }] : [];
    });
    const read = await runAction(() => publishDraftAction({ versionId, expectedLockVersion: lockVersion, acknowledgements }));
    if (read.isOk) {
      // stays pending: the page is about to be replaced by the new version
      router.push(`/runbooks/${runbookId}/versions/${read.data.number}`);
      return;
    }
    setIsPending(false);
    setIsConfirming(false);
    setError(read.formError);
    setSqlErrors(read.fieldErrors.sql ?? []);
    setAckErrors(read.fieldErrors.acknowledgements ?? []);
    setCode(read.code);
    requestAnimationFrame(() => triggerRef.current?.focus());
  }

  return (
    <div className="space-y-3">
      {dangerFindings.length > 0 ? (
        <fieldset className="space-y-3 rounded-md border border-bad-line px-4 py-3">
          <legend className="px-1 text-sm font-semibold text-ink">
            {dangerFindings.length === 1 ? "Acknowledge the danger finding" : `Acknowledge the ${dangerFindings.length} danger findings`}
          </legend>
          <p className="text-sm text-muted">
            {dangerFindings.length === 1
              ? "The SQL risk lint marks this as danger. Say why the risk is acceptable: the reason is kept with the version, shown to DBAs beside the finding, and written to the audit trail."
              : "The SQL risk lint marks these as danger. Say for each why the risk is acceptable: the reasons are kept with the version, shown to DBAs beside the finding, and written to the audit trail."}
          </p>
          <ol className="space-y-3">
            {dangerFindings.map((finding) => {
              const key = findingKey(finding);
              const id = `ack-${finding.stepId}-${finding.rule}-${finding.line}`;
              return (
                <li key={key} className="space-y-1.5">
                  <label htmlFor={id} className="block text-sm text-ink">
                    <span className="font-medium">{finding.where}</span> “{finding.stepTitle}” — <code className="font-mono text-xs font-semibold">{finding.rule}</code> at line{" "}
                    {finding.line}
                    <span className="block text-xs text-muted">{finding.message}</span>
                  </label>
                  <textarea
                    id={id}
                    rows={2}
                    maxLength={ACK_REASON_MAX}
                    value={reasons[key] ?? ""}
                    onChange={(e) => setReasons((current) => ({ ...current, [key]: e.target.value }))}
                    placeholder="Why is this acceptable? e.g. the table is backed up in phase 1 and unused since v7"
                    className="block w-full rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm text-ink focus-visible:outline-2 focus-visible:outline-accent"
                  />
                </li>
              );
            })}
          </ol>
        </fieldset>
      ) : null}
      {isConfirming ? (
        <div role="group" aria-labelledby="confirm-publish-title" className="space-y-3 rounded-md border border-warn-line bg-warn px-4 py-3">
          <p id="confirm-publish-title" className="text-sm font-semibold text-warn-ink">
            Publish as version {nextNumber}?
          </p>
          <p className="text-sm text-warn-ink">
            Version {nextNumber} cannot be changed afterwards: deployments will run exactly what you reviewed here. Later edits start a new draft.
          </p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton type="button" onClick={onConfirm} isPending={isPending} pendingLabel="Publishing…">
              {`Yes, publish version ${nextNumber}`}
            </SubmitButton>
            <button
              ref={cancelRef}
              type="button"
              onClick={onCancel}
              disabled={isPending}
              className="rounded-md border border-line-strong bg-surface px-3.5 py-1.5 text-sm font-medium text-ink hover:bg-surface-muted disabled:opacity-60"
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={triggerRef}
          type="button"
          onClick={onAsk}
          className="inline-flex items-center justify-center rounded-md border border-transparent bg-accent px-3.5 py-1.5 text-sm font-medium text-on-accent hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        >
          Publish as version {nextNumber}…
        </button>
      )}
      <FormFeedback
        error={error}
        errorAction={
          ackErrors.length > 0 ? (
            <ul className="list-disc space-y-1 pl-5 text-xs">
              {ackErrors.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : sqlErrors.length > 0 ? (
            <ul className="list-disc space-y-1 pl-5 font-mono text-xs">
              {sqlErrors.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : code === "CONFLICT" ? (
            <button type="button" onClick={() => router.refresh()} className="text-sm font-medium underline">
              Reload the review
            </button>
          ) : null
        }
      />
    </div>
  );
}
