"use client";
// "Edit draft" when the runbook has one, else "Start a new draft": copies the latest published
// version into a draft (startDraftFromVersionAction) and opens the editor. Shown only to people
// who may edit runbooks; the action checks again.
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { runAction } from "@/lib/actions/read-result";
import { startDraftFromVersionAction } from "@/lib/actions/runbook-drafts";

type Props = { runbookId: string; hasDraft: boolean; size?: "sm" | "md" };

const base =
  "inline-flex items-center whitespace-nowrap rounded-md border font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-not-allowed disabled:opacity-60";

export function StartDraftButton({ runbookId, hasDraft, size = "md" }: Readonly<Props>) {
  const router = useRouter();
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sizing = size === "sm" ? "px-2 py-0.5 text-xs" : "px-3 py-1.5 text-sm";
  if (hasDraft) {
    return (
      <Link href={`/runbooks/${runbookId}/draft`} className={`${base} ${sizing} border-line-strong bg-surface text-ink hover:bg-surface-muted`}>
        Edit draft
      </Link>
    );
  }
  async function onClick() {
    setIsPending(true);
    setError(null);
    const read = await runAction(() => startDraftFromVersionAction({ runbookId }));
    if (read.isOk) {
      router.push(`/runbooks/${runbookId}/draft`);
      return;
    }
    setIsPending(false);
    setError(read.formError);
  }
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button type="button" onClick={onClick} disabled={isPending} className={`${base} ${sizing} border-line-strong bg-surface text-ink hover:bg-surface-muted`}>
        {isPending ? "Starting…" : "Start a new draft"}
      </button>
      {error ? (
        <span role="alert" className="text-xs font-medium text-bad-ink">
          ! {error}
        </span>
      ) : null}
    </span>
  );
}
