import Link from "next/link";
import type { ReactNode } from "react";

export type TCrumb = { label: ReactNode; href?: string; isMono?: boolean };

/** Where this page sits: links up the hierarchy, the last item plain. */
export function Breadcrumb({ items }: Readonly<{ items: readonly TCrumb[] }>) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex items-center gap-1.5">
        {items.map((item, i) => (
          <li key={i} className="flex items-center gap-1.5">
            {i > 0 ? <span aria-hidden="true">/</span> : null}
            {item.href ? (
              <Link href={item.href} className={`hover:text-accent-ink hover:underline ${item.isMono ? "font-mono" : ""}`}>
                {item.label}
              </Link>
            ) : (
              <span className={item.isMono ? "font-mono" : undefined}>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
