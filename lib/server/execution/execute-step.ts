// Runs one runbook step against a deployment's target and returns its outcome (PRODUCT.md
// "Domain": the step kinds). No Prisma, no audit: the worker that claimed the run records the
// outcome, its output and its audit event in one transaction (rule 8).
//
// Every outcome is safe to show and to keep: the target URL — and any driver message that might
// repeat it — never reaches a result, a message, the output or a log. Whatever a step prints, the
// server's configured secrets are redacted from its streamed output and its outcome before the
// worker sees them (redact-secrets.ts).
import "server-only";
import { runBaselineCapture, runBaselineCompare } from "./run-baseline";
import { runBackup, runRestore, type TStoredBackup, type TTakenBackup } from "./run-backup";
import type { TExecutableStepKind } from "@/lib/domain/runbook/step-kinds";
import type { TLockRetry } from "@/lib/domain/execution/lock-retries";
import type { TCommandIsolation } from "./command-isolation";
import { createStreamRedactor, findSecretValues, redactDeep } from "./redact-secrets";
import { runCommand } from "./run-command";
import { runHttpCheck } from "./run-http-check";
import { runQueryCheck } from "./run-query-check";
import { fanOutOf, restoreFanOutOf, runFanOut, type TFanOutHooks, type TGroupDatabase } from "./run-fan-out";
import { runSql } from "./run-sql";

export type TExecutableStep = {
  kind: TExecutableStepKind;
  sql: string | null;
  statementTimeoutMs: number | null;
  lockTimeoutMs: number | null;
  /** SQL: run each statement on its own in autocommit (CREATE INDEX CONCURRENTLY and the like); absent = false */
  outsideTransaction?: boolean | null;
  /** SQL: retries after a lock timeout (SQLSTATE 55P03) within one attempt; absent or null = 3 */
  lockRetries?: number | null;
  expectation: unknown;
  baselineName: string | null;
  baselineKeyColumns: string[];
  tolerances: unknown;
  httpUrl: string | null;
  httpExpectStatus: number | null;
  httpBodyContains: string | null;
  timeoutMs: number | null;
  commandArgv: string[];
  /** COMMAND: the variables the step declares, { NAME: value } (Json from the Step row) */
  commandEnv?: unknown;
  outputCapBytes: number | null;
  /** BACKUP: its key; RESTORE: the key of the backup it restores (issue 15) */
  backupKey?: string | null;
  /** BACKUP: the tables copied */
  backupTables?: string[];
  /** BACKUP: a row filter on its one table */
  backupFilter?: string | null;
  /** BACKUP: refused above this estimated size in MB; absent or null = 1024 */
  backupMaxMb?: number | null;
  /** SQL, QUERY_CHECK, BACKUP: once per target schema (issue 15 item 2; Json from the Step row, lib/domain/runbook/fan-out.ts) */
  fanOut?: unknown;
};

export type TBaselineRows = { columns: string[]; rows: Record<string, unknown>[] };

export type TExecutionContext = {
  /** decrypted Postgres URL of the target: never put it, or a driver error that might hold it, in any output */
  targetUrl: string | null;
  /** the target session's application_name, e.g. "phaseline:deploy-2026-11-22" */
  applicationName: string;
  /** REHEARSAL: the same transaction, then ROLLBACK, with the same output */
  mode: "RUN" | "REHEARSAL";
  /** host names or addresses (optionally host:port) an HTTP_CHECK may reach (lib/domain/execution/network-address) */
  httpAllowList: string[];
  /** HTTP_CHECK: how a host name becomes addresses, resolved once per check; default the system resolver (tests inject one) */
  resolveHost?: (hostname: string) => Promise<string[]>;
  /** COMMAND is refused unless the server was started with commands enabled */
  isCommandsEnabled: boolean;
  /** BASELINE_COMPARE: the capture stored for the step's baseline name in this deployment, or null */
  baseline: TBaselineRows | null;
  /** BACKUP and RESTORE: the deployment the run belongs to (it names the backup schema) */
  deploymentId?: string;
  /** RESTORE: the backup this deployment took under the step's key, or null (never another deployment's) */
  backup?: TStoredBackup | null;
  /** a fanned-out step: how its targets are recorded, and which succeeded in an earlier attempt (the worker's; absent: not recorded) */
  fanOutHooks?: TFanOutHooks;
  /** a fan-out over DATABASES: the environment group's databases with their decrypted URLs (secrets, like targetUrl) */
  groupDatabases?: readonly TGroupDatabase[];
  /** a fanned-out step's target schema: the session's search_path, set with the limits (issue 15 item 2) */
  searchPath?: string | null;
  /** a step fanned out over the group's databases: the name of the database this run works on (its URL is targetUrl) */
  database?: string | null;
  /** a lock-timeout retry was taken (issue 11 item 3): every retry of this attempt so far */
  onLockRetry?: (retries: readonly TLockRetry[]) => void;
  /** streamed output as it comes: notices, command stdout and stderr, progress lines */
  onOutput: (chunk: string) => void;
  /** stops the run: the transaction is not committed, the command is killed */
  signal?: AbortSignal;
  /** the values redacted from output and outcome; default: findSecretValues() (tests may add their own) */
  secretValues?: string[];
  /** COMMAND: how the program is isolated; default: what this process detected (command-isolation.ts) */
  commandIsolation?: TCommandIsolation;
};

export type TExecutionOutcome = {
  status: "SUCCEEDED" | "FAILED";
  /** JSON-serialisable */
  result: Record<string, unknown>;
  /** person-safe */
  errorMessage: string | null;
  /** one line, e.g. "7 statements, 0 rows affected, committed" */
  summary: string;
  /** BASELINE_CAPTURE only, when it succeeded */
  capturedBaseline?: TBaselineRows & { rowCount: number };
  /** BACKUP only, when it committed: what the worker records as the deployment's backup */
  takenBackup?: TTakenBackup;
};

type TExecutor = (step: TExecutableStep, ctx: TExecutionContext) => Promise<TExecutionOutcome>;

const EXECUTORS: Record<TExecutableStep["kind"], TExecutor> = {
  SQL: runSql,
  QUERY_CHECK: runQueryCheck,
  BASELINE_CAPTURE: runBaselineCapture,
  BASELINE_COMPARE: runBaselineCompare,
  HTTP_CHECK: runHttpCheck,
  COMMAND: runCommand,
  BACKUP: runBackup,
  RESTORE: runRestore,
};

export const INTERNAL_FAILURE_MESSAGE = "The step could not be executed because of an internal error; see the server log.";

/**
 * Executes a step. The step's own failures — bad SQL, a failed check, a refused host, a non-zero
 * exit — come back as FAILED outcomes; it throws only when asked to run a MANUAL step, which a
 * person marks done.
 */
export async function executeStepOnTarget(step: TExecutableStep, ctx: TExecutionContext): Promise<TExecutionOutcome> {
  const executor = Object.hasOwn(EXECUTORS, step.kind) ? EXECUTORS[step.kind] : undefined;
  if (!executor) throw new Error(`${String(step.kind)} steps are not executed on a target: a person marks them done.`);
  try {
    const secrets = ctx.secretValues ?? (await findSecretValues());
    const redactor = createStreamRedactor(secrets);
    const onOutput = (text: string) => {
      if (text) ctx.onOutput(text);
    };
    const onLockRetry = ctx.onLockRetry;
    const redacted: TExecutionContext = {
      ...ctx,
      onOutput: (chunk) => onOutput(redactor.push(chunk)),
      ...(onLockRetry ? { onLockRetry: (retries: readonly TLockRetry[]) => onLockRetry(redactDeep(retries, secrets)) } : {}),
    };
    const fanOut = fanOutOf(step) ?? restoreFanOutOf(step, ctx.backup);
    const outcome = fanOut ? await runFanOut(step, fanOut, redacted, executor, redactedHooks(ctx.fanOutHooks, secrets)) : await executor(step, redacted);
    onOutput(redactor.flush());
    // a captured baseline is the target's data, compared later and never shown as output: kept as read
    return { ...outcome, result: redactDeep(outcome.result, secrets), errorMessage: redactDeep(outcome.errorMessage, secrets), summary: redactDeep(outcome.summary, secrets) };
  } catch (error) {
    // a bug or an outage: the message of an unknown error may hold SQL or the target URL, so
    // only its class and code reach the log, and a fixed sentence the person
    console.error(`step executor (${step.kind}) failed unexpectedly:`, describeForLog(error));
    return { status: "FAILED", result: {}, errorMessage: INTERNAL_FAILURE_MESSAGE, summary: "internal error" };
  }
}

const NO_HOOKS: TFanOutHooks = { loadCarried: async () => new Map(), onResolved: async () => {}, onTargetStarted: async () => {}, onTargetFinished: async () => {} };

/** Each target's output and outcome are redacted like the step's before they are recorded. */
function redactedHooks(hooks: TFanOutHooks | undefined, secrets: string[]): TFanOutHooks {
  const base = hooks ?? NO_HOOKS;
  return {
    ...base,
    onTargetFinished: (result) =>
      base.onTargetFinished({
        ...result,
        output: redactDeep(result.output, secrets),
        summary: redactDeep(result.summary, secrets),
        errorMessage: redactDeep(result.errorMessage, secrets),
        result: redactDeep(result.result, secrets),
      }),
  };
}

function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === "string" || typeof code === "number" ? ` (${code})` : ""}`;
}
