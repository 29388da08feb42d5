/** Phaseline's mark: drawn, so it never depends on a font having a glyph (issue 18 item 6). */
export function LogoMark({ className = "size-6" }: Readonly<{ className?: string }>) {
  return (
    <svg aria-hidden="true" data-logo-mark="" viewBox="0 0 24 24" className={`${className} shrink-0 rounded bg-accent p-1 text-on-accent`}>
      <path d="M4 6h10M4 12h16M4 18h7" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" fill="none" />
    </svg>
  );
}
