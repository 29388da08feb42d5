// What a person is told when SQL fails on a target. A Postgres server error (it carries a
// SQLSTATE) is the server's own sentence about the SQL and is shown with its position, hint and
// detail. Anything else — a network or driver error — is replaced by a fixed sentence: the
// driver's messages can repeat the connection string, and with it the target's password.
import "server-only";
import pg from "pg";
import { indexOfCodePoint, lineColumnAt } from "@/lib/domain/sql/sql-text";

export type TSafeSqlError = {
  /** the SQLSTATE for server errors ("42601"), a system code ("ECONNREFUSED") or null */
  code: string | null;
  message: string;
  /** 1-based, in the step's script, when the server gave a position */
  line?: number;
  column?: number;
  hint?: string;
  detail?: string;
  /** the server's context line, e.g. "PL/pgSQL function inline_code_block line 3 at RAISE" */
  where?: string;
};

export type TSqlErrorContext = {
  /** the text the failing query sent, exactly: positions count characters into it */
  sql?: string | null;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  /** while connecting, a failure says the target could not be reached */
  stage?: "connect" | "query";
};

const SQLSTATE = /^[0-9A-Z]{5}$/;
const SAFE_SYSTEM_CODE = /^E[A-Z0-9_]{2,30}$/;
const TEXT_CAP = 2000;

const capped = (text: string) => (text.length > TEXT_CAP ? `${text.slice(0, TEXT_CAP - 1)}…` : text);

type TServerError = { code: string; message: string; position?: string; hint?: string; detail?: string; where?: string };

/** A server error: pg's DatabaseError, or one shaped like it (another copy of the driver). */
function asServerError(error: unknown): TServerError | null {
  if (error instanceof pg.DatabaseError) {
    return error.code && SQLSTATE.test(error.code) ? { ...error, code: error.code, message: error.message } : null;
  }
  if (typeof error !== "object" || error === null) return null;
  const e = error as Record<string, unknown>;
  // a system error's code can also be five capitals (EPIPE): only a server error has a severity
  if (typeof e.code !== "string" || !SQLSTATE.test(e.code) || typeof e.severity !== "string" || typeof e.message !== "string") return null;
  const text = (key: string) => (typeof e[key] === "string" ? (e[key] as string) : undefined);
  return { code: e.code, message: e.message, position: text("position"), hint: text("hint"), detail: text("detail"), where: text("where") };
}

/** Whether Postgres itself reported the error (it carries a SQLSTATE), as opposed to the network or the driver. */
export const isServerError = (error: unknown): boolean => asServerError(error) !== null;

export const statementTimeoutMessage = (ms: number) => `Statement timeout: a statement ran longer than ${ms.toLocaleString("en")} ms and was cancelled.`;

export const lockTimeoutMessage = (ms: number) =>
  `Lock timeout: a statement waited longer than ${ms.toLocaleString("en")} ms for a lock that another session holds, and was cancelled.`;

/** Maps what the driver threw to a person-safe error. */
export function describeSqlError(error: unknown, context: TSqlErrorContext): TSafeSqlError {
  const server = asServerError(error);
  if (!server) return describeDriverError(error, context);

  const safe: TSafeSqlError = { code: server.code, message: capped(server.message) };
  if (server.code === "57014") {
    safe.message = /user request/i.test(server.message)
      ? "The statement was cancelled on the server (canceling statement due to user request) before it finished."
      : statementTimeoutMessage(context.statementTimeoutMs);
  } else if (server.code === "55P03" && /lock timeout/i.test(server.message)) {
    safe.message = lockTimeoutMessage(context.lockTimeoutMs);
  } else if (server.code === "55P03") {
    // NOWAIT and friends: the server's sentence names the relation; say what kind of wait it was
    safe.message = capped(`Lock not available: ${server.message}.`);
  }
  const position = Number(server.position);
  if (context.sql && Number.isInteger(position) && position >= 1) {
    // Postgres counts characters from 1; JS strings count UTF-16 units from 0
    const index = indexOfCodePoint(context.sql, position - 1);
    if (index <= context.sql.length) Object.assign(safe, lineColumnAt(context.sql, index));
  }
  if (server.hint) safe.hint = capped(server.hint);
  if (server.detail) safe.detail = capped(server.detail);
  if (server.where) safe.where = capped(server.where);
  return safe;
}

/** A fixed sentence per kind of failure; the driver's own message is read, never repeated. */
function describeDriverError(error: unknown, context: TSqlErrorContext): TSafeSqlError {
  const rawCode = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const code = typeof rawCode === "string" && SAFE_SYSTEM_CODE.test(rawCode) ? rawCode : null;
  const message = error instanceof Error ? error.message : "";
  const isConnecting = context.stage === "connect";
  switch (code) {
    case "ECONNREFUSED":
      return { code, message: "The target database refused the connection: nothing is listening at its host and port, or a firewall refuses it." };
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return { code, message: "The target database's host name could not be resolved (DNS)." };
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return { code, message: "The target database could not be reached over the network." };
    case "ECONNRESET":
    case "EPIPE":
      return {
        code,
        message: isConnecting
          ? "The target database closed the connection while connecting: check the port, and whether the server requires TLS."
          : "The connection to the target database was lost.",
      };
  }
  if (isConnecting && /timeout|timed out/i.test(message)) return { code, message: "Could not connect to the target database within 10 s." };
  if (/ssl|tls|certificate/i.test(message) || (code !== null && /TLS|SSL|CERT/.test(code))) {
    return { code, message: "The TLS connection to the target database failed: check sslmode and the server's certificate." };
  }
  if (/terminated|ended|closed/i.test(message)) return { code, message: "The connection to the target database was lost." };
  return {
    code,
    message: isConnecting ? "Could not connect to the target database." : "The target database could not be reached or answered unexpectedly.",
  };
}
