// HTTP_CHECK steps (PRODUCT.md "Domain": GET a URL whose host is on the environment's
// allow-list, expect a status and optionally a body substring within a timeout). The allow-list
// is what keeps a runbook from making the server fetch internal addresses it was not meant to
// reach, so it is checked before any request, and a redirect is reported rather than followed —
// following it would leave the allow-list.
import "server-only";
import type { TExecutableStep, TExecutionContext, TExecutionOutcome } from "./execute-step";

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_EXPECTED_STATUS = 200;
/** the body is read up to this many bytes; a substring further on is not found */
export const BODY_READ_CAP_BYTES = 64 * 1024;
const BODY_EXCERPT_CHARS = 500;

type TAllowEntry = { host: string; port: string | null };

/** "host", "host:port", "[v6]:port" or a bare IPv6 address, lower case, without a trailing dot. */
function parseAllowEntry(raw: string): TAllowEntry | null {
  const entry = raw.trim().toLowerCase();
  if (!entry) return null;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { host: bracketed[1]!, port: bracketed[2] ?? null };
  const colons = entry.split(":").length - 1;
  if (colons === 1) {
    const [host = "", port = ""] = entry.split(":");
    return /^\d+$/.test(port) ? { host: host.replace(/\.$/, ""), port: String(Number(port)) } : null;
  }
  return { host: colons > 1 ? entry : entry.replace(/\.$/, ""), port: null };
}

/** Whether the URL's host is allowed: a host entry allows any port, a host:port entry that port only. */
export function isHostAllowed(url: URL, allowList: string[]): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return allowList.some((raw) => {
    const entry = parseAllowEntry(raw);
    return entry !== null && entry.host === host && (entry.port === null || entry.port === port);
  });
}

const positiveInt = (value: number | null, fallback: number) => (value !== null && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback);

export async function runHttpCheck(step: TExecutableStep, ctx: TExecutionContext): Promise<TExecutionOutcome> {
  const expectedStatus = positiveInt(step.httpExpectStatus, DEFAULT_EXPECTED_STATUS);
  const timeoutMs = positiveInt(step.timeoutMs, DEFAULT_TIMEOUT_MS);
  const bodyContains = step.httpBodyContains ? step.httpBodyContains : null;
  const base = { status: null, expectedStatus, durationMs: 0, isTimedOut: false };
  const refuse = (message: string, result: Record<string, unknown> = {}): TExecutionOutcome => {
    ctx.onOutput(`${message}\n`);
    return { status: "FAILED", result: { ...base, ...result }, errorMessage: message, summary: `failed: ${message.slice(0, 200)}` };
  };

  let url: URL;
  try {
    url = new URL(step.httpUrl ?? "");
  } catch {
    return refuse("The step's URL is not a valid URL: edit the step in the runbook.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return refuse("The step's URL must start with http:// or https://.");
  if (url.username || url.password) return refuse("The step's URL holds a user name or password: Phaseline does not send credentials in URLs.");
  if (!isHostAllowed(url, ctx.httpAllowList)) {
    return refuse(`The host ${url.host} is not on this environment's HTTP allow-list: an administrator can add it under Admin → Environments.`, { host: url.host });
  }

  ctx.onOutput(`GET ${url.origin}${url.pathname} (timeout ${timeoutMs} ms)\n`);
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = ctx.signal ? AbortSignal.any([timeout, ctx.signal]) : timeout;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let status: number;
  let body: { text: string; isTruncated: boolean };
  let location: string | null;
  try {
    const response = await fetch(url, { method: "GET", redirect: "manual", signal, headers: { "user-agent": "phaseline-http-check" } });
    status = response.status;
    location = response.headers.get("location");
    body = await readBodyStart(response, BODY_READ_CAP_BYTES);
  } catch (error) {
    const durationMs = elapsed();
    if (timeout.aborted) {
      return refuse(`No complete answer from ${url.host} within ${timeoutMs} ms.`, { durationMs, isTimedOut: true, ...(bodyContains ? { bodyContains } : {}) });
    }
    if (ctx.signal?.aborted) return refuse("The check was stopped before it finished.", { durationMs });
    return refuse(`Could not reach ${url.host}${networkReason(error)}.`, { durationMs, ...(bodyContains ? { bodyContains } : {}) });
  }
  const durationMs = elapsed();

  const isStatusMatched = status === expectedStatus;
  const isBodyMatched = bodyContains === null ? null : body.text.includes(bodyContains);
  const passed = isStatusMatched && isBodyMatched !== false;
  const problems: string[] = [];
  if (!isStatusMatched) problems.push(`Expected status ${expectedStatus}, got ${status}${location && status >= 300 && status < 400 ? ` (a redirect to ${location.slice(0, 300)}, not followed)` : ""}.`);
  if (isBodyMatched === false) {
    const needle = bodyContains!.length > 100 ? `${bodyContains!.slice(0, 97)}…` : bodyContains!;
    problems.push(`The body${body.isTruncated ? `'s first ${BODY_READ_CAP_BYTES / 1024} kB do` : " does"} not contain ${JSON.stringify(needle)}.`);
  }
  const verdict = passed ? `Status ${status}${bodyContains !== null ? ", body contains the expected text" : ""}.` : problems.join(" ");
  ctx.onOutput(`${status} in ${durationMs} ms. ${verdict}\n`);
  return {
    status: passed ? "SUCCEEDED" : "FAILED",
    result: {
      status,
      expectedStatus,
      durationMs,
      bodyExcerpt: body.text.slice(0, BODY_EXCERPT_CHARS),
      ...(bodyContains !== null ? { bodyContains, isBodyMatched } : {}),
      isBodyTruncated: body.isTruncated,
      ...(location && status >= 300 && status < 400 ? { redirectLocation: location.slice(0, 2000) } : {}),
      isTimedOut: false,
    },
    errorMessage: passed ? null : verdict,
    summary: passed ? `${status} in ${durationMs} ms` : `failed: ${verdict.slice(0, 200)}`,
  };
}

/** The body's first `capBytes` bytes as text; the rest is not downloaded. */
async function readBodyStart(response: Response, capBytes: number): Promise<{ text: string; isTruncated: boolean }> {
  if (!response.body) return { text: "", isTruncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let isTruncated = false;
  while (size < capBytes) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = capBytes - size;
    chunks.push(value.length > room ? value.subarray(0, room) : value);
    size += Math.min(value.length, room);
    if (value.length > room) isTruncated = true;
  }
  if (size >= capBytes) {
    // exactly at the cap: one more read tells whether anything was left unread
    if (!isTruncated) isTruncated = !(await reader.read()).done;
    await reader.cancel().catch(() => {});
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  // a multi-byte character cut at the cap decodes as U+FFFD, which is harmless here
  return { text: new TextDecoder("utf-8").decode(bytes), isTruncated };
}

/** ": connection refused (ECONNREFUSED)" — from the error's code only. */
function networkReason(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === "string" && /^[A-Z0-9_]{2,40}$/.test(cause.code) ? cause.code : null;
  const reasons: Record<string, string> = {
    ECONNREFUSED: "connection refused",
    ENOTFOUND: "host name not found",
    EAI_AGAIN: "host name not found",
    ECONNRESET: "connection reset",
    EHOSTUNREACH: "host unreachable",
    ENETUNREACH: "network unreachable",
    ETIMEDOUT: "timed out",
  };
  if (!code) return "";
  return `: ${reasons[code] ?? "network error"} (${code})`;
}
