"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { createEnvironmentAction } from "@/lib/actions/environments";
import { runAction } from "@/lib/actions/read-result";
import type { TFieldErrors } from "@/lib/actions/result";
import { EMPTY_ENVIRONMENT_VALUES, EnvironmentFields, FormMessage, primaryButtonClass, type TEnvironmentFormValues } from "./environment-fields";

/** Container: owns the new-environment form and calls createEnvironmentAction. */
export function CreateEnvironmentForm() {
  const router = useRouter();
  const [values, setValues] = useState<TEnvironmentFormValues>(EMPTY_ENVIRONMENT_VALUES);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setIsPending(true);
    setCreated(null);
    const read = await runAction(() => createEnvironmentAction(values));
    setIsPending(false);
    if (read.isOk) {
      setCreated({ id: read.data.environmentId, name: values.name.trim() });
      setValues(EMPTY_ENVIRONMENT_VALUES);
      setFieldErrors({});
      setFormError(null);
      router.refresh();
      return;
    }
    // refused: keep everything typed, say what to fix
    setFieldErrors(read.fieldErrors);
    setFormError(read.formError);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="New environment">
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      {created ? (
        <FormMessage tone="success">
          Environment <strong>{created.name}</strong> created.{" "}
          <Link href={`/admin/environments/${created.id}`} className="underline">
            Open it
          </Link>{" "}
          to test its connection.
        </FormMessage>
      ) : null}
      <EnvironmentFields
        idPrefix="new-environment"
        values={values}
        fieldErrors={fieldErrors}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        targetUrlHint="Stored encrypted; only a masked form is ever shown again. Leave empty to add it later."
        isDisabled={isPending}
      />
      <div className="flex justify-end">
        <button type="submit" disabled={isPending} className={primaryButtonClass}>
          {isPending ? "Creating…" : "Create environment"}
        </button>
      </div>
    </form>
  );
}
