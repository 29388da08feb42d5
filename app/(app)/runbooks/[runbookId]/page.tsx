import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getRunbookLatestVersion } from "@/lib/server/readers/get-runbook-latest-version";
import { orNotFound } from "../../_lib/or-not-found";
import { StartDraftButton } from "../_components/start-draft-button";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Runbook" };

type Props = { params: Promise<{ runbookId: string }> };

/** A runbook's address shows its latest published version. */
export default async function RunbookPage({ params }: Readonly<Props>) {
  const { runbookId } = await params;
  const [runbook, user] = await Promise.all([orNotFound(getRunbookLatestVersion(runbookId)), requireUser()]);
  if (runbook.latestPublishedNumber !== null) {
    redirect(`/runbooks/${runbook.runbookId}/versions/${runbook.latestPublishedNumber}`);
  }
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/runbooks" className="hover:text-accent-ink hover:underline">
            Runbooks
          </Link>
        }
        title={runbook.title}
      />
      <EmptyState title="No published version yet" action={can(user.roles, "runbook.edit") ? <StartDraftButton runbookId={runbook.runbookId} hasDraft /> : null}>
        This runbook exists only as a draft. Once a version is published it appears here, and deployments can be planned from it.
      </EmptyState>
    </>
  );
}
