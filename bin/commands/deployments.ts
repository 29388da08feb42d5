// CI/CD gates (PRODUCT.md "Interfaces", issue 14):
//   phaseline deployment status ID|NAME [--json] [--wait [--timeout 30m] [--interval 5s]] [--url URL]
//   phaseline deployments list [--status S[,S…]] [--limit N] [--json] [--url URL]
// Directly against the database (DATABASE_URL or the embedded one), or against a running server
// with --url and a token in PHASELINE_TOKEN (a read token is enough). Exit codes of `status`:
// 0 succeeded, 1 failed / rolled back / aborted, 2 still in progress (or --wait timed out),
// 3 not found or not reachable — so a pipeline step can gate on the outcome.
export const DEPLOYMENT_STATUS_USAGE = "deployment status ID|NAME [--json] [--wait [--timeout 30m] [--interval 5s]] [--url URL]";
export const DEPLOYMENTS_LIST_USAGE = "deployments list [--status S[,S…]] [--limit N] [--json] [--url URL]";

export const EXIT = { succeeded: 0, failed: 1, inProgress: 2, unknown: 3, usage: 64 } as const;

const STATUSES = ["PLANNED", "IN_PROGRESS", "PAUSED", "SUCCEEDED", "FAILED", "ROLLING_BACK", "ROLLED_BACK", "ABORTED"] as const;
type TStatus = (typeof STATUSES)[number];

/** 0 succeeded; 1 failed, rolled back or aborted; 2 anything still moving (planned, running, paused, rolling back). */
export function exitCodeOf(status: string): number {
  if (status === "SUCCEEDED") return EXIT.succeeded;
  if (status === "FAILED" || status === "ROLLED_BACK" || status === "ABORTED") return EXIT.failed;
  return EXIT.inProgress;
}
const isFinal = (status: string) => exitCodeOf(status) !== EXIT.inProgress;

/** "90s", "30m", "2h" → milliseconds; undefined when unreadable. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d{1,6})(ms|s|m|h)$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as "ms" | "s" | "m" | "h"];
}

export type TStatusWire = {
  id: string;
  name: string;
  status: string;
  statusReason: string | null;
  environment: string;
  runbook: { id: string; title: string; versionNumber: number | null };
  startedAt: string | null;
  finishedAt: string | null;
  phases: { procedure: string; position: number; title: string; status: string }[];
};
export type TListItemWire = {
  id: string;
  name: string;
  status: string;
  createdAt: string;
  environment: { name: string };
  runbookVersion: { title: string; number: number | null };
};

/** Where the answers come from: the database, or a server's /api/v1. */
export type TDeploymentSource = {
  status(idOrName: string): Promise<TStatusWire | null>;
  list(filter: { statuses: TStatus[]; limit: number }): Promise<TListItemWire[]>;
  close(): Promise<void>;
};

export class SourceError extends Error {}

const wire = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

export async function databaseSource(prismaOverride?: import("@/lib/db/client").TPrisma): Promise<TDeploymentSource> {
  const { getDeploymentStatus } = await import("@/lib/server/readers/get-deployment-status");
  const { findDeploymentPage } = await import("@/lib/server/readers/find-deployments");
  const { isAppError } = await import("@/lib/errors");
  let prisma = prismaOverride;
  let close = async () => {};
  if (!prisma) {
    const { openDatabases } = await import("@/lib/db/connect");
    const { createPrisma } = await import("@/lib/db/client");
    const db = await openDatabases();
    const own = createPrisma(db.appUrl, { max: 2 });
    prisma = own;
    close = async () => {
      await own.$disconnect();
      await db.close();
    };
  }
  return {
    async status(idOrName) {
      try {
        return wire<TStatusWire>(await getDeploymentStatus(idOrName, { prisma }));
      } catch (error) {
        if (isAppError(error) && error.code === "NOT_FOUND") return null;
        throw error;
      }
    },
    async list({ statuses, limit }) {
      return wire<TListItemWire[]>((await findDeploymentPage({ limit, filter: { statuses }, prisma })).deployments);
    },
    close,
  };
}

export function httpSource(baseUrl: string, token: string | undefined, fetchImpl: typeof fetch = fetch): TDeploymentSource {
  if (!token) throw new SourceError("--url needs a token: set PHASELINE_TOKEN (Settings → Tokens; a read token is enough)");
  const get = async (path: string) => {
    let response: Response;
    try {
      // never follow a redirect: the token must not travel to another host
      response = await fetchImpl(new URL(path, baseUrl), { headers: { Authorization: `Bearer ${token}`, Accept: "application/json" }, redirect: "error" });
    } catch {
      throw new SourceError(`could not reach ${new URL(baseUrl).origin}`);
    }
    if (response.status === 404) return null;
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    if (!response.ok) throw new SourceError(`${response.status} from the server: ${body?.error?.message ?? "no message"}`);
    return body;
  };
  return {
    status: async (idOrName) => (await get(`/api/v1/deployments/${encodeURIComponent(idOrName)}/status`)) as TStatusWire | null,
    list: async ({ statuses, limit }) => {
      const query = new URLSearchParams({ limit: String(limit), ...(statuses.length ? { status: statuses.join(",") } : {}) });
      const body = (await get(`/api/v1/deployments?${query}`)) as { items: TListItemWire[] } | null;
      return body?.items ?? [];
    },
    close: async () => {},
  };
}

type TIo = { out: (line: string) => void; err: (line: string) => void; sleep: (ms: number) => Promise<void>; now: () => number };
const defaultIo: TIo = { out: (l) => console.log(l), err: (l) => console.error(l), sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: () => Date.now() };

function takeFlags(args: string[], withValue: readonly string[], bare: readonly string[]) {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) {
      positional.push(arg);
      continue;
    }
    if (bare.includes(m[1]!)) flags.add(m[1]!);
    else if (withValue.includes(m[1]!)) {
      const value = m[2] ?? args[++i];
      if (!value) throw new SourceError(`--${m[1]} needs a value`);
      values[m[1]!] = value;
    } else throw new SourceError(`unknown option --${m[1]}`);
  }
  return { values, flags, positional };
}

async function openSource(url: string | undefined, deps: { source?: TDeploymentSource; token?: string }): Promise<TDeploymentSource> {
  if (deps.source) return deps.source;
  if (url) {
    const token = deps.token ?? (await import("@/lib/env")).getEnv().PHASELINE_TOKEN;
    return httpSource(url, token);
  }
  return databaseSource();
}

function describe(s: TStatusWire): string[] {
  const lines = [`${s.name}: ${s.status}${s.statusReason ? ` — ${s.statusReason}` : ""}`, `  ${s.runbook.title} v${s.runbook.versionNumber ?? "?"} on ${s.environment}`];
  for (const p of s.phases) lines.push(`  ${p.procedure === "ROLLBACK" ? "rollback " : ""}${p.position}. ${p.title}: ${p.status}`);
  return lines;
}

export async function runDeploymentStatus(args: string[], deps: { source?: TDeploymentSource; token?: string; io?: Partial<TIo> } = {}): Promise<number> {
  const io = { ...defaultIo, ...deps.io };
  let parsed;
  try {
    parsed = takeFlags(args, ["timeout", "interval", "url"], ["json", "wait"]);
  } catch (error) {
    io.err(`deployment status: ${(error as Error).message} (usage: phaseline ${DEPLOYMENT_STATUS_USAGE})`);
    return EXIT.usage;
  }
  const { values, flags, positional } = parsed;
  const timeoutMs = parseDuration(values.timeout ?? "30m");
  const intervalMs = parseDuration(values.interval ?? "5s");
  if (positional.length !== 1 || timeoutMs === undefined || intervalMs === undefined || intervalMs < 100) {
    io.err(`deployment status: name one deployment; durations like 90s, 30m, 2h (usage: phaseline ${DEPLOYMENT_STATUS_USAGE})`);
    return EXIT.usage;
  }
  let source: TDeploymentSource;
  try {
    source = await openSource(values.url, deps);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    io.err(`deployment status: ${error.message}`);
    return EXIT.unknown;
  }
  try {
    const deadline = io.now() + timeoutMs;
    for (;;) {
      const status = await source.status(positional[0]!);
      if (!status) {
        io.err(`deployment status: no deployment ${JSON.stringify(positional[0])}`);
        return EXIT.unknown;
      }
      const isDone = isFinal(status.status);
      if (isDone || !flags.has("wait") || io.now() >= deadline) {
        if (flags.has("json")) io.out(JSON.stringify(status, null, 2));
        else for (const line of describe(status)) io.out(line);
        if (!isDone && flags.has("wait")) io.err(`deployment status: still ${status.status} after ${values.timeout ?? "30m"}`);
        return exitCodeOf(status.status);
      }
      await io.sleep(Math.min(intervalMs, Math.max(0, deadline - io.now())));
    }
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    io.err(`deployment status: ${error.message}`);
    return EXIT.unknown;
  } finally {
    await source.close();
  }
}

export async function runDeploymentsList(args: string[], deps: { source?: TDeploymentSource; token?: string; io?: Partial<TIo> } = {}): Promise<number> {
  const io = { ...defaultIo, ...deps.io };
  let parsed;
  try {
    parsed = takeFlags(args, ["status", "limit", "url"], ["json"]);
  } catch (error) {
    io.err(`deployments list: ${(error as Error).message} (usage: phaseline ${DEPLOYMENTS_LIST_USAGE})`);
    return EXIT.usage;
  }
  const { values, flags, positional } = parsed;
  const statuses = (values.status ?? "")
    .split(",")
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  const bad = statuses.filter((s) => !(STATUSES as readonly string[]).includes(s));
  const limit = Number(values.limit ?? "50");
  if (positional.length || bad.length || !Number.isInteger(limit) || limit < 1 || limit > 200) {
    io.err(
      `deployments list: ${bad.length ? `unknown status ${bad.join(", ")}; use ${STATUSES.join(", ")}` : "unexpected arguments"} (usage: phaseline ${DEPLOYMENTS_LIST_USAGE})`,
    );
    return EXIT.usage;
  }
  let source: TDeploymentSource;
  try {
    source = await openSource(values.url, deps);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    io.err(`deployments list: ${error.message}`);
    return EXIT.unknown;
  }
  try {
    const items = await source.list({ statuses: statuses as TStatus[], limit });
    if (flags.has("json")) io.out(JSON.stringify(items, null, 2));
    else if (!items.length) io.out("no deployments");
    else for (const d of items) io.out(`${d.status.padEnd(12)} ${d.name}  ${d.runbookVersion.title} v${d.runbookVersion.number ?? "?"} on ${d.environment.name}  (${d.createdAt})`);
    return 0;
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    io.err(`deployments list: ${error.message}`);
    return EXIT.unknown;
  } finally {
    await source.close();
  }
}
