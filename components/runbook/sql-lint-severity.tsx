import type { TLintSeverity } from "@/lib/domain/sql/lint-sql";
import { Badge, type TBadgeTone } from "@/components/ui/badge";

// Lint severity is risk, not status (STYLE.md "The look"): like RiskBadge it never borrows the
// status colours; emphasis and a glyph carry it, and the word always says it.
const severityTones: Record<TLintSeverity, TBadgeTone> = { danger: "strong", warning: "neutral" };
const severityIcons: Record<TLintSeverity, string> = { danger: "▲", warning: "△" };
export const severityWords: Record<TLintSeverity, string> = { danger: "Danger", warning: "Warning" };

export function LintSeverityBadge({ severity }: Readonly<{ severity: TLintSeverity }>) {
  return (
    <Badge tone={severityTones[severity]} icon={severityIcons[severity]}>
      {severityWords[severity]}
    </Badge>
  );
}
