// Resolves where the app's database and the demo target are, for the start script and the CLI:
// DATABASE_URL when set; otherwise the embedded PGlite of the data directory — the one a running
// `npm start` already serves, or started here for the length of the command.
import "server-only";
import pg from "pg";
import { getDataDir, getEnv } from "@/lib/env";

export type TDatabaseHandle = {
  appUrl: string;
  /** the demo target deployments run against (PRODUCT.md "The demo") */
  demoTargetUrl: string;
  mode: "server" | "embedded" | "embedded-attached";
  /**
   * The demo target is the one made here beside the app's database on a server: the seed may give
   * it a login role of its own (README "Least privilege for targets"). A PHASELINE_DEMO_TARGET_URL
   * given by the operator is used as it is.
   */
  isDemoTargetOurs: boolean;
  /** embedded: the demo target's URL at the previous start, when its port changed (embedded.ts); the seed moves the demo environments off it */
  previousDemoTargetUrl?: string;
  close(): Promise<void>;
};

export async function openDatabases(): Promise<TDatabaseHandle> {
  const env = getEnv();
  if (env.DATABASE_URL) {
    const demoTargetUrl = env.PHASELINE_DEMO_TARGET_URL ?? (await ensureSiblingDatabase(env.DATABASE_URL, "_demo_target"));
    return { appUrl: env.DATABASE_URL, demoTargetUrl, mode: "server", isDemoTargetOurs: !env.PHASELINE_DEMO_TARGET_URL, close: async () => {} };
  }
  // PGlite is loaded only when it is used: the launcher on a real server stays small (issue 17)
  const { findRunningEmbedded, startEmbedded } = await import("./embedded");
  const dataDir = getDataDir();
  const running = findRunningEmbedded(dataDir);
  if (running) {
    return { appUrl: running.appUrl, demoTargetUrl: running.targetUrl, mode: "embedded-attached", isDemoTargetOurs: false, close: async () => {} };
  }
  const embedded = await startEmbedded(dataDir);
  return {
    appUrl: embedded.appUrl,
    demoTargetUrl: embedded.targetUrl,
    ...(embedded.previousTargetUrl ? { previousDemoTargetUrl: embedded.previousTargetUrl } : {}),
    mode: "embedded",
    isDemoTargetOurs: false,
    close: () => embedded.stop(),
  };
}

/**
 * On a real server, the demo target is a separate database beside the app's own
 * (`<name>_demo_target`), created when missing.
 */
export async function ensureSiblingDatabase(appUrl: string, suffix: string): Promise<string> {
  const url = new URL(appUrl);
  const appDb = decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres";
  const targetDb = `${appDb}${suffix}`;
  const client = new pg.Client({ connectionString: appUrl, application_name: "phaseline-setup" });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [targetDb]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(targetDb)}`).catch((e: { code?: string }) => {
        // two instances starting together: the other one created it
        if (e.code !== "42P04") throw e;
      });
    }
  } finally {
    await client.end();
  }
  url.pathname = `/${encodeURIComponent(targetDb)}`;
  return url.toString();
}
