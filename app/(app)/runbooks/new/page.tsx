import type { Metadata } from "next";
import Link from "next/link";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { PageHeader } from "@/components/ui/page-header";
import { getPageUser } from "../../_lib/page-access";
import { NewRunbookForm } from "./_components/new-runbook-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New runbook" };

export default async function NewRunbookPage() {
  const user = await getPageUser("runbook.edit");
  if (!user) return <ForbiddenView what="Writing runbooks" />;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/runbooks" className="hover:text-accent-ink hover:underline">
            Runbooks
          </Link>
        }
        title="New runbook"
        description="Start with a title and a risk level; phases, steps and the rollback procedure are written in the editor next. Nothing runs until the draft is published."
      />
      <div className="max-w-xl rounded-lg border border-line bg-surface p-5 shadow-xs">
        <NewRunbookForm />
      </div>
    </>
  );
}
