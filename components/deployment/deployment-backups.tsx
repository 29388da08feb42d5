// The backups a deployment took (issue 15): key, schema on the target, tables with rows, size and
// checksum, age, and whether someone dropped it. Dropping is offered only when the server would
// allow it (decideDropBackup) to a person who holds backup.drop; the server checks again.
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatBytes } from "@/lib/domain/execution/backup-labels";
import type { TDeploymentBackup } from "@/lib/server/readers/find-deployment-backups";
import { DropBackupForm } from "./drop-backup-form";

type Props = {
  deploymentId: string;
  backups: readonly TDeploymentBackup[];
  /** why a kept backup cannot be dropped now, or null when it can (decideDropBackup) */
  dropRefusal: string | null;
  canDrop: boolean;
};

export function DeploymentBackups({ deploymentId, backups, dropRefusal, canDrop }: Readonly<Props>) {
  if (backups.length === 0) return null;
  return (
    <section aria-labelledby="backups-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-3">
        <h2 id="backups-title" className="text-xl font-semibold tracking-tight">
          Backups
        </h2>
        <p className="text-sm text-muted">Kept on the target until someone drops them, or the environment&apos;s retention does; never dropped silently.</p>
      </div>
      <ul className="space-y-3">
        {backups.map((backup) => (
          <li key={backup.id} className="rounded-lg border border-line bg-surface p-4" aria-label={`Backup ${backup.key}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <div className="flex min-w-0 flex-wrap items-center gap-2">
                <h3 className="font-mono text-sm font-semibold">{backup.key}</h3>
                {backup.droppedAt ? (
                  <Badge tone="idle" icon="–">
                    Dropped
                  </Badge>
                ) : (
                  <Badge tone="ok" icon="✓">
                    Kept
                  </Badge>
                )}
                <span className="text-xs text-muted">
                  {formatBytes(backup.totalBytes)} · {backup.rowCount.toLocaleString("en")} rows · taken <RelativeTime date={new Date(backup.takenAt)} />
                </span>
              </div>
            </div>
            {backup.backupSchemas.length > 1 || backup.backupSchemas[0]?.target ? (
              <p className="mt-1 break-all text-xs text-muted">
                One backup per {backup.backupSchemas.some((s) => s.isDatabase) ? "database of the environment's group" : "target schema"} (
                {backup.backupSchemas.length.toLocaleString("en")}), each in a schema of its own:{" "}
                <span className="font-mono">{backup.backupSchemas.map((s) => `${s.target} → ${s.schemaName}`).join(", ")}</span>
              </p>
            ) : (
              <p className="mt-1 break-all font-mono text-xs text-muted">schema {backup.schemaName}</p>
            )}
            {/* scrolls sideways on a phone: focusable so a keyboard can scroll it too */}
            <div className="mt-2 overflow-x-auto" role="region" aria-label={`Tables of backup ${backup.key}`} tabIndex={0}>
              <table className="w-full min-w-[28rem] text-left text-xs">
                <thead className="text-muted">
                  <tr>
                    {backup.tables.some((t) => t.isDatabase) ? <th className="py-1 pr-3 font-medium">Database</th> : null}
                    <th className="py-1 pr-3 font-medium">Table</th>
                    <th className="py-1 pr-3 text-right font-medium">Rows</th>
                    <th className="py-1 pr-3 text-right font-medium">Size</th>
                    <th className="py-1 font-medium">Checksum (md5)</th>
                  </tr>
                </thead>
                <tbody>
                  {backup.tables.map((t) => (
                    <tr key={`${t.target ?? ""}\u0000${t.table}`} className="border-t border-line">
                      {t.isDatabase ? <td className="py-1 pr-3 font-mono">{t.target}</td> : null}
                      <td className="py-1 pr-3 font-mono">
                        {t.table}
                        {t.filter ? <span className="text-muted"> where {t.filter}</span> : null}
                      </td>
                      <td className="py-1 pr-3 text-right tabular-nums">{t.rowCount.toLocaleString("en")}</td>
                      <td className="py-1 pr-3 text-right tabular-nums">{formatBytes(t.bytes)}</td>
                      <td className="py-1 font-mono text-muted">{t.checksum}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {backup.droppedAt ? (
              <p className="mt-2 text-xs text-muted">
                Dropped <RelativeTime date={new Date(backup.droppedAt)} />{" "}
                {backup.droppedByRetentionDays !== null
                  ? `after ${backup.droppedByRetentionDays.toLocaleString("en")} ${backup.droppedByRetentionDays === 1 ? "day" : "days"} by retention (the environment's setting).`
                  : `by ${backup.droppedBy?.name ?? "someone"}.`}
              </p>
            ) : canDrop && dropRefusal === null ? (
              <DropBackupForm deploymentId={deploymentId} backupId={backup.id} backupKey={backup.key} />
            ) : dropRefusal ? (
              <p className="mt-2 text-xs text-muted">{dropRefusal}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
