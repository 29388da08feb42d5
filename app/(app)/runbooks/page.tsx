import type { Metadata } from "next";
import { RunbookTable } from "@/components/runbook/runbook-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pluralize } from "@/components/ui/format";
import { findRunbooks } from "@/lib/server/readers/find-runbooks";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Runbooks" };

export default async function RunbooksPage() {
  const runbooks = await findRunbooks();
  return (
    <>
      <PageHeader
        title="Runbooks"
        description="Published runbooks are immutable, numbered versions; a deployment always runs one of them."
        aside={runbooks.length > 0 ? <span className="text-sm text-muted">{pluralize(runbooks.length, "runbook")}</span> : null}
      />
      {runbooks.length === 0 ? (
        <EmptyState title="No runbooks yet">
          Import a Markdown runbook with <code className="font-mono text-ink">phaseline import FILE</code>, or seed the demo
          data with <code className="font-mono text-ink">phaseline seed</code>. Published versions will be listed here.
        </EmptyState>
      ) : (
        <RunbookTable runbooks={runbooks} />
      )}
    </>
  );
}
