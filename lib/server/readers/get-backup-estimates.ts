import "server-only";
// What each BACKUP step of a deployment would copy, estimated on the target before it runs
// (issue 15: the estimate is shown before it runs — in the pre-flight and on the cockpit's step):
// pg_total_relation_size of each table, or the filtered rows' size. Read-only, one short session
// per step, unaudited; a step whose estimate is above its limit will be refused when it runs.
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { decryptSecret } from "@/lib/crypto";
import { BYTES_PER_MB } from "@/lib/domain/execution/backup";
import { STEP_DEFAULTS } from "@/lib/domain/runbook/draft";
import { readFanOut, type TFanOut } from "@/lib/domain/runbook/fan-out";
import { estimateFanOutBackup, resolveBackupTables } from "@/lib/server/execution/run-backup";
import { resolveDatabaseTargets, resolveFanOutTargets, type TGroupDatabase } from "@/lib/server/execution/run-fan-out";
import type { TExecutionContext } from "@/lib/server/execution/execute-step";
import { formatSqlError } from "@/lib/server/execution/run-sql";

export type TBackupEstimate = {
  stepId: string;
  title: string;
  /** null when the estimate could not be made (the error says why) */
  estimatedBytes: number | null;
  maxBytes: number;
  isTooLarge: boolean;
  error: string | null;
};

/** Estimates for the deployment's BACKUP steps that have not succeeded yet (each at most a few catalog queries). */
export async function getBackupEstimates(deploymentId: string, client?: TPrisma): Promise<TBackupEstimate[]> {
  const prisma = client ?? getPrisma();
  const deployment = await prisma.deployment.findUnique({
    where: { id: deploymentId },
    select: {
      name: true,
      environment: { select: { targetUrlCiphertext: true, databases: { select: { name: true, targetUrlCiphertext: true }, orderBy: { position: "asc" } } } },
      runbookVersion: {
        select: {
          phases: {
            orderBy: [{ procedure: "asc" }, { position: "asc" }],
            select: {
              steps: {
                where: { kind: "BACKUP" },
                orderBy: { position: "asc" },
                select: {
                  id: true,
                  title: true,
                  kind: true,
                  backupTables: true,
                  backupFilter: true,
                  backupMaxMb: true,
                  fanOut: true,
                  statementTimeoutMs: true,
                  lockTimeoutMs: true,
                  stepRuns: { where: { deploymentId, mode: "RUN", status: "SUCCEEDED" }, select: { id: true }, take: 1 },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!deployment) return [];
  const steps = deployment.runbookVersion.phases.flatMap((p) => p.steps).filter((s) => s.stepRuns.length === 0);
  if (steps.length === 0) return [];
  let targetUrl: string | null = null;
  try {
    targetUrl = deployment.environment.targetUrlCiphertext ? decryptSecret(deployment.environment.targetUrlCiphertext) : null;
  } catch {
    targetUrl = null;
  }
  const estimates: TBackupEstimate[] = [];
  // one after another: the embedded target answers one session at a time
  for (const step of steps) {
    const maxBytes = (step.backupMaxMb ?? STEP_DEFAULTS.backupMaxMb) * BYTES_PER_MB;
    const base = { stepId: step.id, title: step.title, maxBytes };
    if (!targetUrl) {
      estimates.push({ ...base, estimatedBytes: null, isTooLarge: false, error: "The environment has no target database Phaseline can read." });
      continue;
    }
    const estimateStep = {
      kind: "BACKUP" as const,
      backupTables: step.backupTables,
      backupFilter: step.backupFilter,
      statementTimeoutMs: Math.min(step.statementTimeoutMs ?? 10_000, 10_000),
      lockTimeoutMs: step.lockTimeoutMs,
    };
    const ctx = {
      targetUrl,
      applicationName: `phaseline:${deployment.name}:estimate`.slice(0, 63),
      mode: "REHEARSAL" as const,
      httpAllowList: [],
      isCommandsEnabled: false,
      baseline: null,
      onOutput: () => {},
    };
    const resolved = await estimateBackup(estimateStep, ctx, readFanOut(step.fanOut), () => groupDatabasesOf(deployment.environment.databases));
    estimates.push(
      resolved.ok
        ? { ...base, estimatedBytes: resolved.estimatedBytes, isTooLarge: resolved.estimatedBytes > maxBytes, error: null }
        : { ...base, estimatedBytes: null, isTooLarge: false, error: formatSqlError(resolved.error) },
    );
  }
  return estimates;
}

/** The group's databases with their URLs decrypted for this estimate only (never returned); null when one cannot be decrypted. */
function groupDatabasesOf(rows: readonly { name: string; targetUrlCiphertext: string }[]): TGroupDatabase[] | null {
  try {
    return rows.map((d) => ({ name: d.name, targetUrl: decryptSecret(d.targetUrlCiphertext) }));
  } catch {
    return null;
  }
}

/** One backup's estimate; fanned out (issue 15 item 2), summed over the schemas — or the group's databases — its fan-out names now. */
async function estimateBackup(
  step: Parameters<typeof resolveBackupTables>[0],
  ctx: TExecutionContext,
  fanOut: TFanOut | null,
  groupDatabases: () => TGroupDatabase[] | null,
): Promise<{ ok: true; estimatedBytes: number } | { ok: false; error: { code: string | null; message: string } }> {
  if (!fanOut) return resolveBackupTables(step, ctx);
  if (fanOut.over === "DATABASES") {
    const group = groupDatabases();
    if (!group) return { ok: false, error: { code: null, message: "A group database's URL could not be decrypted with this server's PHASELINE_SECRET_KEY." } };
    const targets = resolveDatabaseTargets(fanOut, group);
    if (!targets.ok) return { ok: false, error: { code: null, message: targets.message } };
    const urlOf = new Map(targets.databases.map((d) => [d.name, d.targetUrl]));
    const estimate = await estimateFanOutBackup(
      step,
      ctx,
      targets.databases.map((d) => d.name),
      (name) => ({ targetUrl: urlOf.get(name) ?? null, searchPath: null, database: name }),
    );
    const failed = estimate.perTarget.find((t) => t.error !== null);
    return failed?.error
      ? { ok: false, error: { code: failed.error.code, message: `In the database ${failed.schemaName}: ${formatSqlError(failed.error)}` } }
      : { ok: true, estimatedBytes: estimate.estimatedBytes };
  }
  const targets = await resolveFanOutTargets(fanOut, { statementTimeoutMs: step.statementTimeoutMs, lockTimeoutMs: step.lockTimeoutMs }, ctx);
  if (!targets.ok) return { ok: false, error: { code: targets.code, message: targets.message } };
  const estimate = await estimateFanOutBackup(
    step,
    ctx,
    targets.schemas.filter((s) => !targets.missing.includes(s)),
  );
  // the pre-flight names the first schema whose tables cannot be found: its backup would fail
  const failed = estimate.perTarget.find((t) => t.error !== null);
  return failed?.error
    ? { ok: false, error: { code: failed.error.code, message: `In the schema ${failed.schemaName}: ${formatSqlError(failed.error)}` } }
    : { ok: true, estimatedBytes: estimate.estimatedBytes };
}
