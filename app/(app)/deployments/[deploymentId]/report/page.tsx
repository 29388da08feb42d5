import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { secondaryButtonClass, smallButton } from "@/components/ui/button-classes";
import { DeploymentReport } from "@/components/deployment/report/deployment-report";
import { PrintButton } from "@/components/deployment/report/print-button";
import { getDeploymentReport } from "@/lib/server/readers/get-deployment-report";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "../../../_lib/or-not-found";
import { getPageUser } from "../../../_lib/page-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Deployment report" };

type Props = { params: Promise<{ deploymentId: string }> };

export default async function DeploymentReportPage({ params }: Readonly<Props>) {
  const { deploymentId } = await params;
  const user = await getPageUser("report.view");
  if (!user) return <ForbiddenView what="This report" />;
  const report = await orNotFound(getDeploymentReport(deploymentId));
  const d = report.deployment;
  return (
    <>
      <PageHeader
        eyebrow={<Breadcrumb items={[{ label: "Deployments", href: "/deployments" }, { label: d.name, href: `/deployments/${d.id}` }, { label: "Report" }]} />}
        title={`Deployment report: ${d.name}`}
        aside={
          <span className="flex flex-wrap gap-2 print:hidden">
            {can(user.roles, "report.export") ? (
              <a href={`/deployments/${d.id}/report.md`} download className={`${secondaryButtonClass} ${smallButton}`}>
                Download Markdown
              </a>
            ) : null}
            <PrintButton />
          </span>
        }
        description={`${d.runbookVersion.title} v${d.runbookVersion.number} on ${d.environment.name}, led by ${d.lead.name}.`}
      />
      <DeploymentReport report={report} />
    </>
  );
}
