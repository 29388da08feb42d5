import "server-only";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";

// Ids are uuid strings (uuid(7) by default). Anything else never reaches the database: a
// malformed id is simply "not found", never a crash or a query error (PRODUCT.md rule 9).
const ZId = z.guid();
const ZVersionNumber = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/)
  .transform(Number);

export function parseIdOrThrow(entity: string, raw: unknown): string {
  const parsed = ZId.safeParse(raw);
  if (!parsed.success) throw new NotFoundError(`This ${entity} does not exist.`);
  return parsed.data.toLowerCase();
}

export function parseVersionNumberOrThrow(raw: unknown): number {
  const parsed = ZVersionNumber.safeParse(typeof raw === "number" ? String(raw) : raw);
  if (!parsed.success) throw new NotFoundError("This runbook version does not exist.");
  return parsed.data;
}
