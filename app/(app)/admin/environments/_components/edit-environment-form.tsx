"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { updateEnvironmentAction } from "@/lib/actions/environments";
import { runAction } from "@/lib/actions/read-result";
import type { TFieldErrors } from "@/lib/actions/result";
import { EnvironmentFields, FormMessage, primaryButtonClass, type TEnvironmentFormValues } from "./environment-fields";

type Props = {
  environmentId: string;
  /** the version the form was loaded with: the save is refused if someone saved since */
  version: number;
  /** what the fields start with; the target URL is not among them, it never reaches the browser */
  initial: Omit<TEnvironmentFormValues, "targetUrl">;
  /** the stored target, masked (postgres://user:****@host/db), or null when there is none */
  targetUrlMasked: string | null;
};

/** Container: owns the edit form and calls updateEnvironmentAction. */
export function EditEnvironmentForm({ environmentId, version: loadedVersion, initial, targetUrlMasked }: Readonly<Props>) {
  const router = useRouter();
  const [values, setValues] = useState<TEnvironmentFormValues>({ ...initial, targetUrl: "" });
  const [version, setVersion] = useState(loadedVersion);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string[] | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setIsPending(true);
    setSaved(null);
    const read = await runAction(() => updateEnvironmentAction({ environmentId, version, ...values }));
    setIsPending(false);
    if (read.isOk) {
      setVersion(read.data.version);
      setSaved(read.data.changes);
      // the typed URL is stored now; the field goes back to "empty keeps it"
      setValues((v) => ({ ...v, targetUrl: "" }));
      setFieldErrors({});
      setFormError(null);
      router.refresh();
      return;
    }
    // refused (invalid input, stale version): everything typed stays in the form
    setFieldErrors(read.fieldErrors);
    setFormError(read.formError);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Edit environment">
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      {saved ? <FormMessage tone="success">{saved.length ? `Saved: ${saved.join("; ")}.` : "Nothing to save: no field was changed."}</FormMessage> : null}
      <EnvironmentFields
        idPrefix="edit-environment"
        values={values}
        fieldErrors={fieldErrors}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        targetUrlHint={
          targetUrlMasked ? (
            <>
              Leave empty to keep the current target: <code className="font-mono text-ink">{targetUrlMasked}</code>
            </>
          ) : (
            "No target yet: enter a postgres:// URL. It is stored encrypted; only a masked form is shown again."
          )
        }
        isDisabled={isPending}
      />
      <div className="flex items-center justify-end gap-3">
        <span className="text-xs text-muted">Version {version}</span>
        <button type="submit" disabled={isPending} className={primaryButtonClass}>
          {isPending ? "Saving…" : "Save changes"}
        </button>
      </div>
    </form>
  );
}
