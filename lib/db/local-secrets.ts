// For the embedded default only: secrets generated once into the data directory (mode 0600),
// so a developer's `npm start` needs no configuration. In production (PHASELINE_ENV=production)
// they must come from the environment; scripts/start.ts refuses to start without them.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export type TLocalSecrets = { secretKey: string; nextAuthSecret: string };

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
