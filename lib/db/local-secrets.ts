// For the embedded default only: secrets generated once into the data directory (mode 0600),
// so a developer's `npm start` needs no configuration. In production (PHASELINE_ENV=production)
// they must come from the environment; scripts/start.ts refuses to start without them.
import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export type TLocalSecrets = { secretKey: string; nextAuthSecret: string; auditSigningKey?: string };

export function loadOrCreateLocalSecrets(dataDir: string): TLocalSecrets {
  const file = join(dataDir, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as TLocalSecrets;
  mkdirSync(dataDir, { recursive: true });
  const secrets: TLocalSecrets = {
    secretKey: randomBytes(32).toString("base64"),
    nextAuthSecret: randomBytes(32).toString("base64url"),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export const localSecretsFile = (dataDir: string) => join(dataDir, "secrets.json");

/** The generated secrets, or null when this data directory has none (nothing is created). */
export function readLocalSecrets(dataDir: string): TLocalSecrets | null {
  const file = localSecretsFile(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as TLocalSecrets) : null;
}

/**
 * Replaces the secrets file in two steps that each leave a usable file behind: the new content is
 * written beside it (mode 0600), then renamed over it. `stage` writes the new file only, for a
 * caller that must keep the new key safe on disk before it commits to using it.
 */
export function stageLocalSecrets(dataDir: string, secrets: TLocalSecrets): { commit(): void; discard(): void } {
  const file = localSecretsFile(dataDir);
  const staged = `${file}.next`;
  writeFileSync(staged, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return {
    commit: () => renameSync(staged, file),
    discard: () => rmSync(staged, { force: true }),
  };
}

/**
 * The embedded default's audit signing key (base64 of a 32-byte Ed25519 seed), added to the
 * secrets file on first use so data directories created before it keep their other secrets.
 */
export function loadOrCreateAuditSigningKey(dataDir: string): string {
  const secrets = loadOrCreateLocalSecrets(dataDir);
  if (secrets.auditSigningKey) return secrets.auditSigningKey;
  const next = { ...secrets, auditSigningKey: randomBytes(32).toString("base64") };
  const staged = stageLocalSecrets(dataDir, next);
  staged.commit();
  return next.auditSigningKey;
}
