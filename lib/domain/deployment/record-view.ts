// The finished deployment's record as its page reads it (issue 17 item 2, issue 12 item 3): every
// phase as a summary (status, time against estimate, counts, the failure reason), and one phase's
// full detail fetched when it is opened, from GET /api/deployments/[id]/phase-runs/[phaseRunId].
// The detail's shape is declared here once, as a zod schema: the server's reader is typed by it
// (so the rows must fit it at compile time) and the browser parses the JSON with it (dates come
// back as Date, as the server components have them). Pure: no Prisma, no Next.
import { z } from "zod";
import { ZFanOutTargetRow } from "../runbook/fan-out";
import {
  FAILURE_POLICIES,
  PHASE_RUN_STATUSES,
  PROCEDURES,
  ROLES,
  SIGNOFF_DECISIONS,
  SIGNOFF_SCOPES,
  STEP_KINDS,
  STEP_RUN_MODES,
  STEP_RUN_STATUSES,
  ZReplyInt as ZInt,
  ZReplyUser as ZUser,
} from "./column-values";

const ZDate = z.coerce.date();

export const ZStepRunDetail = z.object({
  id: z.string(),
  stepId: z.string(),
  mode: z.enum(STEP_RUN_MODES),
  attempt: ZInt,
  status: z.enum(STEP_RUN_STATUSES),
  startedAt: ZDate.nullable(),
  finishedAt: ZDate.nullable(),
  /** the stored output was cut by the executor, or the shown part was cut by the reader */
  isOutputTruncated: z.boolean(),
  /** the shown part of the output: its beginning, cut in SQL */
  output: z.string(),
  result: z.unknown(),
  errorMessage: z.string().nullable(),
  note: z.string().nullable(),
  reconciledAt: ZDate.nullable(),
  createdAt: ZDate,
  startedBy: ZUser.nullable(),
  reconciledBy: ZUser.nullable(),
  /** issue 15 item 2: one row per target schema of a fanned-out run; empty otherwise */
  targets: z.array(ZFanOutTargetRow),
});

export const ZSignoffDetail = z.object({
  id: z.string(),
  scope: z.enum(SIGNOFF_SCOPES),
  role: z.enum(ROLES),
  decision: z.enum(SIGNOFF_DECISIONS),
  comment: z.string(),
  createdAt: ZDate,
  phaseRunId: z.string().nullable(),
  sheetLineId: z.string().nullable(),
  user: ZUser,
});

/** One phase run of a deployment in full: its phase, every attempt of every step, ticks, criteria, sign-offs, waivers. */
export const ZPhaseRunDetail = z.object({
  id: z.string(),
  procedure: z.enum(PROCEDURES),
  position: ZInt,
  status: z.enum(PHASE_RUN_STATUSES),
  version: ZInt,
  activatedAt: ZDate.nullable(),
  completedAt: ZDate.nullable(),
  reason: z.string().nullable(),
  phase: z.object({
    id: z.string(),
    title: z.string(),
    objective: z.string(),
    estimatedMinutes: ZInt.nullable(),
    failurePolicy: z.enum(FAILURE_POLICIES),
    isPointOfNoReturn: z.boolean(),
    requiredSignoffRoles: z.array(z.enum(ROLES)),
    steps: z.array(z.object({ id: z.string(), position: ZInt, kind: z.enum(STEP_KINDS), title: z.string() })),
    checklistItems: z.array(z.object({ id: z.string(), position: ZInt, text: z.string(), isRequired: z.boolean() })),
    successCriteria: z.array(
      z.object({
        id: z.string(),
        position: ZInt,
        text: z.string(),
        step: z.object({ id: z.string(), position: ZInt, title: z.string() }).nullable(),
      }),
    ),
  }),
  stepRuns: z.array(ZStepRunDetail),
  checklistTicks: z.array(z.object({ id: z.string(), checklistItemId: z.string(), isTicked: z.boolean(), tickedAt: ZDate, tickedBy: ZUser })),
  criterionResults: z.array(
    z.object({
      id: z.string(),
      criterionId: z.string(),
      isMet: z.boolean(),
      evidence: z.string(),
      metAt: ZDate,
      stepRunId: z.string().nullable(),
      metBy: ZUser.nullable(),
    }),
  ),
  signoffs: z.array(ZSignoffDetail),
  waivers: z.array(z.object({ id: z.string(), stepId: z.string(), reason: z.string(), createdAt: ZDate, waivedBy: ZUser })),
});

export type TPhaseRunDetail = z.output<typeof ZPhaseRunDetail>;
export type TStepRunDetail = z.output<typeof ZStepRunDetail>;
export type TSignoffDetail = z.output<typeof ZSignoffDetail>;

/** What a collapsed phase of a finished record shows: enough to judge it without opening it. */
export type TPhaseRunSummary = {
  id: string;
  procedure: (typeof PROCEDURES)[number];
  position: number;
  status: (typeof PHASE_RUN_STATUSES)[number];
  title: string;
  activatedAt: Date | null;
  completedAt: Date | null;
  estimatedMinutes: number | null;
  reason: string | null;
  isPointOfNoReturn: boolean;
  /** each step once, by its latest real run; a waiver counts as waived */
  steps: { total: number; succeeded: number; failed: number; waived: number; other: number };
  checklist: { total: number; ticked: number };
  /** required roles, those approved in the standing round (never more than required), rejections in every round */
  signoffs: { required: number; approved: number; rejected: number };
  /** nothing ran, nothing was ticked: the phase has no detail to open */
  isUntouched: boolean;
};

/** A phase run's summary, from its full detail (the same numbers the detail shows when opened). */
export function summarisePhaseRun(run: TPhaseRunDetail): TPhaseRunSummary {
  const steps = { total: run.phase.steps.length, succeeded: 0, failed: 0, waived: 0, other: 0 };
  const waived = new Set(run.waivers.map((w) => w.stepId));
  for (const step of run.phase.steps) {
    const latest = run.stepRuns.filter((r) => r.stepId === step.id && r.mode === "RUN").at(-1);
    if (waived.has(step.id)) steps.waived += 1;
    else if (latest?.status === "SUCCEEDED") steps.succeeded += 1;
    else if (latest?.status === "FAILED") steps.failed += 1;
    else steps.other += 1;
  }
  const itemIds = new Set(run.phase.checklistItems.map((i) => i.id));
  const ticked = run.checklistTicks.filter((t) => t.isTicked && itemIds.has(t.checklistItemId)).length;
  // rule 2: a rejection returns the phase to ACTIVE and a new round of sign-offs begins; a required
  // role counts as approved when an approval of that role stands after the last rejection
  const decisions = [...run.signoffs].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const lastRejection = decisions.findLastIndex((s) => s.decision === "REJECTED");
  // each person's latest decision per role in that round (a withdrawn approval no longer stands)
  const standing = new Map<string, TSignoffDetail>();
  for (const s of decisions.slice(lastRejection + 1)) standing.set(`${s.user.id}:${s.role}`, s);
  const requiredRoles = [...new Set(run.phase.requiredSignoffRoles)];
  return {
    id: run.id,
    procedure: run.procedure,
    position: run.position,
    status: run.status,
    title: run.phase.title,
    activatedAt: run.activatedAt,
    completedAt: run.completedAt,
    estimatedMinutes: run.phase.estimatedMinutes,
    reason: run.reason,
    isPointOfNoReturn: run.phase.isPointOfNoReturn,
    steps,
    checklist: { total: run.phase.checklistItems.length, ticked },
    signoffs: {
      required: requiredRoles.length,
      approved: requiredRoles.filter((role) => [...standing.values()].some((s) => s.role === role && s.decision === "APPROVED")).length,
      rejected: decisions.filter((s) => s.decision === "REJECTED").length,
    },
    isUntouched: run.status === "PENDING" && run.stepRuns.length === 0 && run.checklistTicks.length === 0,
  };
}

export { phaseRunAnchor, stepNumberPrefix, summaryParts } from "./record-labels";
