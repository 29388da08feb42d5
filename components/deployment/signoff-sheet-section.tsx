// The final sign-off sheet of a deployment: each line of the version's sheet with who signed it.
// One component for the finished deployment's page (which adds the Sign button) and the report.
import type { ReactNode } from "react";
import type { TSignoffDetail } from "@/lib/domain/deployment/record-view";
import { roleLabels } from "@/components/runbook/phase-labels";
import { SignoffList } from "./signoff-list";

type TSheetLine = { id: string; label: string; role: keyof typeof roleLabels | null };

type Props = {
  lines: readonly TSheetLine[];
  /** SHEET-scope sign-offs of the deployment */
  signoffs: readonly TSignoffDetail[];
  /** what an unsigned line shows beside "Not signed." (the page's Sign button) */
  unsignedAction?: (line: TSheetLine) => ReactNode;
  className?: string;
};

export function SignoffSheetSection({ lines, signoffs, unsignedAction, className = "" }: Readonly<Props>) {
  return (
    <section aria-labelledby="sheet-title" className={`space-y-3 ${className}`}>
      <h2 id="sheet-title" className="text-xl font-semibold tracking-tight">
        Sign-off sheet
      </h2>
      {lines.length > 0 ? (
        <ol className="divide-y divide-line rounded-lg border border-line bg-surface">
          {lines.map((line) => {
            const signed = signoffs.filter((s) => s.sheetLineId === line.id);
            return (
              <li key={line.id} className="px-5 py-3">
                <div className="flex flex-wrap items-baseline gap-3 text-sm">
                  <span className="font-medium">{line.label}</span>
                  <span className="text-xs text-muted">{line.role ? `a ${roleLabels[line.role]} signs` : "anyone who took part signs"}</span>
                </div>
                <div className="mt-2">
                  {signed.length > 0 ? (
                    <SignoffList signoffs={signed} />
                  ) : (
                    <div className="flex flex-wrap items-center gap-3">
                      <p className="text-sm text-muted">Not signed.</p>
                      {unsignedAction?.(line)}
                    </div>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-sm text-muted">The runbook version has no final sign-off sheet.</p>
      )}
    </section>
  );
}
