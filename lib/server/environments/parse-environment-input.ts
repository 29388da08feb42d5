import "server-only";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";

/**
 * The use-cases check their input again with the domain schema (the CLI and the API reach them
 * without an action); a refusal is a ValidationError with per-field messages, never a ZodError.
 */
export function parseEnvironmentInput<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.output<TSchema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const { fieldErrors, formErrors } = z.flattenError(parsed.error);
  const errors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(fieldErrors as Record<string, string[] | undefined>)) {
    if (messages?.length) errors[field] = messages;
  }
  throw new ValidationError(formErrors[0] ?? "Nothing was saved: some fields need attention.", errors);
}
