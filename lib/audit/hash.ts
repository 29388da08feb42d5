// The hash rule (PRODUCT.md rule 8), without the database or the event schema: what appending,
// verifying (in this thread or a verification worker's) and the benchmark generator share.
import crypto from "node:crypto";
import { canonicalMember } from "./canonical-json";

export const GENESIS_HASH = "0".repeat(64);

/** The fields a hash covers, in the shape verification recomputes from a stored row. */
export type THashedFields = {
  /** a Date, or its ISO 8601 text in UTC with milliseconds (as verification reads it from Postgres) */
  createdAt: Date | string;
  type: string;
  actorId: string | null;
  actorLabel: string;
  deploymentId: string | null;
  targetType: string | null;
  targetId: string | null;
  payload: unknown;
};

/** `"name":value`, or "" for a member JSON drops */
const field = (name: string, value: unknown) => {
  const text = canonicalMember(value);
  return text === undefined ? "" : name + text;
};

/**
 * The canonical JSON a hash covers (UTF-8 text): the event's eight fields by name, its time as
 * ISO 8601 — `canonicalJson` of that object, written straight in its sorted key order (actorId,
 * actorLabel, createdAt, deploymentId, payload, targetId, targetType, type) without building it:
 * verifying a million events calls this a million times. canonical-json.test.ts holds it to
 * canonicalJson of the object, byte for byte. A stored row passed as-is (with seq, hashes)
 * hashes the same.
 */
export function hashedBody(f: THashedFields): string {
  const createdAt = typeof f.createdAt === "string" ? f.createdAt : f.createdAt.toISOString();
  const parts = [
    field('"actorId":', f.actorId),
    field('"actorLabel":', f.actorLabel),
    field('"createdAt":', createdAt),
    field('"deploymentId":', f.deploymentId),
    field('"payload":', f.payload),
    field('"targetId":', f.targetId),
    field('"targetType":', f.targetType),
    field('"type":', f.type),
  ];
  let out = "{";
  for (const part of parts) if (part) out += out.length === 1 ? part : `,${part}`;
  return `${out}}`;
}

// one-shot hashing (Node ≥ 20.12): no Hash object per event
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;

/** `sha256(prevHash ‖ canonical JSON of the event)` as 64 hex digits (PRODUCT.md rule 8). */
export function computeAuditHash(prevHash: string, fields: THashedFields): string {
  // one update of the joined text: the same bytes as two
  const text = prevHash + hashedBody(fields);
  return oneShot ? oneShot("sha256", text, "hex") : crypto.createHash("sha256").update(text).digest("hex");
}
