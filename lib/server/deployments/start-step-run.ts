import "server-only";
// Run (or rehearse) a step: records attempt N as QUEUED and leaves the execution to a worker
// (lib/server/execution/worker.ts), so a long script never holds the request. Rule 5: the row
// lock on the deployment and the unique (deployment, step, mode, attempt) together make twenty
// simultaneous clicks one run; a retry names the next attempt explicitly.
import { decideStartStep } from "@/lib/domain/deployment/state-machine";
import type { TStartStepRun } from "@/lib/domain/deployment/inputs";
import type { TPrisma } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { wakeStepWorkers } from "@/lib/server/execution/worker-signal";
import { changeDeployment, ensure, type TDeploymentActor } from "./change-deployment";
import { getPhase } from "./deployment-snapshot";
import { withdrawApprovalsAfterRerun } from "./withdraw-approvals";
import { currentTime } from "@/lib/clock";

export async function startStepRun(input: TStartStepRun & { actor: TDeploymentActor; prisma?: TPrisma }): Promise<{ stepRunId: string; attempt: number }> {
  const result = await changeDeployment(
    {
      deploymentId: input.deploymentId,
      actor: input.actor,
      action: input.mode === "REHEARSAL" ? "step.rehearse" : "step.run",
      target: `step:${input.stepId}#${input.attempt}`,
      prisma: input.prisma,
      duplicateMessage: `Attempt ${input.attempt} of this step has already been made. Reload to see it.`,
    },
    async (ctx) => {
      const phase = getPhase(ctx.snapshot, input.phaseRunId);
      ensure(decideStartStep(ctx.snapshot, input.phaseRunId, input.stepId, { mode: input.mode, attempt: input.attempt, isCommandsEnabled: getEnv().PHASELINE_ENABLE_COMMANDS }));
      const step = phase.steps.find((s) => s.stepId === input.stepId)!;
      const run = await ctx.tx.stepRun.create({
        data: {
          deploymentId: input.deploymentId,
          phaseRunId: phase.phaseRunId,
          stepId: input.stepId,
          mode: input.mode,
          attempt: input.attempt,
          // queued: a worker claims it (→ RUNNING) within a second; until then it never touched the target
          status: "QUEUED",
          startedById: input.actor.id,
          startedAt: currentTime(),
          createdAt: currentTime(),
        },
        select: { id: true },
      });
      await ctx.audit(
        { type: "step.started", payload: { stepRunId: run.id, stepTitle: step.title, kind: step.kind, mode: input.mode, attempt: input.attempt } },
        { type: "step_run", id: run.id },
      );
      if (input.mode === "RUN") await withdrawApprovalsAfterRerun(ctx, phase, step.title, input.actor.name);
      return { stepRunId: run.id, attempt: input.attempt };
    },
  );
  wakeStepWorkers();
  return result;
}
