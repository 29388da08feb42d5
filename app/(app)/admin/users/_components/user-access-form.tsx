"use client";
// Deactivate or reactivate, after an explicit confirmation. Container: the server refuses an
// admin deactivating themself whatever this shows; hiding the button is only a courtesy.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { setUserActiveAction } from "@/lib/actions/users";
import { runAction } from "@/lib/actions/read-result";
import { FormFeedback, SubmitButton } from "@/components/ui/form/form-controls";

type Props = { userId: string; name: string; isActive: boolean; isSelf: boolean };

export function UserAccessForm({ userId, name, isActive, isSelf }: Readonly<Props>) {
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  function onAsk() {
    setError(null);
    setSuccess(null);
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
    const read = await runAction(() => setUserActiveAction({ userId, isActive: !isActive }));
    setIsPending(false);
    setIsConfirming(false);
    if (!read.isOk) {
      setError(read.formError);
      return;
    }
    setError(null);
    setSuccess(
      read.data.isActive
        ? `${name} is active again and can sign in with their password.`
        : `${name} is deactivated. They can no longer sign in; open sessions end within a minute.`,
    );
    router.refresh();
  }

  const verb = isActive ? "Deactivate" : "Reactivate";
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">
        {isActive
          ? "Deactivating ends their access: they cannot sign in and their open sessions end within a minute. Nothing they did is deleted; you can reactivate them later."
          : "This user cannot sign in. Reactivating lets them sign in again with their current password."}
      </p>
      {isSelf && isActive ? (
        <p className="text-sm text-ink">This is your own account: you cannot deactivate yourself. Ask another administrator.</p>
      ) : isConfirming ? (
        <div role="group" aria-labelledby="confirm-access-title" className="space-y-3 rounded-md border border-warn-line bg-warn px-4 py-3">
          <p id="confirm-access-title" className="text-sm font-medium text-warn-ink">
            {verb} {name}?
          </p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton type="button" onClick={onConfirm} isPending={isPending} pendingLabel={isActive ? "Deactivating…" : "Reactivating…"} tone={isActive ? "danger" : "accent"}>
              {`Yes, ${verb.toLowerCase()} ${name}`}
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
          className={`rounded-md border px-3.5 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent ${
            isActive ? "border-bad-line bg-surface text-bad-ink hover:bg-bad" : "border-line-strong bg-surface text-ink hover:bg-surface-muted"
          }`}
        >
          {verb} user…
        </button>
      )}
      <FormFeedback error={error} success={success} />
    </div>
  );
}
