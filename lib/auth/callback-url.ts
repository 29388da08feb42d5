// Where to send someone after signing in. Only a path on this site: an absolute URL, a
// protocol-relative "//evil.example" or a backslash trick would make the sign-in page an open
// redirect. Pure: used by the proxy, the sign-in page and its client form.

export const DEFAULT_AFTER_SIGN_IN = "/";

const BASE = "http://phaseline.invalid";

export function safeCallbackPath(raw: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return fallback;
  // must be a path: one leading slash, no "//", no "/\" (browsers read both as another host)
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  // control characters (tabs, newlines) are stripped by URL parsers and can hide a "//"
  if (/[\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // going back to the sign-in page or next-auth's endpoints after signing in makes no sense
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/api/auth")) return fallback;
  return path;
}

/**
 * next-auth's `redirect` callback. Its default throws "Invalid URL" (an answer of 500) on a
 * callbackUrl that is no URL at all — `http://localhost:3000.evil/`, a port past 65535 — whether it
 * comes in the query, the form body or the callback-url cookie. This one never throws: a path on
 * this site (checked like the sign-in page's) under `baseUrl`, anything else `baseUrl` itself.
 */
export function safeRedirectUrl(url: unknown, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  let path: unknown = url;
  if (typeof url === "string" && !url.startsWith("/")) {
    path = null;
    try {
      const parsed = new URL(url);
      if (parsed.origin === new URL(base).origin) path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
    } catch {
      // not a URL: nowhere to go but home
    }
  }
  return `${base}${safeCallbackPath(path)}`;
}
