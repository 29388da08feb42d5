import type { ReactNode } from "react";

type Props = {
  title: string;
  /** what will appear here, and what to do next */
  children?: ReactNode;
  action?: ReactNode;
};

export function EmptyState({ title, children, action }: Readonly<Props>) {
  return (
    <div className="rounded-lg border border-dashed border-line-strong bg-surface px-6 py-12 text-center">
      <p className="text-base font-semibold text-ink">{title}</p>
      {children ? <div className="mx-auto mt-2 max-w-prose text-sm text-muted">{children}</div> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
