"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type TNavItem = { href: string; label: string };

type Props = {
  /** the sections this person may open (decided on the server from their permissions) */
  items: readonly TNavItem[];
};

/** The primary navigation; marks the current section with aria-current. */
export function MainNav({ items }: Readonly<Props>) {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label="Main">
      <ul className="flex flex-col gap-1 md:flex-row md:items-center">
        {items.map((item) => {
          const isCurrent = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent ? "page" : undefined}
                className={`block rounded-md px-3 py-1.5 text-sm font-medium transition-colors ${
                  isCurrent ? "bg-accent-soft text-accent-ink" : "text-muted hover:bg-surface-muted hover:text-ink"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
