// Risk lint over many SQL steps at once (issue 4 part 3; issue 11 item 4): each step's script is
// linted as it will run — in one transaction, or statement by statement outside one — and the
// steps of one phase in order, each seeing what the earlier ones established (a validated
// CHECK (col IS NOT NULL) makes a later SET NOT NULL cheap). The findings are summed into one
// runbook-wide summary. Pure: the version page, the runbook list, the import preview and
// `phaseline lint` all use it.
import { lintStatements, newLintState, summariseRisk, type TLintFinding, type TLintOptions, type TLintState, type TRiskSummary } from "./lint-sql";
import { loadSqlParser, parseSqlSync } from "./parse-sql";
import { lintSql } from "./lint-sql";

export type TSqlStepInput = {
  id: string;
  sql: string;
  /** steps with the same key are linted in the given order, sharing what earlier ones established */
  phaseKey?: string;
  /** the step runs outside a transaction (SQL steps' outsideTransaction option) */
  outsideTransaction?: boolean;
};

export type TStepsRisk = {
  /** findings by step id; a step without findings is absent */
  findingsByStep: Record<string, TLintFinding[]>;
  summary: TRiskSummary;
};

export type TStepsLintOptions = Pick<TLintOptions, "serverVersion" | "isSchemaDesign" | "disabledRules">;

export async function lintSqlSteps(steps: readonly TSqlStepInput[], options: TStepsLintOptions = {}): Promise<TStepsRisk> {
  await loadSqlParser();
  const states = new Map<string, TLintState>();
  const findingsByStep: Record<string, TLintFinding[]> = {};
  for (const step of steps) {
    if (step.sql.trim().length === 0) continue;
    const parsed = parseSqlSync(step.sql);
    // a script that does not parse gets its one "invalid-sql" finding from lintSql
    const established = step.phaseKey === undefined ? undefined : (states.get(step.phaseKey) ?? states.set(step.phaseKey, newLintState()).get(step.phaseKey));
    const findings = parsed.ok
      ? lintStatements(parsed.statements, { ...options, expectsTransaction: !step.outsideTransaction, isStatementByStatement: !!step.outsideTransaction, established })
      : await lintSql(step.sql, { expectsTransaction: !step.outsideTransaction });
    if (findings.length > 0) findingsByStep[step.id] = findings;
  }
  return { findingsByStep, summary: summariseRisk(Object.values(findingsByStep).flat()) };
}
