// The record's and the cockpit's labels, in a module of their own without zod: the cockpit's
// client components import them, and zod stays out of the page's first-load JavaScript (issue 17).
import type { PROCEDURES } from "./column-values";
import type { TPhaseRunSummary } from "./record-view";

/** The anchor of a phase run on the record and the report: `#phase-run-3`, `#rollback-run-1`. */
export function phaseRunAnchor(procedure: (typeof PROCEDURES)[number], position: number): string {
  return `${procedure === "ROLLBACK" ? "rollback" : "phase"}-run-${position}`;
}

/**
 * A step's number and title as one label: "2. Capture baseline", or the title alone when the
 * runbook's author already numbered it ("1. Capture baseline", not "1. 1. Capture baseline").
 */
export function stepNumberPrefix(position: number, title: string): string {
  return /^\s*(\d+[.)]|\d+(\.\d+)+[.)]?)\s/.test(title) ? "" : `${position}.`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "5 of 6 steps succeeded · 1 failed", "4 of 4 checklist items ticked", "1 of 1 sign-off approved after 1 rejection" */
export function summaryParts(summary: TPhaseRunSummary): string[] {
  const { steps, checklist, signoffs } = summary;
  // a phase nobody reached has nothing to count against: what it holds, not "0 of 4 succeeded"
  if (summary.isUntouched) {
    return [
      steps.total ? plural(steps.total, "step") : "",
      checklist.total ? plural(checklist.total, "checklist item") : "",
      signoffs.required ? `${plural(signoffs.required, "sign-off")} required` : "",
    ].filter(Boolean);
  }
  const parts: string[] = [];
  if (steps.total > 0) {
    const extra = [steps.failed ? `${steps.failed} failed` : "", steps.waived ? `${steps.waived} waived` : ""].filter(Boolean);
    parts.push(`${steps.succeeded} of ${plural(steps.total, "step")} succeeded${extra.length ? ` (${extra.join(", ")})` : ""}`);
  }
  if (checklist.total > 0) parts.push(`${checklist.ticked} of ${plural(checklist.total, "checklist item")} ticked`);
  if (signoffs.required > 0) {
    const isApproved = signoffs.approved === signoffs.required;
    const rejections = !signoffs.rejected ? "" : isApproved ? ` after ${plural(signoffs.rejected, "rejection")}` : `, ${signoffs.rejected} rejected`;
    parts.push(`${signoffs.approved} of ${plural(signoffs.required, "sign-off")} approved${rejections}`);
  }
  return parts;
}
