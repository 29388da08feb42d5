// Step workers (issue 5, PRODUCT.md "Live work", rules 5–7). A Run records the step run QUEUED;
// a worker claims it with FOR UPDATE SKIP LOCKED and turns it RUNNING with its id and a first
// heartbeat, audited as `step.claimed` in the same transaction — several app instances on one
// database share the queue and each run is claimed once — executes it on the target with no app
// transaction open (the embedded databases answer one query at a time), streams its output into
// the row, and finishes it in one transaction with its audit event, the baseline, the bound
// criteria and the phase's failure policy. Output flushes, heartbeats and a fan-out's per-target
// rows are the run's progress, written without events; the outcome they lead to is audited with
// the finish (`step.finished`, `step.fan_out_finished` with its counts and failed schemas).
//
// Rule 6: a claimed run whose heartbeat goes stale (the process died) becomes INTERRUPTED — found
// at start-up and by every worker's sweep — and is never re-run by itself. Heartbeats come from a
// thread of their own (heartbeat-thread.ts), so a busy event loop never looks like a dead worker;
// a queued run is never interrupted: it has not touched the target.
import "server-only";
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { decryptSecret } from "@/lib/crypto";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { stepDetailSelect } from "@/lib/server/readers/selects";
import { isBackupOverDatabases, ZBackupTables } from "@/lib/domain/execution/backup";
import { isTargetDatabaseStepKind } from "@/lib/domain/runbook/step-kinds";
import type { TStoredBackup } from "./run-backup";
import { executeStepOnTarget, type TExecutableStep, type TExecutionOutcome } from "./execute-step";
import { finishStepRun } from "./finish-step-run";
import type { TLockRetry } from "@/lib/domain/execution/lock-retries";
import type { TFanOutHooks, TGroupDatabase } from "./run-fan-out";
import { readFanOut } from "@/lib/domain/runbook/fan-out";
import { recoverInterruptedStepRuns } from "./recover-interrupted-runs";
import { waitForWake } from "./worker-signal";
import { startHeartbeatThread, type THeartbeatThread } from "./heartbeat-thread";
import { getChangeFeed, notifyDeploymentChange } from "@/lib/server/live/change-feed";
import { appendAuditEvent, SYSTEM_ACTOR } from "@/lib/audit/append";

/** A heartbeat older than this means the worker is gone. Well above the heartbeat interval. */
export const HEARTBEAT_STALE_MS = 15_000;
const HEARTBEAT_INTERVAL_MS = 1_000;
const FLUSH_INTERVAL_MS = 1_000;
const POLL_INTERVAL_MS = 1_000;
const SWEEP_INTERVAL_MS = 5_000;
/** what one run may keep of its streamed output in the row; the rest is cut with a marker */
export const OUTPUT_CAP_CHARS = 256 * 1024;

export const newWorkerId = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** Tells the deployment's viewers that a run moved without a state change (output, fan-out progress). */
async function announceOutput(prisma: TPrisma, deploymentId: string): Promise<void> {
  const change = await notifyDeploymentChange(prisma, deploymentId, { isStatus: false, isWaiting: false });
  if (change) getChangeFeed().announceCommitted(change);
}

/**
 * Claims the oldest queued run (QUEUED → RUNNING with this worker and a first heartbeat on the
 * database's clock), or returns null. The claim is one statement, atomic, and its audit event
 * (`step.claimed`) is appended in the same transaction (PRODUCT.md rule 8). A RUNNING run without
 * a worker is a run queued before QUEUED existed (migration 20261129230243).
 *
 * No deployment lock: the run's row lock (taken with SKIP LOCKED, never waited for) and then the
 * chain head's, which every writer takes last — so the claim cannot deadlock with a use-case
 * that locks the deployment and then the run.
 */
export async function claimNextStepRun(prisma: TPrisma, workerId: string): Promise<string | null> {
  const claimed = await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; deploymentId: string; mode: "RUN" | "REHEARSAL"; attempt: number; stepTitle: string; kind: string }[]>`
      WITH claimed AS (
        UPDATE "StepRun" SET status = 'RUNNING', "workerId" = ${workerId}, "heartbeatAt" = (now() AT TIME ZONE 'UTC'), "updatedAt" = (now() AT TIME ZONE 'UTC')
        WHERE id = (
          SELECT id FROM "StepRun"
          WHERE status = 'QUEUED' OR (status = 'RUNNING' AND "workerId" IS NULL)
          ORDER BY "createdAt"
          LIMIT 1
          FOR UPDATE SKIP LOCKED
        )
        RETURNING id, "deploymentId", "stepId", mode::text AS mode, attempt
      )
      SELECT c.id, c."deploymentId", c.mode, c.attempt, s.title AS "stepTitle", s.kind::text AS kind
      FROM claimed c JOIN "Step" s ON s.id = c."stepId"`;
    const row = rows[0];
    if (!row) return null;
    await appendAuditEvent(
      tx,
      { actor: SYSTEM_ACTOR, deploymentId: row.deploymentId, targetType: "step_run", targetId: row.id },
      { type: "step.claimed", payload: { stepRunId: row.id, stepTitle: row.stepTitle, kind: row.kind, mode: row.mode, attempt: row.attempt, workerId } },
    );
    // "queued" becomes "running" on every screen: the notification is delivered on commit
    const change = await notifyDeploymentChange(tx, row.deploymentId, { isStatus: false, isWaiting: false });
    return { id: row.id, change };
  });
  if (!claimed) return null;
  if (claimed.change) getChangeFeed().announceCommitted(claimed.change);
  return claimed.id;
}

/** Executes a run this worker claimed and records its outcome. Never throws for the step's own failure. */
export async function executeClaimedStepRun(prisma: TPrisma, stepRunId: string, workerId: string, heartbeat?: THeartbeatThread): Promise<TExecutionOutcome> {
  heartbeat?.track(stepRunId);
  try {
    return await executeTracked(prisma, stepRunId, workerId);
  } finally {
    heartbeat?.untrack(stepRunId);
  }
}

async function executeTracked(prisma: TPrisma, stepRunId: string, workerId: string): Promise<TExecutionOutcome> {
  const run = await prisma.stepRun.findUniqueOrThrow({
    where: { id: stepRunId },
    select: {
      id: true,
      mode: true,
      attempt: true,
      stepId: true,
      deploymentId: true,
      step: { select: stepDetailSelect },
      deployment: {
        select: {
          name: true,
          environment: {
            select: { targetUrlCiphertext: true, httpAllowList: true, databases: { select: { name: true, targetUrlCiphertext: true }, orderBy: { position: "asc" } } },
          },
        },
      },
    },
  });
  const output = new OutputBuffer(OUTPUT_CAP_CHARS);
  let isFlushing = false;
  const flush = async () => {
    if (isFlushing) return;
    isFlushing = true;
    try {
      const chunk = output.take();
      await prisma.$executeRaw`
        UPDATE "StepRun" SET output = output || ${chunk.text}, "isOutputTruncated" = "isOutputTruncated" OR ${chunk.isTruncated}, "heartbeatAt" = (now() AT TIME ZONE 'UTC')
        WHERE id = ${stepRunId} AND status = 'RUNNING' AND "workerId" = ${workerId}`;
      // streamed output is live work too; a heartbeat alone shows nothing new
      if (chunk.text.length || chunk.isTruncated) await announceOutput(prisma, run.deploymentId);
    } catch (error) {
      // a missed heartbeat is retried in a second; the sweep allows for many
      console.error(`step worker ${workerId}: output flush for run ${stepRunId} failed`, describeForLog(error));
    } finally {
      isFlushing = false;
    }
  };
  const heartbeat = setInterval(() => void flush(), FLUSH_INTERVAL_MS);
  // issue 11 item 3: each lock-timeout retry is kept on the running row as it happens, so the
  // cockpit shows the waits live; the finished result (finishStepRun) carries the same list
  let lockRetryWrite: Promise<void> = Promise.resolve();
  const onLockRetry = (retries: readonly TLockRetry[]) => {
    lockRetryWrite = lockRetryWrite.then(async () => {
      try {
        await prisma.$executeRaw`
          UPDATE "StepRun" SET result = ${JSON.stringify({ lockRetries: retries })}::jsonb
          WHERE id = ${stepRunId} AND status = 'RUNNING' AND "workerId" = ${workerId}`;
        await announceOutput(prisma, run.deploymentId);
      } catch (error) {
        // the output says the same; the finished result keeps the list whatever happens here
        console.error(`step worker ${workerId}: lock retry record for run ${stepRunId} failed`, describeForLog(error));
      }
    });
  };

  let outcome: TExecutionOutcome;
  try {
    // a RESTORE of a fanned-out backup fans out over the backup's targets (run-fan-out.ts restoreFanOutOf)
    outcome = await executeRun(
      run,
      output,
      run.step.fanOut || run.step.kind === "RESTORE" ? fanOutHooks(prisma, { ...run, stepRunId }, () => void flush()) : undefined,
      onLockRetry,
    );
  } catch (error) {
    // the executors catch what they expect; this is a bug or an outage — never shown raw
    console.error(`step worker ${workerId}: run ${stepRunId} crashed`, describeForLog(error));
    outcome = { status: "FAILED", result: {}, errorMessage: "The step could not be executed because of an internal error; see the server log.", summary: "internal error" };
  } finally {
    clearInterval(heartbeat);
  }
  await lockRetryWrite;
  while (isFlushing) await new Promise((r) => setTimeout(r, 20));
  const rest = output.take();
  await finishStepRun({ prisma, stepRunId, workerId, outcome, outputTail: rest.text, isOutputTruncated: rest.isTruncated });
  return outcome;
}

type TRunToExecute = {
  mode: "RUN" | "REHEARSAL";
  deploymentId: string;
  step: Prisma.StepGetPayload<{ select: typeof stepDetailSelect }>;
  deployment: { name: string; environment: { targetUrlCiphertext: string | null; httpAllowList: string[]; databases: { name: string; targetUrlCiphertext: string }[] } };
};

/**
 * How a fanned-out run records its targets (issue 15 item 2): every target a row of this run, the
 * successes of the previous attempt (and what it carried) copied as carried, each target moved to
 * RUNNING and to its outcome as it happens — each a write of its own, with the deployment's
 * viewers told, so the cockpit counts along.
 */
function fanOutHooks(
  prisma: TPrisma,
  run: { stepRunId: string; deploymentId: string; stepId: string; mode: "RUN" | "REHEARSAL"; attempt: number },
  flush: () => void,
): TFanOutHooks {
  let earlier: Prisma.StepRunTargetGetPayload<object>[] = [];
  const tell = () => announceOutput(prisma, run.deploymentId).catch((error: unknown) => console.error("live feed: announcing fan-out progress failed", describeForLog(error)));
  return {
    loadCarried: async () => {
      if (run.attempt > 1) {
        // the attempt before this one holds every success so far: its own and what it carried
        const previous = await prisma.stepRun.findFirst({
          where: { deploymentId: run.deploymentId, stepId: run.stepId, mode: run.mode, attempt: { lt: run.attempt } },
          orderBy: { attempt: "desc" },
          select: { targets: { where: { status: "SUCCEEDED" } } },
        });
        earlier = previous?.targets ?? [];
      }
      return new Map(earlier.map((t) => [t.schemaName, t.fromAttempt]));
    },
    onResolved: async (targets) => {
      const byName = new Map(earlier.map((t) => [t.schemaName, t]));
      await prisma.stepRunTarget.createMany({
        data: targets.map((t) => {
          const from = byName.get(t.schemaName);
          return from && t.carriedFromAttempt !== null
            ? {
                stepRunId: run.stepRunId,
                position: t.position,
                schemaName: t.schemaName,
                isDatabase: t.isDatabase,
                status: "SUCCEEDED" as const,
                fromAttempt: from.fromAttempt,
                startedAt: from.startedAt,
                finishedAt: from.finishedAt,
                durationMs: from.durationMs,
                rowCount: from.rowCount,
                summary: from.summary,
                output: from.output,
                result: from.result ?? undefined,
              }
            : { stepRunId: run.stepRunId, position: t.position, schemaName: t.schemaName, isDatabase: t.isDatabase, fromAttempt: run.attempt };
        }),
      });
      await tell();
    },
    onTargetStarted: async (schemaName) => {
      await prisma.$executeRaw`
        UPDATE "StepRunTarget" SET status = 'RUNNING', "startedAt" = (now() AT TIME ZONE 'UTC')
        WHERE "stepRunId" = ${run.stepRunId} AND "schemaName" = ${schemaName}`;
    },
    onTargetFinished: async (r) => {
      await prisma.$executeRaw`
        UPDATE "StepRunTarget"
        SET status = ${r.status}::"StepRunStatus", "finishedAt" = (now() AT TIME ZONE 'UTC'), "durationMs" = ${r.durationMs}, "rowCount" = ${r.rowCount},
            summary = ${r.summary}, output = ${r.output}, "errorMessage" = ${r.errorMessage}, "errorCode" = ${r.errorCode}, result = ${JSON.stringify(r.result)}::jsonb
        WHERE "stepRunId" = ${run.stepRunId} AND "schemaName" = ${r.schemaName}`;
      flush();
      await tell();
    },
  };
}

async function executeRun(
  run: TRunToExecute,
  output: OutputBuffer,
  hooks: TFanOutHooks | undefined,
  onLockRetry: (retries: readonly TLockRetry[]) => void,
): Promise<TExecutionOutcome> {
  const { step, deployment } = run;
  if (step.kind === "MANUAL") return { status: "FAILED", result: {}, errorMessage: "A manual step is marked done by a person, not run.", summary: "not runnable" };
  let targetUrl: string | null = null;
  if (isTargetDatabaseStepKind(step.kind)) {
    if (!deployment.environment.targetUrlCiphertext) {
      return { status: "FAILED", result: {}, errorMessage: "This environment has no target database: an administrator sets one under Admin → Environments.", summary: "no target" };
    }
    try {
      targetUrl = decryptSecret(deployment.environment.targetUrlCiphertext);
    } catch {
      return { status: "FAILED", result: {}, errorMessage: "The environment's target could not be decrypted with this server's PHASELINE_SECRET_KEY.", summary: "no target" };
    }
  }
  // issue 15: a RESTORE finds only the backup its own deployment took under the key
  let backup: TStoredBackup | null = null;
  if (step.kind === "RESTORE" && step.backupKey) {
    const stored = await getPrisma().deploymentBackup.findUnique({
      where: { deploymentId_key: { deploymentId: run.deploymentId, key: step.backupKey } },
      select: { key: true, deploymentId: true, schemaName: true, tables: true, droppedAt: true },
    });
    if (stored) backup = { ...stored, tables: ZBackupTables.parse(stored.tables) };
  }
  // issue 15 item 2: a fan-out over the group's databases — or the RESTORE of a backup taken over
  // them — gets their URLs, decrypted only for this run
  let groupDatabases: TGroupDatabase[] | undefined;
  if (isTargetDatabaseStepKind(step.kind) && (readFanOut(step.fanOut)?.over === "DATABASES" || (backup !== null && isBackupOverDatabases(backup.tables)))) {
    groupDatabases = [];
    for (const d of deployment.environment.databases) {
      try {
        groupDatabases.push({ name: d.name, targetUrl: decryptSecret(d.targetUrlCiphertext) });
      } catch {
        return {
          status: "FAILED",
          result: {},
          errorMessage: `The group database "${d.name}" could not be decrypted with this server's PHASELINE_SECRET_KEY: an administrator enters its URL again. Nothing ran.`,
          summary: "no target",
        };
      }
    }
  }
  let baseline: { columns: string[]; rows: Record<string, unknown>[] } | null = null;
  if (step.kind === "BASELINE_COMPARE" && step.baselineName) {
    const stored = await getPrisma().baseline.findUnique({
      where: { deploymentId_name: { deploymentId: run.deploymentId, name: step.baselineName } },
      select: { columns: true, rows: true },
    });
    if (stored) baseline = { columns: stored.columns as string[], rows: stored.rows as Record<string, unknown>[] };
  }
  const executable: TExecutableStep = { ...step, kind: step.kind };
  return executeStepOnTarget(executable, {
    targetUrl,
    applicationName: `phaseline:${deployment.name}`.slice(0, 63),
    mode: run.mode,
    httpAllowList: deployment.environment.httpAllowList,
    isCommandsEnabled: getEnv().PHASELINE_ENABLE_COMMANDS,
    baseline,
    deploymentId: run.deploymentId,
    backup,
    ...(groupDatabases ? { groupDatabases } : {}),
    ...(hooks ? { fanOutHooks: hooks } : {}),
    onLockRetry,
    onOutput: (chunk) => output.push(chunk),
  });
}

/** Output gathered between flushes, capped over the run's whole life. */
class OutputBuffer {
  private pending = "";
  private kept = 0;
  private isCut = false;
  constructor(private readonly cap: number) {}
  push(chunk: string) {
    if (this.isCut) return;
    const room = this.cap - this.kept;
    if (chunk.length > room) {
      this.pending += chunk.slice(0, room) + `\n[output cut at ${this.cap.toLocaleString("en")} characters]\n`;
      this.kept = this.cap;
      this.isCut = true;
      return;
    }
    this.pending += chunk;
    this.kept += chunk.length;
  }
  take(): { text: string; isTruncated: boolean } {
    const text = this.pending;
    this.pending = "";
    return { text, isTruncated: this.isCut };
  }
}

/** An error for the server log: its class and code, and a message only when it is ours. */
function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 200);
  const code = (error as { code?: unknown }).code;
  return `${error.name}${code ? ` (${String(code)})` : ""}`;
}

// ---------------------------------------------------------------------------------------------
// The loop

type TWorkerHandle = { workerId: string; stop: () => Promise<void> };
const globalForWorkers = globalThis as unknown as { phaselineStepWorkers?: TWorkerHandle };

/**
 * Starts this process's workers once: the start-up recovery (rule 6), `concurrency` claim loops
 * (PHASELINE_STEP_CONCURRENCY, default 8: steps wait on their target, not on this CPU), the
 * heartbeat thread, and a periodic sweep for runs whose worker died elsewhere.
 */
export function startStepWorkers(options: { prisma?: TPrisma; concurrency?: number; databaseUrl?: string } = {}): TWorkerHandle {
  if (globalForWorkers.phaselineStepWorkers) return globalForWorkers.phaselineStepWorkers;
  const prisma = options.prisma ?? getPrisma();
  const workerId = newWorkerId();
  let isStopped = false;
  const loops: Promise<void>[] = [];
  const databaseUrl = options.databaseUrl ?? getEnv().DATABASE_URL;
  const heartbeat = databaseUrl ? startHeartbeatThread({ databaseUrl, workerId, intervalMs: HEARTBEAT_INTERVAL_MS }) : undefined;

  const claimLoop = async () => {
    while (!isStopped) {
      try {
        const id = await claimNextStepRun(prisma, workerId);
        if (id) {
          await executeClaimedStepRun(prisma, id, workerId, heartbeat);
          continue;
        }
      } catch (error) {
        console.error(`step worker ${workerId}: claim failed`, describeForLog(error));
      }
      await waitForWake(POLL_INTERVAL_MS);
    }
  };
  const sweepLoop = async () => {
    while (!isStopped) {
      try {
        const interrupted = await recoverInterruptedStepRuns({ prisma, staleAfterMs: HEARTBEAT_STALE_MS });
        if (interrupted.length) console.log(`step worker ${workerId}: ${interrupted.length} run(s) whose worker stopped are now INTERRUPTED`);
      } catch (error) {
        console.error(`step worker ${workerId}: sweep failed`, describeForLog(error));
      }
      await new Promise((r) => setTimeout(r, SWEEP_INTERVAL_MS));
    }
  };

  loops.push(sweepLoop());
  for (let i = 0; i < (options.concurrency ?? getEnv().PHASELINE_STEP_CONCURRENCY); i++) loops.push(claimLoop());
  const handle: TWorkerHandle = {
    workerId,
    stop: async () => {
      isStopped = true;
      globalForWorkers.phaselineStepWorkers = undefined;
      await heartbeat?.stop();
    },
  };
  globalForWorkers.phaselineStepWorkers = handle;
  return handle;
}
