import type { ReactNode } from "react";

type Props = {
  title: ReactNode;
  /** small line above the title, e.g. a breadcrumb */
  eyebrow?: ReactNode;
  description?: ReactNode;
  /** badges or actions at the right */
  aside?: ReactNode;
  children?: ReactNode;
};

export function PageHeader({ title, eyebrow, description, aside, children }: Readonly<Props>) {
  return (
    <div className="mb-6 border-b border-line pb-5">
      {eyebrow ? <div className="mb-1 text-sm text-muted">{eyebrow}</div> : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="min-w-0 text-2xl font-semibold tracking-tight text-ink wrap-anywhere">{title}</h1>
        {aside ? <div className="flex flex-wrap items-center gap-2">{aside}</div> : null}
      </div>
      {description ? <div className="mt-2 max-w-3xl text-sm text-muted">{description}</div> : null}
      {children ? <div className="mt-4">{children}</div> : null}
    </div>
  );
}
