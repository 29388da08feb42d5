"use client";
// The header's "Waiting for you" link with a live count (issue 6 part 3): refetched when the live
// feed reports sign-off work (issue 17), polled every 2 s while it is down — the
// bound PRODUCT.md "Live work" sets, so a DBA sees a phase waiting as soon as the cockpit does.
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useLiveRefetchInterval } from "@/components/live/live-feed";

export const waitingKey = ["me", "waiting"] as const;

async function fetchWaiting(): Promise<{ count: number }> {
  const response = await fetch("/api/me/waiting", { cache: "no-store" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as { count: number };
}

export function WaitingLink() {
  const { data } = useQuery({ queryKey: waitingKey, queryFn: fetchWaiting, refetchInterval: useLiveRefetchInterval(2_000) });
  const count = data?.count ?? 0;
  return (
    <Link
      href="/waiting"
      className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium text-ink hover:bg-surface-muted"
      aria-label={`Waiting for you: ${count}`}
    >
      Waiting for you
      <span className={`min-w-5 rounded-full px-1.5 text-center text-xs tabular-nums ${count ? "bg-warn text-warn-ink" : "bg-surface-muted text-muted"}`}>{count}</span>
    </Link>
  );
}
