// The embedded default: PGlite databases persisted under the data directory, each served on a
// loopback socket so the app reaches them through the same `pg` driver as a real server.
// PGlite runs one query at a time; the socket server queues the rest (never wait on a second
// connection while holding a transaction).
import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { keepProtocolExchangesWhole } from "./pglite-socket-sequences";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export type TEmbeddedDatabases = {
  /** the app's own database */
  appUrl: string;
  /** the demo target database deployments run against (PRODUCT.md "The demo") */
  targetUrl: string;
  /**
   * The demo target's URL at the data directory's previous start, when it differed: each start
   * serves on a port the OS picks, so environments saved with the old URL are moved by the seed.
   */
  previousTargetUrl?: string;
  stop(): Promise<void>;
};

type TRegistration = { pid: number; appUrl: string; targetUrl: string };

export class EmbeddedInUseError extends Error {
  constructor(readonly registration: TRegistration) {
    super(`the embedded database in this data directory is in use by process ${registration.pid}`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

const registrationFile = (dataDir: string) => join(dataDir, "embedded.json");
/** The demo target's URL at the last start: kept after a stop, unlike the registration. */
const lastTargetUrlFile = (dataDir: string) => join(dataDir, "pglite", "demo-target-url");

/** The running embedded databases of another process on this data directory, if any. */
export function findRunningEmbedded(dataDir: string): TRegistration | null {
  const file = registrationFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const reg = JSON.parse(readFileSync(file, "utf8")) as TRegistration;
    return isAlive(reg.pid) && reg.pid !== process.pid ? reg : null;
  } catch {
    return null;
  }
}

/**
 * Postgres's shared buffers in each PGlite (its default is 128 MB, resident in the wasm memory of
 * the process that serves it): the demo target is a few tables; the app's database of a demo or a
 * team's work fits many times over, and pages outside the buffers come from the OS's file cache.
 * Issue 17: the launcher held both databases at 128 MB each.
 */
const SHARED_BUFFERS = { app: "32MB", target: "16MB" } as const;

const pgliteOptions = (sharedBuffers: string) => ({ startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${sharedBuffers}`] });

const appDir = (dataDir: string) => join(dataDir, "pglite", "app");
const targetDir = (dataDir: string) => join(dataDir, "pglite", "demo-target");

/** Whether both databases of the data directory exist (initdb has run for each). */
export function isEmbeddedInitialized(dataDir: string): boolean {
  return existsSync(join(appDir(dataDir), "PG_VERSION")) && existsSync(join(targetDir(dataDir), "PG_VERSION"));
}

/**
 * Creates the data directory's databases and closes them. `npm start` runs it in a short-lived
 * child on a first start: initdb leaves some hundreds of MB in the wasm memory of the process that
 * ran it, which the long-lived launcher should not keep (issue 17).
 */
export async function initializeEmbedded(dataDir: string): Promise<void> {
  mkdirSync(join(dataDir, "pglite"), { recursive: true });
  for (const [dir, sharedBuffers] of [
    [appDir(dataDir), SHARED_BUFFERS.app],
    [targetDir(dataDir), SHARED_BUFFERS.target],
  ] as const) {
    const db = await PGlite.create(dir, pgliteOptions(sharedBuffers));
    await db.close();
  }
}

async function serve(dataPath: string | undefined, sharedBuffers: string) {
  // PGlite "memory://" when no path: used by tests that want a throwaway database.
  const db = await PGlite.create(dataPath ?? "memory://", pgliteOptions(sharedBuffers));
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 32 });
  keepProtocolExchangesWhole(server);
  await server.start();
  const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return {
    url,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/**
 * Starts both embedded databases. `dataDir` null: in memory, nothing persisted.
 * Refuses when another live process already serves the same data directory.
 */
export async function startEmbedded(dataDir: string | null): Promise<TEmbeddedDatabases> {
  if (dataDir) {
    const running = findRunningEmbedded(dataDir);
    if (running) throw new EmbeddedInUseError(running);
    mkdirSync(join(dataDir, "pglite"), { recursive: true });
  }
  const app = await serve(dataDir ? appDir(dataDir) : undefined, SHARED_BUFFERS.app);
  const target = await serve(dataDir ? targetDir(dataDir) : undefined, SHARED_BUFFERS.target);
  let previousTargetUrl: string | undefined;
  if (dataDir) {
    const reg: TRegistration = { pid: process.pid, appUrl: app.url, targetUrl: target.url };
    writeFileSync(registrationFile(dataDir), JSON.stringify(reg, null, 2));
    const last = existsSync(lastTargetUrlFile(dataDir)) ? readFileSync(lastTargetUrlFile(dataDir), "utf8").trim() : "";
    if (last && last !== target.url) previousTargetUrl = last;
    writeFileSync(lastTargetUrlFile(dataDir), target.url);
  }
  let stopped = false;
  return {
    appUrl: app.url,
    targetUrl: target.url,
    ...(previousTargetUrl ? { previousTargetUrl } : {}),
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.allSettled([app.stop(), target.stop()]);
      if (dataDir) rmSync(registrationFile(dataDir), { force: true });
    },
  };
}
