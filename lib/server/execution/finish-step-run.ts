// Records a run's outcome in one transaction (rule 8): the run row, a captured baseline, the
// criteria bound to the step, the audit event, and the phase's failure policy (rule 7). Only the
// worker that claimed the run may finish it: a run the sweep declared INTERRUPTED meanwhile stays
// so — a person reconciles it — and the late outcome is recorded beside it (lateStatus …).
import "server-only";
import type { TPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { changeDeployment } from "@/lib/server/deployments/change-deployment";
import { applyFailurePolicy } from "@/lib/server/deployments/apply-failure-policy";
import type { TExecutionOutcome } from "./execute-step";
import { currentTime } from "@/lib/clock";
import type { TTx } from "@/lib/db/client";
import { backupSchemaName, backupSchemasOf, ZBackupTables, type TBackupTable } from "@/lib/domain/execution/backup";
import type { TTakenBackup } from "./run-backup";

export async function finishStepRun(input: {
  prisma: TPrisma;
  stepRunId: string;
  workerId: string;
  outcome: TExecutionOutcome;
  outputTail: string;
  isOutputTruncated: boolean;
}): Promise<boolean> {
  const { prisma, stepRunId, workerId, outcome } = input;
  const run = await prisma.stepRun.findUniqueOrThrow({
    where: { id: stepRunId },
    select: { deploymentId: true, phaseRunId: true, stepId: true, mode: true, attempt: true, step: { select: { title: true, kind: true, baselineName: true, backupKey: true } } },
  });
  return changeDeployment({ deploymentId: run.deploymentId, actor: null, action: "step.finish", target: `step_run:${stepRunId}`, prisma }, async (ctx) => {
    const now = currentTime();
    const { count } = await ctx.tx.$executeRaw`
      UPDATE "StepRun"
      SET status = ${outcome.status}::"StepRunStatus", "finishedAt" = ${now}, "updatedAt" = ${now}, "heartbeatAt" = ${now},
          result = ${JSON.stringify(outcome.result)}::jsonb, "errorMessage" = ${outcome.errorMessage},
          output = output || ${input.outputTail}, "isOutputTruncated" = "isOutputTruncated" OR ${input.isOutputTruncated}
      WHERE id = ${stepRunId} AND status = 'RUNNING' AND "workerId" = ${workerId}`.then((n) => ({ count: n }));
    if (count !== 1) {
      // declared INTERRUPTED meanwhile: the run stays so (a person reconciles it), and what really
      // happened is kept beside it, where the reconciliation shows it (issue 10)
      const late = await ctx.tx.$executeRaw`
        UPDATE "StepRun"
        SET "lateStatus" = ${outcome.status}::"StepRunStatus", "lateFinishedAt" = ${now}, "lateResult" = ${JSON.stringify(outcome.result)}::jsonb,
            "lateErrorMessage" = ${outcome.errorMessage}, output = output || ${input.outputTail}, "updatedAt" = ${now}
        WHERE id = ${stepRunId} AND status = 'INTERRUPTED' AND "workerId" = ${workerId} AND "lateStatus" IS NULL`;
      if (late === 1) {
        await ctx.audit(
          { type: "step.late_result", payload: { stepRunId, stepTitle: run.step.title, status: outcome.status, summary: outcome.summary.slice(0, 500) } },
          { type: "step_run", id: stepRunId },
        );
      }
      return false;
    }
    const isReal = run.mode === "RUN";
    if (isReal && outcome.status === "SUCCEEDED" && outcome.capturedBaseline && run.step.baselineName) {
      const { columns, rows, rowCount } = outcome.capturedBaseline;
      const data = { stepRunId, columns, rows: rows as Prisma.InputJsonValue, rowCount, capturedAt: now };
      // a retried capture replaces the earlier one: the comparison is against what was captured last
      await ctx.tx.baseline.upsert({
        where: { deploymentId_name: { deploymentId: run.deploymentId, name: run.step.baselineName } },
        create: { deploymentId: run.deploymentId, name: run.step.baselineName, ...data },
        update: data,
      });
      await ctx.audit({ type: "baseline.captured", payload: { name: run.step.baselineName, rowCount } }, { type: "step_run", id: stepRunId });
    }
    // a fanned-out BACKUP: the targets copied so far (this attempt's and those carried from earlier
    // ones), recorded even when another target failed — a copy on the target is never left unlisted
    const taken =
      outcome.takenBackup ??
      (isReal && run.step.kind === "BACKUP" && run.step.backupKey && fanOutCountsOf(outcome.result)
        ? await findFanOutBackup(ctx.tx, stepRunId, run.deploymentId, run.step.backupKey)
        : null);
    if (isReal && taken) {
      // issue 15: the backup is the deployment's from now on, listed on its page until someone drops it
      const { key, schemaName, tables, totalBytes } = taken;
      // issue 15 item 2: each target's backup schema; a group database's is marked (its URL never recorded)
      const targets = backupSchemasOf({ schemaName, tables }).flatMap((s) =>
        s.target ? [{ target: s.target, schemaName: s.schemaName, ...(s.isDatabase ? { isDatabase: true } : {}) }] : [],
      );
      const data = {
        schemaName,
        stepRunId,
        tables: tables as unknown as Prisma.InputJsonValue,
        totalBytes: BigInt(Math.round(totalBytes)),
        takenAt: now,
        droppedAt: null,
        droppedById: null,
      };
      await ctx.tx.deploymentBackup.upsert({
        where: { deploymentId_key: { deploymentId: run.deploymentId, key } },
        create: { deploymentId: run.deploymentId, key, ...data },
        update: data,
      });
      await ctx.audit(
        {
          type: "backup.taken",
          payload: {
            key,
            schemaName,
            tables: tables.map((t) => ({ table: t.table, rowCount: t.rowCount, bytes: t.bytes, checksum: t.checksum })),
            totalBytes,
            ...(targets.length > 0 ? { targets } : {}),
          },
        },
        { type: "step_run", id: stepRunId },
      );
    }
    const fanOut = fanOutCountsOf(outcome.result);
    if (fanOut) {
      await ctx.audit(
        {
          type: "step.fan_out_finished",
          payload: {
            stepRunId,
            stepTitle: run.step.title,
            attempt: run.attempt,
            status: outcome.status,
            ...fanOut,
            ran: fanOut.succeeded + fanOut.failed - fanOut.carried,
            failedSchemas: Array.isArray(outcome.result.failedSchemas) ? (outcome.result.failedSchemas as string[]).slice(0, 20) : [],
          },
        },
        { type: "step_run", id: stepRunId },
      );
    }
    await ctx.audit(
      { type: "step.finished", payload: { stepRunId, stepTitle: run.step.title, status: outcome.status, summary: outcome.summary.slice(0, 500) } },
      { type: "step_run", id: stepRunId },
    );
    if (!isReal) return true;
    const phase = ctx.snapshot.phases.find((p) => p.phaseRunId === run.phaseRunId);
    for (const criterion of phase?.criteria.filter((c) => c.boundStepId === run.stepId) ?? []) {
      const isMet = outcome.status === "SUCCEEDED";
      const evidence = `${run.step.title}: ${outcome.summary}`.slice(0, 2000);
      await ctx.tx.criterionResult.upsert({
        where: { phaseRunId_criterionId: { phaseRunId: run.phaseRunId, criterionId: criterion.criterionId } },
        create: { phaseRunId: run.phaseRunId, criterionId: criterion.criterionId, isMet, evidence, stepRunId, metById: null, metAt: now },
        update: { isMet, evidence, stepRunId, metById: null, metAt: now },
      });
      await ctx.audit(
        { type: "criterion.recorded", payload: { phaseRunId: run.phaseRunId, criterionId: criterion.criterionId, isMet, evidence } },
        { type: "criterion", id: criterion.criterionId },
      );
    }
    if (outcome.status === "FAILED" && phase && phase.status === "ACTIVE") await applyFailurePolicy(ctx, phase, `"${run.step.title}" failed`);
    return true;
  });
}

/** A fanned-out outcome's counts (run-fan-out.ts), or null for a run that did not fan out. */
function fanOutCountsOf(result: Record<string, unknown>) {
  const f = result.fanOut as Record<string, unknown> | undefined;
  if (!f || typeof f !== "object") return null;
  const n = (k: string) => (typeof f[k] === "number" ? (f[k] as number) : 0);
  // issue 15 item 2: over the environment group's databases, or (the default, and older results) schemas
  return {
    over: f.over === "DATABASES" ? ("DATABASES" as const) : ("SCHEMAS" as const),
    source: String(f.source ?? "list"),
    total: n("total"),
    succeeded: n("succeeded"),
    failed: n("failed"),
    notRun: n("notRun"),
    carried: n("carried"),
  };
}

/** What a fanned-out BACKUP run holds: the committed copies of its succeeded targets, in their order; null when none. */
async function findFanOutBackup(tx: TTx, stepRunId: string, deploymentId: string, key: string): Promise<TTakenBackup | null> {
  const targets = await tx.stepRunTarget.findMany({ where: { stepRunId, status: "SUCCEEDED" }, orderBy: { position: "asc" }, select: { result: true } });
  const tables: TBackupTable[] = targets.flatMap((t) => {
    const result = (t.result ?? {}) as Record<string, unknown>;
    if (result.isCommitted !== true) return [];
    const parsed = ZBackupTables.safeParse(result.tables);
    return parsed.success ? parsed.data.filter((table) => table.target && table.backupSchema) : [];
  });
  if (tables.length === 0) return null;
  // the row's schemaName names the backup as a whole; each target's copies are in that target's own schema
  return { key, schemaName: backupSchemaName(deploymentId, key), tables, totalBytes: tables.reduce((sum, t) => sum + t.bytes, 0) };
}
