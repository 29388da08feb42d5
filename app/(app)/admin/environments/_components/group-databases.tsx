"use client";
// issue 15 item 2: the databases of an environment's group (a sharded or per-region app), that a
// SQL or QUERY_CHECK step may fan out over. Container: adds, edits, removes and tests them through
// the actions. Each URL is write-only like the environment's own target: the browser only ever
// receives the masked form, and a refused save keeps what was typed.
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { addEnvironmentDatabaseAction, removeEnvironmentDatabaseAction, testEnvironmentDatabaseAction, updateEnvironmentDatabaseAction } from "@/lib/actions/environments";
import { runAction } from "@/lib/actions/read-result";
import type { TFieldErrors } from "@/lib/actions/result";
import type { TConnectionTestResult } from "@/lib/domain/environment";
import { dangerButtonClass, smallButton } from "@/components/ui/button-classes";
import { FormMessage, inputClass, primaryButtonClass, secondaryButtonClass } from "./environment-fields";

export type TGroupDatabaseView = { id: string; name: string; targetUrlMasked: string; version: number };

type Props = { environmentId: string; databases: readonly TGroupDatabaseView[] };

export function GroupDatabases({ environmentId, databases }: Readonly<Props>) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">
        Further databases of this environment — shards, regions — each with its own connection. A SQL or query-check step can run once per database of the group; each database runs
        with the step&apos;s timeouts and the deployment&apos;s application name, as the main target does.
      </p>
      {databases.length === 0 ? (
        <p className="text-sm text-faint">No databases in the group: steps fanned out over databases fail before running until one is added.</p>
      ) : (
        <ul className="divide-y divide-line rounded-md border border-line" aria-label="Databases of the group">
          {databases.map((d) => (
            <DatabaseRow key={`${d.id}-${d.version}`} database={d} />
          ))}
        </ul>
      )}
      <AddDatabaseForm environmentId={environmentId} />
    </div>
  );
}

type TTestState = { kind: "idle" } | { kind: "testing" } | { kind: "done"; result: TConnectionTestResult } | { kind: "error"; message: string };

function DatabaseRow({ database }: Readonly<{ database: TGroupDatabaseView }>) {
  const router = useRouter();
  const [isEditing, setIsEditing] = useState(false);
  const [isConfirmingRemove, setIsConfirmingRemove] = useState(false);
  const [test, setTest] = useState<TTestState>({ kind: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onTest() {
    if (test.kind === "testing") return;
    setTest({ kind: "testing" });
    const read = await runAction(() => testEnvironmentDatabaseAction({ databaseId: database.id }));
    setTest(read.isOk ? { kind: "done", result: read.data } : { kind: "error", message: read.formError ?? "The test could not be run." });
  }

  async function onRemove() {
    if (isPending) return;
    setIsPending(true);
    const read = await runAction(() => removeEnvironmentDatabaseAction({ databaseId: database.id, version: database.version }));
    setIsPending(false);
    if (read.isOk) {
      router.refresh();
      return;
    }
    setError(read.formError);
    setIsConfirmingRemove(false);
  }

  const rowLabel = `Database ${database.name}`;
  return (
    <li className="space-y-2 px-4 py-3" aria-label={rowLabel}>
      {/* on a phone the name and URL take the whole width, the buttons go below */}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4">
        <div className="min-w-0 flex-1">
          <p className="font-mono text-sm font-semibold text-ink">{database.name}</p>
          <code className="block break-all font-mono text-xs text-muted">{database.targetUrlMasked}</code>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          <button type="button" onClick={onTest} disabled={test.kind === "testing"} className={`${secondaryButtonClass} ${smallButton}`}>
            {test.kind === "testing" ? "Testing…" : "Test"}
          </button>
          <button
            type="button"
            onClick={() => setIsEditing((v) => !v)}
            aria-expanded={isEditing}
            className={`${secondaryButtonClass} ${smallButton}`}
            aria-label={`Edit ${database.name}`}
          >
            Edit
          </button>
          {isConfirmingRemove ? (
            <>
              <button type="button" onClick={onRemove} disabled={isPending} className={`${dangerButtonClass} ${smallButton}`}>
                {isPending ? "Removing…" : `Remove ${database.name}`}
              </button>
              <button type="button" onClick={() => setIsConfirmingRemove(false)} className={`${secondaryButtonClass} ${smallButton}`}>
                Keep
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setIsConfirmingRemove(true)} className={`${secondaryButtonClass} ${smallButton}`} aria-label={`Remove ${database.name}…`}>
              Remove…
            </button>
          )}
        </div>
      </div>
      <div role="status" aria-live="polite">
        <TestOutcome state={test} />
      </div>
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
      {isEditing ? <EditDatabaseForm database={database} onDone={() => setIsEditing(false)} /> : null}
    </li>
  );
}

function TestOutcome({ state }: Readonly<{ state: TTestState }>) {
  if (state.kind === "idle" || state.kind === "testing") return null;
  if (state.kind === "error" || !state.result.ok) {
    const message = state.kind === "error" ? state.message : state.result.ok ? "" : state.result.message;
    return (
      <p className="text-sm text-bad-ink">
        <span aria-hidden="true" className="mr-1 font-semibold">
          ✕
        </span>
        Connection failed. {message}
      </p>
    );
  }
  return (
    <p className="text-sm text-ok-ink">
      <span aria-hidden="true" className="mr-1 font-semibold">
        ✓
      </span>
      Connected in {state.result.latencyMs} ms to database <code className="font-mono">{state.result.database}</code>.
    </p>
  );
}

function EditDatabaseForm({ database, onDone }: Readonly<{ database: TGroupDatabaseView; onDone: () => void }>) {
  const router = useRouter();
  const [name, setName] = useState(database.name);
  const [targetUrl, setTargetUrl] = useState("");
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const prefix = `group-db-${database.id}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setIsPending(true);
    const read = await runAction(() => updateEnvironmentDatabaseAction({ databaseId: database.id, version: database.version, name, targetUrl }));
    setIsPending(false);
    if (read.isOk) {
      onDone();
      router.refresh();
      return;
    }
    // refused: what was typed stays
    setFieldErrors(read.fieldErrors);
    setFormError(read.formError);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Edit database ${database.name}`} className="space-y-3 rounded-md bg-surface-muted p-3">
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <DatabaseFields
        prefix={prefix}
        name={name}
        targetUrl={targetUrl}
        onName={setName}
        onUrl={setTargetUrl}
        fieldErrors={fieldErrors}
        urlHint="Leave empty to keep the current URL."
        isDisabled={isPending}
      />
      <div className="flex justify-end gap-2">
        <button type="button" onClick={onDone} className={`${secondaryButtonClass} ${smallButton}`}>
          Cancel
        </button>
        <button type="submit" disabled={isPending} className={`${primaryButtonClass} ${smallButton}`}>
          {isPending ? "Saving…" : "Save database"}
        </button>
      </div>
    </form>
  );
}

function AddDatabaseForm({ environmentId }: Readonly<{ environmentId: string }>) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [targetUrl, setTargetUrl] = useState("");
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setIsPending(true);
    setAdded(null);
    const read = await runAction(() => addEnvironmentDatabaseAction({ environmentId, name, targetUrl }));
    setIsPending(false);
    if (read.isOk) {
      setAdded(read.data.name);
      setName("");
      setTargetUrl("");
      setFieldErrors({});
      setFormError(null);
      router.refresh();
      return;
    }
    setFieldErrors(read.fieldErrors);
    setFormError(read.formError);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a database to the group" className="space-y-3">
      <h3 className="text-sm font-semibold text-ink">Add a database</h3>
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      {added ? <FormMessage tone="success">Added {added} to the group.</FormMessage> : null}
      <DatabaseFields
        prefix="group-db-new"
        name={name}
        targetUrl={targetUrl}
        onName={setName}
        onUrl={setTargetUrl}
        fieldErrors={fieldErrors}
        urlHint="Stored encrypted; only a masked form is shown again. Use a role with only the privileges the runbooks need."
        isDisabled={isPending}
      />
      <div className="flex justify-end">
        <button type="submit" disabled={isPending} className={primaryButtonClass}>
          {isPending ? "Adding…" : "Add database"}
        </button>
      </div>
    </form>
  );
}

type TFieldsProps = {
  prefix: string;
  name: string;
  targetUrl: string;
  onName: (v: string) => void;
  onUrl: (v: string) => void;
  fieldErrors: TFieldErrors;
  urlHint: string;
  isDisabled: boolean;
};

function DatabaseFields({ prefix, name, targetUrl, onName, onUrl, fieldErrors, urlHint, isDisabled }: Readonly<TFieldsProps>) {
  const describedBy = (field: string, hint: boolean) =>
    [hint ? `${prefix}-${field}-hint` : null, fieldErrors[field]?.length ? `${prefix}-${field}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset disabled={isDisabled} className="grid gap-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
      <div className="space-y-1.5">
        <label htmlFor={`${prefix}-name`} className="block text-sm font-medium text-ink">
          Database name
        </label>
        <input
          id={`${prefix}-name`}
          value={name}
          maxLength={63}
          autoComplete="off"
          spellCheck={false}
          placeholder="shard_eu"
          onChange={(e) => onName(e.target.value)}
          aria-invalid={Boolean(fieldErrors.name?.length)}
          aria-describedby={describedBy("name", true)}
          className={`${inputClass} font-mono`}
        />
        <p id={`${prefix}-name-hint`} className="text-xs text-muted">
          Names the database in steps and results.
        </p>
        <FieldError id={`${prefix}-name-error`} messages={fieldErrors.name} />
      </div>
      <div className="space-y-1.5">
        <label htmlFor={`${prefix}-url`} className="block text-sm font-medium text-ink">
          Database URL
        </label>
        <input
          id={`${prefix}-url`}
          // a secret: hidden while typed, never filled in by the browser, never sent back to it
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          autoCapitalize="off"
          maxLength={2048}
          placeholder="postgres://user:password@host:5432/database"
          value={targetUrl}
          onChange={(e) => onUrl(e.target.value)}
          aria-invalid={Boolean(fieldErrors.targetUrl?.length)}
          aria-describedby={describedBy("targetUrl", true)}
          className={`${inputClass} font-mono`}
        />
        <p id={`${prefix}-targetUrl-hint`} className="text-xs text-muted">
          {urlHint}
        </p>
        <FieldError id={`${prefix}-targetUrl-error`} messages={fieldErrors.targetUrl} />
      </div>
    </fieldset>
  );
}

function FieldError({ id, messages }: Readonly<{ id: string; messages: string[] | undefined }>) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-bad-ink">
      <span aria-hidden="true" className="mr-1 font-semibold">
        !
      </span>
      {messages.join(" ")}
    </p>
  );
}
