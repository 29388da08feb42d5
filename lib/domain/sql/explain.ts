// The shape of an EXPLAIN on demand (issue 11 item 6), shared by the server that asks the target
// and the review view that shows it. Pure types and the one list of what EXPLAIN can plan.

/** Statement kinds (parser node types) EXPLAIN without ANALYZE plans without executing them. */
export const EXPLAINABLE_KINDS: ReadonlySet<string> = new Set(["SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"]);

export type TExplainedStatement = {
  /** 1-based position in the script */
  statement: number;
  line: number;
  /** the parser's kind, e.g. "UPDATE" */
  kind: string;
  /** the statement's text (cut when long) */
  text: string;
} & ({ status: "EXPLAINED"; plan: string[] } | { status: "NOT_EXPLAINABLE" } | { status: "FAILED"; error: string });

export type TStepExplanation = {
  stepId: string;
  stepTitle: string;
  statements: TExplainedStatement[];
  /** more statements than one request explains: only the first ones are listed */
  isCut: boolean;
  limits: { statementTimeoutMs: number; lockTimeoutMs: number };
  durationMs: number;
};
