import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { notFound } from "next/navigation";
import { AuditEventDetail } from "@/components/audit/audit-event-detail";
import { getAuditEvent } from "@/lib/server/readers/find-audit-events";
import { getPageUser } from "../../_lib/page-access";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ seq: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Audit event #${(await params).seq}` };
}

export default async function AuditEventPage({ params }: Readonly<Props>) {
  const user = await getPageUser("audit.view");
  if (!user) return <ForbiddenView what="The audit trail" />;
  const { seq } = await params;
  const found = /^[1-9]\d{0,18}$/.test(seq) ? await getAuditEvent(BigInt(seq)) : null;
  if (!found) notFound();
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/audit" className="text-accent-ink hover:underline">
            Audit
          </Link>
        }
        title={`Event #${seq}`}
        description={<span className="font-mono">{found.event.type}</span>}
      />
      <AuditEventDetail {...found} />
    </>
  );
}
