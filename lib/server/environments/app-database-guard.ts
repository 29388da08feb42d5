import "server-only";
// A target must never be Phaseline's own database (issue 11 item 2): a SQL step run there could
// read the users table, rewrite the audit trail's neighbours, or drop the app. Two databases are
// "the same" when they share the cluster's system identifier (pg_control_system()) and the
// database name (current_database()): a second URL for the same server — another host name, a
// proxy, a socket — is still caught.
import pg from "pg";
import { getPrisma } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";

export type TDatabaseIdentity = { systemIdentifier: string; databaseName: string };

export const APP_DATABASE_MESSAGE =
  "This target is Phaseline's own database (same server and database name). Steps must never run there: point the environment at the database the runbook changes.";

const IDENTITY_SQL = "SELECT system_identifier::text AS system_identifier, current_database() AS database_name FROM pg_control_system()";

/** The refusal at save, on the target field. */
export const appDatabaseTargetError = () => new ValidationError("Nothing was saved: the target is Phaseline's own database.", { targetUrl: [APP_DATABASE_MESSAGE] });

let appIdentity: Promise<TDatabaseIdentity | null> | null = null;

/** The app database's identity, read once per process; null if the server does not tell (then nothing is refused on it). */
export function getAppDatabaseIdentity(): Promise<TDatabaseIdentity | null> {
  appIdentity ??= getPrisma()
    .$queryRawUnsafe<{ system_identifier: string; database_name: string }[]>(IDENTITY_SQL)
    .then((rows) => (rows[0] ? { systemIdentifier: rows[0].system_identifier, databaseName: rows[0].database_name } : null))
    .catch(() => {
      appIdentity = null; // try again next time
      return null;
    });
  return appIdentity;
}

/** The identity of the database a connected client is on; null when pg_control_system() is not allowed for its role. */
export async function readDatabaseIdentity(client: pg.Client): Promise<TDatabaseIdentity | null> {
  try {
    const { rows } = await client.query<{ system_identifier: string; database_name: string }>(IDENTITY_SQL);
    return rows[0] ? { systemIdentifier: rows[0].system_identifier, databaseName: rows[0].database_name } : null;
  } catch {
    return null;
  }
}

/** Whether a connected target client is on the app's own database. */
export async function isAppDatabase(client: pg.Client): Promise<boolean> {
  const [app, target] = await Promise.all([getAppDatabaseIdentity(), readDatabaseIdentity(client)]);
  return !!app && !!target && app.systemIdentifier === target.systemIdentifier && app.databaseName === target.databaseName;
}

const SAVE_CHECK_TIMEOUT_MS = 3_000;

/**
 * At save: connects to a new target URL briefly and answers whether it is the app's own database.
 * A target that cannot be reached now is not refused here (it may be down for the moment): the
 * executor checks again before every run.
 */
export async function isAppDatabaseUrl(targetUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: targetUrl, connectionTimeoutMillis: SAVE_CHECK_TIMEOUT_MS, application_name: "phaseline:target-check" });
  client.on("error", () => {});
  try {
    await client.connect();
    return await isAppDatabase(client);
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
