// Ids are uuids; anything else is "not found" before it reaches a query (PRODUCT.md rule 9).
// (lib/server/readers/parse-ids.ts is "server-only"; these use-cases also serve the CLI.)
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";

const ZId = z.guid();

export function parseRunbookId(raw: unknown): string {
  return parseEntityId("runbook", raw);
}

export function parseEntityId(entity: string, raw: unknown): string {
  const parsed = ZId.safeParse(raw);
  if (!parsed.success) throw new NotFoundError(`This ${entity} does not exist.`);
  return parsed.data.toLowerCase();
}
