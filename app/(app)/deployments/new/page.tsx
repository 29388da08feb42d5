import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { PageHeader } from "@/components/ui/page-header";
import { getPlanOptions } from "@/lib/server/readers/get-plan-options";
import { getPageUser } from "../../_lib/page-access";
import { PlanDeploymentForm } from "./_components/plan-deployment-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Plan a deployment" };

type Props = { searchParams: Promise<{ version?: string | string[] }> };

export default async function PlanDeploymentPage({ searchParams }: Readonly<Props>) {
  const user = await getPageUser("deployment.plan");
  if (!user) return <ForbiddenView what="Planning deployments" />;
  const { version } = await searchParams;
  const options = await getPlanOptions();
  return (
    <>
      <PageHeader
        eyebrow={<Breadcrumb items={[{ label: "Deployments", href: "/deployments" }]} />}
        title="Plan a deployment"
        description="One published runbook version, run against one environment by a lead, in a planned window. The pre-flight check runs on the deployment's page before you start."
      />
      <div className="max-w-2xl rounded-lg border border-line bg-surface p-6">
        <PlanDeploymentForm options={options} defaultVersionId={typeof version === "string" ? version : null} defaultLeadId={user.roles.includes("LEAD") ? user.id : null} />
      </div>
    </>
  );
}
