import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { PageHeader } from "@/components/ui/page-header";
import { pluralize } from "@/components/ui/format";
import { findEnvironments } from "@/lib/server/readers/find-environments";
import { getPageUser } from "../../_lib/page-access";
import { CreateEnvironmentForm } from "./_components/create-environment-form";
import { EnvironmentTable } from "./_components/environment-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Environments" };

export default async function EnvironmentsPage() {
  const user = await getPageUser("admin.environments");
  if (!user) return <ForbiddenView what="Environment administration" />;
  const environments = await findEnvironments();
  return (
    <>
      <PageHeader
        eyebrow={<Breadcrumb items={[{ label: "Admin", href: "/admin" }]} />}
        title="Environments"
        description="Where deployments run: each environment's target database (stored encrypted, shown masked), the hosts HTTP checks may reach, and whether it is production."
        aside={environments.length > 0 ? <span className="text-sm text-muted">{pluralize(environments.length, "environment")}</span> : null}
      />
      <div className="space-y-8">
        {environments.length === 0 ? (
          <EmptyState title="No environments yet">
            Create one below: a name, the target database URL, and the hosts its HTTP checks may reach. Deployments are planned against an environment.
          </EmptyState>
        ) : (
          <EnvironmentTable environments={environments} />
        )}
        <Card as="section" labelledBy="new-environment-heading" className="p-5">
          <h2 id="new-environment-heading" className="mb-4 text-base font-semibold text-ink">
            New environment
          </h2>
          <CreateEnvironmentForm />
        </Card>
      </div>
    </>
  );
}
