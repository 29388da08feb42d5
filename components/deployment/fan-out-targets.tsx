// A fanned-out run's result per target schema (issue 15 item 2): the progress in words ("12 of 40
// schemas · 1 failed") and a table of every schema — status, duration, rows, the error with its
// SQLSTATE — that scrolls inside itself, so a phone never scrolls the page sideways. Props only.
import { StatusBadge } from "@/components/ui/status-badge";
import { describeFanOutProgress } from "@/lib/domain/runbook/fan-out-labels";
import type { z } from "zod";
import type { ZFanOutTargetRow } from "@/lib/domain/runbook/fan-out";

export type TFanOutTargetRow = z.output<typeof ZFanOutTargetRow>;

type Props = { targets: TFanOutTargetRow[]; attempt: number; label: string; isLive?: boolean };

export function fanOutCounts(targets: TFanOutTargetRow[]) {
  const done = targets.filter((t) => t.status === "SUCCEEDED" || t.status === "FAILED").length;
  const failed = targets.filter((t) => t.status === "FAILED").length;
  const running = targets.filter((t) => t.status === "RUNNING").length;
  return { total: targets.length, done, failed, running };
}

const formatMs = (ms: number | null) => (ms === null ? "—" : ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);

export function FanOutTargets({ targets, attempt, label, isLive = false }: Readonly<Props>) {
  if (targets.length === 0) return null;
  const counts = fanOutCounts(targets);
  const carried = targets.filter((t) => t.fromAttempt < attempt).length;
  // issue 15 item 2: the targets are the environment group's databases, or schemas
  const unit = targets.some((t) => t.isDatabase) ? "database" : "schema";
  const progress = describeFanOutProgress(counts, unit);
  // once finished, the failed schemas come first: they are what a person looks for
  const rank = (t: TFanOutTargetRow) => (t.status === "FAILED" ? 0 : t.status === "PENDING" ? 1 : 2);
  const shown = isLive ? targets : [...targets].sort((a, b) => rank(a) - rank(b));
  return (
    <div className="space-y-1.5">
      <p className="text-sm" {...(isLive ? { role: "status", "aria-live": "polite" } : {})}>
        <span className="font-medium">{isLive ? "Progress:" : "Finished:"}</span> <span className="tabular-nums">{progress}</span>
        {counts.running > 0 ? <span className="text-muted"> · {counts.running} running</span> : null}
        {carried > 0 ? <span className="text-muted"> · {carried} from an earlier attempt</span> : null}
      </p>
      <div role="region" aria-label={`${label}: result per ${unit}`} tabIndex={0} className="max-h-80 overflow-auto rounded-md border border-line">
        <table className="w-full min-w-[34rem] text-xs">
          <caption className="sr-only">{`${label}: result per ${unit} (${progress})`}</caption>
          <thead className="sticky top-0 bg-surface-muted text-muted">
            <tr>
              <th scope="col" className="px-2 py-1 text-left font-medium">
                {unit === "database" ? "Database" : "Schema"}
              </th>
              <th scope="col" className="px-2 py-1 text-left font-medium">
                Status
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                Took
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                Rows
              </th>
              <th scope="col" className="px-2 py-1 text-left font-medium">
                Result
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {shown.map((t) => (
              <tr key={t.schemaName} className={t.status === "FAILED" ? "bg-bad/40" : undefined}>
                <th scope="row" className="px-2 py-1 text-left font-mono font-normal whitespace-nowrap">
                  {t.schemaName}
                </th>
                <td className="px-2 py-1 whitespace-nowrap">
                  <StatusBadge kind="step" status={t.status} />
                  {t.fromAttempt < attempt ? <span className="ml-1 text-muted">attempt {t.fromAttempt}</span> : null}
                </td>
                <td className="px-2 py-1 text-right tabular-nums whitespace-nowrap">{formatMs(t.durationMs)}</td>
                <td className="px-2 py-1 text-right tabular-nums">{t.rowCount ?? "—"}</td>
                <td className="px-2 py-1">
                  {t.errorMessage ? (
                    <span className="font-mono text-bad-ink">
                      {t.errorCode ? <span className="font-sans font-semibold">{t.errorCode}: </span> : null}
                      {t.errorMessage}
                    </span>
                  ) : t.status === "PENDING" ? (
                    <span className="text-muted">{isLive ? "waiting" : "not run"}</span>
                  ) : (
                    <span className="font-mono">{t.summary ?? ""}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
