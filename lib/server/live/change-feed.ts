import "server-only";
// Live work without polling (PRODUCT.md "Live work", issue 17 item 1). Every change to a deployment
// sends `pg_notify('phaseline_change', …)` in the transaction that makes it, so a notification
// exists only for a committed change and every instance behind a load balancer hears it on its
// own LISTEN connection. This module is that per-process listener and the fan-out to the open
// browser streams (app/api/live/route.ts): an idle deployment costs no query, whatever the number
// of viewers; a change costs each instance one read (the cached view, lib/server/live/view-cache.ts).
//
// The embedded PGlite serves every socket connection from one backend: a notification reaches the
// connection that sent it, not the listener. The feed finds that out at start (a probe
// notification that never arrives) and falls back to announcing this process's own commits
// (`announceCommitted`), which is complete there: the embedded database has one app process.
import pg from "pg";
import type { TTx } from "@/lib/db/client";

export const LIVE_CHANNEL = "phaseline_change";

/** What a notification says: which deployment moved, its lock version, and whom it concerns. */
export type TLiveChange = {
  deploymentId: string;
  /** Deployment.version after the change (output appends keep it) */
  version: number;
  /** the deployment's status moved: lists of deployments refresh */
  isStatus: boolean;
  /** sign-off work appeared or went: "Waiting for you" refreshes */
  isWaiting: boolean;
};

/** A message to every open stream: a change, or "resync" after the feed lost notifications. */
export type TFeedMessage = { type: "change"; change: TLiveChange } | { type: "resync" };

export type TFeedMode = "stopped" | "listen" | "local";

type TSubscriber = (message: TFeedMessage) => void;

/** Audit event types whose change moves a deployment's status, or what waits for a sign-off. */
export function classifyEvents(types: readonly string[]): Pick<TLiveChange, "isStatus" | "isWaiting"> {
  const isStatus = types.some((t) => t === "deployment.status_changed" || t === "deployment.planned");
  const isWaiting = isStatus || types.some((t) => t === "phase.status_changed" || t.startsWith("signoff."));
  return { isStatus, isWaiting };
}

const encode = (c: TLiveChange) => JSON.stringify({ d: c.deploymentId, v: c.version, s: c.isStatus ? 1 : 0, w: c.isWaiting ? 1 : 0 });

/** Parses a notification payload; null for anything that is not ours. */
export function decodeChange(payload: string | undefined): TLiveChange | null {
  if (!payload) return null;
  try {
    const p = JSON.parse(payload) as { d?: unknown; v?: unknown; s?: unknown; w?: unknown };
    if (typeof p.d !== "string" || typeof p.v !== "number") return null;
    return { deploymentId: p.d, version: p.v, isStatus: p.s === 1, isWaiting: p.w === 1 };
  } catch {
    return null;
  }
}

type TSql = Pick<TTx, "$queryRaw">;

/**
 * In the change's own transaction: queues the notification, which Postgres delivers on commit
 * (and drops on rollback). The version is read in the same statement, after the change's writes.
 * Returns the change to hand to `announceCommitted` once the transaction has committed; null when
 * the deployment does not exist.
 */
export async function notifyDeploymentChange(tx: TSql, deploymentId: string, flags: Pick<TLiveChange, "isStatus" | "isWaiting">): Promise<TLiveChange | null> {
  const rows = await tx.$queryRaw<{ version: number }[]>`
    SELECT version, pg_notify(${LIVE_CHANNEL}, json_build_object('d', id, 'v', version, 's', ${flags.isStatus ? 1 : 0}::int, 'w', ${flags.isWaiting ? 1 : 0}::int)::text)::text AS sent
    FROM "Deployment" WHERE id = ${deploymentId}`;
  const row = rows[0];
  return row ? { deploymentId, version: Number(row.version), ...flags } : null;
}

const PROBE_TIMEOUT_MS = 2_000;
const RECONNECT_MS = [500, 1_000, 2_000, 5_000];

class ChangeFeed {
  mode: TFeedMode = "stopped";
  /** bumps whenever notifications may have been missed: every cached view is void */
  epoch = 0;
  private readonly subscribers = new Set<TSubscriber>();
  private readonly generations = new Map<string, number>();
  private client: pg.Client | null = null;
  private starting: Promise<void> | null = null;
  private reconnectAttempt = 0;
  private isStopping = false;

  /** Starts listening on `databaseUrl` (idempotent). Resolves once the mode is known. */
  start(databaseUrl: string): Promise<void> {
    this.isStopping = false;
    this.starting ??= this.connect(databaseUrl, true).finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  async stop(): Promise<void> {
    this.isStopping = true;
    const client = this.client;
    this.client = null;
    this.mode = "stopped";
    await client?.end().catch(() => {});
  }

  /** The change counter of one deployment in this process: a cached view is good while it holds. */
  generation(deploymentId: string): number {
    return this.generations.get(deploymentId) ?? 0;
  }

  subscribe(subscriber: TSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /**
   * After this process committed a change: its cached views are void at once (the person who
   * acted reads their own change next), and the streams hear of it here unless a LISTEN
   * connection will tell them.
   */
  announceCommitted(change: TLiveChange): void {
    if (this.mode === "listen") this.bump(change.deploymentId);
    else this.deliver({ type: "change", change });
  }

  private bump(deploymentId: string): void {
    this.generations.set(deploymentId, this.generation(deploymentId) + 1);
  }

  private deliver(message: TFeedMessage): void {
    if (message.type === "change") this.bump(message.change.deploymentId);
    else {
      this.epoch += 1;
      this.generations.clear();
    }
    for (const subscriber of this.subscribers) {
      try {
        subscriber(message);
      } catch (error) {
        console.error("live feed subscriber failed", error instanceof Error ? error.message : String(error));
      }
    }
  }

  private async connect(databaseUrl: string, isFirst: boolean): Promise<void> {
    const client = new pg.Client({ connectionString: databaseUrl, application_name: "phaseline-live-feed" });
    try {
      await client.connect();
      const probe = `probe-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const heard = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
        client.on("notification", (n) => {
          if (n.channel === LIVE_CHANNEL && n.payload === probe) {
            clearTimeout(timer);
            resolve(true);
            return;
          }
          if (n.channel !== LIVE_CHANNEL) return;
          const change = decodeChange(n.payload);
          if (change) this.deliver({ type: "change", change });
        });
      });
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      // the probe goes out from another connection, as a change would
      const sender = new pg.Client({ connectionString: databaseUrl, application_name: "phaseline-live-feed" });
      await sender.connect();
      try {
        await sender.query("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, probe]);
      } finally {
        await sender.end().catch(() => {});
      }
      if (!(await heard)) {
        // one shared backend (PGlite): the listener never hears others; announce our own commits
        await client.query(`UNLISTEN ${LIVE_CHANNEL}`).catch(() => {});
        await client.end().catch(() => {});
        this.mode = "local";
        return;
      }
      this.client = client;
      this.mode = "listen";
      this.reconnectAttempt = 0;
      client.on("error", (error) => {
        console.error("live feed: the LISTEN connection failed, reconnecting:", error.message);
      });
      client.on("end", () => {
        if (this.client !== client || this.isStopping) return;
        this.client = null;
        this.mode = "local";
        this.deliver({ type: "resync" });
        this.scheduleReconnect(databaseUrl);
      });
      // notifications sent while we were away are lost: every viewer refetches once
      if (!isFirst) this.deliver({ type: "resync" });
    } catch (error) {
      await client.end().catch(() => {});
      console.error("live feed: could not LISTEN:", error instanceof Error ? error.message : String(error));
      this.mode = "local";
      if (!this.isStopping) this.scheduleReconnect(databaseUrl);
    }
  }

  private scheduleReconnect(databaseUrl: string): void {
    const delay = RECONNECT_MS[Math.min(this.reconnectAttempt, RECONNECT_MS.length - 1)]!;
    this.reconnectAttempt += 1;
    setTimeout(() => {
      if (!this.isStopping) void this.connect(databaseUrl, false);
    }, delay).unref();
  }
}

const KEY = Symbol.for("phaseline.liveChangeFeed");

/** The process's one feed: route handlers, server actions and workers share it across bundles. */
export function getChangeFeed(): ChangeFeed {
  const store = globalThis as unknown as Record<symbol, ChangeFeed | undefined>;
  store[KEY] ??= new ChangeFeed();
  return store[KEY];
}
