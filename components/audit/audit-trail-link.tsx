import Link from "next/link";

const linkClass = "rounded-md border border-line-strong px-3 py-1.5 text-sm font-medium text-ink hover:bg-surface-muted";

/**
 * "Audit trail" — /audit filtered to one deployment or runbook (issue 13: an audit tab on each) —
 * and, for a deployment, its evidence pack (record, audit extract, covering signed checkpoint).
 */
export function AuditTrailLink({ deploymentId, runbookId }: Readonly<{ deploymentId?: string; runbookId?: string }>) {
  const query = deploymentId ? `deployment=${encodeURIComponent(deploymentId)}` : `runbook=${encodeURIComponent(runbookId ?? "")}`;
  return (
    <>
      <Link href={`/audit?${query}`} className={linkClass}>
        Audit trail
      </Link>
      {deploymentId ? (
        <a href={`/api/audit/evidence/${encodeURIComponent(deploymentId)}`} download className={linkClass}>
          Evidence pack
        </a>
      ) : null}
    </>
  );
}
