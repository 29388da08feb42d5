import "server-only";
import type { TPrisma } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { AppError } from "@/lib/errors";

type TOptions = {
  prisma: TPrisma;
  /** the key the stored secrets are encrypted with now (32 bytes) */
  oldKey: Buffer;
  /** the key to encrypt them with from now on (32 bytes) */
  newKey: Buffer;
  actor?: TActor;
};

export class SecretRotationRefusedError extends AppError {
  constructor(message: string) {
    super("VALIDATION", message);
  }
}

const CLI_ACTOR: TActor = { id: null, label: "cli" };

/**
 * Re-encrypts every environment's target URL under `newKey`, in one transaction with its
 * `secrets.rotated` event: all of them or none. Refuses — changing nothing — when any stored
 * secret does not decrypt with `oldKey`, so a wrong key can never leave the table half rotated
 * or turn a readable secret into garbage.
 *
 * The table is locked against writes for the length of the transaction: an admin saving a target
 * meanwhile waits rather than writing a ciphertext this rotation would miss. (A server still
 * running with the old key keeps encrypting with it: restart it with the new key right after.)
 */
export async function rotateSecretKey({ prisma, oldKey, newKey, actor = CLI_ACTOR }: TOptions): Promise<{ count: number }> {
  if (oldKey.length !== 32 || newKey.length !== 32) throw new SecretRotationRefusedError("Both keys must be 32 bytes (base64 of 32 random bytes).");
  if (oldKey.equals(newKey)) throw new SecretRotationRefusedError("The new key is the same as the current one: nothing to rotate.");

  return prisma.$transaction(
    async (tx) => {
      // SHARE ROW EXCLUSIVE: readers go on, writers wait for the commit
      await tx.$executeRawUnsafe(`LOCK TABLE "Environment", "EnvironmentDatabase" IN SHARE ROW EXCLUSIVE MODE`);
      const rows = await tx.environment.findMany({
        where: { targetUrlCiphertext: { not: null } },
        select: { id: true, name: true, targetUrlCiphertext: true },
        orderBy: { name: "asc" },
      });

      const ids: string[] = [];
      const ciphertexts: string[] = [];
      const unreadable: string[] = [];
      for (const row of rows) {
        let plaintext: string;
        try {
          plaintext = decryptSecret(row.targetUrlCiphertext!, oldKey);
        } catch {
          unreadable.push(row.name);
          continue;
        }
        ids.push(row.id);
        ciphertexts.push(encryptSecret(plaintext, newKey));
      }
      // issue 15 item 2: the databases of environment groups are sealed with the same key
      const members = await tx.environmentDatabase.findMany({
        select: { id: true, name: true, targetUrlCiphertext: true, environment: { select: { name: true } } },
        orderBy: { name: "asc" },
      });
      const memberIds: string[] = [];
      const memberCiphertexts: string[] = [];
      for (const row of members) {
        try {
          memberCiphertexts.push(encryptSecret(decryptSecret(row.targetUrlCiphertext, oldKey), newKey));
          memberIds.push(row.id);
        } catch {
          unreadable.push(`${row.environment.name} / ${row.name}`);
        }
      }
      if (unreadable.length) {
        throw new SecretRotationRefusedError(
          `Nothing was changed: the target of ${unreadable.length === 1 ? "environment" : "environments"} ${unreadable.map((n) => `"${n}"`).join(", ")} ` +
            "does not decrypt with the current key. Check that the current key is the one Phaseline runs with.",
        );
      }

      // one statement for all rows; the version moves so an edit form loaded before the rotation
      // gets a conflict instead of a silent save over a row it did not see change
      if (ids.length) {
        await tx.$executeRaw`
          UPDATE "Environment" AS e
          SET "targetUrlCiphertext" = v.ciphertext, "version" = e."version" + 1, "updatedAt" = now()
          FROM unnest(${ids}::text[], ${ciphertexts}::text[]) AS v(id, ciphertext)
          WHERE e."id" = v.id`;
      }
      if (memberIds.length) {
        await tx.$executeRaw`
          UPDATE "EnvironmentDatabase" AS d
          SET "targetUrlCiphertext" = v.ciphertext, "version" = d."version" + 1, "updatedAt" = now()
          FROM unnest(${memberIds}::text[], ${memberCiphertexts}::text[]) AS v(id, ciphertext)
          WHERE d."id" = v.id`;
      }
      const count = ids.length + memberIds.length;
      await appendAuditEvent(tx, { actor, targetType: "environment", targetId: null }, { type: "secrets.rotated", payload: { count } });
      return { count };
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}
