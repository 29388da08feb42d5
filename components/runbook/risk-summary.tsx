import type { TRiskSummary } from "@/lib/domain/sql/lint-sql";
import { countBySeverity, describeRiskCounts } from "@/lib/domain/sql/risk-counts";
import type { TFlaggedStep } from "@/lib/server/readers/get-runbook-risk";
import { Card } from "@/components/ui/card";
import { pluralize } from "@/components/ui/format";
import { stepAnchor } from "./anchors";
import { LintSeverityBadge } from "./sql-lint-severity";

type Props = {
  /** e.g. the choice of the server the lint answers for */
  children?: React.ReactNode;
  summary: TRiskSummary;
  sqlStepCount: number;
  flaggedSteps: readonly TFlaggedStep[];
};

/** Top of a version page: what the SQL risk lint found across the runbook, with links to the steps. */
export function RiskSummary({ summary, sqlStepCount, flaggedSteps, children }: Readonly<Props>) {
  const rules = Object.entries(summary.byRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <Card as="section" labelledBy="risk-summary-title" className="p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="risk-summary-title" className="text-base font-semibold text-ink">
          SQL risk lint
        </h2>
        <p className="text-sm text-muted">{sqlStepCount === 0 ? "No SQL steps" : `${pluralize(sqlStepCount, "SQL step")} checked · ${flaggedSteps.length} with findings`}</p>
      </div>
      {children}

      {summary.total === 0 ? (
        <p className="mt-2 text-sm text-muted">
          <span aria-hidden="true" className="mr-1">
            ✓
          </span>
          {sqlStepCount === 0 ? "Nothing to lint: this version runs no SQL." : "No findings: no statement takes a long lock, loses data or fails in a transaction."}
        </p>
      ) : (
        <div className="mt-3 space-y-4">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            {summary.bySeverity.danger > 0 ? (
              <span className="inline-flex items-center gap-1.5">
                <LintSeverityBadge severity="danger" />
                <span className="tabular-nums">{summary.bySeverity.danger}</span>
              </span>
            ) : null}
            {summary.bySeverity.warning > 0 ? (
              <span className="inline-flex items-center gap-1.5">
                <LintSeverityBadge severity="warning" />
                <span className="tabular-nums">{summary.bySeverity.warning}</span>
              </span>
            ) : null}
            <span className="sr-only">{describeRiskCounts(summary.bySeverity)}</span>
          </p>

          <div className="grid gap-4 md:grid-cols-2">
            <div>
              <h3 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-muted">Rules that fired</h3>
              <ul className="space-y-1 text-sm">
                {rules.map(([rule, count]) => (
                  <li key={rule} className="flex items-baseline justify-between gap-3">
                    <code className="font-mono text-xs text-ink">{rule}</code>
                    <span className="text-xs tabular-nums text-muted">×{count}</span>
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-muted">Steps</h3>
              <ul className="space-y-1 text-sm">
                {flaggedSteps.map((step) => {
                  const stepCounts = countBySeverity(step.findings);
                  const where = `${step.procedure === "ROLLBACK" ? "Rollback phase" : "Phase"} ${step.phasePosition}, step ${step.stepPosition}`;
                  return (
                    <li key={step.stepId} className="flex items-baseline justify-between gap-3">
                      <a href={`#${stepAnchor(step.procedure, step.phasePosition, step.stepPosition)}`} className="min-w-0 text-accent-ink hover:underline">
                        <span className="text-muted">{where}:</span> <span className="break-words">{step.stepTitle}</span>
                      </a>
                      <span className="shrink-0 text-xs text-muted">{describeRiskCounts(stepCounts)}</span>
                    </li>
                  );
                })}
              </ul>
            </div>
          </div>
        </div>
      )}
    </Card>
  );
}

/** The runbook list's compact column: "1 danger · 2 warnings" for the latest published version. */
export function RiskCountsIndicator({ summary }: Readonly<{ summary: TRiskSummary | null }>) {
  if (!summary) {
    return (
      <span className="text-faint" title="Nothing published to lint yet">
        <span aria-hidden="true">—</span>
        <span className="sr-only">not published</span>
      </span>
    );
  }
  if (summary.total === 0) {
    return (
      <span className="whitespace-nowrap text-xs text-muted">
        <span aria-hidden="true" className="mr-1">
          ✓
        </span>
        No findings
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap text-xs">
      <span aria-hidden="true" className={summary.highest === "danger" ? "text-ink" : "text-muted"}>
        {summary.highest === "danger" ? "▲" : "△"}
      </span>
      <span className={summary.highest === "danger" ? "font-medium text-ink" : "text-muted"}>{describeRiskCounts(summary.bySeverity)}</span>
    </span>
  );
}
