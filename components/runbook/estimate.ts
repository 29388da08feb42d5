// The runbook's own duration estimate beside the sum of its phases' estimates, said so that a
// reader knows which figure is which when they differ (issue 18 item 6: "45 min · phases sum to
// 24 h 38 min" read as a contradiction).
import { formatMinutes } from "@/components/ui/format";

export function describeEstimate(runbookMinutes: number | null, phaseMinutes: readonly (number | null)[]): { figure: string; note: string | null } {
  const estimated = phaseMinutes.filter((m): m is number => m !== null);
  const sum = estimated.reduce((total, m) => total + m, 0);
  const missing = phaseMinutes.length - estimated.length;
  const unestimated = missing > 0 ? ` (${missing === 1 ? "1 phase has" : `${missing} phases have`} no estimate)` : "";
  if (runbookMinutes === null) {
    return { figure: "Not given", note: estimated.length ? `its phases' estimates add up to ${formatMinutes(sum)}${unestimated}` : null };
  }
  if (estimated.length === 0) return { figure: formatMinutes(runbookMinutes), note: null };
  if (sum === runbookMinutes) return { figure: formatMinutes(runbookMinutes), note: `the same as its phases' estimates added up${unestimated}` };
  return {
    figure: `${formatMinutes(runbookMinutes)}, the runbook's own figure`,
    note: `its phases' estimates add up to ${formatMinutes(sum)}${unestimated}`,
  };
}
