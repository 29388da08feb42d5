// Expected errors (STYLE.md practice 4): a code and a message written for the person using the
// app. Anything else is a bug or an outage: it is logged with a request id and the person sees
// only "Something went wrong (ref …)" — an unknown error's message can carry SQL, file paths or
// secrets, so it never leaves the server.

export type TErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "VALIDATION" | "CONFLICT";

export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    /** shown to people as is: say what happened and what to do, never internals */
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Your session has ended. Sign in again to continue.") {
    super("UNAUTHENTICATED", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You do not have permission to do this.") {
    super("FORBIDDEN", message);
  }
}

export class NotFoundError extends AppError {
  constructor(message = "It does not exist, or it was removed.") {
    super("NOT_FOUND", message);
  }
}

export class ValidationError extends AppError {
  constructor(
    message = "Some of the input is not valid.",
    /** per-field messages, keyed by field name, for forms */
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super("VALIDATION", message);
  }
}

export class ConflictError extends AppError {
  constructor(message = "Someone else changed this while you were working. Reload to see their change.") {
    super("CONFLICT", message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A short id that ties what a person reports to the server log line. */
export function newRequestId(): string {
  return globalThis.crypto.randomUUID().slice(0, 8);
}

/** The message a person may see for any thrown value; unknown errors are logged, not shown. */
export function toUserMessage(error: unknown, requestId: string): string {
  if (isAppError(error)) return error.message;
  console.error(`[phaseline] unexpected error (ref ${requestId})`, error);
  return `Something went wrong (ref ${requestId})`;
}
