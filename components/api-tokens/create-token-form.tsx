"use client";
// Makes a personal access token and shows it ONCE (issue 14): it is stored only as a hash, so
// this is the person's only chance to copy it. With `userId`, an administrator makes one for a
// service user; without, a person for themself.
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { createOwnApiTokenAction, createServiceApiTokenAction } from "@/lib/actions/api-tokens";
import { firstFieldError, runAction, type TReadResult } from "@/lib/actions/read-result";
import { FieldError, FormFeedback, SubmitButton, TextField } from "@/components/ui/form/form-controls";

type Props = { userId?: string; idPrefix: string };

const NO_ERRORS: Pick<TReadResult<unknown>, "fieldErrors" | "formError"> = { fieldErrors: {}, formError: null };
const selectClass =
  "block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30";

export function CreateTokenForm({ userId, idPrefix }: Readonly<Props>) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<"READ" | "RUN">("READ");
  const [expiresIn, setExpiresIn] = useState("30d");
  const [isPending, setIsPending] = useState(false);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [issued, setIssued] = useState<{ token: string; name: string } | null>(null);
  const [isCopied, setIsCopied] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setIsPending(true);
    setIssued(null);
    setIsCopied(false);
    const input = { name, scope, expiresIn };
    const read = await runAction(() => (userId ? createServiceApiTokenAction({ ...input, userId }) : createOwnApiTokenAction(input)));
    setIsPending(false);
    if (!read.isOk) {
      setErrors({ fieldErrors: read.fieldErrors, formError: read.formError });
      return;
    }
    setErrors(NO_ERRORS);
    setIssued({ token: read.data.token, name: read.data.name });
    setName("");
    router.refresh();
  }

  async function onCopy() {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.token);
      setIsCopied(true);
    } catch {
      setIsCopied(false);
    }
  }

  const scopeError = firstFieldError(errors, "scope");
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create a token" className="space-y-4">
      <TextField
        id={`${idPrefix}-name`}
        label="Name"
        value={name}
        onChange={setName}
        maxLength={80}
        hint="Where it is used, e.g. “deploy pipeline”."
        error={firstFieldError(errors, "name")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1.5">
          <label htmlFor={`${idPrefix}-scope`} className="block text-sm font-medium text-ink">
            Scope
          </label>
          <select
            id={`${idPrefix}-scope`}
            value={scope}
            onChange={(e) => setScope(e.target.value as "READ" | "RUN")}
            className={selectClass}
            aria-describedby={`${idPrefix}-scope-hint`}
          >
            <option value="READ">read — look only</option>
            <option value="RUN">run — also plan, start and run deployments</option>
          </select>
          {scopeError ? <FieldError id={`${idPrefix}-scope-error`}>{scopeError}</FieldError> : null}
          <p id={`${idPrefix}-scope-hint`} className="text-xs text-muted">
            Never more than the roles of the token&apos;s user.
          </p>
        </div>
        <TextField
          id={`${idPrefix}-expires`}
          label="Expires after"
          value={expiresIn}
          onChange={setExpiresIn}
          maxLength={8}
          hint="30d, 12h, 8w, 1y (at most 2y), or never."
          error={firstFieldError(errors, "expiresIn")}
        />
      </div>
      <FormFeedback error={errors.formError} />
      <SubmitButton isPending={isPending} pendingLabel="Creating…">
        Create token
      </SubmitButton>
      {issued ? (
        <div role="status" className="space-y-2 rounded-md border border-ok-line bg-ok p-3 text-sm text-ok-ink">
          <p className="font-medium">
            <span aria-hidden="true">✓ </span>Token “{issued.name}” created. Copy it now: it is shown only once.
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <code className="min-w-0 flex-1 break-all rounded border border-line bg-surface px-2 py-1 font-mono text-xs text-ink" data-testid="new-token">
              {issued.token}
            </code>
            <button
              type="button"
              onClick={onCopy}
              className="rounded-md border border-line-strong bg-surface px-3 py-1 text-sm text-ink hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-accent"
            >
              {isCopied ? "Copied" : "Copy"}
            </button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
