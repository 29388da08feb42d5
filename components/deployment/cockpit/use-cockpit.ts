"use client";
// The cockpit's live data and its one way of changing it: the tab's live stream carries the
// cockpit on every change of its deployment (PRODUCT.md "Live work": others' changes within 2 s);
// it is polled every second only while that stream is down, and refetched at once after an action.
import { useCallback, useEffect, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { deploymentKeys } from "@/lib/query-keys";
import { useLiveRefetchInterval, useWatchCockpit } from "@/components/live/live-feed";
import { runAction, type TReadResult } from "@/lib/actions/read-result";
import type { TActionResult } from "@/lib/actions/result";
import type { TCockpit } from "@/lib/domain/deployment/live-view";

export const COCKPIT_POLL_MS = 1_000;

async function fetchCockpit(deploymentId: string): Promise<TCockpit> {
  const response = await fetch(`/api/deployments/${deploymentId}/cockpit`, { cache: "no-store", headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(response.status === 401 ? "Your session has ended: sign in again." : `The deployment could not be loaded (HTTP ${response.status}).`);
  // the declared shape of the live read (lib/domain/deployment/live-view.ts): anything else is an error shown, not a wrong cockpit
  const [{ ZCockpit }, body] = await Promise.all([loadCockpitSchema(), response.json()]);
  return ZCockpit.parse(body);
}

/**
 * The schema (and zod) load after the page, not with it: the first view is the server's own,
 * already typed (issue 17, the cockpit's first-load JavaScript). Fetched once the cockpit is on
 * screen, so a change pushed to it is not kept waiting for the chunk.
 */
const loadCockpitSchema = () => import("@/lib/domain/deployment/live-view");

export function useCockpit(initial: TCockpit) {
  const queryClient = useQueryClient();
  useEffect(() => {
    void loadCockpitSchema();
  }, []);
  // pushed by /api/live: checked against the same schema as a fetched one. A read still in flight
  // (the lead's own refetch after an action) is cancelled: it may have started before the pushed
  // view was read and would then land over it with an older state — a step's "Succeeded" replaced by
  // its "Running" (the rollback e2e caught that). Every later change is pushed again, so the last
  // view held is never older than the last change. A view of an older deployment version is dropped.
  useWatchCockpit(initial.id, (view) => {
    void loadCockpitSchema().then(async ({ ZCockpit }) => {
      const key = deploymentKeys.cockpit(initial.id);
      const parsed = ZCockpit.safeParse(view);
      if (!parsed.success) {
        void queryClient.invalidateQueries({ queryKey: key });
        return;
      }
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<TCockpit>(key, (held) => (held && held.version > parsed.data.version ? held : parsed.data));
    });
  });
  return useQuery({
    queryKey: deploymentKeys.cockpit(initial.id),
    queryFn: () => fetchCockpit(initial.id),
    initialData: initial,
    // pushed over /api/live; polled only while that stream is down (issue 17)
    refetchInterval: useLiveRefetchInterval(COCKPIT_POLL_MS),
    refetchIntervalInBackground: true,
  });
}

/** Runs a deployment action and refreshes the cockpit; the caller keeps its inputs on failure. */
export function useCockpitAction(deploymentId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    async <T>(call: () => Promise<TActionResult<T>>): Promise<TReadResult<T>> => {
      const read = await runAction(call);
      await queryClient.invalidateQueries({ queryKey: deploymentKeys.cockpit(deploymentId) });
      return read;
    },
    [deploymentId, queryClient],
  );
}

/** An action with its pending flag and the server's message; inputs stay with the caller. */
export function useCockpitForm(deploymentId: string) {
  const act = useCockpitAction(deploymentId);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  async function perform<T>(call: () => Promise<TActionResult<T>>, after?: () => void): Promise<void> {
    if (isBusy) return;
    setIsBusy(true);
    setError(null);
    const read = await act(call);
    setIsBusy(false);
    if (read.isOk) after?.();
    else setError([read.formError, ...Object.values(read.fieldErrors).flat()].filter(Boolean).join(" "));
  }
  return { perform, error, isBusy };
}

/**
 * The server's clock, ticking every second in the browser: elapsed times agree across screens.
 * The first render uses the server's instant as is, so the server's HTML and the browser's first
 * render say the same thing.
 */
export function useServerNow(serverNow: string): number {
  const [now, setNow] = useState(() => new Date(serverNow).getTime());
  useEffect(() => {
    const offset = new Date(serverNow).getTime() - Date.now();
    const tick = () => setNow(Date.now() + offset);
    const timer = setInterval(tick, 1_000);
    return () => clearInterval(timer);
  }, [serverNow]);
  return now;
}

export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
