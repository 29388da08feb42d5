import type { TChainVerification } from "@/lib/audit/verify";

/** The result of recomputing the hash chain, in words, with the first broken link if any. */
export function ChainStatus({ result }: Readonly<{ result: TChainVerification }>) {
  if (result.isIntact) {
    return (
      <p role="status" className="mb-4 rounded-md border border-ok-line bg-ok px-3 py-2 text-sm text-ok-ink">
        ✓ Hash chain verified: all {result.checked} events are intact.
      </p>
    );
  }
  return (
    <p role="alert" className="mb-4 rounded-md border border-bad-line bg-bad px-3 py-2 text-sm text-bad-ink">
      ✕ Hash chain broken at event #{result.brokenAtSeq.toString()}: {result.reason}. {result.checked} events before it verified.
    </p>
  );
}
