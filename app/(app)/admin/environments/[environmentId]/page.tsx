import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { FieldList } from "@/components/ui/field-list";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { getEnvironment } from "@/lib/server/readers/get-environment";
import { orNotFound } from "../../../_lib/or-not-found";
import { getPageUser } from "../../../_lib/page-access";
import { ConnectionTest } from "../_components/connection-test";
import { EditEnvironmentForm } from "../_components/edit-environment-form";
import { GroupDatabases } from "../_components/group-databases";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Environment" };

type Props = { params: Promise<{ environmentId: string }> };

export default async function EnvironmentPage({ params }: Readonly<Props>) {
  const { environmentId } = await params;
  const user = await getPageUser("admin.environments");
  if (!user) return <ForbiddenView what="Environment administration" />;
  // the reader never selects the ciphertext: only the masked target reaches this page
  const environment = await orNotFound(getEnvironment(environmentId));

  return (
    <>
      <PageHeader
        eyebrow={
          <Breadcrumb
            items={[
              { label: "Admin", href: "/admin" },
              { label: "Environments", href: "/admin/environments" },
            ]}
          />
        }
        title={environment.name}
        aside={
          environment.isProduction ? (
            <Badge tone="strong" icon="▲">
              Production
            </Badge>
          ) : (
            <Badge tone="outline">Non-production</Badge>
          )
        }
        description={environment.description || null}
      >
        <FieldList
          items={[
            {
              label: "Target database",
              value: environment.targetUrlMasked ? (
                <code className="break-all font-mono text-xs">{environment.targetUrlMasked}</code>
              ) : (
                <span className="text-faint">No target yet</span>
              ),
            },
            { label: "Group databases", value: environment.databases.length ? environment.databases.map((d) => d.name).join(", ") : "None" },
            { label: "HTTP allow-list", value: environment.httpAllowList.length ? `${environment.httpAllowList.length} host(s)` : "None" },
            {
              label: "Backups kept",
              value: environment.backupRetentionDays === null ? "Until someone drops them" : `${environment.backupRetentionDays} days after they are taken`,
            },
            { label: "Last updated by", value: environment.updatedBy?.name ?? "Unknown" },
            { label: "Last updated", value: <RelativeTime date={environment.updatedAt} layout="stacked" /> },
          ]}
        />
      </PageHeader>

      <div className="space-y-6">
        {environment.isProduction ? (
          <div role="note" className="rounded-md border border-warn-line bg-warn px-4 py-3 text-sm text-warn-ink">
            <p className="font-semibold">
              <span aria-hidden="true" className="mr-1.5">
                ▲
              </span>
              This is a production environment.
            </p>
            <p className="mt-1">
              Deployments run here change production data. A wrong target URL or allow-list points live runbooks at the wrong place: check every change, and test the connection
              after saving.
            </p>
          </div>
        ) : null}

        <Card as="section" labelledBy="connection-heading" className="p-5">
          <h2 id="connection-heading" className="mb-3 text-base font-semibold text-ink">
            Connection
          </h2>
          <ConnectionTest environmentId={environment.id} hasTarget={environment.targetUrlMasked !== null} />
        </Card>

        <Card as="section" labelledBy="group-heading" className="p-5">
          <h2 id="group-heading" className="mb-3 text-base font-semibold text-ink">
            Group databases
          </h2>
          <GroupDatabases environmentId={environment.id} databases={environment.databases} />
        </Card>

        <Card as="section" labelledBy="edit-heading" className="p-5">
          <h2 id="edit-heading" className="mb-4 text-base font-semibold text-ink">
            Settings
          </h2>
          <EditEnvironmentForm
            environmentId={environment.id}
            version={environment.version}
            targetUrlMasked={environment.targetUrlMasked}
            initial={{
              name: environment.name,
              description: environment.description,
              isProduction: environment.isProduction,
              httpAllowList: environment.httpAllowList.join("\n"),
              backupRetentionDays: environment.backupRetentionDays === null ? "" : String(environment.backupRetentionDays),
            }}
          />
        </Card>
      </div>
    </>
  );
}
