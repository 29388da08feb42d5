import "server-only";
// A MANUAL step is done by a person: they mark it done or failed with a note. Recorded as an
// attempt like any other step, so a failure applies the phase's policy and a retry is explicit.
import { decideManualStep } from "@/lib/domain/deployment/state-machine";
import type { TPrisma } from "@/lib/db/client";
import { changeDeployment, ensure, type TDeploymentActor } from "./change-deployment";
import { getPhase } from "./deployment-snapshot";
import { applyFailurePolicy } from "./apply-failure-policy";
import { withdrawApprovalsAfterRerun } from "./withdraw-approvals";
import { currentTime } from "@/lib/clock";

export async function recordManualStep(input: {
  deploymentId: string;
  phaseRunId: string;
  stepId: string;
  attempt: number;
  status: "SUCCEEDED" | "FAILED";
  note: string;
  actor: TDeploymentActor;
  prisma?: TPrisma;
}) {
  return changeDeployment(
    {
      deploymentId: input.deploymentId,
      actor: input.actor,
      action: "step.record",
      target: `step:${input.stepId}#${input.attempt}`,
      prisma: input.prisma,
      duplicateMessage: "This step was recorded meanwhile. Reload to see it.",
    },
    async (ctx) => {
      const phase = getPhase(ctx.snapshot, input.phaseRunId);
      ensure(decideManualStep(ctx.snapshot, input.phaseRunId, input.stepId, input.attempt));
      const step = phase.steps.find((s) => s.stepId === input.stepId)!;
      const now = currentTime();
      const run = await ctx.tx.stepRun.create({
        data: {
          deploymentId: input.deploymentId,
          phaseRunId: phase.phaseRunId,
          stepId: input.stepId,
          mode: "RUN",
          attempt: input.attempt,
          status: input.status,
          startedById: input.actor.id,
          startedAt: now,
          finishedAt: now,
          createdAt: now,
          note: input.note || null,
        },
        select: { id: true },
      });
      await ctx.audit(
        { type: "step.recorded", payload: { stepRunId: run.id, stepTitle: step.title, status: input.status, attempt: input.attempt, note: input.note } },
        { type: "step_run", id: run.id },
      );
      await withdrawApprovalsAfterRerun(ctx, phase, step.title, input.actor.name);
      if (input.status === "FAILED") await applyFailurePolicy(ctx, phase, `"${step.title}" was marked failed`);
      return { stepRunId: run.id };
    },
  );
}
