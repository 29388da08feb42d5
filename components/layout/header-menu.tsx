"use client";
// Below 768 px the header's navigation and account controls fold behind one Menu button (issue 18
// item 1): a disclosure (aria-expanded), opened and closed by keyboard, Escape closing it and
// giving focus back. The same elements serve both widths — one "Main" landmark, one live count.
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";

type Props = {
  children: ReactNode;
  /** shown on the button while the menu is closed, e.g. the Waiting-for-you count */
  badge?: ReactNode;
};

export function HeaderMenu({ children, badge }: Readonly<Props>) {
  const [isOpen, setIsOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const pathname = usePathname();

  // a link followed from the menu closes it
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => setIsOpen(false), [pathname]);

  useEffect(() => {
    if (!isOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setIsOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [isOpen]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
        className="ml-auto inline-flex items-center gap-2 rounded-md border border-line-strong px-3 py-1.5 text-sm font-medium text-ink hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent md:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
          {isOpen ? (
            <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          ) : (
            <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          )}
        </svg>
        Menu
        {badge}
      </button>
      <div
        id={panelId}
        className={`${isOpen ? "flex" : "hidden"} absolute inset-x-0 top-full z-40 max-h-[calc(100dvh-3.5rem)] flex-col gap-4 overflow-y-auto border-b border-line bg-surface px-4 py-4 shadow-lg md:static md:z-auto md:flex md:max-h-none md:min-w-0 md:flex-1 md:flex-row md:items-center md:gap-6 md:overflow-visible md:border-0 md:p-0 md:shadow-none`}
      >
        {children}
      </div>
    </>
  );
}
