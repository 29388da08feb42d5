"use client";
// One imported phase's arrangements (issue 16 item 3; the number of phases is the importer's most
// frequent fault on real runbooks): join it to the phase before, or move it between the main
// phases and the rollback procedure. The buttons are exactly what arrangementsFor offers; each
// one's name goes on to say which phase it acts on, so a screen-reader user hears which one.
import { useEffect, useRef } from "react";
import type { TImportPhaseRef, TPhaseArrangement } from "@/lib/domain/markdown/arrange-import";

type Props = {
  /** "Phase 3 “Verification”", the phase the buttons act on */
  phaseName: string;
  /** "Phase 2 “Deploy”", the phase before it (joining needs one) */
  previousName: string | null;
  at: TImportPhaseRef;
  offered: readonly TPhaseArrangement[];
  onArrange: (at: TImportPhaseRef, arrangement: TPhaseArrangement) => void;
};

const LABELS: Record<TPhaseArrangement, string> = {
  "join-previous": "Join the phase before",
  "to-rollback": "Make it a rollback phase",
  "to-main": "Make it a main phase",
};

/** What the name adds to the visible words (a name starts with what is seen: WCAG 2.5.3). */
function whichPhases(arrangement: TPhaseArrangement, phaseName: string, previousName: string | null): string {
  return arrangement === "join-previous" ? ` (${phaseName} into ${previousName ?? "the phase before"})` : ` (${phaseName})`;
}

export function PhaseArrangeControl({ phaseName, previousName, at, offered, onArrange }: Readonly<Props>) {
  if (offered.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-md border border-dashed border-line px-3 py-2">
      <span className="text-xs text-muted">Grouped wrongly?</span>
      {offered.map((arrangement) => (
        <button
          key={arrangement}
          type="button"
          onClick={() => onArrange(at, arrangement)}
          className="rounded-md border border-line-strong bg-surface px-2 py-0.5 text-xs font-medium text-ink hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        >
          {LABELS[arrangement]}
          <span className="sr-only">{whichPhases(arrangement, phaseName, previousName)}</span>
        </button>
      ))}
    </div>
  );
}

/**
 * A phase's collapsible box. The phase an arrangement just made or changed opens with the focus on
 * its summary, so a keyboard user lands where the content went.
 */
export function PhaseBox({ isArranged, summary, children }: Readonly<{ isArranged: boolean; summary: React.ReactNode; children: React.ReactNode }>) {
  const summaryRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (isArranged) summaryRef.current?.focus();
  }, [isArranged]);
  return (
    // (open at first only where an arrangement just put content; the person opens and closes it after that)
    <details className="group rounded-lg border border-line bg-surface" open={isArranged || undefined}>
      <summary ref={summaryRef} className="flex cursor-pointer flex-wrap items-baseline gap-x-3 gap-y-1 rounded-lg px-4 py-3 focus-visible:outline-2 focus-visible:outline-accent">
        {summary}
      </summary>
      {children}
    </details>
  );
}
