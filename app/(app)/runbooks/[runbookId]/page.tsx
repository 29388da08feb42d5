import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getRunbookLatestVersion } from "@/lib/server/readers/get-runbook-latest-version";
import { orNotFound } from "../../_lib/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Runbook" };

type Props = { params: Promise<{ runbookId: string }> };

/** A runbook's address shows its latest published version. */
export default async function RunbookPage({ params }: Readonly<Props>) {
  const { runbookId } = await params;
  const runbook = await orNotFound(getRunbookLatestVersion(runbookId));
  if (runbook.latestPublishedNumber !== null) {
    redirect(`/runbooks/${runbook.runbookId}/versions/${runbook.latestPublishedNumber}`);
  }
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/runbooks" className="hover:text-accent-ink hover:underline">Runbooks</Link>}
        title={runbook.title}
      />
      <EmptyState title="No published version yet">
        This runbook exists only as a draft. Once a version is published it appears here, and deployments can be planned
        from it.
      </EmptyState>
    </>
  );
}
