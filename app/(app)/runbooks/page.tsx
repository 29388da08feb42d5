import type { Metadata } from "next";
import Link from "next/link";
import { RunbookTable } from "@/components/runbook/runbook-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pluralize } from "@/components/ui/format";
import { findRunbooks } from "@/lib/server/readers/find-runbooks";
import { findLatestVersionRisks } from "@/lib/server/readers/get-runbook-risk";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { StartDraftButton } from "./_components/start-draft-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Runbooks" };

export default async function RunbooksPage() {
  const [runbooks, risks, user] = await Promise.all([findRunbooks(), findLatestVersionRisks(), requireUser()]);
  const canEdit = can(user.roles, "runbook.edit");
  return (
    <>
      <PageHeader
        title="Runbooks"
        description="Published runbooks are immutable, numbered versions; a deployment always runs one of them."
        aside={
          <>
            {runbooks.length > 0 ? <span className="text-sm text-muted">{pluralize(runbooks.length, "runbook")}</span> : null}
            {canEdit ? (
              <Link
                href="/runbooks/import"
                className="inline-flex items-center rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
              >
                Import Markdown
              </Link>
            ) : null}
            {canEdit ? (
              <Link
                href="/runbooks/new"
                className="inline-flex items-center rounded-md border border-transparent bg-accent px-3 py-1.5 text-sm font-medium text-on-accent hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
              >
                New runbook
              </Link>
            ) : null}
          </>
        }
      />
      {runbooks.length === 0 ? (
        <EmptyState title="No runbooks yet">
          Import a Markdown runbook with <code className="font-mono text-ink">phaseline import FILE</code>, or seed the demo data with{" "}
          <code className="font-mono text-ink">phaseline seed</code>. Published versions will be listed here.
        </EmptyState>
      ) : (
        <RunbookTable runbooks={runbooks} lintRisks={risks} actionsFor={canEdit ? (r) => <StartDraftButton runbookId={r.id} hasDraft={r.hasDraft} size="sm" /> : undefined} />
      )}
    </>
  );
}
