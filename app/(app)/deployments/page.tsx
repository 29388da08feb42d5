import type { Metadata } from "next";
import Link from "next/link";
import { DeploymentTable } from "@/components/deployment/deployment-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { findDeployments } from "@/lib/server/readers/find-deployments";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { primaryButtonClass } from "@/components/ui/button-classes";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Deployments" };

type Props = { searchParams: Promise<{ before?: string | string[] }> };

export default async function DeploymentsPage({ searchParams }: Readonly<Props>) {
  const { before } = await searchParams;
  const [{ deployments, nextCursor }, user] = await Promise.all([findDeployments({ before: typeof before === "string" ? before : null }), getSessionUser()]);
  const canPlan = can(user?.roles, "deployment.plan");
  return (
    <>
      <PageHeader
        title="Deployments"
        description="Every run of a published runbook version against an environment, newest first."
        aside={
          canPlan ? (
            <Link href="/deployments/new" className={primaryButtonClass}>
              Plan a deployment
            </Link>
          ) : undefined
        }
      />
      {deployments.length === 0 ? (
        <EmptyState
          title={before ? "No older deployments" : "No deployments yet"}
          action={
            <Link href={before ? "/deployments" : "/runbooks"} className="text-sm font-medium text-accent-ink hover:underline">
              {before ? "Back to the newest deployments" : "Browse runbooks"}
            </Link>
          }
        >
          {before
            ? "There is nothing before this point in the history."
            : "A deployment is planned from a published runbook version: pick the runbook, the environment and the window. Past and running deployments will be listed here."}
        </EmptyState>
      ) : (
        <>
          <DeploymentTable deployments={deployments} />
          <div className="mt-4 flex justify-between text-sm">
            {before ? (
              <Link href="/deployments" className="font-medium text-accent-ink hover:underline">
                ← Newest deployments
              </Link>
            ) : (
              <span />
            )}
            {nextCursor ? (
              <Link href={`/deployments?before=${nextCursor}`} className="font-medium text-accent-ink hover:underline">
                Older deployments →
              </Link>
            ) : null}
          </div>
        </>
      )}
    </>
  );
}
