import "server-only";
import { encryptSecret, maskDatabaseUrl } from "@/lib/crypto";

export type TSealedTargetUrl = { targetUrlCiphertext: string; targetUrlMasked: string };

/**
 * A target URL as it is stored: encrypted, and beside it the masked form pages show. The
 * plaintext goes no further than this function and the connection test.
 */
export function sealTargetUrl(plaintext: string): TSealedTargetUrl {
  return { targetUrlCiphertext: encryptSecret(plaintext), targetUrlMasked: maskDatabaseUrl(plaintext) };
}

/** The audit line for a changed target: the fact, never the URL (masked or not) or its ciphertext. */
export const TARGET_URL_CHANGED = "target database URL changed";
