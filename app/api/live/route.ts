// Server-sent events for the live views (PRODUCT.md "Live work", issue 17 item 1): one stream per
// browser tab carrying "deployment X moved" from this instance's change feed
// (lib/server/live/change-feed.ts). The browser refetches only what it shows of X; an idle
// deployment sends nothing. A tab showing a cockpit opens its stream with `?cockpit=<id>` and,
// when that deployment moves, receives the cockpit itself in the event ("cockpit"): read once per
// change and instance, the shared part encoded once, each viewer's offered actions appended — so
// 200 open cockpits cost one read and 200 writes, not 200 requests. The stream ends after a few
// minutes so that the browser reconnects — and is authenticated again — on its own.
import { z } from "zod";
import { requirePermission, requireUser, type TSessionUser } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { liveStreamsMax } from "@/lib/env";
import { getChangeFeed, type TFeedMessage, type TLiveChange } from "@/lib/server/live/change-feed";
import { getDeploymentLiveStreamParts } from "@/lib/server/readers/get-deployment";

export const dynamic = "force-dynamic";

/** A stream's life in ms: the longest a revoked session keeps hearing which deployments moved (and its watched cockpit). */
const LIVE_STREAM_MS = 120_000;
/** A comment line this often keeps proxies from closing an idle stream. */
const KEEPALIVE_MS = 15_000;
/** Bytes a stream may hold unsent before a cockpit push waits for the viewer to read (one cockpit is ~130 kB). */
const LIVE_QUEUE_BYTES = 64 * 1024;
/** When a tab refused for lack of room may try again, in s (the browser waits LIVE_REOPEN_MS). */
const BUSY_RETRY_S = 30;
/** What EventSource waits before reconnecting, in ms (the SSE `retry` field). */
const RETRY_MS = 1_000;

const changeJson = (c: TLiveChange) => JSON.stringify({ deploymentId: c.deploymentId, version: c.version, isStatus: c.isStatus, isWaiting: c.isWaiting });

function frame(message: TFeedMessage): string {
  if (message.type === "resync") return "event: resync\ndata: {}\n\n";
  return `event: change\ndata: ${changeJson(message.change)}\n\n`;
}

const ZWatch = z.object({ cockpit: z.guid().optional() });
const refusal = (e: UnauthenticatedError | ForbiddenError | NotFoundError, status: number) => Response.json({ error: { code: e.code, message: e.message } }, { status });

export async function GET(request: Request) {
  const watch = ZWatch.safeParse({ cockpit: new URL(request.url).searchParams.get("cockpit") ?? undefined });
  if (!watch.success) return Response.json({ error: { code: "VALIDATION", message: "cockpit must be a deployment id." } }, { status: 400 });
  const cockpitId = watch.data.cockpit ?? null;
  let viewer: TSessionUser;
  try {
    viewer = cockpitId ? await requirePermission("deployment.view", { type: "deployment", id: cockpitId, deploymentId: cockpitId }) : await requireUser();
  } catch (e) {
    if (e instanceof UnauthenticatedError) return refusal(e, 401);
    if (e instanceof ForbiddenError) return refusal(e, 403);
    throw e;
  }
  const feed = getChangeFeed();
  if (feed.subscriberCount >= liveStreamsMax()) {
    // past what this process's memory holds: this tab polls instead (and tries again later)
    return Response.json(
      { error: { code: "BUSY", message: "Too many live views are open on this server: this page refreshes every few seconds instead." } },
      { status: 503, headers: { "Retry-After": String(BUSY_RETRY_S), "Cache-Control": "no-store" } },
    );
  }
  const encoder = new TextEncoder();
  let cleanup = () => {};
  // resolves a push waiting for the viewer to read what it was sent (see `pushCockpit`)
  let wake: (() => void) | null = null;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let isOpen = true;
        const drained = () =>
          new Promise<void>((resolve) => {
            wake = resolve;
          });
        const sendBytes = (bytes: Uint8Array) => {
          if (!isOpen) return;
          try {
            controller.enqueue(bytes);
          } catch {
            close();
          }
        };
        const send = (text: string) => sendBytes(encoder.encode(text));
        // the watched cockpit: one push at a time per stream, the latest change after the one in
        // flight (each read starts after the change it answers, so views go out in order); a viewer
        // still reading an earlier cockpit gets only the latest one once it has caught up, so a slow
        // or stalled connection holds at most one cockpit of this server's memory, not one per change
        let isPushing = false;
        let pending: TLiveChange | null = null;
        const pushCockpit = async (change: TLiveChange) => {
          pending = change;
          if (isPushing) return;
          isPushing = true;
          try {
            while (pending && isOpen) {
              if ((controller.desiredSize ?? 0) <= 0) {
                await drained();
                continue;
              }
              const next: TLiveChange = pending;
              pending = null;
              try {
                const parts = await getDeploymentLiveStreamParts(next.deploymentId, viewer);
                sendBytes(encoder.encode(`event: cockpit\ndata: {"change":${changeJson(next)},"cockpit":`));
                sendBytes(parts.shared);
                sendBytes(encoder.encode(`${parts.rest}}\n\n`));
              } catch (error) {
                // not pushed (the deployment gone, the database away): the tab refetches as before
                if (!(error instanceof NotFoundError)) console.error("live: the cockpit could not be pushed:", error instanceof Error ? error.message : String(error));
                send(frame({ type: "change", change: next }));
              }
            }
          } finally {
            isPushing = false;
          }
        };
        const unsubscribe = feed.subscribe((message) => {
          if (message.type === "change" && message.change.deploymentId === cockpitId) void pushCockpit(message.change);
          else send(frame(message));
        });
        const keepalive = setInterval(() => send(": keepalive\n\n"), KEEPALIVE_MS);
        const end = setTimeout(() => close(), LIVE_STREAM_MS);
        function close() {
          if (!isOpen) return;
          isOpen = false;
          wake?.();
          unsubscribe();
          clearInterval(keepalive);
          clearTimeout(end);
          try {
            controller.close();
          } catch {
            // already closed by the client
          }
        }
        cleanup = close;
        request.signal.addEventListener("abort", close);
        send(`retry: ${RETRY_MS}\nevent: ready\ndata: ${JSON.stringify({ mode: feed.mode, cockpit: cockpitId })}\n\n`);
      },
      pull() {
        const resume = wake;
        wake = null;
        resume?.();
      },
      cancel() {
        cleanup();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: LIVE_QUEUE_BYTES }),
  );
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      // no proxy or compression may hold events back
      "X-Accel-Buffering": "no",
      "Content-Encoding": "none",
    },
  });
}
