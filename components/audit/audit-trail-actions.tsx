"use client";
// The two on-demand checks of the trail on /audit: a full verification and a signed checkpoint.
// Each answer stays on screen in words (and is audited on the server).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { runAction } from "@/lib/actions/read-result";
import { anchorAuditCheckpointAction, verifyAuditChainAction, type TAnchorOutcome, type TVerifyChainOutcome } from "@/lib/actions/audit";
import { secondaryButtonClass, smallButton } from "@/components/ui/button-classes";

export function AuditTrailActions() {
  const router = useRouter();
  const [pending, setPending] = useState<"verify" | "anchor" | null>(null);
  const [message, setMessage] = useState<{ tone: "ok" | "bad"; text: string } | null>(null);

  async function onVerify() {
    setPending("verify");
    setMessage(null);
    const read = await runAction(() => verifyAuditChainAction({}));
    setPending(null);
    if (!read.isOk) return setMessage({ tone: "bad", text: read.formError ?? "The verification did not run." });
    setMessage(describeVerification(read.data));
    router.refresh();
  }

  async function onAnchor() {
    setPending("anchor");
    setMessage(null);
    const read = await runAction(() => anchorAuditCheckpointAction({}));
    setPending(null);
    if (!read.isOk) return setMessage({ tone: "bad", text: read.formError ?? "No checkpoint was signed." });
    setMessage(describeAnchor(read.data));
    router.refresh();
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onVerify} disabled={pending !== null} className={`${secondaryButtonClass} ${smallButton}`}>
          {pending === "verify" ? "Verifying…" : "Verify the whole chain"}
        </button>
        <button type="button" onClick={onAnchor} disabled={pending !== null} className={`${secondaryButtonClass} ${smallButton}`}>
          {pending === "anchor" ? "Signing…" : "Sign a checkpoint"}
        </button>
      </div>
      <p role="status" aria-live="polite" className={`max-w-md text-right text-xs ${message?.tone === "bad" ? "font-medium text-bad-ink" : "text-ok-ink"}`}>
        {message ? `${message.tone === "bad" ? "✕" : "✓"} ${message.text}` : null}
      </p>
    </div>
  );
}

function describeVerification(v: TVerifyChainOutcome): { tone: "ok" | "bad"; text: string } {
  if (v.isIntact) return { tone: "ok", text: `Whole chain intact: ${v.checked} events verified${v.headSeq ? `, head #${v.headSeq}` : ""}.` };
  return { tone: "bad", text: `Broken at #${v.brokenAtSeq}: ${v.reason}. Expected ${v.expectedHash.slice(0, 12)}…, found ${v.foundHash?.slice(0, 12) ?? "nothing"}.` };
}

function describeAnchor(a: TAnchorOutcome): { tone: "ok" | "bad"; text: string } {
  if (!a.isSigned) return { tone: "bad", text: `No checkpoint signed: ${a.reason}.` };
  const where = a.file
    ? ` Written to the anchor directory as ${a.file}.`
    : a.fileError
      ? ` Not written: ${a.fileError}.`
      : " No anchor directory is configured: stored in the database only.";
  return { tone: a.fileError ? "bad" : "ok", text: `Checkpoint #${a.seq} signed (${a.hash.slice(0, 12)}…).${where}` };
}
