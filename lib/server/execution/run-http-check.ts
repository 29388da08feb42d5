// HTTP_CHECK steps (PRODUCT.md "Domain": GET a URL whose host is on the environment's
// allow-list, expect a status and optionally a body substring within a timeout). The allow-list
// is what keeps a runbook from making the server fetch internal addresses it was not meant to
// reach, so before any request: the host and port must be listed (lib/domain/execution/
// network-address), the name is resolved ONCE, every address it resolved to must be public unless
// the admin listed that literal address, and the connection goes to the address that was checked
// (a pinned `lookup`: no second resolution a DNS answer could change in between). The Host header
// and the TLS server name stay the URL's name. A redirect is reported rather than followed —
// following it would leave the allow-list.
import "server-only";
import http from "node:http";
import https from "node:https";
import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import { decideHttpTarget, decideResolvedAddress, isIpAddress } from "@/lib/domain/execution/network-address";
import type { TExecutableStep, TExecutionContext, TExecutionOutcome } from "./execute-step";

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_EXPECTED_STATUS = 200;
/** the body is read up to this many bytes; a substring further on is not found */
export const BODY_READ_CAP_BYTES = 64 * 1024;
const BODY_EXCERPT_CHARS = 500;

/** Resolves a host name to its addresses (IPv4 or IPv6 text); injectable for tests. */
export type TResolveHost = (hostname: string) => Promise<string[]>;

export const resolveWithSystem: TResolveHost = async (hostname) => (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/** Whether the URL's host and port are on the allow-list (an entry without a port allows 80 and 443). */
export function isHostAllowed(url: URL, allowList: string[]): boolean {
  return decideHttpTarget(url, allowList).ok;
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
  const target = decideHttpTarget(url, ctx.httpAllowList);
  if (!target.ok) return refuse(target.message, { host: url.host, refusedBy: target.rule });

  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = ctx.signal ? AbortSignal.any([timeout, ctx.signal]) : timeout;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);

  // resolve once; every address must pass, and the request goes to the first of them
  let addresses: string[];
  if (target.isLiteralAddress) addresses = [target.host];
  else {
    try {
      addresses = await untilAborted((ctx.resolveHost ?? resolveWithSystem)(target.host), signal);
    } catch (error) {
      if (timeout.aborted) return refuse(`${target.host} was not resolved within ${timeoutMs} ms.`, { durationMs: elapsed(), isTimedOut: true });
      if (ctx.signal?.aborted) return refuse("The check was stopped before it finished.", { durationMs: elapsed() });
      return refuse(`Could not resolve ${target.host}${networkReason(error) || ": host name not found"}.`, { durationMs: elapsed() });
    }
    addresses = addresses.filter(isIpAddress);
    if (addresses.length === 0) return refuse(`Could not resolve ${target.host}: host name not found.`, { durationMs: elapsed() });
  }
  for (const address of addresses) {
    const decision = decideResolvedAddress(target, address, ctx.httpAllowList);
    if (!decision.ok) return refuse(decision.message, { host: url.host, refusedBy: decision.rule, address });
  }
  const address = addresses[0]!;

  ctx.onOutput(`GET ${url.origin}${url.pathname} (timeout ${timeoutMs} ms)${target.isLiteralAddress ? "" : ` at ${address}`}\n`);
  let status: number;
  let body: { text: string; isTruncated: boolean };
  let location: string | null;
  try {
    ({ status, location, body } = await getPinned(url, address, signal));
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
  if (!isStatusMatched)
    problems.push(
      `Expected status ${expectedStatus}, got ${status}${location && status >= 300 && status < 400 ? ` (a redirect to ${location.slice(0, 300)}, not followed)` : ""}.`,
    );
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

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error("aborted"));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error("aborted"));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * GET `url` over a connection to `address` — the name is never resolved again (the `lookup`
 * hands back the checked address) — reading the body's first BODY_READ_CAP_BYTES bytes.
 * Redirects are not followed. Rejects on a network error or when `signal` aborts.
 */
function getPinned(url: URL, address: string, signal: AbortSignal): Promise<{ status: number; location: string | null; body: { text: string; isTruncated: boolean } }> {
  const family = address.includes(":") ? 6 : 4;
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    let isSettled = false;
    const settle = (fn: () => void) => {
      if (isSettled) return;
      isSettled = true;
      signal.removeEventListener("abort", onAbort);
      fn();
    };
    const request = client.request(url, { method: "GET", lookup, agent: false, headers: { "user-agent": "phaseline-http-check" } }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = (isTruncated: boolean) => {
        response.destroy();
        const text = new TextDecoder("utf-8").decode(Buffer.concat(chunks, size));
        // a multi-byte character cut at the cap decodes as U+FFFD, which is harmless here
        settle(() =>
          resolve({ status: response.statusCode ?? 0, location: typeof response.headers.location === "string" ? response.headers.location : null, body: { text, isTruncated } }),
        );
      };
      response.on("data", (chunk: Buffer) => {
        const room = BODY_READ_CAP_BYTES - size;
        if (chunk.length > room) {
          chunks.push(chunk.subarray(0, room));
          size += room;
          done(true);
          return;
        }
        chunks.push(chunk);
        size += chunk.length;
      });
      response.on("end", () => done(false));
      response.on("error", (error) => settle(() => reject(error)));
    });
    const onAbort = () => {
      request.destroy();
      settle(() => reject(new Error("aborted")));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort);
    request.on("error", (error) => settle(() => reject(error)));
    request.end();
  });
}

/** ": connection refused (ECONNREFUSED)" — from the error's code only. */
function networkReason(error: unknown): string {
  const own = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined)?.code : undefined;
  const raw = own ?? cause;
  const code = typeof raw === "string" && /^[A-Z0-9_]{2,40}$/.test(raw) ? raw : null;
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
