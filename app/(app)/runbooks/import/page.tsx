import type { Metadata } from "next";
import Link from "next/link";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { PageHeader } from "@/components/ui/page-header";
import { getPageUser } from "../../_lib/page-access";
import { ImportRunbookForm } from "./_components/import-runbook-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import a runbook" };

export default async function ImportRunbookPage() {
  // checked here as well as in the actions: a refused visit is audited and shows why
  const user = await getPageUser("runbook.edit");
  if (!user) return <ForbiddenView what="Importing runbooks" />;
  return (
    <>
      <PageHeader
        eyebrow={
          <nav aria-label="Breadcrumb">
            <ol className="flex items-center gap-1.5">
              <li>
                <Link href="/runbooks" className="hover:text-accent-ink hover:underline">
                  Runbooks
                </Link>
              </li>
              <li aria-hidden="true">/</li>
              <li>Import</li>
            </ol>
          </nav>
        }
        title="Import a Markdown runbook"
        description="Phases come from the document's headings, checklists from task lists, steps from code blocks; the rollback and sign-off sections are recognised. Anything that fits no field is kept as notes, never dropped. Check the preview, then save it as a draft to edit and publish."
      />
      <ImportRunbookForm />
    </>
  );
}
