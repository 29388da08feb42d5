// The live mode of the deployment reader as the cockpit receives it (issue 12 item 3): the
// response of GET /api/deployments/[id]/cockpit, declared once. The server's shaper is typed by it
// (lib/server/readers/deployment-live-view.ts, so its rows must fit at compile time) and the
// browser parses every refetch with it (components/deployment/cockpit/use-cockpit.ts): a reply of
// another shape is an error on the screen, not a cockpit that silently shows the wrong thing.
// The decisions the state machine computed (what is offered, the phase in focus) are checked for
// their outline only; their types come from the domain that computes them. Pure: no Prisma, no Next.
import { z } from "zod";
import {
  DEPLOYMENT_STATUSES,
  FAILURE_POLICIES,
  FOLLOW_UP_STATUSES,
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
import { ZFanOut, ZFanOutTargetRow } from "../runbook/fan-out";
import type { TAvailableActions } from "./available-actions";

const GateKind = ["checklist", "not_run", "running", "interrupted", "failed", "criterion_unrecorded", "criterion_unmet"] as const;

const ZIso = z.string();
const isObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);

export const ZCockpitRun = z.object({
  id: z.string(),
  mode: z.enum(STEP_RUN_MODES),
  attempt: ZInt,
  status: z.enum(STEP_RUN_STATUSES),
  startedAt: ZIso.nullable(),
  finishedAt: ZIso.nullable(),
  /** the end of the output: where a running step is; cut in SQL */
  output: z.string(),
  isOutputCut: z.boolean(),
  result: z.unknown(),
  errorMessage: z.string().nullable(),
  note: z.string().nullable(),
  startedBy: ZUser.nullable(),
  reconciledBy: ZUser.nullable(),
  reconciledAt: ZIso.nullable(),
  isQueued: z.boolean(),
  /** what the worker reported after the run was declared interrupted (issue 10) */
  late: z.object({ status: z.enum(STEP_RUN_STATUSES), at: ZIso.nullable(), errorMessage: z.string().nullable() }).nullable(),
  /** issue 15 item 2: one row per target schema of a fanned-out run; empty otherwise */
  targets: z.array(ZFanOutTargetRow),
});

export const ZCockpitStep = z.object({
  id: z.string(),
  position: ZInt,
  kind: z.enum(STEP_KINDS),
  title: z.string(),
  instructions: z.string().nullable(),
  language: z.string().nullable(),
  sql: z.string().nullable(),
  statementTimeoutMs: ZInt.nullable(),
  lockTimeoutMs: ZInt.nullable(),
  outsideTransaction: z.boolean(),
  lockRetries: ZInt.nullable(),
  /** run once per target schema (issue 15 item 2), or null: run once */
  fanOut: ZFanOut.nullable(),
  expectation: z.unknown(),
  baselineName: z.string().nullable(),
  baselineKeyColumns: z.array(z.string()),
  tolerances: z.unknown(),
  httpUrl: z.string().nullable(),
  httpExpectStatus: ZInt.nullable(),
  commandArgv: z.array(z.string()),
  timeoutMs: ZInt.nullable(),
  backupKey: z.string().nullable(),
  backupTables: z.array(z.string()),
  backupFilter: z.string().nullable(),
  backupMaxMb: ZInt.nullable(),
  runs: z.array(ZCockpitRun),
  nextRunAttempt: ZInt,
  nextRehearsalAttempt: ZInt,
  waiver: z.object({ reason: z.string(), at: ZIso, by: ZUser }).nullable(),
});

export const ZCockpitPhase = z.object({
  phaseRunId: z.string(),
  procedure: z.enum(PROCEDURES),
  position: ZInt,
  status: z.enum(PHASE_RUN_STATUSES),
  activatedAt: ZIso.nullable(),
  completedAt: ZIso.nullable(),
  reason: z.string().nullable(),
  title: z.string(),
  objective: z.string(),
  notes: z.string().nullable(),
  estimatedMinutes: ZInt.nullable(),
  failurePolicy: z.enum(FAILURE_POLICIES),
  isPointOfNoReturn: z.boolean(),
  requiredSignoffRoles: z.array(z.enum(ROLES)),
  isPointOfNoReturnApproved: z.boolean(),
  followUpOffsetMinutes: ZInt.nullable(),
  dueAt: ZIso.nullable(),
  isDue: z.boolean(),
  steps: z.array(ZCockpitStep),
  checklist: z.array(z.object({ id: z.string(), text: z.string(), isRequired: z.boolean(), isTicked: z.boolean(), by: ZUser.nullable(), at: ZIso.nullable() })),
  checklistGroups: z.array(z.object({ heading: z.string().nullable(), itemIds: z.array(z.string()) })),
  criteria: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      boundStepId: z.string().nullable(),
      isMet: z.boolean().nullable(),
      evidence: z.string(),
      by: ZUser.nullable(),
      at: ZIso.nullable(),
    }),
  ),
  signoffs: z.array(
    z.object({
      id: z.string(),
      scope: z.enum(SIGNOFF_SCOPES),
      role: z.enum(ROLES),
      decision: z.enum(SIGNOFF_DECISIONS),
      comment: z.string(),
      at: ZIso,
      user: ZUser,
      isCurrentRound: z.boolean(),
    }),
  ),
  stepCounts: z.object({ total: ZInt, succeeded: ZInt, failed: ZInt, waived: ZInt, running: ZInt, interrupted: ZInt }),
  checklistVersion: ZInt,
  missingSignoffRoles: z.array(z.string()),
  unmetGateGroups: z.array(z.object({ kind: z.enum(GateKind), summary: z.string(), lines: z.array(z.string()) })),
});

export const ZCockpit = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(DEPLOYMENT_STATUSES),
  statusReason: z.string().nullable(),
  version: ZInt,
  plannedStart: ZIso.nullable(),
  plannedEnd: ZIso.nullable(),
  startedAt: ZIso.nullable(),
  finishedAt: ZIso.nullable(),
  rollbackStartedAt: ZIso.nullable(),
  lead: ZUser,
  environment: z.object({ id: z.string(), name: z.string(), isProduction: z.boolean() }),
  runbook: z.object({ id: z.string(), versionId: z.string(), number: ZInt.nullable(), title: z.string(), estimatedMinutes: ZInt.nullable() }),
  requireSeparationOfDuties: z.boolean(),
  phases: z.array(ZCockpitPhase),
  isCommandsEnabled: z.boolean(),
  /** OPEN | PASSED | FAILED once the main phases succeeded; null without follow-up phases */
  followUpStatus: z.enum(FOLLOW_UP_STATUSES).nullable(),
  hasFollowUps: z.boolean(),
  isFinal: z.boolean(),
  /** the procedure being worked on, the phase open in it, the phase that comes next, and a halt */
  workingProcedure: z.enum(PROCEDURES),
  currentPhaseRunId: z.string().nullable(),
  nextPhaseRunId: z.string().nullable(),
  halt: z.object({ stepTitles: z.array(z.string()) }).nullable(),
  rollbackTrigger: z.object({ phaseRunId: z.string(), stepIds: z.array(z.string()) }).nullable(),
  /** the failure that opened the rollback, kept in view above the rollback phases (issue 18 item 3) */
  rollbackEvidence: z
    .object({
      phaseRunId: z.string(),
      position: ZInt,
      title: z.string(),
      failurePolicy: z.enum(FAILURE_POLICIES),
      reason: z.string().nullable(),
      failedAt: ZIso.nullable(),
      steps: z.array(z.object({ id: z.string(), position: ZInt, title: z.string(), kind: z.enum(STEP_KINDS), run: ZCockpitRun })),
    })
    .nullable(),
  // this viewer's part
  /** what this viewer may do now: the cockpit's buttons come from here and nowhere else (issue 10) */
  actions: z.custom<TAvailableActions>((v) => isObject(v) && isObject((v as Record<string, unknown>).deployment) && isObject((v as Record<string, unknown>).phases), {
    message: "the offered actions are missing",
  }),
  serverNow: ZIso,
  viewer: z.object({
    id: z.string(),
    roles: z.array(z.enum(ROLES)),
    canRun: z.boolean(),
    canRehearse: z.boolean(),
    canControl: z.boolean(),
    canSignAsDba: z.boolean(),
  }),
});

export type TCockpit = z.output<typeof ZCockpit>;
export type TCockpitPhase = TCockpit["phases"][number];
export type TCockpitStep = TCockpitPhase["steps"][number];
export type TCockpitRun = z.output<typeof ZCockpitRun>;
