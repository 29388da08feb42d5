import "server-only";
// The one mutation shape (STYLE.md practice 1). An action built here:
//   1. resolves the session (signed out → UNAUTHENTICATED),
//   2. validates the input with its zod schema (→ validationErrors, nothing changes but an
//      `input.rejected` audit event naming the action and the fields),
//   3. checks a named permission against the *validated* input (refusals are audited),
//   4. calls the handler — which runs its use-case, whose transaction writes the audit event,
//   5. maps expected errors to their messages and anything else to "Something went wrong (ref …)".
//
//   // lib/actions/deployments.ts
//   "use server";
//   export const pauseDeploymentAction = defineAction({
//     name: "pauseDeploymentAction",
//     schema: ZPauseDeployment,
//     permission: (input) => ({ permission: "deployment.control", target: { type: "deployment", id: input.deploymentId, deploymentId: input.deploymentId } }),
//     handler: async ({ input, user }) => pauseDeployment({ ...input, actor: user }),
//   });
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { AppError, newRequestId, toUserMessage, ValidationError } from "@/lib/errors";
import { assertPermission, auditRejectedInput, requireUser, type TAccessTarget, type TSessionUser } from "@/lib/auth/session";
import type { TPermission } from "@/lib/auth/permissions";
import { FORM_ERRORS_KEY, type TActionResult, type TFieldErrors } from "./result";

export type { TActionResult } from "./result";

export type TPermissionRequirement = { permission: TPermission; target?: TAccessTarget };

export type TActionContext<TInput> = { input: TInput; user: TSessionUser; requestId: string };

export type TActionDefinition<TSchema extends z.ZodType, TData> = {
  /** the exported name, e.g. "tickChecklistItemAction": names the attempt in an input.rejected event */
  name?: string;
  schema: TSchema;
  /**
   * A permission, or a function of the validated input naming one (and what it is aimed at).
   * `null`: any signed-in person (e.g. changing one's own password) — say why where it is used.
   */
  permission: TPermission | null | ((input: z.output<TSchema>) => TPermission | TPermissionRequirement | null);
  handler: (context: TActionContext<z.output<TSchema>>) => Promise<TData>;
};

export function defineAction<TSchema extends z.ZodType, TData>(definition: TActionDefinition<TSchema, TData>): (input: unknown) => Promise<TActionResult<TData>> {
  return async (rawInput: unknown): Promise<TActionResult<TData>> => {
    const requestId = newRequestId();
    try {
      // a mutation: the user's row is read now, so a revocation bites on the very next action
      const user = await requireUser({ isFresh: true });

      const parsed = await definition.schema.safeParseAsync(rawInput);
      if (!parsed.success) {
        const validationErrors = toFieldErrors(parsed.error);
        // a refused attempt is evidence too (PRODUCT.md rule 8): which action, which fields — never the values
        await auditRejectedInput(user, definition.name ?? "unnamed action", Object.keys(validationErrors));
        return { ok: false, validationErrors };
      }
      const input = parsed.data;

      const requirement = resolveRequirement(definition.permission, input);
      if (requirement) await assertPermission(user, requirement.permission, requirement.target);

      const data = await definition.handler({ input, user, requestId });
      return { ok: true, data };
    } catch (error) {
      // redirect() and notFound() from a handler are Next's control flow, not failures
      unstable_rethrow(error);
      if (error instanceof ValidationError) {
        return { ok: false, validationErrors: { ...error.fieldErrors, [FORM_ERRORS_KEY]: [error.message] } };
      }
      if (error instanceof AppError) return { ok: false, serverError: error.message, code: error.code };
      return { ok: false, serverError: toUserMessage(error, requestId) };
    }
  };
}

function resolveRequirement<TInput>(permission: TActionDefinition<z.ZodType<TInput>, unknown>["permission"], input: TInput): TPermissionRequirement | null {
  const resolved = typeof permission === "function" ? permission(input) : permission;
  if (resolved === null) return null;
  return typeof resolved === "string" ? { permission: resolved } : resolved;
}

/** zod's issues as messages per field (top-level key of the path); input-wide ones under "_form". */
export function toFieldErrors(error: z.ZodError): TFieldErrors {
  const { formErrors, fieldErrors } = z.flattenError(error);
  const result: TFieldErrors = {};
  for (const [field, messages] of Object.entries(fieldErrors as Record<string, string[] | undefined>)) {
    if (messages?.length) result[field] = messages;
  }
  if (formErrors.length) result[FORM_ERRORS_KEY] = formErrors;
  return result;
}
