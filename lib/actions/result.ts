// The one result shape every server action returns (STYLE.md practice 1). Types only and pure
// helpers: safe to import from client components.

/** Per-field messages; "_form" holds messages about the input as a whole. */
export type TFieldErrors = Record<string, string[]>;

export type TActionResult<T> = { ok: true; data: T } | { ok: false; validationErrors: TFieldErrors } | { ok: false; serverError: string; code?: string };

export const FORM_ERRORS_KEY = "_form";
