import Link from "next/link";
import { DEPLOYMENT_STATUSES, type THistoryQuery } from "@/lib/domain/review/history-query";
import type { THistoryFilterOptions } from "@/lib/server/readers/find-history-filter-options";
import { statusLabel } from "@/components/ui/status-badge";
import { primaryButtonClass, secondaryButtonClass, smallButton } from "@/components/ui/button-classes";

type Props = { query: THistoryQuery; options: THistoryFilterOptions };

const control =
  "block w-full rounded-md border border-line-strong bg-surface px-2.5 py-1.5 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30";
const labelClass = "mb-1 block text-xs font-medium text-muted";

/**
 * The history's filters as a plain GET form: the URL is the state, so a link shares the view and
 * the page works without JavaScript.
 */
export function HistoryFilters({ query, options }: Readonly<Props>) {
  return (
    <form method="get" action="/deployments" aria-label="Filter deployments" className="mb-5 rounded-lg border border-line bg-surface p-4 print:hidden">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <label htmlFor="history-q" className={labelClass}>
            Name contains
          </label>
          <input id="history-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={200} placeholder="e.g. production-2026-10" className={control} />
        </div>
        <div>
          <label htmlFor="history-runbook" className={labelClass}>
            Runbook
          </label>
          <select id="history-runbook" name="runbook" defaultValue={query.runbook ?? ""} className={control}>
            <option value="">Any runbook</option>
            {options.runbooks.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="history-environment" className={labelClass}>
            Environment
          </label>
          <select id="history-environment" name="environment" defaultValue={query.environment ?? ""} className={control}>
            <option value="">Any environment</option>
            {options.environments.map((e) => (
              <option key={e.name} value={e.name}>
                {e.name}
                {e.isProduction && !/production/i.test(e.name) ? " (production)" : ""}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="history-lead" className={labelClass}>
            Lead
          </label>
          <select id="history-lead" name="lead" defaultValue={query.lead ?? ""} className={control}>
            <option value="">Anyone</option>
            {options.leads.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="history-from" className={labelClass}>
            Started from (UTC)
          </label>
          <input id="history-from" name="from" type="date" defaultValue={query.from ?? ""} className={control} />
        </div>
        <div>
          <label htmlFor="history-to" className={labelClass}>
            Started until (UTC, inclusive)
          </label>
          <input id="history-to" name="to" type="date" defaultValue={query.to ?? ""} className={control} />
        </div>
        <div>
          <label htmlFor="history-followup" className={labelClass}>
            Follow-ups
          </label>
          <select id="history-followup" name="followup" defaultValue={query.followUp?.toLowerCase() ?? ""} className={control}>
            <option value="">Any</option>
            <option value="open">Open</option>
            <option value="passed">Passed</option>
            <option value="failed">Failed (succeeded, follow-up failed)</option>
          </select>
        </div>
        <div>
          <label htmlFor="history-outcome" className={labelClass}>
            Outcome
          </label>
          <select id="history-outcome" name="outcome" defaultValue={query.outcome ? "change-failed" : ""} className={control}>
            <option value="">Any</option>
            <option value="change-failed">Failed, rolled back, follow-up failed</option>
          </select>
        </div>
        <div>
          <label htmlFor="history-sort" className={labelClass}>
            Sort by
          </label>
          <select id="history-sort" name="sort" defaultValue={query.sort} className={control}>
            <option value="start">Start</option>
            <option value="duration">Duration</option>
            <option value="outcome">Outcome</option>
          </select>
        </div>
        <div>
          <label htmlFor="history-dir" className={labelClass}>
            Order
          </label>
          <select id="history-dir" name="dir" defaultValue={query.dir} className={control}>
            <option value="desc">Descending</option>
            <option value="asc">Ascending (outcome: failures first)</option>
          </select>
        </div>
      </div>
      <fieldset className="mt-3">
        <legend className={labelClass}>Status (any of)</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1.5">
          {DEPLOYMENT_STATUSES.map((status) => (
            <label key={status} className="inline-flex items-center gap-1.5 text-sm">
              <input type="checkbox" name="status" value={status} defaultChecked={query.statuses.includes(status)} className="size-4 accent-[var(--accent)]" />
              {statusLabel({ kind: "deployment", status })}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <button type="submit" className={`${primaryButtonClass} ${smallButton}`}>
          Apply filters
        </button>
        <Link href="/deployments" className={`${secondaryButtonClass} ${smallButton}`}>
          Clear
        </Link>
      </div>
    </form>
  );
}
