// Presentational form pieces shared by the forms of the app (admin users, runbook editor).
// labelled inputs with their
// messages wired to aria-describedby, the roles fieldset, the submit button and the result line.
// Props only; the containers own state and call the actions.
import type { ReactNode } from "react";
import { ROLES, type TRole } from "@/lib/auth/permissions";
import { roleLabels } from "@/components/runbook/phase-labels";

export const ROLE_HELP: Record<TRole, string> = {
  LEAD: "plans and runs deployments, decides go / no-go",
  DBA: "reviews and rehearses SQL, signs off phases",
  MANAGER: "read-only: history, reports, audit trail",
  ADMIN: "users, environments and API tokens",
};

const inputClass =
  "block w-full rounded-md border bg-surface px-3 py-2 text-sm text-ink placeholder:text-faint focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 disabled:opacity-60";

type TTextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  maxLength?: number;
  hint?: ReactNode;
  error?: string;
  isDisabled?: boolean;
};

export function TextField({ id, label, value, onChange, type = "text", autoComplete, maxLength, hint, error, isDisabled }: Readonly<TTextFieldProps>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        maxLength={maxLength}
        disabled={isDisabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined}
        className={`${inputClass} ${error ? "border-bad-line" : "border-line-strong"}`}
      />
      {error ? <FieldError id={errorId!}>{error}</FieldError> : null}
      {hint ? (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type TRoleCheckboxesProps = {
  idPrefix: string;
  value: readonly TRole[];
  onChange: (roles: TRole[]) => void;
  error?: string;
  hint?: ReactNode;
  isDisabled?: boolean;
};

/** One checkbox per role, each named by the role alone ("Lead") and described by what it may do. */
export function RoleCheckboxes({ idPrefix, value, onChange, error, hint, isDisabled }: Readonly<TRoleCheckboxesProps>) {
  const errorId = error ? `${idPrefix}-roles-error` : undefined;
  const hintId = hint ? `${idPrefix}-roles-hint` : undefined;
  function toggle(role: TRole, isChecked: boolean) {
    onChange(ROLES.filter((r) => (r === role ? isChecked : value.includes(r))));
  }
  return (
    <fieldset aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined} className="space-y-1.5">
      <legend className="text-sm font-medium text-ink">Roles</legend>
      {error ? <FieldError id={errorId!}>{error}</FieldError> : null}
      <div className="grid gap-2 sm:grid-cols-2">
        {ROLES.map((role) => {
          const id = `${idPrefix}-role-${role.toLowerCase()}`;
          return (
            <div key={role} className={`flex items-start gap-2.5 rounded-md border px-3 py-2 ${value.includes(role) ? "border-accent/50 bg-accent-soft/40" : "border-line"}`}>
              <input
                id={id}
                type="checkbox"
                checked={value.includes(role)}
                onChange={(e) => toggle(role, e.target.checked)}
                disabled={isDisabled}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-help`}
                className="mt-0.5 size-4 accent-[var(--accent)]"
              />
              <span className="text-sm leading-tight">
                <label htmlFor={id} className="font-medium text-ink">
                  {roleLabels[role]}
                </label>
                <span id={`${id}-help`} className="block text-xs text-muted">
                  {ROLE_HELP[role]}
                </span>
              </span>
            </div>
          );
        })}
      </div>
      {hint ? (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </fieldset>
  );
}

export function FieldError({ id, children }: Readonly<{ id: string; children: ReactNode }>) {
  return (
    <p id={id} className="text-xs font-medium text-bad-ink">
      <span aria-hidden="true">! </span>
      {children}
    </p>
  );
}

type TSubmitButtonProps = {
  isPending: boolean;
  pendingLabel: string;
  children: ReactNode;
  tone?: "accent" | "danger" | "plain";
  type?: "submit" | "button";
  onClick?: () => void;
  isDisabled?: boolean;
};

const buttonTones = {
  accent: "bg-accent text-on-accent hover:opacity-90 border-transparent",
  danger: "bg-bad text-bad-ink border-bad-line hover:brightness-95",
  plain: "bg-surface text-ink border-line-strong hover:bg-surface-muted",
} as const;

/** Disabled while its request runs: a second click cannot send a second request. */
export function SubmitButton({ isPending, pendingLabel, children, tone = "accent", type = "submit", onClick, isDisabled }: Readonly<TSubmitButtonProps>) {
  return (
    <button
      type={type}
      onClick={onClick}
      disabled={isPending || isDisabled}
      aria-disabled={isPending || isDisabled ? true : undefined}
      className={`inline-flex items-center justify-center rounded-md border px-3.5 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-not-allowed disabled:opacity-60 ${buttonTones[tone]}`}
    >
      {isPending ? pendingLabel : children}
    </button>
  );
}

type TFormFeedbackProps = { success?: ReactNode; error?: string | null; errorAction?: ReactNode };

/** The outcome of the last submit: a polite status on success, an alert on refusal. */
export function FormFeedback({ success, error, errorAction }: Readonly<TFormFeedbackProps>) {
  if (error) {
    return (
      <div role="alert" className="rounded-md border border-bad-line bg-bad px-3 py-2 text-sm text-bad-ink">
        <span aria-hidden="true" className="mr-1.5 font-semibold">
          !
        </span>
        {error}
        {errorAction ? <div className="mt-2">{errorAction}</div> : null}
      </div>
    );
  }
  if (success) {
    return (
      <div role="status" className="rounded-md border border-ok-line bg-ok px-3 py-2 text-sm text-ok-ink">
        <span aria-hidden="true" className="mr-1.5 font-semibold">
          ✓
        </span>
        {success}
      </div>
    );
  }
  return null;
}
