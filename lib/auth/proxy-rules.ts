// Which requests the proxy lets through without a session. Pure, so it is unit-tested; the
// proxy is the first gate only — pages, actions and API handlers check the session themselves
// (a deactivated user's cookie still decodes here; the server checks refuse it).

export type TProxyDecision = "allow" | "redirect-to-sign-in" | "unauthorized";

const PUBLIC_PATHS = ["/sign-in", "/api/auth", "/api/health", "/api/v1", "/_next"];

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/** Files served from public/ and Next's metadata files. */
const STATIC_FILE = /^\/(?:[^/]+\/)*[^/]+\.(?:ico|png|jpe?g|gif|svg|webp|avif|txt|xml|webmanifest|woff2?)$/;

export function decideAccess(request: { pathname: string; isSignedIn: boolean; isServerAction: boolean }): TProxyDecision {
  const { pathname, isSignedIn, isServerAction } = request;
  if (isSignedIn) return "allow";
  if (PUBLIC_PATHS.some((prefix) => isUnder(pathname, prefix))) return "allow";
  if (isUnder(pathname, "/api")) return "unauthorized";
  if (STATIC_FILE.test(pathname)) return "allow";
  // a server action answers UNAUTHENTICATED itself (the action client); a redirect would break its fetch
  if (isServerAction) return "allow";
  return "redirect-to-sign-in";
}
