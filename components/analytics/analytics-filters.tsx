import Link from "next/link";
import { analyticsHref, PERIOD_PRESETS, presetFrom, type TAnalyticsQuery } from "@/lib/domain/analytics/analytics-query";
import type { THistoryFilterOptions } from "@/lib/server/readers/find-history-filter-options";
import { primaryButtonClass, smallButton } from "@/components/ui/button-classes";

type Props = { query: TAnalyticsQuery; options: THistoryFilterOptions; now: Date };

const control =
  "block w-full rounded-md border border-line-strong bg-surface px-2.5 py-1.5 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30";
const labelClass = "mb-1 block text-xs font-medium text-muted";

/** Runbook, environment and period as a GET form: the URL is the view. */
export function AnalyticsFilters({ query, options, now }: Readonly<Props>) {
  return (
    <form method="get" action="/analytics" aria-label="Filter analytics" className="mb-6 rounded-lg border border-line bg-surface p-4 print:hidden">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <label htmlFor="analytics-runbook" className={labelClass}>
            Runbook
          </label>
          <select id="analytics-runbook" name="runbook" defaultValue={query.runbook ?? ""} className={control}>
            <option value="">All runbooks</option>
            {options.runbooks.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="analytics-environment" className={labelClass}>
            Environment
          </label>
          <select id="analytics-environment" name="environment" defaultValue={query.environment ?? ""} className={control}>
            <option value="">All environments</option>
            {options.environments.map((e) => (
              <option key={e.name} value={e.name}>
                {e.name}
                {e.isProduction && !/production/i.test(e.name) ? " (production)" : ""}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="analytics-from" className={labelClass}>
            Started from (UTC)
          </label>
          <input id="analytics-from" name="from" type="date" defaultValue={query.from ?? ""} className={control} />
        </div>
        <div>
          <label htmlFor="analytics-to" className={labelClass}>
            Started until (UTC, inclusive)
          </label>
          <input id="analytics-to" name="to" type="date" defaultValue={query.to ?? ""} className={control} />
        </div>
        <div className="flex items-end">
          <button type="submit" className={`${primaryButtonClass} ${smallButton} w-full sm:w-auto`}>
            Apply
          </button>
        </div>
      </div>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="text-muted">Period:</span>
        {PERIOD_PRESETS.map((p) => (
          <Link
            key={p.days}
            href={analyticsHref({ runbook: query.runbook, environment: query.environment, from: presetFrom(p.days, now) })}
            className="text-accent-ink hover:underline"
          >
            {p.label}
          </Link>
        ))}
        <Link href={analyticsHref({ runbook: query.runbook, environment: query.environment, period: "all" })} className="text-accent-ink hover:underline">
          All time
        </Link>
      </p>
    </form>
  );
}
