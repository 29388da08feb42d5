// Password hashing for credential sign-in: argon2id with the library's defaults (OWASP's
// m=19 MiB, t=2, p=1). The encoded hash carries its parameters, so raising them later still
// verifies old hashes.
import { hash, verify, type Algorithm } from "@node-rs/argon2";

// the package declares an ambient const enum, which isolatedModules cannot inline
const ARGON2ID = 2 as Algorithm;

export async function hashPassword(plain: string): Promise<string> {
  return hash(plain, { algorithm: ARGON2ID });
}

/** False for a wrong password and for a malformed stored hash: sign-in fails closed. */
export async function verifyPassword(storedHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(storedHash, plain);
  } catch {
    return false;
  }
}
