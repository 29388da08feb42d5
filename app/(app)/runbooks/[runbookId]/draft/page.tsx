import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/errors";
import { getDraft, type TDraftForEditor } from "@/lib/server/readers/get-draft";
import { getRunbookLatestVersion } from "@/lib/server/readers/get-runbook-latest-version";
import { getPageUser } from "../../../_lib/page-access";
import { orNotFound } from "../../../_lib/or-not-found";
import { StartDraftButton } from "../../_components/start-draft-button";
import { DraftEditor } from "./_components/draft-editor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit draft" };

type Props = { params: Promise<{ runbookId: string }> };

export default async function DraftPage({ params }: Readonly<Props>) {
  const { runbookId } = await params;
  const user = await getPageUser("runbook.edit");
  if (!user) return <ForbiddenView what="Editing runbooks" />;
  const runbook = await orNotFound(getRunbookLatestVersion(runbookId));
  let draft: TDraftForEditor | null = null;
  try {
    draft = await getDraft(runbook.runbookId);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  const breadcrumb = (
    <nav aria-label="Breadcrumb">
      <ol className="flex items-center gap-1.5">
        <li>
          <Link href="/runbooks" className="hover:text-accent-ink hover:underline">
            Runbooks
          </Link>
        </li>
        <li aria-hidden="true">/</li>
        <li>
          <Link href={`/runbooks/${runbook.runbookId}`} className="hover:text-accent-ink hover:underline">
            {runbook.title}
          </Link>
        </li>
        <li aria-hidden="true">/</li>
        <li>Draft</li>
      </ol>
    </nav>
  );
  if (!draft) {
    return (
      <>
        <PageHeader eyebrow={breadcrumb} title={runbook.title} />
        <EmptyState title="No open draft" action={runbook.latestPublishedNumber !== null ? <StartDraftButton runbookId={runbook.runbookId} hasDraft={false} /> : null}>
          Published versions never change. Start a new draft from version {runbook.latestPublishedNumber ?? "—"} to edit the runbook.
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader
        eyebrow={breadcrumb}
        title={<>Editing “{draft.doc.title}”</>}
        description={
          draft.basedOnNumber !== null
            ? `A draft based on version ${draft.basedOnNumber}. Published versions never change; publishing this draft makes version ${(draft.latestPublishedNumber ?? 0) + 1}.`
            : "A new runbook. Nothing here runs until the draft is published."
        }
        aside={<Badge tone="outline">Draft</Badge>}
      />
      <DraftEditor runbookId={draft.runbookId} versionId={draft.versionId} initial={draft.doc} />
    </>
  );
}
