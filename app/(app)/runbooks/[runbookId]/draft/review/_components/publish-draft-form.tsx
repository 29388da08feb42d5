"use client";
// Publish, after an explicit "Publish as version N?". Container: the server re-checks everything
// (role, the draft's lockVersion, phases, SQL) whatever this shows; on success it opens the new
// version. A refusal is shown here and nothing on the page is lost.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { publishDraftAction } from "@/lib/actions/runbook-publish";
import { runAction } from "@/lib/actions/read-result";
import { FormFeedback, SubmitButton } from "@/components/ui/form/form-controls";

type Props = {
  runbookId: string;
  versionId: string;
  /** the draft's lockVersion as reviewed: a save since then makes the server refuse */
  lockVersion: number;
  nextNumber: number;
};

export function PublishDraftForm({ runbookId, versionId, lockVersion, nextNumber }: Readonly<Props>) {
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sqlErrors, setSqlErrors] = useState<string[]>([]);
  const [code, setCode] = useState<string | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  function onAsk() {
    setError(null);
    setSqlErrors([]);
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
    const read = await runAction(() => publishDraftAction({ versionId, expectedLockVersion: lockVersion }));
    if (read.isOk) {
      // stays pending: the page is about to be replaced by the new version
      router.push(`/runbooks/${runbookId}/versions/${read.data.number}`);
      return;
    }
    setIsPending(false);
    setIsConfirming(false);
    setError(read.formError);
    setSqlErrors(read.fieldErrors.sql ?? []);
    setCode(read.code);
    requestAnimationFrame(() => triggerRef.current?.focus());
  }

  return (
    <div className="space-y-3">
      {isConfirming ? (
        <div role="group" aria-labelledby="confirm-publish-title" className="space-y-3 rounded-md border border-warn-line bg-warn px-4 py-3">
          <p id="confirm-publish-title" className="text-sm font-semibold text-warn-ink">
            Publish as version {nextNumber}?
          </p>
          <p className="text-sm text-warn-ink">
            Version {nextNumber} cannot be changed afterwards: deployments will run exactly what you reviewed here. Later edits start a
            new draft.
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
          sqlErrors.length > 0 ? (
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
