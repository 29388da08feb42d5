// Signed checkpoints: the chain's head anchored outside the database (PRODUCT.md "Review"). Whoever
// can write to the database can recompute every hash or delete the newest rows; they cannot forge
// an Ed25519 signature made with a key the database never holds, nor rewrite a file already
// written to the anchor directory (opened with O_EXCL, never replaced).
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import { mkdirSync, openSync, closeSync, readdirSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { getDataDir, getEnv } from "@/lib/env";
import { loadOrCreateAuditSigningKey } from "@/lib/db/local-secrets";
import { canonicalJson } from "./canonical-json";

export const ZSignedCheckpoint = z.object({
  format: z.literal("phaseline-audit-checkpoint/1"),
  /** the newest event covered, as a decimal string (a bigint) */
  seq: z.string().regex(/^\d{1,19}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** when it was signed, ISO 8601 */
  signedAt: z.iso.datetime(),
  /** first 16 hex digits of sha256 of the raw public key */
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** the raw Ed25519 public key, base64 (to check the file alone; trust comes from keyId matching yours) */
  publicKey: z.string().min(1),
  /** Ed25519 over the canonical JSON of { format, seq, hash, signedAt, keyId }, base64 */
  signature: z.string().min(1),
});
export type TSignedCheckpoint = z.infer<typeof ZSignedCheckpoint>;

export type TSigningKey = { privateKey: KeyObject; publicKey: KeyObject; keyId: string; publicKeyBase64: string };

// PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows (RFC 8410).
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/** An Ed25519 key from its 32-byte seed (base64). Throws on any other length. */
export function signingKeyFromSeed(seedBase64: string): TSigningKey {
  const seed = Buffer.from(seedBase64, "base64");
  if (seed.length !== 32) throw new Error("the audit signing key must be base64 of a 32-byte Ed25519 seed");
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: "der", type: "pkcs8" });
  const publicKey = createPublicKey(privateKey);
  const raw = publicKey.export({ format: "jwk" }).x!;
  const rawBytes = Buffer.from(raw, "base64url");
  return { privateKey, publicKey, keyId: createHash("sha256").update(rawBytes).digest("hex").slice(0, 16), publicKeyBase64: rawBytes.toString("base64") };
}

let cachedKey: TSigningKey | undefined;

/**
 * PHASELINE_AUDIT_SIGNING_KEY, or — outside production — the one generated once into
 * `.data/secrets.json`. Throws with a sentence when PHASELINE_ENV=production and it is unset.
 */
export function getAuditSigningKey(): TSigningKey {
  if (cachedKey) return cachedKey;
  const env = getEnv();
  if (!env.PHASELINE_AUDIT_SIGNING_KEY && env.PHASELINE_ENV === "production") {
    throw new Error("PHASELINE_AUDIT_SIGNING_KEY must be set when PHASELINE_ENV=production (see .env.example)");
  }
  cachedKey = signingKeyFromSeed(env.PHASELINE_AUDIT_SIGNING_KEY ?? loadOrCreateAuditSigningKey(getDataDir()));
  return cachedKey;
}

const signedBytes = (c: Omit<TSignedCheckpoint, "signature" | "publicKey">) =>
  Buffer.from(canonicalJson({ format: c.format, seq: c.seq, hash: c.hash, signedAt: c.signedAt, keyId: c.keyId }), "utf8");

/** Signs a chain point (its sequence, head hash and the time now). */
export function signCheckpoint(point: { seq: bigint; hash: string }, key: TSigningKey, now = new Date()): TSignedCheckpoint {
  const unsigned = { format: "phaseline-audit-checkpoint/1" as const, seq: point.seq.toString(), hash: point.hash, signedAt: now.toISOString(), keyId: key.keyId };
  return { ...unsigned, publicKey: key.publicKeyBase64, signature: sign(null, signedBytes(unsigned), key.privateKey).toString("base64") };
}

/**
 * Parses a checkpoint file's text and checks its signature against `key` (the verifier's own key:
 * a file signed by any other key is refused, whatever public key it carries). Returns the point
 * or a sentence saying why it is not trusted.
 */
export function readSignedCheckpoint(text: string, key: TSigningKey): { ok: true; checkpoint: TSignedCheckpoint } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: "the file is not JSON" };
  }
  const parsed = ZSignedCheckpoint.safeParse(json);
  if (!parsed.success) return { ok: false, reason: "the file is not a Phaseline audit checkpoint" };
  const checkpoint = parsed.data;
  if (checkpoint.keyId !== key.keyId) return { ok: false, reason: `it was signed by key ${checkpoint.keyId}, not this instance's key ${key.keyId}` };
  const isValid = verify(null, signedBytes(checkpoint), key.publicKey, Buffer.from(checkpoint.signature, "base64"));
  return isValid ? { ok: true, checkpoint } : { ok: false, reason: "its signature does not verify (the file was altered)" };
}

/** The text of a checkpoint file: pretty JSON and a final newline. */
export const checkpointFileText = (c: TSignedCheckpoint) => `${JSON.stringify(c, null, 2)}\n`;

/**
 * Writes a signed checkpoint into the anchor directory as a new file, never replacing one
 * (`wx`: fails if the name exists). Returns the file's path. Throws when the directory cannot
 * be written — the caller reports it; the checkpoint is still stored in the database.
 */
export function writeAnchorFile(dir: string, checkpoint: TSignedCheckpoint): string {
  mkdirSync(dir, { recursive: true });
  const name = `audit-checkpoint-${checkpoint.seq.padStart(12, "0")}-${checkpoint.signedAt.replace(/[:.]/g, "")}.json`;
  const path = join(dir, name);
  const fd = openSync(path, "wx", 0o444);
  try {
    writeSync(fd, checkpointFileText(checkpoint));
  } finally {
    closeSync(fd);
  }
  return path;
}

/** The anchor directory's checkpoint files, oldest first (by sequence, then time). */
export function listAnchorFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => /^audit-checkpoint-\d{12,}-.*\.json$/.test(n))
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}

export const readAnchorFile = (path: string) => readFileSync(path, "utf8");
