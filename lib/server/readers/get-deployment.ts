import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { parseIdOrThrow } from "./parse-ids";
import { environmentDetailSelect, signoffSelect, signoffSheetLineSelect, userSummarySelect } from "./selects";

/** Step output shown on the page is capped; the full text stays in the database and the report. */
export const STEP_OUTPUT_DISPLAY_CAP = 8_000;

/** What a page shows of a step run; the live cockpit adds its heartbeat (lib/server/readers/get-deployment-cockpit.ts). */
export const stepRunSelect = {
  id: true,
  stepId: true,
  mode: true,
  attempt: true,
  status: true,
  startedAt: true,
  finishedAt: true,
  // output is read apart, cut in SQL (readStepRunOutputs): a 256 kB stream never crosses the wire whole
  isOutputTruncated: true,
  result: true,
  errorMessage: true,
  note: true,
  reconciledAt: true,
  createdAt: true,
  startedBy: { select: userSummarySelect },
  reconciledBy: { select: userSummarySelect },
  // issue 15 item 2: a fanned-out run's result per target schema (their output stays in the row)
  targets: {
    orderBy: { position: "asc" },
    select: { schemaName: true, status: true, fromAttempt: true, durationMs: true, rowCount: true, summary: true, errorMessage: true, errorCode: true },
  },
} satisfies Prisma.StepRunSelect;

const phaseRunSelect = {
  id: true,
  procedure: true,
  position: true,
  status: true,
  /** moves with every checklist tick: a group tick names it (issue 18 item 4) */
  version: true,
  activatedAt: true,
  completedAt: true,
  reason: true,
  phase: {
    select: {
      id: true,
      title: true,
      objective: true,
      estimatedMinutes: true,
      failurePolicy: true,
      isPointOfNoReturn: true,
      requiredSignoffRoles: true,
      steps: { orderBy: { position: "asc" }, select: { id: true, position: true, kind: true, title: true } },
      checklistItems: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true, isRequired: true } },
      successCriteria: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, text: true, step: { select: { id: true, position: true, title: true } } },
      },
    },
  },
  stepRuns: { orderBy: [{ createdAt: "asc" }, { attempt: "asc" }], select: stepRunSelect },
  checklistTicks: {
    select: { id: true, checklistItemId: true, isTicked: true, tickedAt: true, tickedBy: { select: userSummarySelect } },
  },
  criterionResults: {
    select: { id: true, criterionId: true, isMet: true, evidence: true, metAt: true, stepRunId: true, metBy: { select: userSummarySelect } },
  },
  signoffs: { orderBy: { createdAt: "asc" }, select: signoffSelect },
  waivers: {
    orderBy: { createdAt: "asc" },
    select: { id: true, stepId: true, reason: true, createdAt: true, waivedBy: { select: userSummarySelect } },
  },
} satisfies Prisma.PhaseRunSelect;

const deploymentDetailSelect = {
  id: true,
  name: true,
  status: true,
  statusReason: true,
  followUpStatus: true,
  plannedStart: true,
  plannedEnd: true,
  startedAt: true,
  finishedAt: true,
  rollbackStartedAt: true,
  createdAt: true,
  updatedAt: true,
  environment: { select: environmentDetailSelect },
  lead: { select: userSummarySelect },
  createdBy: { select: userSummarySelect },
  runbookVersion: {
    select: {
      id: true,
      number: true,
      title: true,
      riskLevel: true,
      runbookId: true,
      estimatedMinutes: true,
      signoffSheet: { orderBy: { position: "asc" }, select: signoffSheetLineSelect },
    },
  },
  phaseRuns: { orderBy: [{ procedure: "asc" }, { position: "asc" }], select: phaseRunSelect },
  // deployment-wide sign-offs: the sign-off sheet and point-of-no-return approvals (rule 4)
  signoffs: { where: { phaseRunId: null }, orderBy: { createdAt: "asc" }, select: signoffSelect },
} satisfies Prisma.DeploymentSelect;

type TDeploymentRow = Prisma.DeploymentGetPayload<{ select: typeof deploymentDetailSelect }>;
type TRunWithOutput<R> = R & { output: string };
type TPhaseRunRow = TDeploymentRow["phaseRuns"][number];
export type TPhaseRunDetail = Omit<TPhaseRunRow, "stepRuns"> & { stepRuns: TRunWithOutput<TPhaseRunRow["stepRuns"][number]>[] };
export type TStepRunDetail = TPhaseRunDetail["stepRuns"][number];
export type TSignoffDetail = TDeploymentRow["signoffs"][number];
export type TDeploymentDetail = Omit<TDeploymentRow, "phaseRuns"> & { phaseRuns: TPhaseRunDetail[] };

/**
 * The shown part of every step run's output of one deployment, cut by Postgres: the first `cap`
 * characters (`keep: "start"`, a record) or the last (`"end"`, a live stream, where the step is).
 * Map of step run id → { output, isCut }.
 */
export async function readStepRunOutputs(deploymentId: string, cap: number, keep: "start" | "end"): Promise<Map<string, { output: string; isCut: boolean }>> {
  const rows = await getPrisma().$queryRaw<{ id: string; output: string; isCut: boolean }[]>`
    SELECT id, CASE WHEN ${keep} = 'end' THEN right(output, ${cap}::int) ELSE left(output, ${cap}::int) END AS output, length(output) > ${cap}::int AS "isCut"
    FROM "StepRun" WHERE "deploymentId" = ${deploymentId}`;
  return new Map(rows.map((r) => [r.id, { output: r.output, isCut: r.isCut }]));
}

/** One deployment with its phase runs (main, then rollback), step runs, ticks, results and sign-offs. */
export async function getDeployment(deploymentId: string): Promise<TDeploymentDetail> {
  const id = parseIdOrThrow("deployment", deploymentId);
  const [deployment, outputs] = await Promise.all([
    getPrisma().deployment.findUnique({ where: { id }, select: deploymentDetailSelect }),
    readStepRunOutputs(id, STEP_OUTPUT_DISPLAY_CAP, "start"),
  ]);
  if (!deployment) throw new NotFoundError("This deployment does not exist.");
  return {
    ...deployment,
    phaseRuns: deployment.phaseRuns.map((phaseRun) => ({
      ...phaseRun,
      stepRuns: phaseRun.stepRuns.map((stepRun) => {
        const shown = outputs.get(stepRun.id);
        return { ...stepRun, output: shown?.output ?? "", isOutputTruncated: stepRun.isOutputTruncated || (shown?.isCut ?? false) };
      }),
    })),
  };
}
