import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { PageHeader } from "@/components/ui/page-header";
import { pluralize } from "@/components/ui/format";
import { findUsers } from "@/lib/server/readers/find-users";
import { getPageUser } from "../../_lib/page-access";
import { CreateUserForm } from "./_components/create-user-form";
import { UserTable } from "./_components/user-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  // checked here, not only in the actions: a refused visit is audited and shows why
  const viewer = await getPageUser("admin.users");
  if (!viewer) return <ForbiddenView what="User administration" />;
  const users = await findUsers();
  const activeCount = users.filter((u) => u.isActive).length;

  return (
    <>
      <PageHeader
        eyebrow={<Breadcrumb items={[{ label: "Admin", href: "/admin" }]} />}
        title="Users"
        description="Who can sign in to Phaseline and what their roles let them do. Users are never deleted: deactivate someone to end their access and keep their history."
        aside={
          <>
            <span className="text-sm text-muted">
              {pluralize(users.length, "user")} · {activeCount} active
            </span>
            <a href="#new-user-title" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-on-accent hover:opacity-90">
              New user
            </a>
          </>
        }
      />
      <div className="space-y-8">
        {users.length === 0 ? (
          <EmptyState title="No users yet">
            Create the first user below, or seed the demo users with <code className="font-mono text-ink">phaseline seed</code>.
          </EmptyState>
        ) : (
          <UserTable users={users} currentUserId={viewer.id} />
        )}

        <Card as="section" labelledBy="new-user-title" className="max-w-3xl p-5">
          <h2 id="new-user-title" className="scroll-mt-6 text-lg font-semibold tracking-tight">
            New user
          </h2>
          <p className="mt-1 mb-4 text-sm text-muted">They sign in with their email and the initial password you set here.</p>
          <CreateUserForm />
        </Card>
      </div>
    </>
  );
}
