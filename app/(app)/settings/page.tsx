import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { FieldList } from "@/components/ui/field-list";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { ROLE_HELP } from "@/components/ui/form/form-controls";
import { roleLabels } from "@/components/runbook/phase-labels";
import { SignInHistory } from "@/components/settings/sign-in-history";
import { requireUser } from "@/lib/auth/session";
import { getOwnSettings, SIGN_IN_HISTORY_LIMIT } from "@/lib/server/readers/get-own-settings";
import { orNotFound } from "../_lib/or-not-found";
import { ChangePasswordForm } from "./_components/change-password-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const settings = await orNotFound(getOwnSettings(user.id));

  return (
    <>
      <PageHeader title="Settings" description="Your account, your password and where you signed in from." />

      <div className="space-y-6">
        <Card as="section" labelledBy="account-title" className="space-y-4 p-5">
          <h2 id="account-title" className="text-lg font-semibold tracking-tight">
            Account
          </h2>
          <FieldList
            columns={3}
            items={[
              { label: "Name", value: settings.name },
              { label: "Email", value: <span className="break-all">{settings.email}</span> },
              { label: "Last sign-in", value: <RelativeTime date={settings.lastSignInAt} layout="stacked" fallback="Never with a password" /> },
            ]}
          />
          <div>
            <h3 className="text-sm font-medium text-ink">Your roles</h3>
            {settings.roles.length > 0 ? (
              <ul className="mt-2 space-y-1.5">
                {settings.roles.map((role) => (
                  <li key={role} className="flex flex-wrap items-baseline gap-2 text-sm">
                    <Badge tone="accent">{roleLabels[role]}</Badge>
                    <span className="text-muted">{ROLE_HELP[role]}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-muted">No roles: ask an administrator for the access you need.</p>
            )}
            <p className="mt-2 text-xs text-muted">Only an administrator changes roles.</p>
          </div>
          <p className="text-sm">
            <Link href="/settings/tokens" className="font-medium text-accent-ink hover:underline">
              API tokens →
            </Link>{" "}
            <span className="text-muted">for the REST API and the CLI.</span>
          </p>
        </Card>

        <Card as="section" labelledBy="change-password-title" className="space-y-3 p-5">
          <h2 id="change-password-title" className="text-lg font-semibold tracking-tight">
            Change password
          </h2>
          {settings.hasPassword ? (
            <>
              <p className="text-sm text-muted">Changing it signs you out everywhere else: other browsers and devices must sign in again.</p>
              <ChangePasswordForm />
            </>
          ) : (
            <p className="text-sm text-muted">You sign in through single sign-on: your password is managed there, not in Phaseline.</p>
          )}
        </Card>

        <section aria-labelledby="sign-ins-title" className="space-y-3">
          <h2 id="sign-ins-title" className="text-lg font-semibold tracking-tight">
            Sign-in history
          </h2>
          <p className="text-sm text-muted">
            Your last {SIGN_IN_HISTORY_LIMIT} attempts with email and password, newest first. A failure you do not recognise? Change your password.
          </p>
          <SignInHistory entries={settings.signIns} limit={SIGN_IN_HISTORY_LIMIT} />
        </section>
      </div>
    </>
  );
}
