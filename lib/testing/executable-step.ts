// A step as the executor takes it (lib/server/execution/execute-step.ts), every option at its
// default — "run once, no limits of its own" — with what a test sets on top.
import type { TExecutableStep } from "@/lib/server/execution/execute-step";

export function executableStep(over: Partial<TExecutableStep> & Pick<TExecutableStep, "kind">): TExecutableStep {
  return {
    sql: null,
    statementTimeoutMs: null,
    lockTimeoutMs: null,
    expectation: null,
    baselineName: null,
    baselineKeyColumns: [],
    tolerances: {},
    httpUrl: null,
    httpExpectStatus: null,
    httpBodyContains: null,
    timeoutMs: null,
    commandArgv: [],
    outputCapBytes: null,
    ...over,
  };
}
