import type { TStepDetail } from "@/lib/server/readers/get-runbook-version";
import type { TLintFinding } from "@/lib/domain/sql/lint-sql";
import type { TStoredLintAcknowledgement } from "@/lib/domain/runbook/lint-acknowledgements";
import { Badge } from "@/components/ui/badge";
import { CodeBlock } from "@/components/ui/code-block";
import { TextBlock } from "@/components/ui/text-block";
import { describeExpectation, describeTolerances, formatArgv, formatBytes, formatMs, stepKindLabels } from "./describe-step";
import { SqlLintFindings } from "./sql-lint-findings";

type Props = {
  step: TStepDetail;
  /** "Phase 3", used to name code blocks */
  context: string;
  /** id of the card, for links to the step (the risk summary's) */
  anchor?: string;
  /** the risk lint of the step's SQL; absent when it was not linted (nothing is shown then) */
  lintFindings?: readonly TLintFinding[];
  /** this step's danger findings acknowledged at publish */
  lintAcknowledgements?: readonly TStoredLintAcknowledgement[];
};

function Meta({ items }: Readonly<{ items: (string | null | false | undefined)[] }>) {
  const shown = items.filter((i): i is string => Boolean(i));
  if (shown.length === 0) return null;
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted">
      {shown.map((item) => (
        <span key={item}>{item}</span>
      ))}
    </p>
  );
}

export function StepCard({ step, context, anchor, lintFindings, lintAcknowledgements }: Readonly<Props>) {
  const label = `${context}, step ${step.position}`;
  const isSqlKind = step.kind === "SQL" || step.kind === "QUERY_CHECK" || step.kind === "BASELINE_CAPTURE" || step.kind === "BASELINE_COMPARE";
  const statementTimeout = formatMs(step.statementTimeoutMs);
  const lockTimeout = formatMs(step.lockTimeoutMs);
  const timeout = formatMs(step.timeoutMs);
  const outputCap = formatBytes(step.outputCapBytes);
  const tolerances = describeTolerances(step.tolerances);

  return (
    <li id={anchor} className="scroll-mt-6 rounded-md border border-line bg-surface p-4">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-xs tabular-nums text-muted">{step.position}.</span>
        <Badge tone="neutral">{stepKindLabels[step.kind]}</Badge>
        <h5 className="text-sm font-semibold text-ink">{step.title}</h5>
      </div>

      <div className="mt-3 space-y-3">
        {step.instructions ? <TextBlock text={step.instructions} label={`${label} instructions`} /> : null}

        {step.kind === "QUERY_CHECK" ? (
          <p className="text-sm">
            <span className="font-medium">Pass when:</span> <span className="font-mono">{describeExpectation(step.expectation)}</span>
          </p>
        ) : null}

        {step.kind === "BASELINE_CAPTURE" || step.kind === "BASELINE_COMPARE" ? (
          <div className="text-sm">
            <p>
              <span className="font-medium">{step.kind === "BASELINE_CAPTURE" ? "Captures baseline" : "Compares with baseline"}</span>{" "}
              <span className="font-mono">{step.baselineName ?? "(unnamed)"}</span>
            </p>
            {step.kind === "BASELINE_COMPARE" ? (
              <p className="mt-1 text-muted">
                Keyed by {step.baselineKeyColumns.length > 0 ? <span className="font-mono text-ink">{step.baselineKeyColumns.join(", ")}</span> : "all columns"}
                {tolerances.length > 0 ? (
                  <>
                    ; tolerances <span className="font-mono text-ink">{tolerances.join(", ")}</span>
                  </>
                ) : (
                  "; exact match"
                )}
              </p>
            ) : null}
          </div>
        ) : null}

        {isSqlKind && step.sql ? (
          <>
            <CodeBlock code={step.sql} language="SQL" label={`${label} SQL`} />
            <Meta
              items={[
                step.kind === "SQL" ? "runs in one transaction" : "read-only",
                statementTimeout && `statement timeout ${statementTimeout}`,
                lockTimeout && `lock timeout ${lockTimeout}`,
              ]}
            />
            {lintFindings ? <SqlLintFindings findings={lintFindings} label={label} acknowledgements={lintAcknowledgements} /> : null}
          </>
        ) : null}

        {step.kind === "HTTP_CHECK" ? (
          <div className="space-y-1 text-sm">
            <p className="break-all font-mono">
              <span className="font-semibold">GET</span> {step.httpUrl ?? "(no URL)"}
            </p>
            <p className="text-muted">
              expects status <span className="font-mono text-ink">{step.httpExpectStatus ?? 200}</span>
              {step.httpBodyContains ? (
                <>
                  {" "}
                  and a body containing <code className="rounded border border-line bg-code px-1 font-mono text-ink">{step.httpBodyContains}</code>
                </>
              ) : null}
              {timeout ? ` within ${timeout}` : null}
            </p>
          </div>
        ) : null}

        {step.kind === "BACKUP" ? (
          <div className="space-y-1 text-sm">
            <p>
              <span className="font-medium">Backs up</span> <span className="font-mono">{step.backupTables.join(", ") || "(no tables)"}</span>
              {step.backupFilter ? (
                <>
                  {" "}
                  rows where <code className="rounded border border-line bg-code px-1 font-mono text-ink">{step.backupFilter}</code>
                </>
              ) : null}{" "}
              as <span className="font-mono">{step.backupKey ?? "?"}</span>
            </p>
            <Meta
              items={[
                "one transaction; row counts and checksums recorded",
                `refused above ${(step.backupMaxMb ?? 1024).toLocaleString("en")} MB (estimated)`,
                statementTimeout && `statement timeout ${statementTimeout}`,
                lockTimeout && `lock timeout ${lockTimeout}`,
              ]}
            />
          </div>
        ) : null}

        {step.kind === "RESTORE" ? (
          <div className="space-y-1 text-sm">
            <p>
              <span className="font-medium">Restores backup</span> <span className="font-mono">{step.backupKey ?? "?"}</span> taken by this deployment
            </p>
            <Meta
              items={[
                "one transaction; counts and checksums verified before commit",
                statementTimeout && `statement timeout ${statementTimeout}`,
                lockTimeout && `lock timeout ${lockTimeout}`,
              ]}
            />
          </div>
        ) : null}

        {step.kind === "COMMAND" ? (
          <>
            <CodeBlock
              code={step.commandArgv.length > 0 ? formatArgv(step.commandArgv) : "(no command)"}
              language={step.language ?? "argv"}
              label={`${label} command`}
              showLineNumbers={false}
            />
            <Meta
              items={["no shell; runs only when the server was started with commands enabled", timeout && `timeout ${timeout}`, outputCap && `output capped at ${outputCap}`]}
            />
          </>
        ) : null}
      </div>
    </li>
  );
}
