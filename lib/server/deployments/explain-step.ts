// EXPLAIN of a SQL step on demand, for the reviewer (issue 11 item 6; PRODUCT.md: the DBA
// "reviews the SQL a runbook will run"). The plan is asked of the deployment's own target, in a
// read-only transaction with the step's limits, and nothing is executed (explain-statements.ts).
//
// The target is asked with no app transaction open (the executor's rule: the target is never
// waited on inside one); then one transaction appends step.explained — or, for a refusal, the
// refusal is decided again under the deployment's lock and audited by changeDeployment.
import "server-only";
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { decryptSecret } from "@/lib/crypto";
import { NotFoundError } from "@/lib/errors";
import { isFinalDeployment, type TDeploymentStatus } from "@/lib/domain/deployment/state-machine";
import type { TStepExplanation } from "@/lib/domain/sql/explain";
import { explainStatements } from "@/lib/server/execution/explain-statements";
import { formatSqlError, prepareScript, sqlLimitsOf } from "@/lib/server/execution/run-sql";
import { changeDeployment, ensure, type TDeploymentActor } from "./change-deployment";

export type { TStepExplanation };

/** Why an EXPLAIN is refused before the target is asked, or null. Pure. */
export function decideExplainStep(input: { deploymentStatus: TDeploymentStatus; stepKind: string | null; hasTarget: boolean }): string | null {
  if (input.stepKind === null) return "This step is not part of the deployment's runbook version.";
  if (input.stepKind !== "SQL") return "Only a SQL step can be explained.";
  if (isFinalDeployment(input.deploymentStatus)) return "The deployment has ended: its target is no longer reviewed through it.";
  if (!input.hasTarget) return "This environment has no target database: an administrator sets one under Admin → Environments.";
  return null;
}

export async function explainStep(input: { deploymentId: string; stepId: string; actor: TDeploymentActor; prisma?: TPrisma }): Promise<TStepExplanation> {
  const prisma = input.prisma ?? getPrisma();
  const deployment = await prisma.deployment.findUnique({
    where: { id: input.deploymentId },
    select: { name: true, status: true, runbookVersionId: true, environment: { select: { targetUrlCiphertext: true } } },
  });
  if (!deployment) throw new NotFoundError("This deployment does not exist.");
  const step = await prisma.step.findFirst({
    where: { id: input.stepId, phase: { versionId: deployment.runbookVersionId } },
    select: { id: true, kind: true, title: true, sql: true, statementTimeoutMs: true, lockTimeoutMs: true, outsideTransaction: true },
  });
  const ciphertext = deployment.environment.targetUrlCiphertext;
  let refusal = decideExplainStep({ deploymentStatus: deployment.status, stepKind: step?.kind ?? null, hasTarget: !!ciphertext });

  let explanation: TStepExplanation | null = null;
  let failure: string | null = null;
  if (refusal === null && step && ciphertext) {
    // the executor's own refusals (a SET of a guard rail, BEGIN inside the step) stop it here too
    const prepared = await prepareScript(step.sql, "a SQL step", { isOutsideTransaction: step.outsideTransaction });
    if (!prepared.ok) refusal = `The script would be refused when it runs, so it is not explained: ${formatSqlError(prepared.error)}`;
    else {
      let targetUrl: string;
      try {
        targetUrl = decryptSecret(ciphertext);
      } catch {
        targetUrl = "";
        failure = "The environment's target could not be decrypted with this server's PHASELINE_SECRET_KEY.";
      }
      if (!failure) {
        const limits = sqlLimitsOf(step);
        const outcome = await explainStatements({ targetUrl, applicationName: `phaseline:${deployment.name}`.slice(0, 63), statements: prepared.statements, limits });
        if (outcome.ok) {
          explanation = { stepId: step.id, stepTitle: step.title, statements: outcome.statements, isCut: outcome.isCut, limits, durationMs: outcome.durationMs };
        } else failure = outcome.error;
      }
    }
  }

  return changeDeployment({ deploymentId: input.deploymentId, actor: input.actor, action: "step.explain", target: `step:${input.stepId}`, prisma }, async (ctx) => {
    ensure(refusal === null ? { ok: true } : { ok: false, reason: refusal });
    // decided again under the lock: a deployment that ended meanwhile is refused, not recorded
    ensure(
      isFinalDeployment(ctx.deployment.status as TDeploymentStatus)
        ? { ok: false, reason: "The deployment has ended: its target is no longer reviewed through it." }
        : { ok: true },
    );
    ensure(failure === null ? { ok: true } : { ok: false, reason: `The target could not explain the step: ${failure}` });
    const listed = explanation?.statements ?? [];
    await ctx.audit(
      {
        type: "step.explained",
        payload: {
          stepId: input.stepId,
          stepTitle: step?.title ?? "",
          statements: listed.length,
          explained: listed.filter((s) => s.status === "EXPLAINED").length,
          failed: listed.filter((s) => s.status === "FAILED").length,
        },
      },
      { type: "step", id: input.stepId },
    );
    return explanation as TStepExplanation;
  });
}
