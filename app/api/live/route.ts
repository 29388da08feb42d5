// Server-sent events for the live views (PRODUCT.md "Live work", issue 17 item 1): one stream per
// browser tab carrying "deployment X moved" from this instance's change feed
// (lib/server/live/change-feed.ts). The browser refetches only what it shows of X; an idle
// deployment sends nothing. The stream names deployments and nothing else, and ends after a few
// minutes so that the browser reconnects — and is authenticated again — on its own.
import { requireUser } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors";
import { getChangeFeed, type TFeedMessage } from "@/lib/server/live/change-feed";

export const dynamic = "force-dynamic";

/** A stream's life in ms: the longest a revoked session keeps hearing which deployments moved. */
const LIVE_STREAM_MS = 120_000;
/** A comment line this often keeps proxies from closing an idle stream. */
const KEEPALIVE_MS = 15_000;
/** What EventSource waits before reconnecting, in ms (the SSE `retry` field). */
const RETRY_MS = 1_000;

function frame(message: TFeedMessage): string {
  if (message.type === "resync") return "event: resync\ndata: {}\n\n";
  const c = message.change;
  return `event: change\ndata: ${JSON.stringify({ deploymentId: c.deploymentId, version: c.version, isStatus: c.isStatus, isWaiting: c.isWaiting })}\n\n`;
}

export async function GET(request: Request) {
  try {
    await requireUser();
  } catch (e) {
    if (e instanceof UnauthenticatedError) return Response.json({ error: { code: e.code, message: e.message } }, { status: 401 });
    throw e;
  }
  const feed = getChangeFeed();
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let isOpen = true;
      const send = (text: string) => {
        if (!isOpen) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const unsubscribe = feed.subscribe((message) => send(frame(message)));
      const keepalive = setInterval(() => send(": keepalive\n\n"), KEEPALIVE_MS);
      const end = setTimeout(() => close(), LIVE_STREAM_MS);
      function close() {
        if (!isOpen) return;
        isOpen = false;
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
      send(`retry: ${RETRY_MS}\nevent: ready\ndata: ${JSON.stringify({ mode: feed.mode })}\n\n`);
    },
    cancel() {
      cleanup();
    },
  });
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
