// The viewer's filters as a plain GET form: they live in the URL, work without JavaScript and can
// be bookmarked or shared. Props only.
import Link from "next/link";
import type { TAuditFilters } from "@/lib/domain/audit/filters";
import { primaryButtonClass, secondaryButtonClass, smallButton } from "@/components/ui/button-classes";

type TOption = { id: string; label: string };
type Props = {
  filters: TAuditFilters;
  options: { users: TOption[]; deployments: TOption[]; runbooks: TOption[]; types: string[] };
  /** the filters the URL held that did not parse (dropped) */
  ignored: string[];
};

const controlClass =
  "block w-full rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30";
const labelClass = "mb-1 block text-xs font-medium text-ink";

function Select({ id, label, value, options, anyLabel }: Readonly<{ id: string; label: string; value?: string; options: TOption[]; anyLabel: string }>) {
  const isKnown = !value || options.some((o) => o.id === value);
  return (
    <div>
      <label htmlFor={`audit-${id}`} className={labelClass}>
        {label}
      </label>
      <select id={`audit-${id}`} name={id} defaultValue={value ?? ""} className={controlClass}>
        <option value="">{anyLabel}</option>
        {isKnown ? null : <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function AuditFilterForm({ filters, options, ignored }: Readonly<Props>) {
  return (
    <form method="get" action="/audit" className="mb-4 rounded-lg border border-line bg-surface p-3" aria-label="Filter audit events">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Select id="actor" label="Who" value={filters.actor} options={options.users} anyLabel="Anyone" />
        <Select id="type" label="Event type" value={filters.type} options={options.types.map((t) => ({ id: t, label: t }))} anyLabel="Any event" />
        <Select id="deployment" label="Deployment" value={filters.deployment} options={options.deployments} anyLabel="Any deployment" />
        <Select id="runbook" label="Runbook" value={filters.runbook} options={options.runbooks} anyLabel="Any runbook" />
        <div>
          <label htmlFor="audit-target" className={labelClass}>
            Target id
          </label>
          <input id="audit-target" name="target" defaultValue={filters.target ?? ""} placeholder="e.g. a user or environment id" className={controlClass} />
        </div>
        <div>
          <label htmlFor="audit-from" className={labelClass}>
            From (UTC day)
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} className={controlClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className={labelClass}>
            To (UTC day, included)
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} className={controlClass} />
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className={`${primaryButtonClass} ${smallButton}`}>
            Apply filters
          </button>
          <Link href="/audit" className={`${secondaryButtonClass} ${smallButton}`}>
            Clear
          </Link>
        </div>
      </div>
      {ignored.length ? (
        <p role="alert" className="mt-2 text-xs font-medium text-warn-ink">
          ! Ignored filters that are not valid: {ignored.join(", ")}.
        </p>
      ) : null}
    </form>
  );
}
