import { formatReportMinutes, phaseOutcomeLabel, type TTimelineRow } from "@/lib/domain/review/report";

type Props = { rows: readonly TTimelineRow[] };

function niceStep(max: number): number {
  for (const step of [1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 1440]) if (max / step <= 8) return step;
  return Math.ceil(max / 8 / 1440) * 1440;
}

/**
 * Phases on one time axis (minutes from the deployment's start): the estimate as an outlined bar
 * from the phase's activation, the actual time as a solid bar; rollback phases hatched and named.
 * Plain server-rendered HTML, so it prints and needs no script; the table beside it has the numbers.
 */
export function PhaseTimelineChart({ rows }: Readonly<Props>) {
  const ends = rows.flatMap((r) => (r.startOffsetMinutes === null ? [] : [r.endOffsetMinutes ?? r.startOffsetMinutes, r.startOffsetMinutes + (r.estimatedMinutes ?? 0)]));
  const max = Math.max(1, ...ends);
  const step = niceStep(max);
  const axisMax = Math.ceil(max / step) * step;
  const pct = (m: number) => `${Math.min(100, Math.max(0, (m / axisMax) * 100))}%`;
  const ticks = Array.from({ length: axisMax / step + 1 }, (_, i) => i * step);
  return (
    <figure className="rounded-lg border border-line bg-surface p-4" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption" className="mb-3 flex flex-wrap items-center gap-x-5 gap-y-1 text-xs text-muted">
        <span className="font-medium text-ink">Minutes from the start of the deployment</span>
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-2.5 w-6 rounded-sm border border-line-strong bg-surface-muted" /> estimated
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-2.5 w-6 rounded-sm bg-accent" /> actual (main)
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="timeline-rollback inline-block h-2.5 w-6 rounded-sm" /> actual (rollback)
        </span>
      </figcaption>
      <ol className="space-y-2">
        {rows.map((r) => {
          const start = r.startOffsetMinutes;
          return (
            <li key={r.phaseRunId} className="grid grid-cols-1 gap-1 sm:grid-cols-[15rem_1fr] sm:items-center sm:gap-3">
              <div className="min-w-0 text-xs">
                <span className={`font-medium ${r.isRollback ? "text-ink italic" : "text-muted"}`}>{r.label}</span> <span className="truncate text-ink">{r.title}</span>
              </div>
              <div className="relative h-7 rounded bg-surface-muted/50">
                {start === null ? (
                  <span className="absolute inset-y-0 left-2 flex items-center text-xs text-muted">{phaseOutcomeLabel(r.outcome)}</span>
                ) : (
                  <>
                    {r.estimatedMinutes !== null ? (
                      <span
                        title={`${r.label}: estimated ${formatReportMinutes(r.estimatedMinutes)}`}
                        className="absolute top-0.5 h-2.5 rounded-sm border border-line-strong bg-surface"
                        style={{ left: pct(start), width: pct(Math.max(r.estimatedMinutes, axisMax / 400)) }}
                      />
                    ) : null}
                    <span
                      title={`${r.label}: actual ${formatReportMinutes(r.actualMinutes)}`}
                      className={`absolute bottom-0.5 h-3 rounded-sm ${r.isRollback ? "timeline-rollback" : "bg-accent"}`}
                      style={{ left: pct(start), width: pct(Math.max((r.endOffsetMinutes ?? start) - start, axisMax / 400)) }}
                    />
                    <span
                      className="absolute inset-y-0 flex items-center pl-1.5 text-[0.7rem] tabular-nums text-muted"
                      style={{ left: pct(Math.max(r.endOffsetMinutes ?? start, start + (r.estimatedMinutes ?? 0))) }}
                    >
                      {r.endOffsetMinutes !== null && r.endOffsetMinutes / axisMax < 0.85 ? `${formatReportMinutes(r.actualMinutes)}` : ""}
                    </span>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <div aria-hidden="true" className="mt-2 grid grid-cols-1 sm:grid-cols-[15rem_1fr] sm:gap-3">
        <span className="hidden sm:block" />
        <div className="relative h-4 border-t border-line text-[0.65rem] tabular-nums text-muted">
          {ticks.map((t) => (
            <span key={t} className="absolute -translate-x-1/2 pt-0.5" style={{ left: pct(t) }}>
              {t}
            </span>
          ))}
        </div>
      </div>
    </figure>
  );
}
