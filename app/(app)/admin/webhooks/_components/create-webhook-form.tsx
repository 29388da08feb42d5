"use client";
// Registers a webhook endpoint. The signing secret is shown once, after the save.
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { createWebhookEndpointAction } from "@/lib/actions/webhooks";
import { firstFieldError, runAction, type TReadResult } from "@/lib/actions/read-result";
import { WEBHOOK_EVENTS, WEBHOOK_EVENT_LABELS, type TWebhookEvent } from "@/lib/domain/webhooks/webhooks";
import { FieldError, FormFeedback, SubmitButton, TextField } from "@/components/ui/form/form-controls";

const NO_ERRORS: Pick<TReadResult<unknown>, "fieldErrors" | "formError"> = { fieldErrors: {}, formError: null };
const selectClass =
  "block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30";

export function CreateWebhookForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [allowedHosts, setAllowedHosts] = useState("");
  const [format, setFormat] = useState<"STANDARD" | "SLACK">("STANDARD");
  const [events, setEvents] = useState<TWebhookEvent[]>(["deployment.started", "deployment.succeeded", "deployment.failed", "deployment.rolled_back", "phase.awaiting_signoff"]);
  const [isPending, setIsPending] = useState(false);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [secret, setSecret] = useState<string | null>(null);

  function onUrl(value: string) {
    setUrl(value);
    // a helpful default, still the admin's explicit choice: the field stays editable
    if (!allowedHosts) {
      try {
        setAllowedHosts(new URL(value).host);
      } catch {
        /* not a URL yet */
      }
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setIsPending(true);
    setSecret(null);
    const read = await runAction(() => createWebhookEndpointAction({ name, url, events, format, allowedHosts }));
    setIsPending(false);
    if (!read.isOk) {
      setErrors({ fieldErrors: read.fieldErrors, formError: read.formError });
      return;
    }
    setErrors(NO_ERRORS);
    setSecret(read.data.secret);
    setName("");
    setUrl("");
    setAllowedHosts("");
    router.refresh();
  }

  const eventsError = firstFieldError(errors, "events");
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Register a webhook endpoint" className="space-y-4">
      <TextField id="webhook-name" label="Name" value={name} onChange={setName} maxLength={80} hint="e.g. “#deploys channel”." error={firstFieldError(errors, "name")} />
      <TextField
        id="webhook-url"
        label="URL"
        value={url}
        onChange={onUrl}
        maxLength={2000}
        hint="Deliveries are POSTed here; redirects are never followed."
        error={firstFieldError(errors, "url")}
      />
      <TextField
        id="webhook-hosts"
        label="Allowed hosts"
        value={allowedHosts}
        onChange={setAllowedHosts}
        maxLength={2000}
        hint="Comma-separated; host, or host:port for that port only. Nothing is sent elsewhere."
        error={firstFieldError(errors, "allowedHosts")}
      />
      <div className="space-y-1.5">
        <label htmlFor="webhook-format" className="block text-sm font-medium text-ink">
          Format
        </label>
        <select id="webhook-format" value={format} onChange={(e) => setFormat(e.target.value as "STANDARD" | "SLACK")} className={selectClass}>
          <option value="STANDARD">Standard Webhooks JSON (type, timestamp, data)</option>
          <option value="SLACK">Slack (text + blocks)</option>
        </select>
      </div>
      <fieldset className="space-y-1.5" aria-describedby={eventsError ? "webhook-events-error" : undefined}>
        <legend className="text-sm font-medium text-ink">Events</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {WEBHOOK_EVENTS.map((e) => (
            <label key={e} className="flex items-center gap-2 text-sm text-ink">
              <input
                type="checkbox"
                checked={events.includes(e)}
                onChange={(x) => setEvents(x.target.checked ? [...events, e] : events.filter((v) => v !== e))}
                className="h-4 w-4 accent-[var(--color-accent)]"
              />
              {WEBHOOK_EVENT_LABELS[e]}
            </label>
          ))}
        </div>
        {eventsError ? <FieldError id="webhook-events-error">{eventsError}</FieldError> : null}
      </fieldset>
      <FormFeedback error={errors.formError} />
      <SubmitButton isPending={isPending} pendingLabel="Registering…">
        Register endpoint
      </SubmitButton>
      {secret ? (
        <div role="status" className="space-y-2 rounded-md border border-ok-line bg-ok p-3 text-sm text-ok-ink">
          <p className="font-medium">
            <span aria-hidden="true">✓ </span>Registered. Its signing secret, shown only once — verify <code>webhook-signature</code> with it:
          </p>
          <code className="block break-all rounded border border-line bg-surface px-2 py-1 font-mono text-xs text-ink" data-testid="webhook-secret">
            {secret}
          </code>
        </div>
      ) : null}
    </form>
  );
}
