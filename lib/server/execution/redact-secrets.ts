// Redaction of the server's configured secrets from step output before it is stored (issue 10:
// no configured secret reaches any step's output). A safety net behind the real protections —
// commands run as another user with an allow-listed environment (command-isolation.ts) — that
// catches a secret a program or a target echoes verbatim. It cannot catch a secret re-encoded
// (reversed, base64'd): only isolation can.
import "server-only";
import { decryptSecret } from "@/lib/crypto";
import { getPrisma } from "@/lib/db/client";
import { readLocalSecrets } from "@/lib/db/local-secrets";
import { getDataDir, getEnv } from "@/lib/env";

export const REDACTED = "[redacted]";
/** shorter values are not redacted: "pw" would blank every "pw" in the output */
export const MIN_SECRET_LENGTH = 4;

/** A Postgres URL and the password it carries, raw and decoded. */
function urlSecrets(value: string | undefined | null): string[] {
  if (!value) return [];
  const found = [value];
  try {
    const url = new URL(value);
    if (url.password) {
      found.push(url.password);
      try {
        found.push(decodeURIComponent(url.password));
      } catch {
        // a malformed escape: the raw form is already listed
      }
    }
  } catch {
    // not a URL: the whole value is listed
  }
  return found;
}

/** Every secret value this server is configured with (lib/env.ts, the generated local secrets). */
export function configuredSecretValues(): string[] {
  const env = getEnv();
  const local = readLocalSecrets(getDataDir());
  return normalizeSecrets([
    env.NEXTAUTH_SECRET,
    env.PHASELINE_SECRET_KEY,
    env.OIDC_CLIENT_SECRET,
    ...urlSecrets(env.DATABASE_URL),
    ...urlSecrets(env.PHASELINE_DEMO_TARGET_URL),
    local?.secretKey,
    local?.nextAuthSecret,
  ]);
}

/**
 * The configured secrets and every environment's target URL (decrypted) with its password: what
 * step output must never show. Reads the environments on every call, so a target saved a moment
 * ago is redacted at once. A target that does not decrypt is skipped (nothing to leak from it).
 */
export async function findSecretValues(): Promise<string[]> {
  const [environments, groupDatabases] = await Promise.all([
    getPrisma().environment.findMany({ where: { targetUrlCiphertext: { not: null } }, select: { targetUrlCiphertext: true } }),
    // issue 15 item 2: the databases of environment groups are targets too
    getPrisma().environmentDatabase.findMany({ select: { targetUrlCiphertext: true } }),
  ]);
  const targets = [...environments, ...groupDatabases].flatMap((e) => {
    try {
      return urlSecrets(decryptSecret(e.targetUrlCiphertext!));
    } catch {
      return [];
    }
  });
  return normalizeSecrets([...configuredSecretValues(), ...targets]);
}

/** Distinct values long enough to redact, longest first (a secret containing another is replaced whole). */
export function normalizeSecrets(values: readonly (string | undefined | null)[]): string[] {
  const distinct = new Set(values.filter((v): v is string => typeof v === "string" && v.length >= MIN_SECRET_LENGTH));
  return [...distinct].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `text` with every occurrence of every secret replaced by REDACTED. */
export function redactText(text: string, secrets: readonly string[]): string {
  if (secrets.length === 0 || text === "") return text;
  return text.replace(new RegExp(secrets.map(escapeRegExp).join("|"), "g"), REDACTED);
}

/** A JSON-like value with every string in it redacted (keys too); other objects (Date, Buffer) as they are. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return redactText(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    const isPlainObject = v !== null && typeof v === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(v));
    if (isPlainObject) {
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [redactText(k, secrets), walk(inner)]));
    }
    return v;
  };
  return walk(value) as T;
}

/**
 * Redacts a stream of text chunks. A secret may arrive split across chunks (a program writes it in
 * two calls, or a pipe cuts it), so the end of each chunk that could begin a secret is held back
 * until the next chunk — or `flush` — shows whether it does.
 */
export function createStreamRedactor(secrets: readonly string[]): { push(chunk: string): string; flush(): string } {
  let held = "";
  return {
    push(chunk) {
      if (secrets.length === 0) return chunk;
      const text = redactText(held + chunk, secrets);
      const keep = heldBackLength(text, secrets);
      held = text.slice(text.length - keep);
      return text.slice(0, text.length - keep);
    },
    flush() {
      const rest = held;
      held = "";
      return rest;
    },
  };
}

/** The length of the longest end of `text` that is the beginning of a secret (shorter than it). */
function heldBackLength(text: string, secrets: readonly string[]): number {
  let longest = 0;
  for (const secret of secrets) {
    for (let k = Math.min(secret.length - 1, text.length); k > longest; k--) {
      if (text.endsWith(secret.slice(0, k))) {
        longest = k;
        break;
      }
    }
  }
  return longest;
}
