"use client";

// Unexpected errors only: the message of an unknown error is never shown (STYLE.md practice 4),
// just the reference Next.js logged it under.
export default function AppError({ error, reset }: Readonly<{ error: Error & { digest?: string }; reset: () => void }>) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="mt-3 text-sm text-muted">
        This page could not be loaded.{error.digest ? <> Reference: <code className="font-mono">{error.digest}</code>.</> : null}
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-on-accent hover:opacity-90"
      >
        Try again
      </button>
    </div>
  );
}
