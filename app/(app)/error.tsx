"use client";
import { useEffect } from "react";

// Unexpected errors only: the message of an unknown error is never shown (STYLE.md practice 4),
// just the reference Next.js logged it under.
//
// One expected case lands here too: a session ended elsewhere (deactivated, demoted out, password
// changed — issue 10 item 4) while this tab navigates on the client, where the (app) layout that
// redirects to sign-in does not render again. So the boundary asks next-auth whether the session
// still stands (which also clears a dead cookie) and, if not, goes to sign-in.
export default function AppError({ error, reset }: Readonly<{ error: Error & { digest?: string }; reset: () => void }>) {
  useEffect(() => {
    let isCancelled = false;
    fetch("/api/auth/session", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ user?: unknown } | null>) : null))
      .then((session) => {
        if (isCancelled || !session || session.user) return;
        const here = `${window.location.pathname}${window.location.search}`;
        window.location.assign(`/sign-in?callbackUrl=${encodeURIComponent(here)}`);
      })
      .catch(() => {}); // offline: the message below stands
    return () => {
      isCancelled = true;
    };
  }, [error]);

  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="mt-3 text-sm text-muted">
        This page could not be loaded.
        {error.digest ? (
          <>
            {" "}
            Reference: <code className="font-mono">{error.digest}</code>.
          </>
        ) : null}
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-on-accent hover:opacity-90">
        Try again
      </button>
    </div>
  );
}
