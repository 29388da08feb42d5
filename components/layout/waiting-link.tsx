"use client";
// The header's "Waiting for you" link with a live count (issue 6 part 3): refetched when the live
// feed reports sign-off work (issue 17), polled every 2 s while it is down — the
// bound PRODUCT.md "Live work" sets, so a DBA sees a phase waiting as soon as the cockpit does.
// The narrow header's Menu button shows the same count (one query, shared by key).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { useLiveRefetchInterval } from "@/components/live/live-feed";

export const waitingKey = ["me", "waiting"] as const;

async function fetchWaiting(): Promise<{ count: number }> {
  const response = await fetch("/api/me/waiting", { cache: "no-store" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as { count: number };
}

function useWaitingCount(): number {
  const { data } = useQuery({ queryKey: waitingKey, queryFn: fetchWaiting, refetchInterval: useLiveRefetchInterval(2_000) });
  return data?.count ?? 0;
}

function CountPill({ count }: Readonly<{ count: number }>) {
  return <span className={`min-w-5 rounded-full px-1.5 text-center text-xs tabular-nums ${count ? "bg-warn text-warn-ink" : "bg-surface-muted text-muted"}`}>{count}</span>;
}

export function WaitingLink() {
  const count = useWaitingCount();
  const isCurrent = usePathname() === "/waiting";
  return (
    <Link
      href="/waiting"
      aria-current={isCurrent ? "page" : undefined}
      className={`inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium hover:bg-surface-muted ${isCurrent ? "bg-accent-soft text-accent-ink" : "text-ink"}`}
      aria-label={`Waiting for you: ${count}`}
    >
      {/* a space between the words and the count: the name must contain what is seen ("Waiting for you 2") for speech input */}
      Waiting for you <CountPill count={count} />
    </Link>
  );
}

/** The count alone, for the narrow header's Menu button. */
export function WaitingCount() {
  const count = useWaitingCount();
  return (
    <>
      <CountPill count={count} />
      <span className="sr-only"> waiting for you</span>
    </>
  );
}
