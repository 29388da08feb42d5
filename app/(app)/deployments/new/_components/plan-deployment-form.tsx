"use client";
// Runbook version, environment, lead, name and window → planDeploymentAction → the cockpit.
// A refusal keeps everything chosen and typed (PRODUCT.md rule 9).
import { useEffect, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { FormFeedback, SubmitButton, TextField } from "@/components/ui/form/form-controls";
import { firstFieldError, runAction, type TReadResult } from "@/lib/actions/read-result";
import { planDeploymentAction } from "@/lib/actions/deployments";
import { DEPLOYMENT_LIMITS } from "@/lib/domain/deployment/inputs";
import type { TPlanOptions } from "@/lib/server/readers/get-plan-options";

const NO_ERRORS: Pick<TReadResult<unknown>, "fieldErrors" | "formError"> = { fieldErrors: {}, formError: null };
const selectClass =
  "block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30";

function suggestName(slug: string, environment: string): string {
  const d = new Date();
  const stamp = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}-${String(d.getUTCHours()).padStart(2, "0")}${String(d.getUTCMinutes()).padStart(2, "0")}`;
  return `${slug}-${environment}-${stamp}`
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .slice(0, DEPLOYMENT_LIMITS.nameMax);
}

/** datetime-local gives "YYYY-MM-DDTHH:mm" in the browser's zone; the server wants an instant. */
const toInstant = (local: string) => (local ? new Date(local).toISOString() : null);

export function PlanDeploymentForm({
  options,
  defaultVersionId,
  defaultLeadId,
}: Readonly<{ options: TPlanOptions; defaultVersionId: string | null; defaultLeadId: string | null }>) {
  const router = useRouter();
  const firstVersion = options.versions.find((v) => v.id === defaultVersionId) ?? options.versions[0];
  const [versionId, setVersionId] = useState(firstVersion?.id ?? "");
  const [environmentId, setEnvironmentId] = useState(options.environments.find((e) => !e.isProduction)?.id ?? options.environments[0]?.id ?? "");
  const [leadId, setLeadId] = useState(defaultLeadId ?? options.leads[0]?.id ?? "");
  const version = options.versions.find((v) => v.id === versionId);
  const environment = options.environments.find((e) => e.id === environmentId);
  const [name, setName] = useState(() => (firstVersion && environment ? suggestName(firstVersion.slug, environment.name) : ""));
  const [isNameTouched, setIsNameTouched] = useState(false);
  const [plannedStart, setPlannedStart] = useState("");
  const [plannedEnd, setPlannedEnd] = useState("");
  const [isPending, setIsPending] = useState(false);
  const [errors, setErrors] = useState(NO_ERRORS);

  const refreshName = (nextVersionId: string, nextEnvironmentId: string) => {
    if (isNameTouched) return;
    const v = options.versions.find((x) => x.id === nextVersionId);
    const e = options.environments.find((x) => x.id === nextEnvironmentId);
    if (v && e) setName(suggestName(v.slug, e.name));
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setIsPending(true);
    const read = await runAction(() =>
      planDeploymentAction({ runbookVersionId: versionId, environmentId, leadId, name, plannedStart: toInstant(plannedStart), plannedEnd: toInstant(plannedEnd) }),
    );
    if (read.isOk) {
      router.push(`/deployments/${read.data.deploymentId}`);
      return;
    }
    setIsPending(false);
    setErrors({ fieldErrors: read.fieldErrors, formError: read.formError });
  }

  if (!options.versions.length) return <p className="text-sm text-muted">No runbook has a published version yet: publish one first.</p>;
  if (!options.environments.length) return <p className="text-sm text-muted">No environment exists yet: an administrator adds one under Admin → Environments.</p>;

  const fieldError = (field: string) => firstFieldError(errors, field);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <SelectField
        id="version"
        label="Runbook version"
        value={versionId}
        error={fieldError("runbookVersionId")}
        onChange={(v) => {
          setVersionId(v);
          refreshName(v, environmentId);
        }}
      >
        {options.versions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.title} — v{v.number}
            {v.isLatest ? " (latest)" : ""}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="environment"
        label="Environment"
        value={environmentId}
        error={fieldError("environmentId")}
        onChange={(v) => {
          setEnvironmentId(v);
          refreshName(versionId, v);
        }}
      >
        {options.environments.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
            {e.isProduction ? " — production" : ""}
            {e.hasTarget ? "" : " (no target database yet)"}
          </option>
        ))}
      </SelectField>
      {environment?.isProduction ? (
        <p className="rounded border border-bad-line bg-bad px-3 py-2 text-sm text-bad-ink">
          Production: a point-of-no-return phase will need a DBA&apos;s approval before it starts.
        </p>
      ) : null}
      <SelectField id="lead" label="Deployment lead" value={leadId} error={fieldError("leadId")} onChange={setLeadId}>
        {options.leads.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name} ({u.email})
          </option>
        ))}
      </SelectField>
      <TextField
        id="name"
        label="Deployment name"
        value={name}
        onChange={(v) => {
          setName(v);
          setIsNameTouched(true);
        }}
        maxLength={DEPLOYMENT_LIMITS.nameMax}
        autoComplete="off"
        error={fieldError("name")}
        hint="Unique. The lead types it to confirm a point of no return."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <DateTimeField id="planned-start" label="Window starts" value={plannedStart} onChange={setPlannedStart} error={fieldError("plannedStart")} />
        <DateTimeField id="planned-end" label="Window ends" value={plannedEnd} onChange={setPlannedEnd} error={fieldError("plannedEnd")} />
      </div>
      {version ? (
        <p className="text-sm text-muted">
          {version.phaseCount} phases, about {version.estimatedMinutes ?? "?"} min.
        </p>
      ) : null}
      <FormFeedback error={errors.formError} />
      <SubmitButton isPending={isPending} pendingLabel="Planning…">
        Plan deployment
      </SubmitButton>
    </form>
  );
}

function SelectField({
  id,
  label,
  value,
  onChange,
  error,
  children,
}: Readonly<{ id: string; label: string; value: string; onChange: (v: string) => void; error?: string; children: React.ReactNode }>) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={selectClass}
      >
        {children}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-bad-ink">
          ! {error}
        </p>
      ) : null}
    </div>
  );
}

/** The browser's zone, named once mounted (the server cannot know it); every time shown afterwards is UTC. */
function useViewerZone(): string | null {
  const [zone, setZone] = useState<string | null>(null);
  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  return zone;
}

function DateTimeField({ id, label, value, onChange, error }: Readonly<{ id: string; label: string; value: string; onChange: (v: string) => void; error?: string }>) {
  const zone = useViewerZone();
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label} <span className="font-normal text-muted">(optional, in your time zone{zone ? `, ${zone}` : ""}; shown in UTC afterwards)</span>
      </label>
      <input
        id={id}
        type="datetime-local"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={selectClass}
      />
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-bad-ink">
          ! {error}
        </p>
      ) : null}
    </div>
  );
}
