import "server-only";
// Use-cases serve the server actions, and later the CLI and the REST API: each validates its own
// input again, so an invariant (at least one role, a 12-character password) never depends on the
// caller having checked it.
import { z } from "zod";
import { ValidationError } from "@/lib/errors";

export function validateUserInput<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.output<TSchema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const { fieldErrors } = z.flattenError(parsed.error);
  const byField: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(fieldErrors as Record<string, string[] | undefined>)) {
    if (messages?.length) byField[field] = messages;
  }
  throw new ValidationError("Some fields need attention.", byField);
}
