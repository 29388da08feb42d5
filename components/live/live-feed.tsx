"use client";
// The browser's end of the live feed (issue 17 item 1): one EventSource per tab on /api/live.
// A "change" event invalidates the React Query views of that deployment (so only what is on the
// screen refetches); while the stream is up the views stop polling, and when it drops they poll
// again until it is back, then catch up once. Server-rendered lists subscribe with <LiveRefresh>.
// A tab showing a cockpit watches it (`useWatchCockpit`): its stream then carries the cockpit
// itself on each change of that deployment ("cockpit" events), so the cockpit is not refetched.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { deploymentKeys } from "@/lib/query-keys";

/** What /api/live sends for one committed change (lib/server/live/change-feed.ts). */
export type TLiveEvent = { deploymentId: string; version: number; isStatus: boolean; isWaiting: boolean };

type TListener = (event: TLiveEvent) => void;

/**
 * After the server refused the stream (no room: 503; signed out: 401) the browser's EventSource
 * gives up for good: the tab tries again this long after, in ms, and polls meanwhile.
 */
export const LIVE_REOPEN_MS = 30_000;

/** While the stream is up, a view still refetches this often, in ms: a bound on anything missed. */
export const LIVE_SAFETY_REFETCH_MS = 30_000;

/** Receives a watched cockpit as the stream carried it: unvalidated JSON, the receiver's to check. */
type TViewReceiver = (view: unknown) => void;
type TWatch = (deploymentId: string, receive: TViewReceiver) => () => void;

type TLiveContext = { isLive: boolean; isHidden: boolean; listeners: Set<TListener>; watchCockpit: TWatch };

const LiveContext = createContext<TLiveContext>({ isLive: false, isHidden: false, listeners: new Set(), watchCockpit: () => () => {} });

const isCockpitKey = (key: readonly unknown[], deploymentId: string) => key.length === 3 && key[1] === deploymentId && key[2] === "cockpit";

/** While the tab is hidden its stream is closed and views refetch this seldom, in ms. */
export const HIDDEN_REFETCH_MS = 15_000;

/**
 * Opens the tab's stream while the tab is visible; children read `useIsLive` and `useLiveChange`.
 * A hidden tab closes its stream: a browser allows about six connections per host over HTTP/1.1,
 * and streams held by background tabs would take them all.
 */
export function LiveFeedProvider({ children }: Readonly<{ children: ReactNode }>) {
  const queryClient = useQueryClient();
  const [isLive, setIsLive] = useState(false);
  const [isHidden, setIsHidden] = useState(false);
  const [listeners] = useState(() => new Set<TListener>());
  // the cockpit this tab shows, if any: its stream is opened to carry that cockpit
  const [watched, setWatched] = useState<string | null>(null);
  const receiver = useRef<TViewReceiver | null>(null);
  const [watchCockpit] = useState<TWatch>(() => (deploymentId: string, receive: TViewReceiver) => {
    receiver.current = receive;
    setWatched(deploymentId);
    return () => {
      if (receiver.current !== receive) return;
      receiver.current = null;
      setWatched(null);
    };
  });

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let source: EventSource | null = null;
    const catchUp = () => void queryClient.invalidateQueries();
    const heard = (event: TLiveEvent, isCockpitPushed: boolean) => {
      void queryClient.invalidateQueries({
        queryKey: deploymentKeys.detail(event.deploymentId),
        predicate: isCockpitPushed ? (q) => !isCockpitKey(q.queryKey, event.deploymentId) : undefined,
      });
      if (event.isWaiting) void queryClient.invalidateQueries({ queryKey: liveKeys.waiting });
      for (const listener of listeners) listener(event);
    };
    const open = () => {
      if (source) return;
      const es = new EventSource(watched ? `/api/live?cockpit=${encodeURIComponent(watched)}` : "/api/live");
      source = es;
      es.addEventListener("ready", () => {
        setIsLive(true);
        // what changed before the stream was up — since the page was rendered, while it was down
        // or the tab hidden — reaches no stream: every view refetches once (a change between the
        // server's render and the first "ready" was otherwise seen only by the 30 s safety refetch)
        catchUp();
      });
      es.addEventListener("change", (e) => {
        let event: TLiveEvent;
        try {
          event = JSON.parse((e as MessageEvent<string>).data) as TLiveEvent;
        } catch {
          return;
        }
        heard(event, false);
      });
      es.addEventListener("cockpit", (e) => {
        let pushed: { change: TLiveEvent; cockpit: unknown };
        try {
          pushed = JSON.parse((e as MessageEvent<string>).data) as { change: TLiveEvent; cockpit: unknown };
        } catch {
          return;
        }
        const receive = receiver.current;
        heard(pushed.change, receive !== null && pushed.change.deploymentId === watched);
        if (receive && pushed.change.deploymentId === watched) receive(pushed.cockpit);
      });
      es.addEventListener("resync", catchUp);
      es.addEventListener("error", () => {
        // EventSource reconnects by itself (after `retry`); a refusal (503 no room, 401) closes it
        // for good: views poll, and the tab asks again later
        setIsLive(false);
        if (es.readyState === EventSource.CLOSED && source === es) {
          source = null;
          reopen = setTimeout(() => {
            reopen = null;
            if (document.visibilityState !== "hidden") open();
          }, LIVE_REOPEN_MS);
        }
      });
    };
    let reopen: ReturnType<typeof setTimeout> | null = null;
    const close = () => {
      if (reopen) clearTimeout(reopen);
      reopen = null;
      source?.close();
      source = null;
      setIsLive(false);
    };
    const onVisibility = () => {
      const hidden = document.visibilityState === "hidden";
      setIsHidden(hidden);
      if (hidden) close();
      else open();
    };
    onVisibility();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      if (reopen) clearTimeout(reopen);
      source?.close();
      source = null;
    };
  }, [queryClient, listeners, watched]);

  return <LiveContext.Provider value={{ isLive, isHidden, listeners, watchCockpit }}>{children}</LiveContext.Provider>;
}

/** Query keys the feed invalidates that live outside lib/query-keys. */
export const liveKeys = { waiting: ["me", "waiting"] as const };

/** True while this tab's change stream is connected. */
export function useIsLive(): boolean {
  return useContext(LiveContext).isLive;
}

/**
 * A view's refetch interval: a slow safety net while the stream is up, `pollMs` while it is down,
 * and seldom while the tab is hidden (it catches up when shown).
 */
export function useLiveRefetchInterval(pollMs: number): number {
  const { isLive, isHidden } = useContext(LiveContext);
  if (isHidden) return HIDDEN_REFETCH_MS;
  return isLive ? LIVE_SAFETY_REFETCH_MS : pollMs;
}

/**
 * While mounted, this tab's stream carries deployment `deploymentId`'s cockpit on each of its
 * changes, handed to `receive` (the latest one given); one cockpit per tab, the last mounted wins.
 */
export function useWatchCockpit(deploymentId: string, receive: TViewReceiver): void {
  const { watchCockpit } = useContext(LiveContext);
  const latest = useRef(receive);
  latest.current = receive;
  useEffect(() => watchCockpit(deploymentId, (view) => latest.current(view)), [watchCockpit, deploymentId]);
}

/** Calls `listener` on every change event while mounted. */
export function useLiveChange(listener: TListener): void {
  const { listeners } = useContext(LiveContext);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => {
    const call: TListener = (event) => latest.current(event);
    listeners.add(call);
    return () => {
      listeners.delete(call);
    };
  }, [listeners]);
}

/**
 * Re-renders a server-rendered page when a deployment's status moves (`on="status"`) or sign-off
 * work appears or goes (`on="waiting"`); at most once per `minIntervalMs`.
 */
export function LiveRefresh({ on, minIntervalMs = 1_000 }: { on: "status" | "waiting"; minIntervalMs?: number }) {
  const router = useRouter();
  const last = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );
  useLiveChange((event) => {
    if (on === "status" ? !event.isStatus : !event.isWaiting) return;
    if (pending.current) return;
    const wait = Math.max(0, last.current + minIntervalMs - Date.now());
    pending.current = setTimeout(() => {
      pending.current = null;
      last.current = Date.now();
      router.refresh();
    }, wait);
  });
  return null;
}
