// Risk lint over many SQL steps at once (issue 4 part 3): each step's script linted on its own —
// Phaseline runs each SQL step as its own transaction — all in parallel, and the findings summed
// into one runbook-wide summary. Pure: the version page, the runbook list and the import preview
// all use it.
import { lintSql, summariseRisk, type TLintFinding, type TRiskSummary } from "./lint-sql";

export type TSqlStepInput = { id: string; sql: string };

export type TStepsRisk = {
  /** findings by step id; a step without findings is absent */
  findingsByStep: Record<string, TLintFinding[]>;
  summary: TRiskSummary;
};

export async function lintSqlSteps(steps: readonly TSqlStepInput[]): Promise<TStepsRisk> {
  const linted = await Promise.all(
    steps.filter((step) => step.sql.trim().length > 0).map(async (step) => [step.id, await lintSql(step.sql)] as const),
  );
  const findingsByStep: Record<string, TLintFinding[]> = {};
  for (const [id, findings] of linted) if (findings.length > 0) findingsByStep[id] = findings;
  return { findingsByStep, summary: summariseRisk(Object.values(findingsByStep).flat()) };
}
