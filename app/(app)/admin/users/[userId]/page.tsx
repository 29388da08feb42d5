import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { FieldList } from "@/components/ui/field-list";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { getUser } from "@/lib/server/readers/get-user";
import { getPageUser } from "../../../_lib/page-access";
import { orNotFound } from "../../../_lib/or-not-found";
import { EditUserForm } from "../_components/edit-user-form";
import { ResetPasswordForm } from "../_components/reset-password-form";
import { UserAccessForm } from "../_components/user-access-form";
import { RoleBadges, UserStatusBadge } from "../_components/user-badges";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokenTable } from "@/components/api-tokens/token-table";
import { findApiTokens } from "@/lib/server/readers/find-api-tokens";
import { can } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "User" };

type Props = { params: Promise<{ userId: string }> };

export default async function UserPage({ params }: Readonly<Props>) {
  const { userId } = await params;
  const viewer = await getPageUser("admin.users");
  if (!viewer) return <ForbiddenView what="User administration" />;
  const user = await orNotFound(getUser(userId));
  const isSelf = user.id === viewer.id;
  const canManageTokens = can(viewer.roles, "admin.tokens");
  const tokens = canManageTokens ? await findApiTokens(user.id) : [];

  return (
    <>
      <PageHeader
        eyebrow={
          <Breadcrumb
            items={[
              { label: "Admin", href: "/admin" },
              { label: "Users", href: "/admin/users" },
            ]}
          />
        }
        title={
          <>
            {user.name}
            {isSelf ? <span className="ml-2 text-base font-normal text-muted">(you)</span> : null}
          </>
        }
        aside={<UserStatusBadge isActive={user.isActive} />}
      />

      <div className="space-y-6">
        <Card as="section" labelledBy="user-summary-title" className="p-5">
          <h2 id="user-summary-title" className="sr-only">
            Summary
          </h2>
          <FieldList
            items={[
              { label: "Email", value: <span className="break-all">{user.email}</span> },
              { label: "Roles", value: <RoleBadges roles={user.roles} /> },
              { label: "Last sign-in", value: <RelativeTime date={user.lastSignInAt} layout="stacked" fallback="Never signed in" /> },
              { label: "Created", value: <RelativeTime date={user.createdAt} layout="stacked" /> },
            ]}
          />
        </Card>

        <div className="grid gap-6 lg:grid-cols-2">
          <Card as="section" labelledBy="edit-user-title" className="p-5">
            <h2 id="edit-user-title" className="mb-4 text-lg font-semibold tracking-tight">
              Edit details
            </h2>
            <EditUserForm userId={user.id} name={user.name} roles={user.roles} version={user.version} isSelf={isSelf} />
          </Card>

          <div className="space-y-6">
            <Card as="section" labelledBy="reset-password-title" className="p-5">
              <h2 id="reset-password-title" className="mb-4 text-lg font-semibold tracking-tight">
                Password
              </h2>
              <ResetPasswordForm userId={user.id} name={user.name} />
            </Card>

            <Card as="section" labelledBy="user-access-title" className="p-5">
              <h2 id="user-access-title" className="mb-4 text-lg font-semibold tracking-tight">
                Access
              </h2>
              <UserAccessForm userId={user.id} name={user.name} isActive={user.isActive} isSelf={isSelf} />
            </Card>
          </div>
        </div>

        {canManageTokens ? (
          <Card as="section" labelledBy="user-tokens-title" className="p-5">
            <h2 id="user-tokens-title" className="mb-1 text-lg font-semibold tracking-tight">
              API tokens
            </h2>
            <p className="mb-4 text-sm text-muted">For a service user (a pipeline, a bot): the token acts as {user.name}, with their current roles.</p>
            <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
              <div className="min-w-0">
                <TokenTable tokens={tokens} now={Date.now()} emptyHint={`${user.name} has no tokens.`} />
              </div>
              <CreateTokenForm userId={user.id} idPrefix="user-token" />
            </div>
          </Card>
        ) : null}
      </div>
    </>
  );
}
