// availableActions and the decide* functions can never disagree (issue 10): over thousands of
// generated deployments — every deployment status, every phase and step-run status, waivers,
// rehearsals, points of no return on production, sign-off rounds — and every kind of viewer,
// each action offered is accepted by the decision the server makes with the same permission, and
// each action withheld is refused by one of them with a sentence.
import { describe, expect, it } from "vitest";
import { can, type TRole } from "@/lib/auth/permissions";
import { availableActions, cockpitView, DEPLOYMENT_ACTION_PERMISSION, signoffPermission, type TOffer, type TViewer } from "./available-actions";
import { decidePhaseSignoff } from "./signoff-policy";
import {
  decideActivatePhase,
  decideCompletePhase,
  decideDeploymentAction,
  decideManualStep,
  decidePointOfNoReturnApproval,
  decideReconcile,
  decideRecordCriterion,
  decideSkipPhase,
  decideStartStep,
  decideTickChecklistItem,
  decideTickChecklistItems,
  decideWaiveStep,
  DEPLOYMENT_STATUSES,
  isFollowUpOpen,
  isFollowUpPhase,
  latestRun,
  nextAttempt,
  sqlRunnerIds,
  type TDecision,
  type TDeploymentSnapshot,
  type TPhaseRunStatus,
  type TPhaseSnapshot,
  type TStepRunSnapshot,
  type TStepRunStatus,
  type TStepSnapshot,
} from "./state-machine";

// a small deterministic PRNG: the same 1,000 deployments on every run
function rng(seed: number) {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const PHASE_STATUSES: readonly TPhaseRunStatus[] = ["PENDING", "ACTIVE", "AWAITING_SIGNOFF", "DONE", "FAILED", "SKIPPED"];
const RUN_STATUSES: readonly TStepRunStatus[] = ["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "INTERRUPTED"];
const USERS = ["lead-1", "dba-1", "dba-2", "manager-1"] as const;

function generate(random: () => number, n: number): TDeploymentSnapshot {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const runs = (kind: string): TStepRunSnapshot[] => {
    const out: TStepRunSnapshot[] = [];
    const real = Math.floor(random() * 3);
    for (let a = 1; a <= real; a++)
      out.push({
        id: `r-${n}-${kind}-${a}-${out.length}`,
        mode: "RUN",
        attempt: a,
        status: a < real ? pick(["SUCCEEDED", "FAILED"] as const) : pick(RUN_STATUSES),
        startedById: pick(USERS),
      });
    const rehearsals = kind === "SQL" ? Math.floor(random() * 2) : 0;
    for (let a = 1; a <= rehearsals; a++) out.push({ id: `h-${n}-${a}`, mode: "REHEARSAL", attempt: a, status: pick(RUN_STATUSES), startedById: pick(USERS) });
    return out;
  };
  const phase = (procedure: "MAIN" | "ROLLBACK", position: number): TPhaseSnapshot => {
    const steps: TStepSnapshot[] = (["SQL", "MANUAL", "QUERY_CHECK", "COMMAND"] as const).slice(0, 1 + Math.floor(random() * 4)).map((kind, i) => ({
      stepId: `${procedure}-${position}-s${i}`,
      kind,
      title: `${kind} step ${i}`,
      runs: runs(kind),
      isWaived: random() < 0.2,
    }));
    const roles = random() < 0.5 ? ["DBA"] : random() < 0.5 ? ["DBA", "LEAD"] : [];
    return {
      phaseRunId: `${procedure}-${position}`,
      procedure,
      position,
      title: `${procedure} phase ${position}`,
      status: pick(PHASE_STATUSES),
      failurePolicy: pick(["STOP", "ROLLBACK", "CONTINUE"] as const),
      isPointOfNoReturn: random() < 0.3,
      requiredSignoffRoles: roles,
      steps,
      checklist: Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => ({
        itemId: `${procedure}-${position}-c${i}`,
        text: `Announce the window ${i}`,
        isRequired: random() < 0.7,
        isTicked: random() < 0.5,
      })),
      criteria: [
        { criterionId: `${procedure}-${position}-k1`, text: "Totals unchanged", boundStepId: null, isMet: pick([null, true, false]) },
        { criterionId: `${procedure}-${position}-k2`, text: "Check passes", boundStepId: steps[0]!.stepId, isMet: pick([null, true, false]) },
      ],
      signoffs:
        roles.length && random() < 0.5
          ? [{ role: pick(roles), userId: pick(USERS), decision: pick(["APPROVED", "REJECTED", "WITHDRAWN"] as const), createdAt: new Date(Date.UTC(2026, 0, 1, 0, n % 60)) }]
          : [],
    };
  };
  // follow-up phases (issue 15): after the main phases, due before or after the snapshot's clock
  const followUp = (position: number, offsetMinutes: number): TPhaseSnapshot => ({
    ...phase("MAIN", position),
    isPointOfNoReturn: false,
    followUpOffsetMinutes: offsetMinutes,
    dueAt: random() < 0.15 ? null : new Date(NOW.getTime() + (random() < 0.5 ? -1 : 1) * offsetMinutes * 60_000),
  });
  const hasFollowUps = random() < 0.5;
  const phases = [
    phase("MAIN", 1),
    phase("MAIN", 2),
    phase("MAIN", 3),
    ...(hasFollowUps ? [followUp(4, 240), followUp(5, 1440)] : []),
    ...(random() < 0.8 ? [phase("ROLLBACK", 1), phase("ROLLBACK", 2)] : []),
  ];
  const ponr = new Map<string, { role: string; userId: string; decision: "APPROVED" | "REJECTED" | "WITHDRAWN"; createdAt: Date }[]>();
  for (const p of phases)
    if (p.isPointOfNoReturn && random() < 0.5)
      ponr.set(p.phaseRunId, [{ role: "DBA", userId: "dba-2", decision: pick(["APPROVED", "REJECTED"] as const), createdAt: new Date(0) }]);
  return {
    status: DEPLOYMENT_STATUSES[n % DEPLOYMENT_STATUSES.length]!,
    name: "rename-fixed-cost",
    isProduction: random() < 0.5,
    phases,
    pointOfNoReturnApprovals: ponr,
    isRollbackStarted: random() < 0.3,
    followUpStatus: hasFollowUps ? pick([null, "OPEN", "OPEN", "OPEN", "PASSED", "FAILED"] as const) : null,
    now: NOW,
  };
}

const NOW = new Date(Date.UTC(2026, 0, 16, 3, 0));

const VIEWERS: readonly TViewer[] = [
  { id: "lead-1", roles: ["LEAD"] },
  { id: "dba-1", roles: ["DBA"] },
  { id: "dba-2", roles: ["DBA", "LEAD"] as TRole[] },
  { id: "manager-1", roles: ["MANAGER"] },
  { id: "admin-1", roles: ["ADMIN"] },
];

/** The server's answer: permission first (the action client), then the use-case's decision. */
function server(viewer: TViewer, permission: Parameters<typeof can>[1], decision: TDecision): boolean {
  return can(viewer.roles, permission) && decision.ok;
}

// collected, not asserted one by one: a million expect() calls would take minutes
const disagreements: string[] = [];
function expectAgrees(offer: TOffer, isAccepted: boolean, what: string): void {
  if (offer.ok !== isAccepted) disagreements.push(`${what}: offered ${offer.ok}, server ${isAccepted}`);
  if (!offer.ok && offer.reason.length < 10) disagreements.push(`${what}: a refusal without a sentence`);
}

describe("availableActions agrees with the server's decisions", () => {
  const random = rng(20261129);
  const generated = Array.from({ length: 1000 }, (_, n) => generate(random, n));
  // and 300 that succeeded with follow-ups open, their main phases closed as they would be
  const withFollowUps = generated
    .filter((s) => s.phases.some(isFollowUpPhase))
    .slice(0, 300)
    .map(
      (s, n): TDeploymentSnapshot => ({
        ...s,
        status: "SUCCEEDED",
        followUpStatus: "OPEN",
        phases: s.phases.map((p) => (p.procedure === "MAIN" && !isFollowUpPhase(p) ? { ...p, status: n % 5 === 0 ? "SKIPPED" : "DONE" } : p)),
      }),
    );
  const snapshots = [...generated, ...withFollowUps];

  it("for every deployment, viewer and action: offered exactly when the server accepts it", () => {
    let offered = 0;
    let withheld = 0;
    for (const snapshot of snapshots) {
      for (const isCommandsEnabled of [false, true]) {
        for (const viewer of VIEWERS) {
          const context = { isCommandsEnabled, requireSeparationOfDuties: true, preflightFailures: [] };
          const actions = availableActions(snapshot, viewer, context);
          for (const [action, offer] of Object.entries(actions.deployment)) {
            const a = action as keyof typeof DEPLOYMENT_ACTION_PERMISSION;
            expectAgrees(offer, server(viewer, DEPLOYMENT_ACTION_PERMISSION[a], decideDeploymentAction(snapshot, a, { overrideReason: "x" })), `deployment ${a}`);
          }
          for (const phase of snapshot.phases) {
            const offers = actions.phases[phase.phaseRunId]!;
            const id = phase.phaseRunId;
            expectAgrees(
              offers.activate,
              server(viewer, phase.isPointOfNoReturn ? "deployment.control" : "deployment.run", decideActivatePhase(snapshot, id, { confirmationName: snapshot.name })),
              `activate ${id}`,
            );
            expectAgrees(offers.complete, server(viewer, "deployment.run", decideCompletePhase(snapshot, id)), `complete ${id}`);
            expectAgrees(offers.skip, server(viewer, "deployment.run", decideSkipPhase(snapshot, id, "x")), `skip ${id}`);
            expectAgrees(
              offers.approvePointOfNoReturn,
              server(viewer, "signoff.dba", decidePointOfNoReturnApproval(snapshot, id, { userRoles: viewer.roles, decision: "APPROVED", comment: "" })),
              `ponr ${id}`,
            );
            for (const role of phase.requiredSignoffRoles) {
              const decision = decidePhaseSignoff(snapshot, {
                phaseRunId: id,
                role,
                decision: "APPROVED",
                comment: "",
                userId: viewer.id,
                userRoles: viewer.roles,
                requireSeparationOfDuties: true,
                sqlRunnerIds: sqlRunnerIds(phase),
              });
              expectAgrees(offers.signoff[role]!, server(viewer, signoffPermission(role), decision), `signoff ${id} ${role}`);
            }
            for (const item of phase.checklist)
              expectAgrees(offers.tick[item.itemId]!, server(viewer, "deployment.run", decideTickChecklistItem(snapshot, id, item.itemId)), `tick ${item.itemId}`);
            // tick all: offered exactly when the server accepts every unticked item, all or nothing
            const unticked = phase.checklist.filter((c) => !c.isTicked).map((c) => c.itemId);
            expectAgrees(offers.tickAll, server(viewer, "deployment.run", decideTickChecklistItems(snapshot, id, unticked)), `tick all ${id}`);
            if (offers.tickAll.itemIds.join() !== unticked.join()) disagreements.push(`tick all ${id}: offers other items`);
            if (offers.tickAll.ok && !unticked.every((itemId) => server(viewer, "deployment.run", decideTickChecklistItem(snapshot, id, itemId))))
              disagreements.push(`tick all ${id}: offered though an item alone is refused`);
            if (
              decideTickChecklistItems(snapshot, id, [...unticked, ...phase.checklist.filter((c) => c.isTicked).map((c) => c.itemId)]).ok &&
              phase.checklist.some((c) => c.isTicked)
            )
              disagreements.push(`tick all ${id}: a ticked item accepted again`);
            for (const c of phase.criteria)
              expectAgrees(
                offers.recordCriterion[c.criterionId]!,
                server(viewer, "deployment.run", decideRecordCriterion(snapshot, id, c.criterionId)),
                `criterion ${c.criterionId}`,
              );
            for (const step of phase.steps) {
              const s = offers.steps[step.stepId]!;
              const runOptions = { attempt: nextAttempt(step, "RUN"), isCommandsEnabled };
              expectAgrees(s.run, server(viewer, "deployment.run", decideStartStep(snapshot, id, step.stepId, { ...runOptions, mode: "RUN" })), `run ${step.stepId}`);
              expectAgrees(
                s.rehearse,
                server(
                  viewer,
                  "deployment.rehearse",
                  decideStartStep(snapshot, id, step.stepId, { mode: "REHEARSAL", attempt: nextAttempt(step, "REHEARSAL"), isCommandsEnabled }),
                ),
                `rehearse ${step.stepId}`,
              );
              expectAgrees(s.record, server(viewer, "deployment.run", decideManualStep(snapshot, id, step.stepId, runOptions.attempt)), `record ${step.stepId}`);
              expectAgrees(s.waive, server(viewer, "deployment.run", decideWaiveStep(snapshot, id, step.stepId, "x")), `waive ${step.stepId}`);
              const latest = latestRun(step);
              if (latest?.status === "INTERRUPTED")
                expectAgrees(s.reconcile!, server(viewer, "deployment.run", decideReconcile(snapshot, latest, "x")), `reconcile ${step.stepId}`);
              else if (s.reconcile !== null) disagreements.push(`reconcile offered for ${step.stepId} without an interruption`);
              // the offered attempt is the one the server expects: a stale number is refused (rule 5)
              if (s.run.ok && decideStartStep(snapshot, id, step.stepId, { ...runOptions, attempt: s.run.attempt - 1 || 2, mode: "RUN" }).ok)
                disagreements.push(`run ${step.stepId}: a stale attempt accepted`);
              for (const offer of [s.run, s.rehearse, s.record, s.waive]) offer.ok ? offered++ : withheld++;
            }
          }
        }
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    // the generator reaches both sides of the line, often
    expect(offered).toBeGreaterThan(1_000);
    expect(withheld).toBeGreaterThan(10_000);
  });

  it("reaches open follow-ups: due ones offered to start, the others refused with their due time", () => {
    let due = 0;
    let notYet = 0;
    for (const snapshot of snapshots.filter(isFollowUpOpen)) {
      const actions = availableActions(snapshot, VIEWERS[0]!, { isCommandsEnabled: true, requireSeparationOfDuties: true });
      for (const phase of snapshot.phases.filter((p) => isFollowUpPhase(p) && p.status === "PENDING" && p.dueAt)) {
        const activate = actions.phases[phase.phaseRunId]!.activate;
        const previous = snapshot.phases.find((p) => p.procedure === "MAIN" && p.position === phase.position - 1)!;
        const isOthersFree = !snapshot.phases.some((p) => isFollowUpPhase(p) && (p.status === "ACTIVE" || p.status === "AWAITING_SIGNOFF"));
        if (phase.dueAt! > NOW) {
          notYet++;
          expect(activate).toMatchObject({ ok: false, reason: expect.stringContaining("due at 2026-01-") });
        } else if (isOthersFree && (previous.status === "DONE" || previous.status === "SKIPPED")) {
          due++;
          expect(activate).toEqual({ ok: true, needsConfirmation: false, needsApproval: false });
        }
      }
      // a main phase never changes once the deployment succeeded
      for (const phase of snapshot.phases.filter((p) => p.procedure === "ROLLBACK" || !isFollowUpPhase(p))) {
        const offers = actions.phases[phase.phaseRunId]!;
        expect(offers.activate.ok || offers.complete.ok || offers.skip.ok).toBe(false);
      }
    }
    expect(due).toBeGreaterThan(5);
    expect(notYet).toBeGreaterThan(5);
  });

  it("never offers anything on a finished deployment but what its record allows (nothing that changes it)", () => {
    // open follow-ups are the one exception (issue 15): covered above
    for (const snapshot of snapshots.filter((s) => ["SUCCEEDED", "ROLLED_BACK", "ABORTED"].includes(s.status) && !isFollowUpOpen(s))) {
      const actions = availableActions(snapshot, VIEWERS[2]!, { isCommandsEnabled: true, requireSeparationOfDuties: true });
      const offered = Object.entries(actions.deployment)
        .filter(([, o]) => o.ok)
        .map(([a]) => a);
      // a failed follow-up may still be rolled back, once
      expect(offered.filter((a) => !(a === "start_rollback" && snapshot.status === "SUCCEEDED" && snapshot.followUpStatus === "FAILED"))).toEqual([]);
      for (const phase of Object.values(actions.phases)) {
        expect(phase.activate.ok || phase.complete.ok || phase.skip.ok).toBe(false);
        for (const s of Object.values(phase.steps)) expect(s.run.ok || s.rehearse.ok || s.record.ok || s.waive.ok).toBe(false);
        for (const o of Object.values(phase.tick)) expect(o.ok).toBe(false);
        expect(phase.tickAll.ok).toBe(false);
      }
    }
  });

  it("offers Start despite a failing pre-flight only as an override the server audits", () => {
    const planned: TDeploymentSnapshot = { ...snapshots[0]!, status: "PLANNED", phases: snapshots[0]!.phases.map((p) => ({ ...p, status: "PENDING" })) };
    const actions = availableActions(planned, VIEWERS[0]!, { isCommandsEnabled: false, requireSeparationOfDuties: true, preflightFailures: ["Target database answers: no"] });
    expect(actions.deployment.start.ok).toBe(true);
    expect(decideDeploymentAction(planned, "start", { preflightFailures: ["Target database answers: no"] }).ok).toBe(false);
  });
});

describe("cockpitView", () => {
  it("puts the open rollback phase in front while rolling back, and the next main phase while in progress", () => {
    const base = generate(rng(7), 0);
    const phases = base.phases.map((p) => ({ ...p, status: "PENDING" as const }));
    const inProgress = { ...base, status: "IN_PROGRESS" as const, phases: phases.map((p) => (p.phaseRunId === "MAIN-1" ? { ...p, status: "DONE" as const } : p)) };
    expect(cockpitView(inProgress)).toMatchObject({ workingProcedure: "MAIN", currentPhaseRunId: null, nextPhaseRunId: "MAIN-2" });
    const rollingBack = {
      ...base,
      status: "ROLLING_BACK" as const,
      phases: [
        ...phases.filter((p) => p.procedure === "MAIN"),
        { ...phases.find((p) => p.procedure === "ROLLBACK")!, phaseRunId: "RB-1", procedure: "ROLLBACK" as const, status: "ACTIVE" as const },
      ],
    };
    expect(cockpitView(rollingBack)).toMatchObject({ workingProcedure: "ROLLBACK", currentPhaseRunId: "RB-1", nextPhaseRunId: null });
  });

  it("keeps the failure that opened the rollback in view: its phase and its failed steps", () => {
    const base = generate(rng(11), 0);
    const [main1, main2, main3] = base.phases.filter((p) => p.procedure === "MAIN");
    const rollback = base.phases.find((p) => p.procedure === "ROLLBACK") ?? { ...main1!, phaseRunId: "RB-1", procedure: "ROLLBACK" as const };
    const failedStep = {
      stepId: "compare",
      kind: "SQL" as const,
      title: "Compare with the baseline",
      isWaived: false,
      runs: [{ id: "x", mode: "RUN" as const, attempt: 1, status: "FAILED" as const, startedById: "lead-1" }],
    };
    const okStep = { ...failedStep, stepId: "count", title: "Count rows", runs: [{ ...failedStep.runs[0]!, id: "y", status: "SUCCEEDED" as const }] };
    const phases = [
      { ...main1!, status: "DONE" as const },
      { ...main2!, status: "FAILED" as const, failurePolicy: "ROLLBACK" as const, steps: [okStep, failedStep] },
      { ...main3!, status: "PENDING" as const },
      { ...rollback, procedure: "ROLLBACK" as const, position: 1, status: "ACTIVE" as const },
    ];
    expect(cockpitView({ ...base, status: "ROLLING_BACK", phases }).rollbackTrigger).toEqual({ phaseRunId: main2!.phaseRunId, stepIds: ["compare"] });
    // before the rollback there is nothing to pin; a hand-made rollback names the phase without steps
    expect(
      cockpitView({ ...base, status: "IN_PROGRESS", phases: phases.map((p) => (p.procedure === "ROLLBACK" ? { ...p, status: "PENDING" as const } : p)) }).rollbackTrigger,
    ).toBeNull();
    const byHand = phases.map((p) => (p.phaseRunId === main2!.phaseRunId ? { ...p, failurePolicy: "STOP" as const, steps: [okStep] } : p));
    expect(cockpitView({ ...base, status: "ROLLING_BACK", phases: byHand }).rollbackTrigger).toEqual({ phaseRunId: main2!.phaseRunId, stepIds: [] });
  });
});
