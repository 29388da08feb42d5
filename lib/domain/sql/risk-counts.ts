// Counting lint findings for display. Types only from ./lint-sql: this file reaches client
// components (the import preview), which must not pull in the WASM parser.
import type { TLintFinding, TLintSeverity } from "./lint-sql";

export function countBySeverity(findings: readonly Pick<TLintFinding, "severity">[]): Record<TLintSeverity, number> {
  const counts: Record<TLintSeverity, number> = { danger: 0, warning: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** "1 danger · 2 warnings", or "No findings". */
export function describeRiskCounts(bySeverity: Readonly<Record<TLintSeverity, number>>): string {
  const parts: string[] = [];
  const { danger, warning } = bySeverity;
  if (danger > 0) parts.push(`${danger} danger`);
  if (warning > 0) parts.push(`${warning} ${warning === 1 ? "warning" : "warnings"}`);
  return parts.length > 0 ? parts.join(" · ") : "No findings";
}
