// How forms read an action's result (STYLE.md practice 1: "the client reads that result with one
// helper"). Pure, no server imports: usable in client components.
//
//   const read = await runAction(() => pauseDeploymentAction({ deploymentId, reason }));
//   if (read.isOk) router.refresh(); else setErrors(read);   // keep what the person typed
//   … <FieldError messages={read.fieldErrors.reason} />  {read.formError && <Alert>{read.formError}</Alert>}
import { REFUSED_REQUEST_MESSAGES } from "@/lib/request-limits";
import { FORM_ERRORS_KEY, type TActionResult, type TFieldErrors } from "./result";

export type TReadResult<T> =
  | { isOk: true; data: T; fieldErrors: TFieldErrors; formError: null; code: null }
  | { isOk: false; data: null; fieldErrors: TFieldErrors; formError: string | null; code: string | null };

export const NETWORK_ERROR_MESSAGE = "Could not reach Phaseline. Check your connection and try again — nothing was lost.";

export function readActionResult<T>(result: TActionResult<T>): TReadResult<T> {
  if (result.ok) return { isOk: true, data: result.data, fieldErrors: {}, formError: null, code: null };
  if ("validationErrors" in result) {
    const { [FORM_ERRORS_KEY]: formMessages, ...fieldErrors } = result.validationErrors;
    const formError = formMessages?.length ? formMessages.join(" ") : Object.keys(fieldErrors).length ? "Some fields need attention." : "The input is not valid.";
    return { isOk: false, data: null, fieldErrors, formError, code: "VALIDATION" };
  }
  return { isOk: false, data: null, fieldErrors: {}, formError: result.serverError, code: result.code ?? null };
}

/** Calls an action and reads its result; a failed request (network, server down) reads as an error too. */
export async function runAction<T>(call: () => Promise<TActionResult<T>>): Promise<TReadResult<T>> {
  try {
    return readActionResult(await call());
  } catch (error) {
    // a redirect() or notFound() from the action is Next's navigation, not a failure
    if (isNextControlFlow(error)) throw error;
    // refused before it ran (too large, unreadable): the proxy's sentence, not "could not reach"
    if (error instanceof Error && REFUSED_REQUEST_MESSAGES.has(error.message)) {
      return { isOk: false, data: null, fieldErrors: {}, formError: error.message, code: "REQUEST_REFUSED" };
    }
    return { isOk: false, data: null, fieldErrors: {}, formError: NETWORK_ERROR_MESSAGE, code: "NETWORK" };
  }
}

/** The first message for a field, for `aria-describedby` hints beside inputs. */
export function firstFieldError(read: Pick<TReadResult<unknown>, "fieldErrors">, field: string): string | undefined {
  return read.fieldErrors[field]?.[0];
}

function isNextControlFlow(error: unknown): boolean {
  const digest = typeof error === "object" && error !== null ? (error as { digest?: unknown }).digest : undefined;
  return typeof digest === "string" && (digest.startsWith("NEXT_") || digest === "BAILOUT_TO_CLIENT_SIDE_RENDERING");
}
