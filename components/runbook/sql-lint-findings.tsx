import type { TLintFinding } from "@/lib/domain/sql/lint-sql";
import type { TStoredLintAcknowledgement } from "@/lib/domain/runbook/lint-acknowledgements";
import { countBySeverity, describeRiskCounts } from "@/lib/domain/sql/risk-counts";
import { formatAbsolute } from "@/components/ui/format";
import { LintSeverityBadge } from "./sql-lint-severity";

type Props = {
  findings: readonly TLintFinding[];
  /** names the list for assistive technology, e.g. "Phase 2, step 3" */
  label: string;
  /** the step's danger findings acknowledged at publish (matched by rule + line), shown under each */
  acknowledgements?: readonly TStoredLintAcknowledgement[];
};

/** The risk lint of one step's SQL, shown right under it: what is risky, where, and what to do instead. */
export function SqlLintFindings({ findings, label, acknowledgements }: Readonly<Props>) {
  if (findings.length === 0) {
    return (
      <p className="text-xs text-muted">
        <span aria-hidden="true" className="mr-1">
          ✓
        </span>
        Risk lint: no findings
      </p>
    );
  }
  const counts = describeRiskCounts(countBySeverity(findings));
  return (
    <section aria-label={`Risk lint of ${label}`} className="rounded-md border border-line-strong bg-surface-muted/60">
      <h6 className="border-b border-line px-3 py-1.5 text-xs font-semibold text-ink">
        Risk lint <span className="font-normal text-muted">— {counts}</span>
      </h6>
      <ul className="divide-y divide-line">
        {findings.map((finding, index) => (
          <li key={`${finding.rule}-${finding.line}-${index}`} className="space-y-1.5 px-3 py-2.5 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <LintSeverityBadge severity={finding.severity} />
              <code className="font-mono text-xs font-semibold text-ink">{finding.rule}</code>
              <span className="text-xs tabular-nums text-muted">line {finding.line}</span>
            </div>
            {finding.statement ? (
              <p className="truncate font-mono text-xs text-muted" title={finding.statement}>
                {finding.statement}
              </p>
            ) : null}
            <p className="text-ink">{finding.message}</p>
            <p className="text-ink">
              <span className="font-medium">Safer: </span>
              <span className="text-muted">{finding.saferAlternative}</span>
            </p>
            {acknowledgements
              ?.filter((ack) => ack.rule === finding.rule && ack.line === finding.line)
              .map((ack) => (
                <p key={`${ack.rule}-${ack.line}`} className="rounded-md border border-line bg-surface px-2.5 py-1.5 text-ink">
                  <span className="font-medium">Acknowledged at publish</span>{" "}
                  <span className="text-muted">
                    by {ack.acknowledgedByLabel}, <time dateTime={ack.acknowledgedAt}>{formatAbsolute(new Date(ack.acknowledgedAt))}</time>:
                  </span>{" "}
                  <span className="whitespace-pre-wrap">{ack.reason}</span>
                </p>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
