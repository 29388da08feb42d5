// Secrets at rest: AES-256-GCM under PHASELINE_SECRET_KEY. The stored form names its version so
// a key rotation can tell old from new.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";

const PREFIX = "v1";

export function getSecretKey(): Buffer {
  const key = getEnv().PHASELINE_SECRET_KEY;
  if (!key) throw new Error("PHASELINE_SECRET_KEY is not set: start Phaseline with `npm start`, or set it (base64 of 32 random bytes)");
  return Buffer.from(key, "base64");
}

export function encryptSecret(plaintext: string, key: Buffer = getSecretKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [PREFIX, iv.toString("base64"), tag.toString("base64"), ciphertext.toString("base64")].join(":");
}

export function decryptSecret(stored: string, key: Buffer = getSecretKey()): string {
  const [prefix, iv, tag, ciphertext] = stored.split(":");
  if (prefix !== PREFIX || !iv || !tag || ciphertext === undefined) throw new Error("secret is not in a format this version reads");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]).toString("utf8");
  } catch {
    // never echo the ciphertext or the key
    throw new Error("secret could not be decrypted: PHASELINE_SECRET_KEY is not the key it was encrypted with");
  }
}

/** A database URL with its password replaced, safe to show and log. */
export function maskDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "****";
    u.search = "";
    return u.toString();
  } catch {
    return "(unreadable URL)";
  }
}
