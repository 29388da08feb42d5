"use client";
// Drop one backup from the target, with a reason (audited as backup.dropped). The typed reason
// stays when the server refuses.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ActionError } from "@/components/ui/action-error";
import { dangerButtonClass, secondaryButtonClass, smallButton } from "@/components/ui/button-classes";
import { dropBackupAction } from "@/lib/actions/backups";
import { runAction } from "@/lib/actions/read-result";

export function DropBackupForm({ deploymentId, backupId, backupKey }: Readonly<{ deploymentId: string; backupId: string; backupKey: string }>) {
  const router = useRouter();
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  if (!isOpen) {
    return (
      <button type="button" className={`${secondaryButtonClass} ${smallButton} mt-3`} onClick={() => setIsOpen(true)} aria-label={`Drop backup ${backupKey}…`}>
        Drop backup…
      </button>
    );
  }
  const submit = async () => {
    setIsBusy(true);
    setError(null);
    const read = await runAction(() => dropBackupAction({ deploymentId, backupId, reason }));
    setIsBusy(false);
    if (read.isOk) {
      setIsOpen(false);
      router.refresh();
    } else setError([read.formError, ...Object.values(read.fieldErrors).flat()].filter(Boolean).join(" "));
  };
  return (
    <form
      className="mt-3 space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
        Why drop backup <span className="font-mono">{backupKey}</span>? Its schema is removed from the target; this is recorded in the audit trail.
      </label>
      <textarea
        id={`${id}-reason`}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        rows={2}
        maxLength={1000}
        className="w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm"
      />
      <ActionError message={error} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={`${dangerButtonClass} ${smallButton}`} disabled={isBusy}>
          {isBusy ? "Dropping…" : `Drop backup ${backupKey}`}
        </button>
        <button type="button" className={`${secondaryButtonClass} ${smallButton}`} onClick={() => setIsOpen(false)} disabled={isBusy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
