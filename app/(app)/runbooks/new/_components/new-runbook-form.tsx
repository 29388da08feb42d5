"use client";
// Title and risk of a new runbook → createRunbookDraftAction → the draft editor. A refusal keeps
// what was typed (PRODUCT.md rule 9).
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { FormFeedback, SubmitButton, TextField } from "@/components/ui/form/form-controls";
import { firstFieldError, runAction, type TReadResult } from "@/lib/actions/read-result";
import { createRunbookDraftAction } from "@/lib/actions/runbook-drafts";
import { DRAFT_LIMITS, RISK_LEVELS } from "@/lib/domain/runbook/draft";

const riskHelp: Record<(typeof RISK_LEVELS)[number], string> = {
  LOW: "Low — easy to undo, little data at stake",
  MEDIUM: "Medium",
  HIGH: "High — schema or data changes in production",
  CRITICAL: "Critical — hard to undo, wide impact",
};

const NO_ERRORS: Pick<TReadResult<unknown>, "fieldErrors" | "formError"> = { fieldErrors: {}, formError: null };

export function NewRunbookForm() {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [riskLevel, setRiskLevel] = useState<(typeof RISK_LEVELS)[number]>("MEDIUM");
  const [isPending, setIsPending] = useState(false);
  const [errors, setErrors] = useState(NO_ERRORS);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setIsPending(true);
    const read = await runAction(() => createRunbookDraftAction({ title, riskLevel }));
    if (read.isOk) {
      router.push(`/runbooks/${read.data.runbookId}/draft`);
      return;
    }
    setIsPending(false);
    setErrors({ fieldErrors: read.fieldErrors, formError: read.formError });
  }

  const riskError = firstFieldError(errors, "riskLevel");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        id="title"
        label="Title"
        value={title}
        onChange={setTitle}
        maxLength={DRAFT_LIMITS.titleMax}
        autoComplete="off"
        error={firstFieldError(errors, "title")}
        hint="e.g. “Rename fixed_cost to fixed_fee across the stack”"
      />
      <fieldset className="space-y-1.5">
        <legend className="text-sm font-medium text-ink">Risk level</legend>
        {riskError ? <p className="text-xs font-medium text-bad-ink">! {riskError}</p> : null}
        {RISK_LEVELS.map((level) => (
          <label key={level} className="flex items-center gap-2 text-sm text-ink">
            <input type="radio" name="riskLevel" value={level} checked={riskLevel === level} onChange={() => setRiskLevel(level)} className="size-4 accent-[var(--accent)]" />
            {riskHelp[level]}
          </label>
        ))}
      </fieldset>
      <FormFeedback error={errors.formError} />
      <SubmitButton isPending={isPending} pendingLabel="Creating…">
        Create and open the editor
      </SubmitButton>
    </form>
  );
}
