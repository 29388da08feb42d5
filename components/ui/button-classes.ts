// Button looks shared by every form: one accent action per view, neutral secondaries, and a red
// one only for what cannot be undone (abort, roll back, reject).
export const primaryButtonClass =
  "inline-flex items-center justify-center rounded-md bg-accent px-4 py-2 text-sm font-medium text-on-accent hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-not-allowed disabled:opacity-60";
export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded-md border border-line-strong bg-surface px-4 py-2 text-sm font-medium text-ink hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-not-allowed disabled:opacity-60";
export const dangerButtonClass =
  "inline-flex items-center justify-center rounded-md border border-bad-line bg-bad px-4 py-2 text-sm font-medium text-bad-ink hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-not-allowed disabled:opacity-60";
export const smallButton = "!px-3 !py-1.5 !text-[0.8125rem]";

/** A link inside running text: underlined, never told apart by colour alone (WCAG 1.4.1). */
export const textLinkClass = "text-accent-ink underline decoration-accent-ink/50 underline-offset-2 hover:decoration-accent-ink";
