"use client";
// The pre-run size estimate of each BACKUP step (issue 15), shown on the cockpit's step card. The
// page reads the estimates once on the server (they ask the target, so they are not polled) and
// provides them here; the step card only shows them.
import { createContext, useContext, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatBytes } from "@/lib/domain/execution/backup-labels";
import type { TBackupEstimate } from "@/lib/server/readers/get-backup-estimates";

const EstimatesContext = createContext<readonly TBackupEstimate[]>([]);

export function BackupEstimatesProvider({ estimates, children }: Readonly<{ estimates: readonly TBackupEstimate[]; children: ReactNode }>) {
  return <EstimatesContext.Provider value={estimates}>{children}</EstimatesContext.Provider>;
}

/** "Estimated 3.2 MB of the 1.0 GB limit", or why the backup will be refused; nothing for other steps. */
export function BackupEstimate({ stepId }: Readonly<{ stepId: string }>) {
  const estimate = useContext(EstimatesContext).find((e) => e.stepId === stepId);
  if (!estimate) return null;
  if (estimate.error !== null) {
    return (
      <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-muted">
        <Badge tone="warn" icon="!">
          No estimate
        </Badge>
        <span>{estimate.error}</span>
      </p>
    );
  }
  const size = formatBytes(estimate.estimatedBytes ?? 0);
  const limit = formatBytes(estimate.maxBytes);
  return (
    <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-muted">
      {estimate.isTooLarge ? (
        <Badge tone="bad" icon="✕">
          Above its limit
        </Badge>
      ) : (
        <Badge tone="ok" icon="✓">
          Fits
        </Badge>
      )}
      <span>
        Estimated size before it runs: <span className="font-medium text-ink tabular-nums">{size}</span> of the {limit} limit
        {estimate.isTooLarge ? " — it will be refused: narrow it with a row filter or raise the limit in the runbook." : "."}
      </span>
    </p>
  );
}
