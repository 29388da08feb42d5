// Standard Webhooks signatures (https://www.standardwebhooks.com/): HMAC-SHA256 over
// `${id}.${timestamp}.${body}`. Apart from webhooks.ts, which the admin's form bundles for the
// browser: node:crypto here would ship a crypto polyfill to every visitor of that page.
import { createHmac, timingSafeEqual } from "node:crypto";

/** Standard Webhooks secrets: `whsec_` + base64 of the key bytes. */
export const SECRET_PREFIX = "whsec_";

/** `v1,` + base64(HMAC-SHA256(key, `${id}.${timestamp}.${body}`)) — the Standard Webhooks signature. */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestampSeconds}.${body}`).digest("base64")}`;
}

/** What a receiver does: any of the space-separated signatures matches, in constant time. */
export function verifyWebhook(secret: string, headers: { id: string; timestamp: string; signature: string }, body: string): boolean {
  const expected = Buffer.from(signWebhook(secret, headers.id, Number(headers.timestamp), body));
  return headers.signature.split(" ").some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
