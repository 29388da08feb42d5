import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getOidcDisplayName, isOidcEnabled } from "@/lib/auth/options";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorFromCode } from "@/lib/auth/sign-in-messages";
import { SignInForm } from "./_components/sign-in-form";
import { LogoMark } from "@/components/layout/logo-mark";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: Readonly<Props>) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));

  // Already signed in (and still active): straight on. An unreadable session is "signed out".
  const user = await getSessionUser().catch(() => null);
  if (user) redirect(callbackUrl);

  const isOidc = isOidcEnabled();
  return (
    <div className="w-full max-w-sm">
      <div className="mb-6 flex items-center justify-center gap-2 text-lg font-semibold tracking-tight text-ink">
        <LogoMark className="size-7" />
        Phaseline
      </div>
      <section aria-labelledby="sign-in-title" className="rounded-lg border border-line bg-surface p-6 shadow-xs">
        <h1 id="sign-in-title" className="text-base font-semibold text-ink">
          Sign in
        </h1>
        <p className="mt-1 text-sm text-muted">Deployment runbooks for your team.</p>
        <SignInForm callbackUrl={callbackUrl} initialError={signInErrorFromCode(first(params.error))} oidc={isOidc ? { label: getOidcDisplayName() } : null} />
      </section>
    </div>
  );
}
