import Link from "next/link";

/** "Audit trail" — /audit filtered to one deployment or runbook (issue 13: an audit tab on each). */
export function AuditTrailLink({ deploymentId, runbookId }: Readonly<{ deploymentId?: string; runbookId?: string }>) {
  const query = deploymentId ? `deployment=${encodeURIComponent(deploymentId)}` : `runbook=${encodeURIComponent(runbookId ?? "")}`;
  return (
    <Link href={`/audit?${query}`} className="rounded-md border border-line-strong px-3 py-1.5 text-sm font-medium text-ink hover:bg-surface-muted">
      Audit trail
    </Link>
  );
}
