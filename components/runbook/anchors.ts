// In-page anchors of a version page: phases ("phase-2", "rollback-1") and their steps
// ("phase-2-step-3"), shared by the page, the outline and the risk summary's links.
import type { Procedure } from "@/lib/generated/prisma/enums";

export function phaseAnchor(procedure: Procedure, phasePosition: number): string {
  return `${procedure === "ROLLBACK" ? "rollback" : "phase"}-${phasePosition}`;
}

export function stepAnchor(procedure: Procedure, phasePosition: number, stepPosition: number): string {
  return `${phaseAnchor(procedure, phasePosition)}-step-${stepPosition}`;
}
