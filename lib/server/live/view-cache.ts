import "server-only";
// A deployment's view at a version, read once per instance and served to every viewer (issue 17
// item 1): when a change reaches 200 open cockpits they all refetch at once, and all but the first
// get the same promise. An entry is good while the live feed has heard nothing of its deployment
// since the read began; without a running feed (tests, the CLI) nothing is cached.
import { getChangeFeed } from "./change-feed";

/** How long an entry may be served at most, in ms: a bound on a notification this process missed. */
export const VIEW_CACHE_TTL_MS = { listen: 60_000, local: 10_000 } as const;
/** Deployments kept at once; the least recently read goes first. */
export const VIEW_CACHE_ENTRIES = 256;

type TEntry = { generation: number; epoch: number; at: number; value: Promise<unknown>; validUntilMs: number };

const caches = new Map<string, Map<string, TEntry>>();

function cacheFor(name: string): Map<string, TEntry> {
  let cache = caches.get(name);
  if (!cache) {
    cache = new Map();
    caches.set(name, cache);
  }
  return cache;
}

/**
 * `load()` once per deployment and live version, shared by concurrent and later callers.
 * A rejected load is not kept. `name` separates the kinds of view (e.g. "cockpit"). `validUntil`
 * gives the time (ms, this process's clock) after which a loaded view is void however quiet the
 * deployment stays: a view that turns on the clock (a follow-up falling due) says when.
 */
export function cachedDeploymentView<T>(name: string, deploymentId: string, load: () => Promise<T>, validUntil?: (value: T) => number): Promise<T> {
  const feed = getChangeFeed();
  if (feed.mode === "stopped") return load();
  const cache = cacheFor(name);
  const generation = feed.generation(deploymentId);
  const now = Date.now();
  const hit = cache.get(deploymentId);
  if (hit && hit.generation === generation && hit.epoch === feed.epoch && now - hit.at < VIEW_CACHE_TTL_MS[feed.mode] && now < hit.validUntilMs) {
    // most recently used last: the Map's order is the eviction order
    cache.delete(deploymentId);
    cache.set(deploymentId, hit);
    return hit.value as Promise<T>;
  }
  const value = load();
  const entry: TEntry = { generation, epoch: feed.epoch, at: now, value, validUntilMs: Number.POSITIVE_INFINITY };
  if (validUntil) {
    value.then(
      (v) => {
        entry.validUntilMs = validUntil(v);
      },
      () => {},
    );
  }
  cache.delete(deploymentId);
  cache.set(deploymentId, entry);
  while (cache.size > VIEW_CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  value.catch(() => {
    if (cache.get(deploymentId) === entry) cache.delete(deploymentId);
  });
  return value;
}
