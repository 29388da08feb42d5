// Backups' words and sizes as people read them, in a module of their own without zod: the
// deployment page's client components import it, and zod stays out of the page's first-load
// JavaScript (issue 17).
export const BYTES_PER_MB = 1024 * 1024;

/** "12 kB", "3.4 MB", "1.0 GB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < BYTES_PER_MB) return `${Math.round(bytes / 1024)} kB`;
  if (bytes < 1024 * BYTES_PER_MB) return `${(bytes / BYTES_PER_MB).toFixed(1)} MB`;
  return `${(bytes / (1024 * BYTES_PER_MB)).toFixed(1)} GB`;
}

/** One line saying what a BACKUP or RESTORE step does, for step cards, the cockpit and the export. */
export function describeBackupStep(step: {
  kind: string;
  backupKey?: string | null;
  backupTables?: readonly string[];
  backupFilter?: string | null;
  backupMaxMb?: number | null;
}): string {
  const key = step.backupKey || "?";
  if (step.kind === "RESTORE") return `Restore backup "${key}" and verify its counts and checksums.`;
  const tables = step.backupTables?.length ? step.backupTables.join(", ") : "(no tables)";
  const filter = step.backupFilter ? ` rows where ${step.backupFilter}` : "";
  return `Back up ${tables}${filter} as "${key}" (refused above ${formatBytes((step.backupMaxMb ?? 1024) * BYTES_PER_MB)}).`;
}
