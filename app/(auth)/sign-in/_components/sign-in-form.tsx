"use client";

import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { GENERIC_SIGN_IN_ERROR, SIGN_IN_ERROR_MESSAGES } from "@/lib/auth/sign-in-messages";

type Props = {
  /** already checked on the server; checked again here before navigating */
  callbackUrl: string;
  initialError: string | null;
  /** set when single sign-on is configured */
  oidc: { label: string } | null;
};

const NETWORK_ERROR = "Could not reach Phaseline. Check your connection and try again.";

export function SignInForm({ callbackUrl, initialError, oidc }: Readonly<Props>) {
  const router = useRouter();
  const passwordRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState<"credentials" | "oidc" | null>(null);
  const target = safeCallbackPath(callbackUrl);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending("credentials");
    setError(null);
    try {
      const result = await signIn("credentials", { redirect: false, email, password, callbackUrl: target });
      if (result?.ok && !result.error) {
        router.replace(target);
        router.refresh();
        return; // stay "pending" while the next page loads
      }
      // The server's sign-in messages are written for people (wrong credentials, throttled,
      // deactivated); next-auth's own codes are turned into sentences.
      const code = result?.error;
      const message = !code ? GENERIC_SIGN_IN_ERROR : Object.hasOwn(SIGN_IN_ERROR_MESSAGES, code) ? SIGN_IN_ERROR_MESSAGES[code]! : code;
      setError(message);
      setPassword("");
      passwordRef.current?.focus();
    } catch {
      setError(NETWORK_ERROR);
    }
    setPending(null);
  }

  async function onSso() {
    if (pending) return;
    setPending("oidc");
    setError(null);
    try {
      await signIn("oidc", { callbackUrl: target });
    } catch {
      setError(NETWORK_ERROR);
      setPending(null);
    }
  }

  return (
    <div className="mt-5 space-y-5">
      {error ? (
        <div role="alert" className="rounded-md border border-bad-line bg-bad px-3 py-2 text-sm text-bad-ink">
          <span aria-hidden="true" className="mr-1.5 font-semibold">
            !
          </span>
          {error}
        </div>
      ) : null}

      <form onSubmit={onSubmit} className="space-y-4">
        <div className="space-y-1.5">
          <label htmlFor="sign-in-email" className="block text-sm font-medium text-ink">
            Email
          </label>
          <input
            id="sign-in-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            maxLength={320}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            className="block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink placeholder:text-faint focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
          />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="sign-in-password" className="block text-sm font-medium text-ink">
            Password
          </label>
          <input
            ref={passwordRef}
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={1024}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className="block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
          />
        </div>
        <button
          type="submit"
          disabled={pending !== null}
          className="inline-flex w-full items-center justify-center rounded-md bg-accent px-4 py-2 text-sm font-medium text-on-accent hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-60"
        >
          {pending === "credentials" ? "Signing in…" : "Sign in"}
        </button>
      </form>

      {oidc ? (
        <>
          <div className="flex items-center gap-3 text-xs text-faint" aria-hidden="true">
            <span className="h-px flex-1 bg-line" />
            or
            <span className="h-px flex-1 bg-line" />
          </div>
          <button
            type="button"
            onClick={onSso}
            disabled={pending !== null}
            className="inline-flex w-full items-center justify-center rounded-md border border-line-strong bg-surface px-4 py-2 text-sm font-medium text-ink hover:bg-surface-muted disabled:cursor-not-allowed disabled:opacity-60"
          >
            {pending === "oidc" ? "Redirecting…" : `Sign in with ${oidc.label}`}
          </button>
        </>
      ) : null}
    </div>
  );
}
