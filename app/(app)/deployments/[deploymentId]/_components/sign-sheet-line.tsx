"use client";
// Signs one line of the final sign-off sheet with an optional comment; a refusal keeps the text.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { primaryButtonClass, secondaryButtonClass, smallButton } from "@/components/ui/button-classes";
import { recordSheetSignoffAction } from "@/lib/actions/deployments";
import { runAction } from "@/lib/actions/read-result";
import { ActionError } from "@/components/ui/action-error";

export function SignSheetLine({ deploymentId, sheetLineId, label }: Readonly<{ deploymentId: string; sheetLineId: string; label: string }>) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const id = `sheet-${sheetLineId}`;
  async function onSign() {
    setIsBusy(true);
    const read = await runAction(() => recordSheetSignoffAction({ deploymentId, sheetLineId, comment }));
    setIsBusy(false);
    if (read.isOk) {
      setIsOpen(false);
      router.refresh();
    } else setError(read.formError);
  }
  if (!isOpen) {
    return (
      <button type="button" className={`${secondaryButtonClass} ${smallButton}`} aria-label={`Sign "${label}"`} onClick={() => setIsOpen(true)}>
        Sign…
      </button>
    );
  }
  return (
    <div className="mt-2 max-w-xl space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        Comment (optional)
      </label>
      <textarea
        id={id}
        rows={2}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        className="block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm"
      />
      <div className="flex gap-2">
        <button type="button" disabled={isBusy} onClick={onSign} className={`${primaryButtonClass} ${smallButton}`}>
          Sign as {label}
        </button>
        <button type="button" onClick={() => setIsOpen(false)} className={`${secondaryButtonClass} ${smallButton}`}>
          Cancel
        </button>
      </div>
      <ActionError message={error} isBoxed={false} />
    </div>
  );
}
