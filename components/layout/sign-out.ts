// Sign-out without next-auth's client library (issue 17): `next-auth/react`, with the Babel runtime
// and the helpers it brings, was ~10 kB gzipped of every signed-in page's first load, for one call.
// These are the requests its signOut() makes: the CSRF token (next-auth checks it on the POST),
// then the POST to next-auth's own signout endpoint, which clears the session cookie (sessions are
// JWTs: nothing else to end), then the page it names. Its cross-tab broadcast is left out: it only
// reaches a SessionProvider, and the app has none.
const AUTH_BASE = "/api/auth";

export async function signOutTo(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await (await fetch(`${AUTH_BASE}/csrf`)).json()) as { csrfToken: string };
  const response = await fetch(`${AUTH_BASE}/signout`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  const target = url ?? callbackUrl;
  window.location.href = target;
  // a URL that differs only in its hash does not navigate
  if (target.includes("#")) window.location.reload();
}
