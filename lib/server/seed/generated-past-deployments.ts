// Six months of past runs of the seed runbook (May–November 2026, staging then production) so the
// managers' analytics show something true: outcomes, change failure rate and recovery, phase
// timings against estimates, failing steps, sign-off waits. Generated deterministically (a fixed
// pseudo-random sequence), so seeding twice names — and skips — the same deployments.
//
// Written with the seed's history writer (past-deployments.ts: every state change with its audit
// event, in order), not through the live use-cases: those stamp `new Date()` and run steps on the
// target through the worker, and a past cannot be replayed that way without an injectable clock.
// These runs are summaries: phase transitions, sign-offs and the step that failed are recorded;
// the passing steps and checklist ticks are not (recording them all — about 200 audit events per
// run — made the first `npm start` take minutes on the embedded database). The two hand-written
// runs in past-deployments.ts carry the full detail for the report.
import { RUNBOOK_003, type TSeedPhase, type TSeedStep } from "@/prisma/seed/runbook-003";
import type { DeploymentHistory, TPastDeployment } from "./past-deployments";

type TOutcome = "SUCCEEDED" | "ROLLED_BACK" | "FAILED" | "ABORTED";

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

const MAIN = RUNBOOK_003.phases.filter((p) => p.procedure === "MAIN");
const ROLLBACK = RUNBOOK_003.phases.filter((p) => p.procedure === "ROLLBACK");

const LEAD_NOTES = ["Done as written.", "Checked on the call with the DBA.", "No surprises.", "Confirmed in the dashboard.", "As in the rehearsal."];

async function runStep(h: DeploymentHistory, step: TSeedStep, seconds: number, rnd: () => number, failure?: string) {
  const { lead } = h.users;
  if (failure) {
    await h.step(lead, step.key, {
      seconds,
      status: "FAILED",
      output: `ERROR:  ${failure}\n`,
      result: step.kind === "HTTP_CHECK" ? { status: 502, durationMs: seconds * 1000 } : { passed: false, error: { message: failure } },
      errorMessage: failure,
    });
    return;
  }
  switch (step.kind) {
    case "BASELINE_CAPTURE":
      await h.capture(lead, step.key);
      return;
    case "BASELINE_COMPARE":
      await h.check(lead, step.key, 0, { seconds });
      return;
    case "QUERY_CHECK": {
      const e = step.expectation;
      const observed = !e ? 0 : e.type === "scalar_between" ? Math.round((e.min + (e.max - e.min) * 0.3) * 100) / 100 : e.type === "scalar_at_most" ? 0 : e.value;
      await h.check(lead, step.key, observed, { seconds, rowCount: e?.type === "row_count_equals" ? e.value : 1 });
      return;
    }
    case "SQL":
      await h.step(lead, step.key, {
        seconds,
        output: "DROP VIEW\nDROP VIEW\nDROP VIEW\nALTER TABLE\nCREATE VIEW\nCREATE VIEW\nCREATE VIEW\nCOMMIT\n",
        result: { statements: 7, rowsAffected: 0, isCommitted: true },
        summary: "7 statements, committed",
      });
      return;
    case "COMMAND":
      await h.command(lead, step.key, seconds, `${step.title}: ok\n`);
      return;
    case "HTTP_CHECK":
      await h.step(lead, step.key, { seconds, output: 'HTTP 200\n{"status":"healthy"}\n', result: { status: 200, durationMs: 30 + Math.round(rnd() * 40) }, summary: "HTTP 200" });
      return;
    default:
      await h.manual(lead, step.key, seconds, LEAD_NOTES[Math.floor(rnd() * LEAD_NOTES.length)]!);
  }
}

/** One phase played from activation to its end; returns false when a step failed (the phase FAILED). */
async function playPhase(
  h: DeploymentHistory,
  phase: TSeedPhase,
  rnd: () => number,
  o: { speed: number; failStep?: string; failure?: string; isRollback?: boolean },
): Promise<boolean> {
  const { lead, dba, dba2 } = h.users;
  const startedAt = h.now.getTime();
  await h.phaseStatus(lead, phase.key, "ACTIVE");
  const budget = phase.estimatedMinutes * 60 * o.speed;
  const failing = phase.steps.find((s) => s.key === o.failStep);
  if (failing && o.failure) {
    h.wait(Math.round(budget * 0.5));
    await runStep(h, failing, Math.max(1, Math.round(30 * (0.5 + rnd()))), rnd, o.failure);
    await h.phaseStatus(lead, phase.key, "FAILED", `${failing.title}: ${o.failure}`);
    return false;
  }
  const spent = (h.now.getTime() - startedAt) / 1000;
  if (spent < budget) h.wait(Math.round(budget - spent));
  if (phase.requiredSignoffRoles?.includes("DBA")) {
    await h.phaseStatus(lead, phase.key, "AWAITING_SIGNOFF");
    const approver = rnd() < 0.5 ? dba : dba2;
    h.wait(Math.round(60 + rnd() * (o.isRollback ? 240 : 600)));
    if (rnd() < 0.15) {
      const comment = "Attach the row counts of the check before I approve.";
      await h.signoff(approver, { scope: "PHASE", role: "DBA", decision: "REJECTED", phaseKey: phase.key, comment });
      await h.phaseStatus(approver, phase.key, "ACTIVE", comment);
      h.wait(Math.round(120 + rnd() * 300));
      await h.phaseStatus(lead, phase.key, "AWAITING_SIGNOFF", "Row counts attached in the step notes.");
      h.wait(Math.round(60 + rnd() * 300));
    }
    await h.signoff(approver, { scope: "PHASE", role: "DBA", decision: "APPROVED", phaseKey: phase.key, comment: rnd() < 0.5 ? "Looks right." : "" });
    await h.phaseStatus(approver, phase.key, "DONE");
  } else {
    await h.phaseStatus(lead, phase.key, "DONE");
  }
  h.wait(Math.round(30 + rnd() * 90));
  return true;
}

async function rollBack(h: DeploymentHistory, rnd: () => number, why: string) {
  const { lead } = h.users;
  await h.deployment(lead, "ROLLING_BACK", why);
  h.wait(60);
  for (const phase of ROLLBACK) await playPhase(h, phase, rnd, { speed: 0.6 + rnd() * 0.8, isRollback: true });
  await h.deployment(lead, "ROLLED_BACK", `${why} Rolled back; company totals verified against the baseline.`);
}

type TSpec = { env: "staging" | "production"; day: string; outcome: TOutcome; seed: number };

async function play(h: DeploymentHistory, spec: TSpec) {
  const rnd = random(spec.seed);
  const { lead, dba, dba2 } = h.users;
  const isProduction = spec.env === "production";
  h.at(`${spec.day}T18:0${Math.floor(rnd() * 6)}:00Z`);
  await h.deployment(lead, "IN_PROGRESS");
  // production runs slower than staging: real data, real load
  const speed = () => (isProduction ? 0.9 : 0.6) + rnd() * 0.9;
  for (const phase of MAIN) {
    if (spec.outcome === "ABORTED" && phase.key === "p2") {
      await h.deployment(lead, "ABORTED", "The nightly fee batch overran into the window; the change moves to the next window.");
      return;
    }
    if (phase.key === "p8" && !isProduction) {
      await h.phaseStatus(lead, "p8", "SKIPPED", "Staging has no user traffic to watch; the 24-hour monitoring belongs to the production run.");
      continue;
    }
    if (phase.isPointOfNoReturn && isProduction) {
      await h.signoff(rnd() < 0.5 ? dba : dba2, { scope: "POINT_OF_NO_RETURN", role: "DBA", decision: "APPROVED", phaseKey: phase.key, comment: "Rehearsed; go." });
    }
    const failure =
      spec.outcome === "ROLLED_BACK" && phase.key === "p3"
        ? { failStep: rnd() < 0.5 ? "p3.views_queryable" : "p3.compare_products", failure: "canceling statement due to statement timeout" }
        : spec.outcome === "FAILED" && phase.key === "p5"
          ? { failStep: "p5.deploy", failure: "rsync: connection unexpectedly closed (code 12)" }
          : {};
    const isDone = await playPhase(h, phase, rnd, { speed: phase.key === "p8" ? 1 : speed(), ...failure });
    if (!isDone) {
      if (spec.outcome === "ROLLED_BACK") return rollBack(h, rnd, `Phase 3 validation failed (${failure.failStep}); failure policy ROLLBACK.`);
      await h.deployment(
        lead,
        "FAILED",
        "Frontend deployment failed: the upload to the web root broke off. Backend and database stay on the new column; stopped to decide (failure policy STOP).",
      );
      return;
    }
  }
  await h.deployment(lead, "SUCCEEDED");
  await h.signoff(lead, { scope: "SHEET", role: "LEAD", decision: "APPROVED", sheetLabel: "Deployment Lead" });
  h.wait(Math.round(300 + rnd() * 3000));
  await h.signoff(rnd() < 0.5 ? dba : dba2, { scope: "SHEET", role: "DBA", decision: "APPROVED", sheetLabel: "Database Admin" });
}

function specs(): TSpec[] {
  const rnd = random(20_260_504);
  const out: TSpec[] = [];
  // a staging run on Tuesday, production on Thursday, most weeks from May to mid-November
  for (let week = 0; week < 28 && out.length < 38; week++) {
    const monday = Date.UTC(2026, 4, 4) + week * 7 * 86_400_000;
    const staging = new Date(monday + 86_400_000).toISOString().slice(0, 10);
    const production = new Date(monday + 3 * 86_400_000).toISOString().slice(0, 10);
    if (staging === "2026-10-13" || rnd() < 0.3) continue; // the hand-written October runs, and quiet weeks
    // a fixed mix, so the demo shows every outcome: about 1 in 5 production runs fails or rolls back
    const k = out.length / 2;
    const stagingOutcome: TOutcome = k % 8 === 5 ? "ROLLED_BACK" : k % 11 === 7 ? "ABORTED" : "SUCCEEDED";
    out.push({ env: "staging", day: staging, outcome: stagingOutcome, seed: 1000 + week });
    const productionOutcome: TOutcome = k % 9 === 3 ? "ROLLED_BACK" : k % 9 === 7 ? "FAILED" : k % 13 === 10 ? "ABORTED" : "SUCCEEDED";
    out.push({ env: "production", day: production, outcome: productionOutcome, seed: 2000 + week });
  }
  return out;
}

export const GENERATED_PAST_DEPLOYMENTS: TPastDeployment[] = specs().map((spec) => ({
  name: `rename-fixed-cost-${spec.env}-${spec.day}`,
  environment: spec.env,
  createdAt: new Date(Date.parse(`${spec.day}T09:00:00Z`) - 3 * 86_400_000).toISOString(),
  plannedStart: `${spec.day}T18:00:00Z`,
  plannedEnd: `${spec.day}T19:00:00Z`,
  play: (h) => play(h, spec),
}));
