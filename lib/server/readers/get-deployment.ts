import "server-only";
// The one read model of a deployment (issue 12 item 3): one read of its rows — phase runs, step
// runs, ticks, criteria, waivers, sign-offs, and the shown part of each output cut by Postgres —
// made once per change per instance and shared by every viewer (lib/server/live/view-cache.ts),
// in two modes:
//   live   — the cockpit (deployment-live-view.ts): ISO times, the state machine's decisions, and
//            this viewer's actions; also as JSON text for GET /api/deployments/[id]/cockpit;
//   record — what happened, as the finished page, the report, report.md and GET /api/v1 read it:
//            in full (TDeploymentDetail), or summarised per phase with one phase's detail on demand.
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import type { TSessionUser } from "@/lib/auth/session";
import { parseIdOrThrow } from "./parse-ids";
import { cachedDeploymentView } from "@/lib/server/live/view-cache";
import { summarisePhaseRun, type TPhaseRunDetail, type TPhaseRunSummary, type TSignoffDetail, type TStepRunDetail } from "@/lib/domain/deployment/record-view";
import { environmentDetailSelect, signoffSelect, signoffSheetLineSelect, stepDetailSelect, userSummarySelect } from "./selects";
import { liveJson, liveStreamParts, liveView, type TCockpit, type TLiveStreamParts } from "./deployment-live-view";

/** Step output shown on the record page and the report is its beginning, capped; the full text stays in the database. */
export const STEP_OUTPUT_DISPLAY_CAP = 8_000;
/** Output shown live is the end of the stream: that is where a running step is. */
export const COCKPIT_OUTPUT_CAP = 16_000;

/** What a page shows of a step run; the live view adds its heartbeat and a late worker's report. */
const stepRunSelect = {
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
    select: { schemaName: true, isDatabase: true, status: true, fromAttempt: true, durationMs: true, rowCount: true, summary: true, errorMessage: true, errorCode: true },
  },
  heartbeatAt: true,
  startedById: true,
  lateStatus: true,
  lateFinishedAt: true,
  lateErrorMessage: true,
} satisfies Prisma.StepRunSelect;

/** The deployment's own columns as the record shows them. */
const recordHeaderSelect = {
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
} satisfies Prisma.DeploymentSelect;

/** Everything either mode shows, read in one go. */
const deploymentSelect = {
  ...recordHeaderSelect,
  version: true,
  runbookVersion: { select: { ...recordHeaderSelect.runbookVersion.select, requireSeparationOfDuties: true } },
  phaseRuns: {
    orderBy: [{ procedure: "asc" }, { position: "asc" }],
    select: {
      id: true,
      procedure: true,
      position: true,
      status: true,
      /** moves with every checklist tick: a group tick names it (issue 18 item 4) */
      version: true,
      activatedAt: true,
      awaitingSignoffAt: true,
      dueAt: true,
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
          followUpOffsetMinutes: true,
          requiredSignoffRoles: true,
          notes: true,
          steps: { orderBy: { position: "asc" }, select: { ...stepDetailSelect, language: true } },
          checklistItems: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true, isRequired: true } },
          successCriteria: {
            orderBy: { position: "asc" },
            select: { id: true, position: true, text: true, stepId: true, step: { select: { id: true, position: true, title: true } } },
          },
        },
      },
      stepRuns: { orderBy: [{ createdAt: "asc" }, { attempt: "asc" }], select: stepRunSelect },
      checklistTicks: { select: { id: true, checklistItemId: true, isTicked: true, tickedAt: true, tickedBy: { select: userSummarySelect } } },
      criterionResults: {
        select: { id: true, criterionId: true, isMet: true, evidence: true, metAt: true, stepRunId: true, metBy: { select: userSummarySelect } },
      },
      waivers: { orderBy: { createdAt: "asc" }, select: { id: true, stepId: true, reason: true, createdAt: true, waivedBy: { select: userSummarySelect } } },
    },
  },
  // every sign-off of the deployment: phase sign-offs, the sheet, point-of-no-return approvals (rule 4)
  signoffs: { orderBy: { createdAt: "asc" }, select: { ...signoffSelect, userId: true } },
} satisfies Prisma.DeploymentSelect;

export type TDeploymentRow = Prisma.DeploymentGetPayload<{ select: typeof deploymentSelect }>;
type THeaderRow = Prisma.DeploymentGetPayload<{ select: typeof recordHeaderSelect }>;
export type { TPhaseRunDetail, TSignoffDetail, TStepRunDetail, TCockpit };
export type TDeploymentDetail = THeaderRow & { phaseRuns: TPhaseRunDetail[]; signoffs: TSignoffDetail[] };
/** A finished deployment's record page: the deployment and its phases as summaries (issue 17 item 2). */
export type TDeploymentRecordSummary = Omit<TDeploymentDetail, "phaseRuns"> & { phaseRuns: TPhaseRunSummary[] };

/** The shown parts of one step run's output: its beginning for the record, its end for the live view. */
export type TShownOutput = { start: string; end: string; length: number };

/** The one read of a deployment, and the shapes made from it (each made once, on first use). */
export type TLoadedDeployment = {
  row: TDeploymentRow;
  outputs: Map<string, TShownOutput>;
  /** the database's clock at the read: the server's decisions use it (a follow-up falls due) */
  dbNow: Date;
  /** this process's time (ms) after which the read is void however quiet the deployment: the next follow-up's due time */
  validUntilMs: number;
  memo: { record?: TDeploymentDetail; live?: unknown; liveJson?: string; liveBytes?: Uint8Array };
};

/**
 * The shown parts of every step run's output of one deployment, cut by Postgres: the first
 * STEP_OUTPUT_DISPLAY_CAP characters (a record) and the last COCKPIT_OUTPUT_CAP (a live stream).
 */
async function readStepRunOutputs(deploymentId: string): Promise<Map<string, TShownOutput>> {
  const rows = await getPrisma().$queryRaw<{ id: string; start: string; end: string; length: number }[]>`
    SELECT id, left(output, ${STEP_OUTPUT_DISPLAY_CAP}::int) AS start, right(output, ${COCKPIT_OUTPUT_CAP}::int) AS "end", length(output)::int AS length
    FROM "StepRun" WHERE "deploymentId" = ${deploymentId}`;
  return new Map(rows.map((r) => [r.id, { start: r.start, end: r.end, length: r.length }]));
}

async function loadDeployment(id: string): Promise<TLoadedDeployment> {
  const prisma = getPrisma();
  const [row, outputs, clock] = await Promise.all([
    prisma.deployment.findUnique({ where: { id }, select: deploymentSelect }),
    readStepRunOutputs(id),
    prisma.$queryRaw<{ now: Date }[]>`SELECT now() AS now`,
  ]);
  if (!row) throw new NotFoundError("This deployment does not exist.");
  const dbNow = clock[0]?.now ?? new Date();
  const clockOffsetMs = dbNow.getTime() - Date.now();
  // what is offered turns on the clock where a follow-up falls due: the read lasts until then
  const nextDue = row.phaseRuns.reduce((min, pr) => (pr.dueAt && pr.dueAt > dbNow && pr.dueAt.getTime() < min ? pr.dueAt.getTime() : min), Number.POSITIVE_INFINITY);
  return { row, outputs, dbNow, validUntilMs: nextDue - clockOffsetMs, memo: {} };
}

/** The read, once per change per instance: concurrent and later callers share it until the deployment changes. */
function readDeployment(deploymentId: string): Promise<TLoadedDeployment> {
  const id = parseIdOrThrow("deployment", deploymentId);
  return cachedDeploymentView(
    "deployment",
    id,
    () => loadDeployment(id),
    (v) => v.validUntilMs,
  );
}

function shapeRecord({ row, outputs }: TLoadedDeployment): TDeploymentDetail {
  const pickSignoff = ({ id, scope, role, decision, comment, createdAt, phaseRunId, sheetLineId, user }: TDeploymentRow["signoffs"][number]): TSignoffDetail => ({
    id,
    scope,
    role,
    decision,
    comment,
    createdAt,
    phaseRunId,
    sheetLineId,
    user,
  });
  const { version: _version, phaseRuns, signoffs, runbookVersion, ...header } = row;
  const { requireSeparationOfDuties: _sod, ...version } = runbookVersion;
  return {
    ...header,
    runbookVersion: version,
    phaseRuns: phaseRuns.map(
      (pr): TPhaseRunDetail => ({
        id: pr.id,
        procedure: pr.procedure,
        position: pr.position,
        status: pr.status,
        version: pr.version,
        activatedAt: pr.activatedAt,
        completedAt: pr.completedAt,
        reason: pr.reason,
        phase: {
          id: pr.phase.id,
          title: pr.phase.title,
          objective: pr.phase.objective,
          estimatedMinutes: pr.phase.estimatedMinutes,
          failurePolicy: pr.phase.failurePolicy,
          isPointOfNoReturn: pr.phase.isPointOfNoReturn,
          requiredSignoffRoles: pr.phase.requiredSignoffRoles,
          steps: pr.phase.steps.map(({ id, position, kind, title }) => ({ id, position, kind, title })),
          checklistItems: pr.phase.checklistItems,
          successCriteria: pr.phase.successCriteria.map(({ id, position, text, step }) => ({ id, position, text, step })),
        },
        stepRuns: pr.stepRuns.map((r) => {
          const shown = outputs.get(r.id);
          return {
            id: r.id,
            stepId: r.stepId,
            mode: r.mode,
            attempt: r.attempt,
            status: r.status,
            startedAt: r.startedAt,
            finishedAt: r.finishedAt,
            isOutputTruncated: r.isOutputTruncated || (shown?.length ?? 0) > STEP_OUTPUT_DISPLAY_CAP,
            output: shown?.start ?? "",
            result: r.result,
            errorMessage: r.errorMessage,
            note: r.note,
            reconciledAt: r.reconciledAt,
            createdAt: r.createdAt,
            startedBy: r.startedBy,
            reconciledBy: r.reconciledBy,
            targets: r.targets,
          };
        }),
        checklistTicks: pr.checklistTicks,
        criterionResults: pr.criterionResults,
        signoffs: signoffs.filter((s) => s.phaseRunId === pr.id).map(pickSignoff),
        waivers: pr.waivers,
      }),
    ),
    // deployment-wide sign-offs: the sign-off sheet and point-of-no-return approvals (rule 4)
    signoffs: signoffs.filter((s) => s.phaseRunId === null).map(pickSignoff),
  };
}

type TLiveOptions = { mode: "live"; viewer: TSessionUser; preflightFailures?: readonly string[] };

/**
 * One deployment, read once per change per instance and shared: callers must not mutate the answer.
 * `record`: its phase runs (main, then rollback) with step runs, ticks, results and sign-offs.
 * `live`: the cockpit as `viewer` sees it. Errors: NotFoundError for an unknown or malformed id.
 */
export async function getDeployment(deploymentId: string, options: { mode: "record" }): Promise<TDeploymentDetail>;
export async function getDeployment(deploymentId: string, options: TLiveOptions): Promise<TCockpit>;
export async function getDeployment(deploymentId: string, options: { mode: "record" } | TLiveOptions): Promise<TDeploymentDetail | TCockpit> {
  const loaded = await readDeployment(deploymentId);
  if (options.mode === "live") return liveView(loaded, options.viewer, options);
  loaded.memo.record ??= shapeRecord(loaded);
  return loaded.memo.record;
}

/**
 * The live mode as the JSON text GET /api/deployments/[id]/cockpit sends: the part every viewer
 * shares is serialised once per change, and this viewer's actions are appended to it. Same content
 * as `getDeployment(id, { mode: "live", viewer })`. Errors: NotFoundError.
 */
export async function getDeploymentLiveJson(deploymentId: string, viewer: TSessionUser): Promise<string> {
  return liveJson(await readDeployment(deploymentId), viewer);
}

/**
 * The cockpit as `viewer` sees it, for a live stream (app/api/live): the same JSON as
 * `getDeploymentLiveJson` in two parts, the shared one encoded once per read for every stream.
 * Errors: NotFoundError.
 */
export async function getDeploymentLiveStreamParts(deploymentId: string, viewer: TSessionUser): Promise<TLiveStreamParts> {
  return liveStreamParts(await readDeployment(deploymentId), viewer);
}

/** The record page's read: the deployment with its phases summarised; a phase's detail is read when opened. */
export async function getDeploymentRecordSummary(deploymentId: string): Promise<TDeploymentRecordSummary> {
  const deployment = await getDeployment(deploymentId, { mode: "record" });
  return { ...deployment, phaseRuns: deployment.phaseRuns.map(summarisePhaseRun) };
}

/** One phase run of a deployment in full (the record page's opened phase). Errors: NotFoundError. */
export async function getPhaseRunDetail(deploymentId: string, phaseRunId: string): Promise<TPhaseRunDetail> {
  const deployment = await getDeployment(deploymentId, { mode: "record" });
  const run = deployment.phaseRuns.find((p) => p.id === phaseRunId);
  if (!run) throw new NotFoundError("This phase run does not exist.");
  return run;
}
