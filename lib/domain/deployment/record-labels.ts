// The record's and the cockpit's labels, in a module of their own without zod: the cockpit's
// client components import them, and zod stays out of the page's first-load JavaScript (issue 17).
import type { PROCEDURES } from "./column-values";

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
