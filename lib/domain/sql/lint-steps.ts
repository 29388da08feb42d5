// Risk lint over many SQL steps at once (issue 4 part 3; issue 11 item 4): each step's script is
// linted as it will run — in one transaction, or statement by statement outside one — and the
// steps of one phase in order, each seeing what the earlier ones established (a validated
// CHECK (col IS NOT NULL) makes a later SET NOT NULL cheap). The findings are summed into one
// runbook-wide summary. Pure: the version page, the runbook list, the import preview and
// `phaseline lint` all use it.
import { lintStatements, newLintState, summariseRisk, type TLintFinding, type TLintOptions, type TLintState, type TRiskSummary } from "./lint-sql";
import { loadSqlParser, parseSqlSync, type TStatement } from "./parse-sql";
import { lintSql } from "./lint-sql";

export type TSqlStepInput = {
  id: string;
  sql: string;
  /** steps with the same key are linted in the given order, sharing what earlier ones established */
  phaseKey?: string;
  /** the step runs outside a transaction (SQL steps' outsideTransaction option) */
  outsideTransaction?: boolean;
  /** the step runs once per target schema (issue 15 item 2): a schema-qualified name hits the same table every time */
  isFanOut?: boolean;
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
    if (parsed.ok && step.isFanOut) findings.push(...fanOutFindings(parsed.statements));
    if (findings.length > 0) findingsByStep[step.id] = findings;
  }
  return { findingsByStep, summary: summariseRisk(Object.values(findingsByStep).flat()) };
}

const CATALOG_SCHEMAS = new Set(["pg_catalog", "information_schema"]);

/** Schema-qualified relations a statement names (RangeVars with a schema), catalogs left out. */
function qualifiedNames(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) qualifiedNames(item, into);
  else if (node && typeof node === "object") {
    // a RangeVar, wrapped ({ RangeVar: {…} }) where the tree holds any node, bare where it holds only RangeVars
    const r = node as { schemaname?: unknown; relname?: unknown };
    if (typeof r.relname === "string" && typeof r.schemaname === "string" && r.schemaname && !CATALOG_SCHEMAS.has(r.schemaname)) into.add(`${r.schemaname}.${r.relname}`);
    for (const value of Object.values(node)) qualifiedNames(value, into);
  }
  return into;
}

/**
 * A fanned-out step runs with search_path set to each target schema: a name qualified with a
 * schema reaches the same table in every run (a tenant migration that changes public.x forty
 * times). Flagged as a warning: it may be meant (a shared lookup table).
 */
export function fanOutFindings(statements: readonly TStatement[]): TLintFinding[] {
  return statements.flatMap((statement) => {
    const names = [...qualifiedNames(statement.node, new Set())];
    if (names.length === 0) return [];
    return [
      {
        rule: "fan-out-qualified-name",
        severity: "warning" as const,
        line: statement.line,
        column: statement.column,
        statement: statement.text.slice(0, 200),
        message: `This step runs once per target schema, but ${names.join(", ")} ${names.length === 1 ? "names its schema" : "name their schema"}: every run reaches the same ${names.length === 1 ? "table" : "tables"}, not each schema's own.`,
        saferAlternative: "Leave the schema out (the step's search_path is each target schema in turn), or move the statement to a step that runs once.",
      },
    ];
  });
}
