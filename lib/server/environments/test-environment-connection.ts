import "server-only";
import pg from "pg";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { decryptSecret } from "@/lib/crypto";
import { ZTestEnvironmentConnection, type TConnectionFailureReason, type TConnectionTestResult } from "@/lib/domain/environment";
import { NotFoundError } from "@/lib/errors";
import { parseEnvironmentInput } from "./parse-environment-input";

type TOptions = { actor: TActor; input: { environmentId: string }; prisma?: TPrisma; timeoutMs?: number };

export const CONNECTION_TEST_TIMEOUT_MS = 5_000;

/**
 * Connects to an environment's saved target and asks it who it is. The result is written for
 * people and is safe to show and keep: it never holds the URL, its password, or a driver's raw
 * message (those can echo the connection string). The attempt is audited with its outcome only.
 *
 * No transaction is open while connecting: the test waits on the network for up to 5 s, and
 * the embedded databases answer one query at a time.
 */
export async function testEnvironmentConnection({ actor, input, prisma = getPrisma(), timeoutMs = CONNECTION_TEST_TIMEOUT_MS }: TOptions): Promise<TConnectionTestResult> {
  const { environmentId } = parseEnvironmentInput(ZTestEnvironmentConnection, input);
  const environment = await prisma.environment.findUnique({ where: { id: environmentId }, select: { id: true, targetUrlCiphertext: true } });
  if (!environment) throw new NotFoundError("This environment does not exist any more.");

  const result = await probe(environment.targetUrlCiphertext, timeoutMs);

  await prisma.$transaction((tx) =>
    appendAuditEvent(
      tx,
      { actor, targetType: "environment", targetId: environment.id },
      {
        type: "environment.connection_tested",
        payload: result.ok ? { outcome: "ok", latencyMs: result.latencyMs } : { outcome: "failed", reason: result.reason },
      },
    ),
  );
  return result;
}

/** The same probe without the audit event: for the pre-flight check a page shows on every view. */
export async function probeEnvironmentTarget(environmentId: string, prisma: TPrisma = getPrisma(), timeoutMs = CONNECTION_TEST_TIMEOUT_MS): Promise<TConnectionTestResult> {
  const environment = await prisma.environment.findUnique({ where: { id: environmentId }, select: { targetUrlCiphertext: true } });
  if (!environment) throw new NotFoundError("This environment does not exist any more.");
  return probe(environment.targetUrlCiphertext, timeoutMs);
}

/** Connects with a stored (sealed) URL and asks who it is: the environment's target or a database of its group. */
export async function probe(ciphertext: string | null, timeoutMs: number): Promise<TConnectionTestResult> {
  if (ciphertext === null) return fail("no_target", "This environment has no target database yet. Enter one and save, then test it.");
  let url: string;
  try {
    url = decryptSecret(ciphertext);
  } catch {
    return fail("undecryptable", "The saved target could not be decrypted with this server's PHASELINE_SECRET_KEY. Enter the target URL again and save.");
  }
  const where = describeHost(url);
  if (!where) return fail("other", "The saved target URL cannot be read. Enter it again and save.");
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs,
    application_name: "phaseline-connection-test",
  });
  // an error after connect (the server going away) must not crash the process or reach a log
  client.on("error", () => {});
  const started = performance.now();
  try {
    await client.connect();
    const { rows } = await client.query<{ database: string; serverVersion: string }>(`SELECT current_database() AS "database", version() AS "serverVersion"`);
    const latencyMs = Math.round(performance.now() - started);
    const row = rows[0];
    return { ok: true, database: row?.database ?? "", serverVersion: row?.serverVersion ?? "", latencyMs };
  } catch (error) {
    return describeFailure(error, where, timeoutMs);
  } finally {
    await client.end().catch(() => {});
  }
}

function fail(reason: TConnectionFailureReason, message: string): TConnectionTestResult {
  return { ok: false, reason, message };
}

type TWhere = { host: string; port: string; user: string; database: string };

/** The non-secret parts of the URL, for messages: host, port, user name and database name. */
function describeHost(url: string): TWhere | null {
  try {
    const u = new URL(url);
    return {
      host: u.hostname || "localhost",
      port: u.port || "5432",
      user: decodeURIComponent(u.username) || "(default user)",
      database: decodeURIComponent(u.pathname.replace(/^\//, "")),
    };
  } catch {
    return null;
  }
}

/**
 * Maps what the driver threw to a sentence built only from the error's code and the URL's
 * non-secret parts. The driver's own message is never used: for some failures it repeats the
 * connection string.
 */
function describeFailure(error: unknown, where: TWhere, timeoutMs: number): TConnectionTestResult {
  const code = typeof error === "object" && error !== null ? String((error as { code?: unknown }).code ?? "") : "";
  const message = error instanceof Error ? error.message : "";
  const hostPort = `${where.host}:${where.port}`;
  const seconds = Math.round(timeoutMs / 1000);
  switch (code) {
    case "ECONNREFUSED":
      return fail("refused", `Connection refused by ${hostPort}: nothing is listening there, or a firewall refuses it.`);
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return fail("host_not_found", `The host ${where.host} could not be found (DNS).`);
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return fail("timeout", `Could not reach ${hostPort} (${code === "ETIMEDOUT" ? "timed out" : "unreachable"}).`);
    case "ECONNRESET":
    case "EPIPE":
      return fail("other", `${hostPort} closed the connection. Check the port, and whether the server requires TLS.`);
    case "28P01":
    case "28000":
      return fail("auth_failed", `Authentication failed for user "${where.user}" on ${hostPort}: check the user name and password.`);
    case "3D000":
      return fail("unknown_database", `The database "${where.database}" does not exist on ${hostPort}.`);
    case "57014":
      return fail("timeout", `The server at ${hostPort} did not answer the test query within ${seconds} s.`);
    case "53300":
      return fail("other", `${hostPort} refused the connection: too many connections.`);
    case "57P03":
      return fail("other", `${hostPort} is starting up or shutting down; try again shortly.`);
  }
  // pg's own timeouts carry no code, only these fixed sentences (they never contain the URL)
  if (/timeout|timed out/i.test(message)) {
    return fail("timeout", `Timed out after ${seconds} s connecting to ${hostPort}.`);
  }
  if (/ssl|tls|certificate/i.test(message) || /^ERR_TLS|^ERR_SSL|CERT/.test(code)) {
    return fail("tls", `The TLS connection to ${hostPort} failed: check sslmode and the server's certificate.`);
  }
  const safeCode = /^[A-Z0-9_]{2,40}$/.test(code) ? ` (code ${code})` : "";
  return fail("other", `Could not connect to ${hostPort}${safeCode}.`);
}
