"use client";
// Per endpoint: queue a signed test delivery, or switch the endpoint off / on.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { sendTestWebhookAction, setWebhookEndpointActiveAction } from "@/lib/actions/webhooks";
import { runAction } from "@/lib/actions/read-result";

type Props = { endpointId: string; name: string; isActive: boolean };
const buttonClass =
  "rounded-md border border-line-strong bg-surface px-3 py-1 text-xs font-medium text-ink hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-60";

export function EndpointActions({ endpointId, name, isActive }: Readonly<Props>) {
  const router = useRouter();
  const [pending, setPending] = useState<"test" | "toggle" | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function run(kind: "test" | "toggle") {
    if (pending) return;
    setPending(kind);
    const read = await runAction<unknown>(() => (kind === "test" ? sendTestWebhookAction({ endpointId }) : setWebhookEndpointActiveAction({ endpointId, isActive: !isActive })));
    setPending(null);
    setMessage(read.isOk ? (kind === "test" ? "Test queued: see the delivery log in a few seconds." : null) : read.formError);
    if (read.isOk) router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {isActive ? (
        <button type="button" className={buttonClass} disabled={pending !== null} onClick={() => run("test")} aria-label={`Send a test to ${name}`}>
          {pending === "test" ? "Queuing…" : "Send test"}
        </button>
      ) : null}
      <button type="button" className={buttonClass} disabled={pending !== null} onClick={() => run("toggle")} aria-label={`${isActive ? "Disable" : "Enable"} ${name}`}>
        {pending === "toggle" ? "Saving…" : isActive ? "Disable" : "Enable"}
      </button>
      {message ? (
        <p role="status" className="w-full text-right text-xs text-muted">
          {message}
        </p>
      ) : null}
    </div>
  );
}
