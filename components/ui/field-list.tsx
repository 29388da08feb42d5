import type { ReactNode } from "react";

type Props = {
  items: { label: string; value: ReactNode }[];
  columns?: 2 | 3 | 4;
};

const columnClasses = { 2: "sm:grid-cols-2", 3: "sm:grid-cols-3", 4: "sm:grid-cols-2 lg:grid-cols-4" } as const;

/** Label/value pairs as a description list. */
export function FieldList({ items, columns = 4 }: Readonly<Props>) {
  return (
    <dl className={`grid grid-cols-1 gap-x-6 gap-y-3 ${columnClasses[columns]}`}>
      {items.map((item) => (
        <div key={item.label} className="min-w-0">
          <dt className="text-xs font-medium uppercase tracking-wide text-muted">{item.label}</dt>
          <dd className="mt-0.5 text-sm text-ink">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
