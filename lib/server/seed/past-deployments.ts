// The demo's past deployments of the seed 003 runbook (issue 15 item 5, issue 12 item 5): six months
// of runs on staging and production, written by the product's own use-cases — plan, start, tick,
// record, run, sign off, complete, fail, roll back, abort — at the times they happened, through the
// injectable clock (lib/clock.ts). No second writer of deployment state: every transition is decided
// by the state machine and written by `changeDeployment`, with its audit event, exactly as a lead's
// click writes it; what the runs show (statusReason, awaitingSignoffAt, follow-up due times, the
// sign-offs' coverage) is what the real flow sets.
//
// What is recorded rather than executed: the demo target must stay as a newcomer finds it (the
// column still `fixed_cost`), so the automated steps of these past runs are not sent to it. Each is
// started with `startStepRun` (QUEUED), claimed by the seed's worker id "demo-history" and finished
// by the worker's own `finishStepRun` with the outcome the run had — the same transaction a real
// worker commits (baseline kept, bound criteria met, failure policy applied). COMMAND steps are
// waived with what the lead did by hand, as the product asks when commands are disabled (the
// default). Every run of a deployment is written in one database transaction: a past deployment
// is whole or absent, and seeding twice skips it by name.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TPrisma, TTx } from "@/lib/db/client";
import { ManualClock, withClock } from "@/lib/clock";
import { companyTotalsBaseline, edgeCaseBaseline, generateDemoData, productRevenueBaseline, type TBaselineRows } from "@/prisma/seed/demo-target";
import { RUNBOOK_003, type TSeedPhase, type TSeedStep } from "@/prisma/seed/runbook-003";
import type { TDeploymentActor } from "@/lib/server/deployments/change-deployment";
import { planDeployment } from "@/lib/server/deployments/plan-deployment";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { activatePhase } from "@/lib/server/deployments/activate-phase";
import { completePhase } from "@/lib/server/deployments/complete-phase";
import { skipPhase } from "@/lib/server/deployments/skip-phase";
import { tickChecklistItems } from "@/lib/server/deployments/tick-checklist-items";
import { recordManualStep } from "@/lib/server/deployments/record-manual-step";
import { recordCriterion } from "@/lib/server/deployments/record-criterion";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { waiveStep } from "@/lib/server/deployments/waive-step";
import { recordPhaseSignoff } from "@/lib/server/deployments/record-phase-signoff";
import { recordPointOfNoReturnApproval } from "@/lib/server/deployments/record-point-of-no-return-approval";
import { recordSheetSignoff } from "@/lib/server/deployments/record-sheet-signoff";
import { finishStepRun } from "@/lib/server/execution/finish-step-run";
import type { TExecutionOutcome } from "@/lib/server/execution/execute-step";

/** The worker id the seed's recorded runs carry: a run no real worker executed. */
export const DEMO_HISTORY_WORKER = "demo-history";

export type TDemoPeople = { lead: TDeploymentActor; lead2: TDeploymentActor; dba: TDeploymentActor; dba2: TDeploymentActor };

type TOutcomeKind = "SUCCEEDED" | "FOLLOW_UP_FAILED" | "ROLLED_BACK" | "FAILED" | "ABORTED";

export type TPastDeployment = {
  name: string;
  environment: "staging" | "production";
  createdAt: string;
  plannedStart: string;
  plannedEnd: string;
  /** the lead's email */
  lead: "lead@phaseline.local" | "lead2@phaseline.local";
  outcome: TOutcomeKind;
  /** the pseudo-random sequence's seed: durations, who signs, notes */
  seed: number;
  /** the hand-written runs' particulars; the generated ones take the defaults */
  script?: TScript;
  /** one of the two the e2e specs and the README name: written before `npm start` serves */
  isEssential?: boolean;
};

type TScript = {
  /** the day's start time "HH:MM" of the first phase */
  start: string;
  /** "HH:MM" on the day, before the start: a DBA rehearses the migration */
  rehearsalAt?: string;
  notes?: Record<string, string>;
  seconds?: Record<string, number>;
  /** p2's first sign-off is rejected with this comment; the lead answers with `answer` */
  rejectP2?: { comment: string; answer: string };
  approvals?: Record<string, string>;
  sheetComments?: { lead?: string; dba?: string };
};

// ---------------------------------------------------------------------------------------------
// What the automated steps returned, as the executors shape their results.

const DATA = generateDemoData();
const BASELINES: Record<string, TBaselineRows> = {
  product_revenue: productRevenueBaseline(DATA),
  company_totals: companyTotalsBaseline(DATA),
  edge_case_counts: edgeCaseBaseline(DATA),
};
const edgeValue = (metric: string) => Number(BASELINES.edge_case_counts!.rows.find((r) => r.metric === metric)?.value ?? 0);
const NULL_FEE_SHARE = Math.round((10_000 * edgeValue("active_null_fixed_fee")) / edgeValue("active_products")) / 100;
const TOTAL_REVENUE = BASELINES.company_totals!.rows.reduce((sum, r) => sum + Number(r.total_revenue), 0).toFixed(2);
const MIGRATION_OUTPUT = "DROP VIEW\nDROP VIEW\nDROP VIEW\nALTER TABLE\nCREATE VIEW\nCREATE VIEW\nCREATE VIEW\n";

function succeeded(step: TSeedStep, rnd: () => number, mode: "RUN" | "REHEARSAL"): TExecutionOutcome {
  switch (step.kind) {
    case "BASELINE_CAPTURE": {
      const name = step.baselineName ?? "";
      const baseline = BASELINES[name]!;
      const rowCount = baseline.rows.length;
      return {
        status: "SUCCEEDED",
        result: { baselineName: name, rowCount, columns: baseline.columns },
        errorMessage: null,
        summary: `${rowCount} rows captured as baseline "${name}"`,
        capturedBaseline: { ...baseline, rowCount },
      };
    }
    case "BASELINE_COMPARE": {
      const baseline = BASELINES[step.baselineName ?? ""]!;
      const n = baseline.rows.length;
      return {
        status: "SUCCEEDED",
        result: {
          passed: true,
          baselineName: step.baselineName ?? "",
          keyColumns: step.baselineKeyColumns ?? [],
          tolerances: step.tolerances ?? {},
          comparedRows: n,
          mismatches: [],
          missingKeys: [],
          extraKeys: [],
        },
        errorMessage: null,
        summary: `${n} rows match the baseline "${step.baselineName}"`,
      };
    }
    case "QUERY_CHECK": {
      const e = step.expectation;
      const observed =
        step.key === "p1.edge_case_share"
          ? NULL_FEE_SHARE
          : !e
            ? 0
            : e.type === "scalar_between"
              ? Math.round((e.min + (e.max - e.min) * 0.3) * 100) / 100
              : e.type === "scalar_at_most"
                ? Math.round(rnd() * e.value * 100) / 100 / 2
                : e.value;
      const rowCount = e?.type === "row_count_equals" ? e.value : 1;
      return { status: "SUCCEEDED", result: { passed: true, observed, rowCount, expectation: e ?? null }, errorMessage: null, summary: `observed ${observed}: passed` };
    }
    case "SQL":
      return mode === "REHEARSAL"
        ? { status: "SUCCEEDED", result: { statements: 7, rowsAffected: 0, isCommitted: false }, errorMessage: null, summary: "rehearsal: 7 statements, rolled back" }
        : { status: "SUCCEEDED", result: { statements: 7, rowsAffected: 0, isCommitted: true }, errorMessage: null, summary: "7 statements, committed" };
    case "HTTP_CHECK": {
      const durationMs = 30 + Math.round(rnd() * 40);
      return { status: "SUCCEEDED", result: { status: 200, durationMs, bodyExcerpt: '{"status":"healthy","database":"connected"}' }, errorMessage: null, summary: "HTTP 200" };
    }
    default:
      return { status: "SUCCEEDED", result: {}, errorMessage: null, summary: "done" };
  }
}

function outputOf(step: TSeedStep, outcome: TExecutionOutcome, mode: "RUN" | "REHEARSAL"): string {
  if (outcome.status === "FAILED") return `ERROR:  ${outcome.errorMessage}\n`;
  if (step.kind === "SQL") return `${MIGRATION_OUTPUT}${mode === "REHEARSAL" ? "ROLLBACK (rehearsal)" : "COMMIT"}\n`;
  if (step.kind === "HTTP_CHECK") return `HTTP 200 in ${(outcome.result as { durationMs: number }).durationMs} ms\n{"status":"healthy","database":"connected"}\n`;
  return `${outcome.summary}\n`;
}

const TIMEOUT = "canceling statement due to statement timeout";

// ---------------------------------------------------------------------------------------------
// The player: one past deployment, action by action, each through its use-case.

/** mulberry32: a small deterministic generator, so the demo is the same on every machine */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEAD_NOTES = ["Done as written.", "Checked on the call with the DBA.", "No surprises.", "Confirmed in the dashboard.", "As in the rehearsal."];
const COMMAND_WAIVERS: Record<string, string> = {
  "p4.stop": "Commands are disabled on Phaseline: ran `pm2 stop kingstons-api` by hand on the app server; stopped cleanly.",
  "p4.verify_models": "Ran the grep by hand: fixed_fee_facilitated on lines 18, 41 and 67 of models.py.",
  "p4.start": "Ran `pm2 restart kingstons-api` by hand; process online.",
  "p4.logs": "Read the last 50 log lines by hand: startup complete, database pool ready (5 connections), no Pydantic errors.",
  "p5.deploy": "Ran the deploy script by hand: 214 files uploaded, exit code 0.",
  "p8.logs": "Read the last 100 log lines by hand over the day: no errors.",
  "r1.stop": "Ran `pm2 stop kingstons-api` by hand on the app server.",
};

type TStepFailure = { stepKey: string; message: string };

class PastRun {
  private deploymentId = "";
  private readonly phaseRunIds = new Map<string, string>();
  private readonly stepIds = new Map<string, string>();
  private readonly criteria = new Map<string, { id: string; stepId: string | null }[]>();
  private readonly checklist = new Map<string, string[]>();
  private readonly sheetLines = new Map<string, string>();
  private readonly attempts = new Map<string, number>();

  constructor(
    private readonly db: TPrisma,
    private readonly tx: TTx,
    private readonly clock: ManualClock,
    private readonly past: TPastDeployment,
    readonly people: TDemoPeople,
    readonly rnd: () => number,
  ) {}

  get lead() {
    return this.past.lead === "lead2@phaseline.local" ? this.people.lead2 : this.people.lead;
  }

  at(iso: string) {
    this.clock.set(new Date(iso));
  }

  wait(seconds: number) {
    this.clock.advance(Math.max(1, Math.round(seconds)));
  }

  get now() {
    return this.clock.now();
  }

  async plan(runbookVersionId: string, environmentId: string) {
    this.at(this.past.createdAt);
    const planned = await planDeployment({
      name: this.past.name,
      runbookVersionId,
      environmentId,
      leadId: this.lead.id,
      plannedStart: this.past.plannedStart,
      plannedEnd: this.past.plannedEnd,
      actor: this.lead,
      prisma: this.db,
    });
    this.deploymentId = planned.deploymentId;
    // the plan's ids by the seed's keys: one read of what planDeployment created
    const runs = await this.tx.phaseRun.findMany({
      where: { deploymentId: this.deploymentId },
      select: {
        id: true,
        procedure: true,
        position: true,
        phase: {
          select: {
            steps: { orderBy: { position: "asc" }, select: { id: true } },
            checklistItems: { orderBy: { position: "asc" }, select: { id: true } },
            successCriteria: { orderBy: { position: "asc" }, select: { id: true, stepId: true } },
          },
        },
      },
    });
    const positions = { MAIN: 0, ROLLBACK: 0 };
    for (const seedPhase of RUNBOOK_003.phases) {
      positions[seedPhase.procedure] += 1;
      const run = runs.find((r) => r.procedure === seedPhase.procedure && r.position === positions[seedPhase.procedure]);
      if (!run || run.phase.steps.length !== seedPhase.steps.length) throw new Error(`the stored runbook does not have the seed's phase ${seedPhase.key}`);
      this.phaseRunIds.set(seedPhase.key, run.id);
      seedPhase.steps.forEach((s, i) => {
        this.stepIds.set(s.key, run.phase.steps[i]!.id);
      });
      this.checklist.set(
        seedPhase.key,
        run.phase.checklistItems.map((c) => c.id),
      );
      this.criteria.set(seedPhase.key, run.phase.successCriteria);
    }
    const version = await this.tx.deployment.findUniqueOrThrow({ where: { id: this.deploymentId }, select: { runbookVersionId: true } });
    const lines = await this.tx.signoffSheetLine.findMany({ where: { versionId: version.runbookVersionId }, select: { id: true, label: true } });
    for (const l of lines) this.sheetLines.set(l.label, l.id);
  }

  private ids(phaseKey: string) {
    const phaseRunId = this.phaseRunIds.get(phaseKey);
    if (!phaseRunId) throw new Error(`seed: unknown phase ${phaseKey}`);
    return { deploymentId: this.deploymentId, phaseRunId, prisma: this.db };
  }

  start() {
    return controlDeployment({ deploymentId: this.deploymentId, action: "start", reason: "", actor: this.lead, prisma: this.db });
  }

  control(action: "abort" | "end_failed" | "fail_follow_up", reason: string) {
    return controlDeployment({ deploymentId: this.deploymentId, action, reason, actor: this.lead, prisma: this.db });
  }

  activate(phaseKey: string) {
    const isPointOfNoReturn = RUNBOOK_003.phases.find((p) => p.key === phaseKey)?.isPointOfNoReturn ?? false;
    return activatePhase({ ...this.ids(phaseKey), confirmationName: isPointOfNoReturn ? this.past.name : null, actor: this.lead });
  }

  approvePointOfNoReturn(phaseKey: string, dba: TDeploymentActor, comment: string) {
    return recordPointOfNoReturnApproval({ ...this.ids(phaseKey), decision: "APPROVED", comment, actor: dba });
  }

  async tickAll(phaseKey: string, secondsEach: number) {
    const itemIds = this.checklist.get(phaseKey) ?? [];
    if (!itemIds.length) return;
    this.wait(itemIds.length * secondsEach);
    const { version } = await this.tx.phaseRun.findUniqueOrThrow({ where: { id: this.ids(phaseKey).phaseRunId }, select: { version: true } });
    await tickChecklistItems({ ...this.ids(phaseKey), itemIds, checklistVersion: version, actor: this.lead });
  }

  private nextAttempt(stepKey: string, mode: "RUN" | "REHEARSAL") {
    const attempt = (this.attempts.get(`${stepKey}:${mode}`) ?? 0) + 1;
    this.attempts.set(`${stepKey}:${mode}`, attempt);
    return attempt;
  }

  async manual(phaseKey: string, step: TSeedStep, seconds: number, note: string, status: "SUCCEEDED" | "FAILED" = "SUCCEEDED") {
    this.wait(seconds);
    await recordManualStep({ ...this.ids(phaseKey), stepId: this.stepIds.get(step.key)!, attempt: this.nextAttempt(step.key, "RUN"), status, note, actor: this.lead });
  }

  waive(phaseKey: string, step: TSeedStep, seconds: number, reason: string) {
    this.wait(seconds);
    return waiveStep({ ...this.ids(phaseKey), stepId: this.stepIds.get(step.key)!, reason, actor: this.lead });
  }

  /** Run → the seed's worker claims it → the worker's finish transaction records the outcome. */
  async run(phaseKey: string, step: TSeedStep, seconds: number, outcome: TExecutionOutcome, o: { mode?: "RUN" | "REHEARSAL"; by?: TDeploymentActor } = {}) {
    const mode = o.mode ?? "RUN";
    const { stepRunId } = await startStepRun({
      ...this.ids(phaseKey),
      stepId: this.stepIds.get(step.key)!,
      mode,
      attempt: this.nextAttempt(step.key, mode),
      actor: o.by ?? this.lead,
    });
    const claimedAt = new Date(this.now.getTime() + 400);
    const claimed = await this.tx.$executeRaw`
      UPDATE "StepRun" SET status = 'RUNNING', "workerId" = ${DEMO_HISTORY_WORKER}, "heartbeatAt" = ${claimedAt}, "updatedAt" = ${claimedAt}
      WHERE id = ${stepRunId} AND status = 'QUEUED'`;
    if (claimed !== 1) throw new Error(`seed: run ${stepRunId} of ${step.key} was not queued`);
    this.wait(seconds);
    await finishStepRun({
      prisma: this.db,
      stepRunId,
      workerId: DEMO_HISTORY_WORKER,
      outcome,
      outputTail: outputOf(step, outcome, mode),
      isOutputTruncated: false,
    });
  }

  /** The phase's criteria a person records: the ones not bound to a step. */
  async manualCriteria(phaseKey: string, evidence: string[]) {
    let i = 0;
    for (const c of this.criteria.get(phaseKey) ?? []) {
      if (c.stepId) continue;
      const text = evidence[i++] ?? "Seen and confirmed.";
      this.wait(10);
      await recordCriterion({ ...this.ids(phaseKey), criterionId: c.id, isMet: true, evidence: text, actor: this.lead });
    }
  }

  complete(phaseKey: string) {
    return completePhase({ ...this.ids(phaseKey), actor: this.lead });
  }

  skip(phaseKey: string, reason: string) {
    return skipPhase({ ...this.ids(phaseKey), reason, actor: this.lead });
  }

  signoff(phaseKey: string, dba: TDeploymentActor, decision: "APPROVED" | "REJECTED", comment: string) {
    return recordPhaseSignoff({ ...this.ids(phaseKey), role: "DBA", decision, comment, actor: dba });
  }

  sheet(label: string, who: TDeploymentActor, comment: string) {
    const sheetLineId = this.sheetLines.get(label);
    if (!sheetLineId) throw new Error(`seed: no sign-off sheet line ${label}`);
    return recordSheetSignoff({ deploymentId: this.deploymentId, sheetLineId, comment, actor: who, prisma: this.db });
  }
}

// ---------------------------------------------------------------------------------------------
// One phase, from its activation to its end.

const PHASES = new Map(RUNBOOK_003.phases.map((p) => [p.key, p] as const));
const phaseOf = (key: string): TSeedPhase => PHASES.get(key)!;

type TPhasePlay = {
  speed: number;
  failure?: TStepFailure;
  isAlreadyActive?: boolean;
  script?: TScript;
  /** evidence for the criteria a person records, in order */
  evidence?: string[];
};

/** Returns false when a step failed (the failure policy has then been applied by the use-case). */
async function playPhase(r: PastRun, key: string, o: TPhasePlay): Promise<boolean> {
  const phase = phaseOf(key);
  if (!o.isAlreadyActive) {
    r.wait(30 + r.rnd() * 60);
    await r.activate(key);
  }
  const budget = phase.estimatedMinutes * 60 * o.speed;
  const perStep = budget / Math.max(1, phase.steps.length + (phase.checklist.length ? 2 : 0));
  await r.tickAll(key, phase.checklist.length ? Math.max(4, (2 * perStep) / phase.checklist.length) : 0);
  for (const step of phase.steps) {
    const seconds = o.script?.seconds?.[step.key] ?? Math.max(1, perStep * (0.5 + r.rnd()));
    const fails = o.failure?.stepKey === step.key ? o.failure.message : null;
    if (step.kind === "MANUAL") {
      await r.manual(key, step, seconds, fails ?? o.script?.notes?.[step.key] ?? LEAD_NOTES[Math.floor(r.rnd() * LEAD_NOTES.length)]!, fails ? "FAILED" : "SUCCEEDED");
    } else if (step.kind === "COMMAND") {
      await r.waive(key, step, seconds, o.script?.notes?.[step.key] ?? COMMAND_WAIVERS[step.key] ?? "Done by hand: commands are disabled on Phaseline.");
    } else {
      const outcome: TExecutionOutcome = fails
        ? {
            status: "FAILED",
            result: step.kind === "QUERY_CHECK" ? { passed: false, error: { code: "57014", message: fails } } : { passed: false, error: { message: fails } },
            errorMessage: fails,
            summary: fails,
          }
        : succeeded(step, r.rnd, "RUN");
      await r.run(key, step, fails ? 30 : Math.min(seconds, step.kind === "SQL" ? 3 : 8), outcome);
      if (!fails) r.wait(Math.max(0, seconds - 8));
    }
    if (fails) return false;
  }
  await r.manualCriteria(key, o.evidence ?? []);
  r.wait(20);
  const completed = await r.complete(key);
  if (completed.phaseStatus === "AWAITING_SIGNOFF") await signOff(r, key, o);
  return true;
}

async function signOff(r: PastRun, key: string, o: TPhasePlay) {
  const people = peopleOf(r);
  const dba = r.rnd() < 0.5 ? people.dba : people.dba2;
  r.wait(60 + r.rnd() * (phaseOf(key).procedure === "ROLLBACK" ? 240 : 600));
  const rejection =
    key === "p2" ? o.script?.rejectP2 : r.rnd() < 0.12 ? { comment: "Attach the row counts of the checks before I approve.", answer: "Row counts attached." } : undefined;
  if (rejection) {
    await r.signoff(key, dba, "REJECTED", rejection.comment);
    r.wait(120 + r.rnd() * 300);
    await r.manualCriteria(key, [rejection.answer]);
    await r.complete(key);
    r.wait(60 + r.rnd() * 300);
  }
  await r.signoff(key, dba, "APPROVED", o.script?.approvals?.[key] ?? (r.rnd() < 0.5 ? "Looks right." : ""));
}

const peopleOf = (r: PastRun): TDemoPeople => r.people;

// ---------------------------------------------------------------------------------------------
// A whole deployment, by its outcome.

const MAIN_KEYS = RUNBOOK_003.phases.filter((p) => p.procedure === "MAIN" && p.followUpOffsetMinutes === undefined).map((p) => p.key);
const FOLLOW_UP_KEYS = RUNBOOK_003.phases.filter((p) => p.followUpOffsetMinutes !== undefined).map((p) => p.key);
const ROLLBACK_KEYS = RUNBOOK_003.phases.filter((p) => p.procedure === "ROLLBACK").map((p) => p.key);

const EVIDENCE: Record<string, string[]> = {
  p1: ["All 3 baseline captures and the edge case check ran without errors.", `Dashboard total £${TOTAL_REVENUE} equals the sum of company_totals.`],
  p2: ["No constraint violations reported; the SQL step output shows every statement."],
  p3: ["Every validation step passed: VALIDATION PASSED ✅"],
  p4: ["Startup log clean: no Pydantic validation errors.", "Startup log: database pool ready (5 connections)."],
  p5: ["Build finished with exit code 0.", "tsc reported no errors during the build.", "Staging URL serves the new build."],
  p6: ["Seen in Chrome and Firefox.", "'1.1.0' in both browsers.", "Console clean after the reload.", "Client list and revenue page loaded."],
  p7: [
    "Tests 1-5 ticked.",
    "Console clean throughout.",
    'Labels read "Fixed Fee Facilitated (£)".',
    `Revenue page total £${TOTAL_REVENUE} equals the Phase 1 baseline.`,
    "Created, edited and read a test product.",
  ],
  p8: ["No critical errors in the logs over 24 hours.", "No user reports in the support queue.", "Revenue totals unchanged day over day.", "Response times as before the change."],
};

async function playDeployment(r: PastRun, past: TPastDeployment) {
  const isProduction = past.environment === "production";
  const script = past.script;
  const people = peopleOf(r);
  const day = past.plannedStart.slice(0, 10);
  // production runs slower than staging: real data, real load
  const speed = () => (isProduction ? 0.9 : 0.6) + r.rnd() * 0.9;

  if (script?.rehearsalAt) {
    r.at(`${day}T${script.rehearsalAt}:00Z`);
    const migrate = phaseOf("p2").steps.find((s) => s.kind === "SQL")!;
    await r.run("p2", migrate, 2, succeeded(migrate, r.rnd, "REHEARSAL"), { mode: "REHEARSAL", by: people.dba });
  }

  r.at(`${day}T${script?.start ?? `18:0${Math.floor(r.rnd() * 6)}`}:00Z`);
  await r.start();
  for (const key of MAIN_KEYS) {
    if (past.outcome === "ABORTED" && key === "p2") {
      r.wait(120 + r.rnd() * 300);
      await r.control("abort", "The nightly fee batch overran into the window; the change moves to the next window.");
      return;
    }
    if (phaseOf(key).isPointOfNoReturn && isProduction) {
      r.wait(30 + r.rnd() * 60);
      await r.approvePointOfNoReturn(key, r.rnd() < 0.5 ? people.dba : people.dba2, script?.approvals?.[`${key}.ponr`] ?? "Rehearsed; go.");
    }
    const failure: TStepFailure | undefined =
      past.outcome === "ROLLED_BACK" && key === "p3"
        ? { stepKey: script ? "p3.views_queryable" : r.rnd() < 0.5 ? "p3.views_queryable" : "p3.compare_products", message: TIMEOUT }
        : past.outcome === "FAILED" && key === "p5"
          ? { stepKey: "p5.build", message: "npm run build exited with code 1: the CI cache served a stale lockfile (ERESOLVE)." }
          : undefined;
    const isDone = await playPhase(r, key, { speed: speed(), failure, isAlreadyActive: key === MAIN_KEYS[0], script, evidence: EVIDENCE[key] });
    if (!isDone) {
      if (past.outcome === "ROLLED_BACK") {
        // the failure policy (ROLLBACK) opened the rollback: its first phase is active
        for (const rk of ROLLBACK_KEYS) await playPhase(r, rk, { speed: 0.6 + r.rnd() * 0.8, isAlreadyActive: rk === ROLLBACK_KEYS[0], script });
        await signSheet(r, past, "Rolled back cleanly; database back on fixed_cost.");
        return;
      }
      // STOP: the deployment is halted; the lead ends it as failed
      r.wait(300 + r.rnd() * 600);
      await r.control(
        "end_failed",
        "Frontend build failed; backend and database stay on the new column, which the old frontend reads through the views. Rebuilt and shipped next window.",
      );
      return;
    }
  }

  // SUCCEEDED with the 24-hour follow-up open
  await signSheet(r, past, script?.sheetComments?.lead ?? "Main phases complete.");
  for (const key of FOLLOW_UP_KEYS) {
    if (!isProduction) {
      r.wait(60);
      await r.skip(key, "Staging has no user traffic to watch; the 24-hour monitoring belongs to the production run.");
      continue;
    }
    r.at(new Date(r.now.getTime() + (phaseOf(key).followUpOffsetMinutes ?? 0) * 60_000 + 600_000 + Math.round(r.rnd() * 3_600_000)).toISOString());
    const failure =
      past.outcome === "FOLLOW_UP_FAILED" ? { stepKey: "p8.users", message: "Two advisers report the revenue page total £0.02 below the statement for one company." } : undefined;
    const isDone = await playPhase(r, key, { speed: 0.002, failure, script, evidence: EVIDENCE[key] });
    if (!isDone) {
      r.wait(900);
      await r.control("fail_follow_up", "Revenue total off by £0.02 for one company after the change: rounding in company_revenue_analytics; fix planned.");
    }
  }
}

async function signSheet(r: PastRun, past: TPastDeployment, leadComment: string) {
  const people = peopleOf(r);
  r.wait(60);
  await r.sheet("Deployment Lead", r.lead, past.script?.sheetComments?.lead ?? leadComment);
  r.wait(300 + r.rnd() * 3000);
  await r.sheet("Database Admin", r.rnd() < 0.5 ? people.dba : people.dba2, past.script?.sheetComments?.dba ?? "");
}

// ---------------------------------------------------------------------------------------------
// The list: two hand-written runs the demo's e2e specs open, and six months of generated ones.

const HAND_WRITTEN: TPastDeployment[] = [
  {
    name: "rename-fixed-cost-staging-2026-10-14",
    environment: "staging",
    createdAt: "2026-10-14T09:30:00Z",
    plannedStart: "2026-10-14T18:00:00Z",
    plannedEnd: "2026-10-14T19:00:00Z",
    lead: "lead@phaseline.local",
    outcome: "SUCCEEDED",
    seed: 14,
    isEssential: true,
    script: {
      start: "18:02",
      rehearsalAt: "15:10",
      notes: {
        "p1.connect": "Connected read-only; no long-running transactions or locks on client_products.",
        "p1.save_output": "Baselines kept by Phaseline with this deployment; no file copy.",
        "p1.verify": `No query errors. Company totals £${TOTAL_REVENUE} as on the revenue dashboard.`,
        "p2.review": "Reviewed with the DBA on the call: 3 views dropped and re-created, one RENAME COLUMN.",
        "p2.monitor": "No constraint violations, views created, transaction committed.",
        "p3.review": "All validation steps passed; no revenue difference at all, not just within £0.01.",
      },
      approvals: { p2: "Matches this afternoon's rehearsal; commit confirmed.", p3: "Baselines identical." },
      sheetComments: { lead: "Staging run complete in 51 minutes." },
    },
  },
  {
    name: "rename-fixed-cost-production-2026-10-21",
    environment: "production",
    createdAt: "2026-10-21T11:00:00Z",
    plannedStart: "2026-10-21T18:00:00Z",
    plannedEnd: "2026-10-21T19:00:00Z",
    lead: "lead@phaseline.local",
    outcome: "ROLLED_BACK",
    seed: 21,
    isEssential: true,
    script: {
      start: "18:01",
      rehearsalAt: "16:40",
      notes: { "p2.review": "Reviewed with the DBA on the call: 3 views dropped and re-created, one RENAME COLUMN." },
      rejectP2: {
        comment: "Attach the lock wait seen during the ALTER: the nightly fee batch was still running at 18:00.",
        answer: "Batch finished at 17:58; the ALTER waited 0.4 s for its lock (well under lock_timeout).",
      },
      approvals: { "p2.ponr": "Rehearsed this afternoon on production; lock_timeout 5 s is fine.", p2: "Lock wait acceptable." },
      sheetComments: { lead: "Rolled back cleanly in 21 minutes.", dba: "Database back on fixed_cost; no data change." },
    },
  },
];

function generated(): TPastDeployment[] {
  const rnd = random(20_260_504);
  const out: TPastDeployment[] = [];
  // a staging run on Tuesday, production on Thursday, most weeks from May to mid-November
  for (let week = 0; week < 28 && out.length < 38; week++) {
    const monday = Date.UTC(2026, 4, 4) + week * 7 * 86_400_000;
    const staging = new Date(monday + 86_400_000).toISOString().slice(0, 10);
    const production = new Date(monday + 3 * 86_400_000).toISOString().slice(0, 10);
    if (staging === "2026-10-13" || rnd() < 0.3) continue; // the hand-written October runs, and quiet weeks
    // a fixed mix, so the demo shows every outcome: about 1 in 5 production runs fails or rolls back
    const k = out.length / 2;
    const stagingOutcome: TOutcomeKind = k % 8 === 5 ? "ROLLED_BACK" : k % 11 === 7 ? "ABORTED" : "SUCCEEDED";
    const productionOutcome: TOutcomeKind = k % 9 === 3 ? "ROLLED_BACK" : k % 9 === 7 ? "FAILED" : k % 13 === 10 ? "ABORTED" : k % 7 === 4 ? "FOLLOW_UP_FAILED" : "SUCCEEDED";
    const lead = k % 3 === 2 ? "lead2@phaseline.local" : "lead@phaseline.local";
    for (const [env, day, outcome, seed] of [
      ["staging", staging, stagingOutcome, 1000 + week],
      ["production", production, productionOutcome, 2000 + week],
    ] as const) {
      out.push({
        name: `rename-fixed-cost-${env}-${day}`,
        environment: env,
        createdAt: `${day}T09:00:00Z`,
        plannedStart: `${day}T18:00:00Z`,
        plannedEnd: `${day}T19:00:00Z`,
        lead,
        outcome,
        seed,
      });
    }
  }
  return out;
}

/** Every past deployment, oldest first: the order they are written in, so the audit trail runs forward in time. */
export const PAST_DEPLOYMENTS: TPastDeployment[] = [...HAND_WRITTEN, ...generated()].sort((a, b) => a.plannedStart.localeCompare(b.plannedStart));

/**
 * A sample of the history: the two essential runs and the first run of every outcome on each
 * environment — what the seed's own integration test writes (the whole history is a few minutes
 * of use-case calls on a loaded machine).
 */
export const SAMPLE_HISTORY: ReadonlySet<string> = new Set(
  PAST_DEPLOYMENTS.filter((p, i, all) => p.isEssential || all.findIndex((q) => !q.isEssential && q.outcome === p.outcome && q.environment === p.environment) === i).map(
    (p) => p.name,
  ),
);

/** The time the first past deployment was planned: the seed's own setup is dated before it. */
export const DEMO_HISTORY_START = new Date(Math.min(...PAST_DEPLOYMENTS.map((p) => Date.parse(p.createdAt))));

/**
 * Writes one past deployment inside `tx` (one transaction: whole or absent). The use-cases take a
 * client whose `$transaction` runs in that same transaction, and the injected clock.
 */
export async function recordPastDeployment(tx: TTx, args: { past: TPastDeployment; runbookVersionId: string; environmentId: string; people: TDemoPeople }): Promise<void> {
  const inTx = joinTransaction(tx);
  const clock = new ManualClock(new Date(args.past.createdAt));
  const run = new PastRun(inTx, tx, clock, args.past, args.people, random(args.past.seed));
  await withClock(clock, async () => {
    await run.plan(args.runbookVersionId, args.environmentId);
    await playDeployment(run, args.past);
  });
}

/**
 * A Prisma client for the use-cases whose `$transaction(fn)` runs `fn` in the caller's open
 * transaction: the use-cases' reads, writes and audit events all land in it, in order.
 */
function joinTransaction(tx: TTx): TPrisma {
  return new Proxy(tx as unknown as PrismaClient, {
    get(target, prop, receiver) {
      if (prop === "$transaction") return (fn: (t: TTx) => Promise<unknown>) => fn(tx);
      return Reflect.get(target, prop, receiver);
    },
  }) as unknown as TPrisma;
}
