// What the executor refuses before anything reaches the target, as one rule set that the executor
// (lib/server/execution/run-sql.ts), the draft's validation (save and publish) and the lint
// (./lint-sql.ts) all ask — so a script the executor will refuse is never "clean" in the lint.
//
// PRODUCT.md "Domain": a script cannot lift its step's limits. Phaseline *refuses* — rather than
// neutralises — every statement that would change a guard rail of the run: the timeouts, the
// role the run acts as, and the search_path the run resolves names with. A refusal names the line
// and column, so a pasted pg_dump preamble (`SET statement_timeout = 0; …`) is seen and removed
// by a person, never silently dropped or silently obeyed.
import { nodeEntry, type TStatement } from "./parse-sql";

/**
 * Settings that guard a run. search_path is guarded at session level only: `SET LOCAL
 * search_path` declares the path for the step's own transaction and ends with it.
 */
export const GUARDED_SETTINGS = [
  "statement_timeout",
  "lock_timeout",
  "idle_in_transaction_session_timeout",
  "transaction_timeout",
  "role",
  "session_authorization",
  "search_path",
] as const;

export type TExecutorRefusal = {
  rule: "transaction-control" | "lifts-step-limits";
  /** 1-based, of the offending statement (or of the call inside it) */
  line: number;
  column: number;
  message: string;
  advice: string;
};

export type TExecutorRuleOptions = {
  /** the step runs each statement on its own, in autocommit (the SQL step's outsideTransaction option) */
  isOutsideTransaction?: boolean;
  /** who runs the script, for the wording: a SQL step, or a check (QUERY_CHECK, baselines) */
  owner?: "a SQL step" | "a check";
};

const SETTING_LABELS: Record<string, string> = {
  role: "ROLE",
  session_authorization: "SESSION AUTHORIZATION",
};

const GUARDED = new Set<string>(GUARDED_SETTINGS);

/**
 * Every construct of the script the executor refuses, in script order. Pure and synchronous: the
 * statements come from `parseSql`. An empty list means the executor will send the script.
 */
export function findExecutorRefusals(statements: readonly TStatement[], options: TExecutorRuleOptions = {}): TExecutorRefusal[] {
  const refusals: TExecutorRefusal[] = [];
  const owner = options.owner ?? "a SQL step";
  for (const statement of statements) {
    const [type, body] = nodeEntry(statement.node);
    const at = { line: statement.line, column: statement.column };
    if (type === "TransactionStmt") {
      refusals.push({
        rule: "transaction-control",
        ...at,
        message: options.isOutsideTransaction
          ? `${statement.kind} is not allowed here: this step runs each statement on its own, outside a transaction (autocommit), so ${statement.kind} would bind statements together that Phaseline reports one by one.`
          : `${statement.kind} is not allowed here: Phaseline runs ${owner} in one transaction and ${owner === "a SQL step" ? "commits it (or rolls it back in a rehearsal)" : "rolls it back"} itself.`,
        advice: "Remove BEGIN, COMMIT, ROLLBACK, SAVEPOINT and RELEASE statements from the script; split work that must commit separately into steps of their own.",
      });
      continue;
    }
    if (type === "VariableSetStmt") {
      const refusal = settingRefusal(body);
      if (refusal) refusals.push({ rule: "lifts-step-limits", ...at, ...refusal });
      continue;
    }
    for (const call of findSetConfigCalls(statement.node)) {
      refusals.push({
        rule: "lifts-step-limits",
        ...at,
        message: `set_config('${call}', …) would change ${call}, one of the limits Phaseline sets for the step.`,
        advice: "Remove the call: set the step's statement and lock timeouts in its settings.",
      });
    }
  }
  return refusals;
}

function settingRefusal(body: Record<string, unknown>): Pick<TExecutorRefusal, "message" | "advice"> | null {
  const kind = String(body.kind);
  if (kind === "VAR_RESET_ALL") {
    return {
      message: "RESET ALL would reset every session setting, including the statement and lock timeouts Phaseline sets for the step (to the server's defaults, often none).",
      advice: "Remove RESET ALL: each step starts on a fresh connection with only the step's own settings.",
    };
  }
  const name = String(body.name ?? "").toLowerCase();
  if (!GUARDED.has(name)) return null;
  if (name === "search_path" && body.is_local === true) return null;
  const label = SETTING_LABELS[name] ?? name;
  const verb = kind === "VAR_RESET" ? "RESET" : body.is_local ? "SET LOCAL" : "SET";
  if (name === "role" || name === "session_authorization") {
    return {
      message: `${verb} ${label} would change the role the step acts as on the target; the environment's connection decides that.`,
      advice: "Remove it; an administrator gives the environment's target role the rights the runbook needs.",
    };
  }
  if (name === "search_path") {
    return {
      message: `${verb} search_path would change how names resolve for the rest of the session.`,
      advice: "Qualify names with their schema, or declare the path for this step only with SET LOCAL search_path.",
    };
  }
  return {
    message: `${verb} ${name} would change a limit Phaseline sets for the step (statement_timeout and lock_timeout come from the step's settings).`,
    advice: "Remove it, and set the step's statement and lock timeouts in its settings instead.",
  };
}

/** Names of guarded settings changed by `set_config('name', …)` anywhere in a parse tree. */
function findSetConfigCalls(node: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    const call = (value as Record<string, unknown>).FuncCall as Record<string, unknown> | undefined;
    if (call) {
      const names = (Array.isArray(call.funcname) ? call.funcname : []).map((n) => String(nodeEntry(n)[1].sval ?? ""));
      if (names.at(-1)?.toLowerCase() === "set_config") {
        const first = Array.isArray(call.args) ? call.args[0] : undefined;
        const setting = String(asSval(first) ?? "").toLowerCase();
        // a name computed at run time cannot be judged: refuse it as if it were guarded
        if (GUARDED.has(setting) || asSval(first) === null) found.push(setting || "a computed setting");
      }
    }
    Object.values(value).forEach(visit);
  };
  visit(node);
  return found;
}

function asSval(node: unknown): string | null {
  const [type, body] = nodeEntry(node);
  if (type !== "A_Const") return null;
  const sval = body.sval as { sval?: unknown } | undefined;
  return typeof sval?.sval === "string" ? sval.sval : null;
}
