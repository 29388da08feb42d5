// Stability metrics as DORA defines them (dora.dev, "DORA's software delivery metrics", 2024+):
// - change failure rate: the share of deployments that cause a failure in production and need
//   immediate intervention — here, production deployments that ended FAILED or ROLLED_BACK over all
//   finished production deployments (SUCCEEDED + FAILED + ROLLED_BACK; an ABORTED one changed nothing);
//   a SUCCEEDED one whose follow-up failed (issue 15) is a failure too;
// - failed deployment recovery time: the time to recover from a failed deployment — here, from the
//   failed deployment's finish to the finish of the next SUCCEEDED deployment of the same runbook
//   on the same environment (the SQL pairs them; this file summarises).
// Pure: unit-tested with hand-computed cases.

/** A ratio with the counts it is made of: "3 of 41". `rate` is null when nothing was counted. */
export type TRatio = { count: number; of: number; rate: number | null };

export function ratio(count: number, of: number): TRatio {
  return { count, of, rate: of > 0 ? count / of : null };
}

/** "7.3%" (one decimal), or "—" when there is nothing to divide by. */
export function formatRate(r: TRatio): string {
  return r.rate === null ? "—" : `${(Math.round(r.rate * 1000) / 10).toFixed(1)}%`;
}

export function formatRatioCounts(r: TRatio): string {
  return `${r.count} of ${r.of}`;
}

/** `succeeded` excludes the succeeded deployments whose follow-up failed: those are `followUpFailed`. */
export function changeFailureRate(counts: { succeeded: number; failed: number; rolledBack: number; followUpFailed?: number }): TRatio {
  const followUpFailed = counts.followUpFailed ?? 0;
  return ratio(counts.failed + counts.rolledBack + followUpFailed, counts.succeeded + counts.failed + counts.rolledBack + followUpFailed);
}

/**
 * The p-th percentile (0 ≤ p ≤ 1) by linear interpolation between closest ranks — the same answer
 * as Postgres' percentile_cont, so figures computed here and in SQL agree. null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = Math.min(Math.max(p, 0), 1) * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower]!;
  const high = sorted[upper]!;
  return low + (high - low) * (position - lower);
}

export type TRecoverySummary = {
  /** failed production deployments in the period */
  failures: number;
  /** of which a later successful deployment of the same runbook on that environment exists */
  recovered: number;
  /** seconds; null when none recovered */
  medianSeconds: number | null;
  p90Seconds: number | null;
};

/** Summarises recovery times: one entry per failure, seconds until the next success or null (not yet recovered). */
export function summariseRecovery(recoverySeconds: ReadonlyArray<number | null>): TRecoverySummary {
  const recovered = recoverySeconds.filter((s): s is number => s !== null && Number.isFinite(s) && s >= 0);
  return {
    failures: recoverySeconds.length,
    recovered: recovered.length,
    medianSeconds: percentile(recovered, 0.5),
    p90Seconds: percentile(recovered, 0.9),
  };
}

/** "45 min", "3 h 20 min", "2 d 4 h" for a duration in seconds; "—" for null. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return "—";
  const sign = seconds < 0 ? "−" : "";
  const s = Math.abs(seconds);
  if (s < 90) return `${sign}${Math.round(s)} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${sign}${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${sign}${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ""}`;
  const days = Math.floor(hours / 24);
  return `${sign}${days} d${hours % 24 ? ` ${hours % 24} h` : ""}`;
}
