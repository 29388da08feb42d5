// The session cookie's decoding, remembered (issue 17 item 3: a tick's CPU). next-auth derives the
// cookie's encryption key with HKDF on every decode and then decrypts the JWE: on each request the
// proxy and the server's session check both decode the same cookie, and every click of one person
// sends the same cookie again. The cookie is authenticated ciphertext: a given string decrypts to
// one payload, so that payload is kept per string (and secret) for a minute, bounded in number.
// What a decode checks at the time is checked again on each use: a kept token that has expired
// since is dropped and decoded afresh (which refuses it). Everything else — the user's row, the
// session version, the time claims — is checked by the callers on every request, as before.
import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

const KEEP_MS = 60_000;
const MAX_KEPT = 1_000;
/** jose's leeway in next-auth's decode (`clockTolerance: 15`) */
const CLOCK_TOLERANCE_S = 15;

const kept = new Map<string, { payload: JWT; until: number }>();

export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  if (!params.token) return null;
  const key = `${typeof params.secret === "string" ? params.secret : params.secret.toString("hex")}\u0000${params.salt ?? ""}\u0000${params.token}`;
  const now = Date.now();
  const hit = kept.get(key);
  if (hit) {
    const exp = hit.payload.exp;
    if (hit.until > now && (typeof exp !== "number" || exp + CLOCK_TOLERANCE_S > now / 1000)) return { ...hit.payload };
    kept.delete(key);
  }
  const payload = await decode(params);
  if (payload) {
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(key, { payload: { ...payload }, until: now + KEEP_MS });
  }
  return payload;
}
