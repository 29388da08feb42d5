import type { TChainVerification } from "@/lib/audit/verify";

/** The result of recomputing the hash chain, in words, with the first broken link if any. */
export function ChainStatus({ result, scope }: Readonly<{ result: TChainVerification; scope: "full" | "since_checkpoint" }>) {
  if (result.isIntact) {
    const since = `the last verified checkpoint (#${result.fromSeq - 1n})`;
    const what =
      scope === "full"
        ? `all ${result.checked} events are intact`
        : result.checked === 0
          ? `no new events since ${since}`
          : `the ${result.checked} ${result.checked === 1 ? "event" : "events"} since ${since} ${result.checked === 1 ? "is" : "are"} intact`;
    return (
      <p role="status" className="mb-4 rounded-md border border-ok-line bg-ok px-3 py-2 text-sm text-ok-ink">
        ✓ Hash chain verified: {what}
        {result.head ? (
          <span className="font-mono text-xs">
            {" "}
            · head #{result.head.seq.toString()} {result.head.hash.slice(0, 12)}…
          </span>
        ) : null}
      </p>
    );
  }
  return (
    <div role="alert" className="mb-4 rounded-md border border-bad-line bg-bad px-3 py-2 text-sm text-bad-ink">
      <p>
        ✕ Hash chain broken at event #{result.brokenAtSeq.toString()}: {result.reason}. {result.checked} events before it verified.
      </p>
      <p className="mt-1 break-all font-mono text-xs">
        expected {result.expectedHash} · found {result.foundHash ?? "nothing"}
      </p>
    </div>
  );
}
