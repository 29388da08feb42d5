"use client";
// Presentational: the fields of an environment form, from props only. The containers
// (create-environment-form, edit-environment-form) own the values and call the actions.
import { useState, type ReactNode } from "react";
import type { TFieldErrors } from "@/lib/actions/result";

export type TEnvironmentFormValues = {
  name: string;
  description: string;
  isProduction: boolean;
  /** write-only: always empty when a form loads; the browser never receives the stored one */
  targetUrl: string;
  /** one host per line */
  httpAllowList: string;
  /** days a backup of an ended deployment is kept; empty: until someone drops it */
  backupRetentionDays: string;
};

export const EMPTY_ENVIRONMENT_VALUES: TEnvironmentFormValues = { name: "", description: "", isProduction: false, targetUrl: "", httpAllowList: "", backupRetentionDays: "" };

type Props = {
  idPrefix: string;
  values: TEnvironmentFormValues;
  fieldErrors: TFieldErrors;
  onChange: (patch: Partial<TEnvironmentFormValues>) => void;
  /** the hint under the target URL field (create: what to enter; edit: what is kept when empty) */
  targetUrlHint: ReactNode;
  isDisabled?: boolean;
};

export const inputClass =
  "block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink placeholder:text-faint focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-bad-line";

export function EnvironmentFields({ idPrefix, values, fieldErrors, onChange, targetUrlHint, isDisabled = false }: Readonly<Props>) {
  const [isUrlShown, setIsUrlShown] = useState(false);
  const id = (field: string) => `${idPrefix}-${field}`;
  const describedBy = (field: string, hasHint = false) =>
    [hasHint ? `${id(field)}-hint` : null, fieldErrors[field]?.length ? `${id(field)}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <fieldset disabled={isDisabled} className="grid gap-5 sm:grid-cols-2">
      <Field label="Name" htmlFor={id("name")} error={fieldErrors.name} errorId={`${id("name")}-error`}>
        <input
          id={id("name")}
          name="name"
          required
          maxLength={60}
          autoComplete="off"
          value={values.name}
          onChange={(e) => onChange({ name: e.target.value })}
          aria-invalid={Boolean(fieldErrors.name?.length)}
          aria-describedby={describedBy("name")}
          className={inputClass}
        />
      </Field>

      <div className="flex items-end pb-2">
        <label className="inline-flex items-start gap-2 text-sm text-ink">
          <input
            type="checkbox"
            name="isProduction"
            checked={values.isProduction}
            onChange={(e) => onChange({ isProduction: e.target.checked })}
            className="mt-0.5 size-4 accent-[var(--accent)]"
          />
          <span>
            <span className="font-medium">Production environment</span>
            <span className="block text-xs text-muted">Deployments against it ask for more confirmation (a DBA&apos;s approval before a point of no return).</span>
          </span>
        </label>
      </div>

      <Field label="Description" htmlFor={id("description")} error={fieldErrors.description} errorId={`${id("description")}-error`} className="sm:col-span-2">
        <input
          id={id("description")}
          name="description"
          maxLength={500}
          value={values.description}
          onChange={(e) => onChange({ description: e.target.value })}
          aria-invalid={Boolean(fieldErrors.description?.length)}
          aria-describedby={describedBy("description")}
          className={inputClass}
        />
      </Field>

      <Field
        label="Target database URL"
        htmlFor={id("targetUrl")}
        hint={targetUrlHint}
        hintId={`${id("targetUrl")}-hint`}
        error={fieldErrors.targetUrl}
        errorId={`${id("targetUrl")}-error`}
        className="sm:col-span-2"
      >
        <div className="flex gap-2">
          <input
            id={id("targetUrl")}
            name="targetUrl"
            // a secret: hidden while typed, never filled in by the browser, never sent back to it
            type={isUrlShown ? "text" : "password"}
            autoComplete="new-password"
            spellCheck={false}
            autoCapitalize="off"
            maxLength={2048}
            placeholder="postgres://user:password@host:5432/database"
            value={values.targetUrl}
            onChange={(e) => onChange({ targetUrl: e.target.value })}
            aria-invalid={Boolean(fieldErrors.targetUrl?.length)}
            aria-describedby={describedBy("targetUrl", true)}
            className={`${inputClass} font-mono`}
          />
          <button
            type="button"
            onClick={() => setIsUrlShown((v) => !v)}
            aria-pressed={isUrlShown}
            aria-controls={id("targetUrl")}
            className="shrink-0 rounded-md border border-line-strong px-3 text-sm font-medium text-ink hover:bg-surface-muted"
          >
            {isUrlShown ? "Hide" : "Show"}
          </button>
        </div>
      </Field>

      <Field
        label="HTTP allow-list"
        htmlFor={id("httpAllowList")}
        hint="One host per line, with :port when it is not 80 or 443 (no scheme or path). HTTP checks may only reach these. A name that resolves to a loopback or private address is refused: list that address itself (e.g. 10.0.0.12:8080)."
        hintId={`${id("httpAllowList")}-hint`}
        error={fieldErrors.httpAllowList}
        errorId={`${id("httpAllowList")}-error`}
        className="sm:col-span-2"
      >
        <textarea
          id={id("httpAllowList")}
          name="httpAllowList"
          rows={4}
          spellCheck={false}
          autoCapitalize="off"
          placeholder={"status.example.com\n10.0.0.12:8080"}
          value={values.httpAllowList}
          onChange={(e) => onChange({ httpAllowList: e.target.value })}
          aria-invalid={Boolean(fieldErrors.httpAllowList?.length)}
          aria-describedby={describedBy("httpAllowList", true)}
          className={`${inputClass} font-mono`}
        />
      </Field>

      <Field
        label="Keep backups for (days)"
        htmlFor={id("backupRetentionDays")}
        hint="A backup of a deployment that has ended is dropped from the target this many days after it was taken, recorded in the audit trail. Empty: kept until someone drops it."
        hintId={`${id("backupRetentionDays")}-hint`}
        error={fieldErrors.backupRetentionDays}
        errorId={`${id("backupRetentionDays")}-error`}
      >
        <input
          id={id("backupRetentionDays")}
          name="backupRetentionDays"
          inputMode="numeric"
          autoComplete="off"
          maxLength={5}
          placeholder="e.g. 14"
          value={values.backupRetentionDays}
          onChange={(e) => onChange({ backupRetentionDays: e.target.value })}
          aria-invalid={Boolean(fieldErrors.backupRetentionDays?.length)}
          aria-describedby={describedBy("backupRetentionDays", true)}
          className={inputClass}
        />
      </Field>
    </fieldset>
  );
}

type TFieldProps = {
  label: string;
  htmlFor: string;
  hint?: ReactNode;
  hintId?: string;
  error?: string[];
  errorId: string;
  className?: string;
  children: ReactNode;
};

function Field({ label, htmlFor, hint, hintId, error, errorId, className = "", children }: Readonly<TFieldProps>) {
  return (
    <div className={`space-y-1.5 ${className}`}>
      <label htmlFor={htmlFor} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error?.length ? (
        <p id={errorId} className="text-sm text-bad-ink">
          <span aria-hidden="true" className="mr-1 font-semibold">
            !
          </span>
          {error.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A message about the form as a whole: an alert for refusals, a status for outcomes. */
export function FormMessage({ tone, children }: Readonly<{ tone: "error" | "success"; children: ReactNode }>) {
  return tone === "error" ? (
    <div role="alert" className="rounded-md border border-bad-line bg-bad px-3 py-2 text-sm text-bad-ink">
      <span aria-hidden="true" className="mr-1.5 font-semibold">
        ✕
      </span>
      {children}
    </div>
  ) : (
    <div role="status" className="rounded-md border border-ok-line bg-ok px-3 py-2 text-sm text-ok-ink">
      <span aria-hidden="true" className="mr-1.5 font-semibold">
        ✓
      </span>
      {children}
    </div>
  );
}

export { primaryButtonClass, secondaryButtonClass } from "@/components/ui/button-classes";
