import Link from "next/link";

export type TMonthColumn = { month: string; label: string; segments: Array<{ status: string; label: string; count: number; href: string }>; total: number; href: string };

type Props = { columns: readonly TMonthColumn[] };

const segmentClass: Record<string, string> = {
  SUCCEEDED: "bg-ok-ink",
  FAILED: "bg-bad-ink",
  ROLLED_BACK: "timeline-rollback",
  ABORTED: "bg-idle-ink",
  OTHER: "bg-run-ink",
};

/** Deployments per month as stacked columns by outcome; the legend names each colour. */
export function MonthChart({ columns }: Readonly<Props>) {
  const max = Math.max(1, ...columns.map((c) => c.total));
  return (
    <figure className="rounded-lg border border-line bg-surface p-4">
      <figcaption className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        <span className="font-medium text-ink">Deployments started per month, by outcome</span>
        {[
          ["SUCCEEDED", "Succeeded"],
          ["FAILED", "Failed"],
          ["ROLLED_BACK", "Rolled back"],
          ["ABORTED", "Aborted"],
          ["OTHER", "Not finished"],
        ].map(([status, label]) => (
          <span key={status} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-block size-2.5 rounded-sm ${segmentClass[status!]}`} /> {label}
          </span>
        ))}
      </figcaption>
      <div className="flex h-48 items-end gap-1.5 relative overflow-x-auto border-b border-line pb-px" aria-hidden="true">
        {columns.map((c) => (
          <div key={c.month} className="flex h-full min-w-8 max-w-20 flex-1 flex-col justify-end">
            <span className="mb-0.5 text-center text-[0.65rem] tabular-nums text-muted">{c.total}</span>
            <div className="flex flex-col-reverse overflow-hidden rounded-t-sm" style={{ height: `${(c.total / max) * 85}%` }}>
              {c.segments.map((s) => (
                <span
                  key={s.status}
                  title={`${c.label}: ${s.count} ${s.label.toLowerCase()}`}
                  className={segmentClass[s.status] ?? segmentClass.OTHER}
                  style={{ height: `${(s.count / c.total) * 100}%` }}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
      <div className="mt-1 flex gap-1.5 relative overflow-x-auto">
        {columns.map((c) => (
          <Link key={c.month} href={c.href} className="min-w-8 max-w-20 flex-1 text-center text-[0.65rem] text-accent-ink hover:underline">
            {c.label}
          </Link>
        ))}
      </div>
    </figure>
  );
}
