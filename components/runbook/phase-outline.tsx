import type { TPhaseDetail } from "@/lib/server/readers/get-runbook-version";
import { formatMinutes } from "@/components/ui/format";
import { formatFollowUpOffset } from "@/lib/domain/runbook/follow-up";

type Props = {
  mainPhases: TPhaseDetail[];
  rollbackPhases: TPhaseDetail[];
  anchorFor: (phase: TPhaseDetail) => string;
};

function OutlineList({ phases, anchorFor }: Readonly<{ phases: TPhaseDetail[]; anchorFor: Props["anchorFor"] }>) {
  return (
    <ol className="space-y-0.5">
      {phases.map((phase) => (
        <li key={phase.id}>
          <a href={`#${anchorFor(phase)}`} className="flex items-baseline gap-2 rounded px-2 py-1 text-sm text-muted hover:bg-surface-muted hover:text-ink">
            <span className="w-4 shrink-0 font-mono text-xs tabular-nums">{phase.position}</span>
            <span className="flex-1">{phase.title}</span>
            {phase.isPointOfNoReturn ? (
              <span role="img" title="Point of no return" aria-label="point of no return">
                ⚑
              </span>
            ) : null}
            {phase.followUpOffsetMinutes !== null ? (
              <span className="shrink-0 text-xs text-muted" title="Follow-up: due after the main phases finish">
                follow-up {formatFollowUpOffset(phase.followUpOffsetMinutes)}
              </span>
            ) : null}
            <span className="shrink-0 text-xs tabular-nums text-faint">{formatMinutes(phase.estimatedMinutes)}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}

/** "On this page" list of phases, for jumping around a long runbook during a window. */
export function PhaseOutline({ mainPhases, rollbackPhases, anchorFor }: Readonly<Props>) {
  return (
    <nav aria-label="Phases of this version" className="space-y-4">
      <div>
        <p className="mb-1 px-2 text-xs font-semibold uppercase tracking-wide text-muted">Phases</p>
        <OutlineList phases={mainPhases} anchorFor={anchorFor} />
      </div>
      {rollbackPhases.length > 0 ? (
        <div>
          <p className="mb-1 px-2 text-xs font-semibold uppercase tracking-wide text-muted">Rollback</p>
          <OutlineList phases={rollbackPhases} anchorFor={anchorFor} />
        </div>
      ) : null}
      <a href="#signoff-sheet" className="block rounded px-2 py-1 text-sm text-muted hover:bg-surface-muted hover:text-ink">
        Sign-off sheet
      </a>
    </nav>
  );
}
