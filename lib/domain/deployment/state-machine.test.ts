// The execution state machine (PRODUCT.md "Domain" states and rules 1, 2, 4, 5, 6, 7): every
// transition it allows and every one it refuses. Refusals are checked for the sentence too, so a
// test fails when the rule it names is removed, not only when the outcome flips for another reason.
import { describe, expect, it } from "vitest";
import { decidePhaseSignoff } from "@/lib/domain/deployment/signoff-policy";
import {
  completionOf,
  currentSignoffs,
  decideActivatePhase,
  decideCompletePhase,
  decideDeploymentAction,
  decideManualStep,
  decideReconcile,
  decideSkipPhase,
  decideStartStep,
  decideWaiveStep,
  decideTickChecklistItem,
  decideRecordCriterion,
  decidePointOfNoReturnApproval,
  decideSheetSignoff,
  DEPLOYMENT_STATUSES,
  failureConsequence,
  followUpCompletionOf,
  followUpDueTimes,
  formatFollowUpOffset,
  missingSignoffRoles,
  unmetGates,
  unmetGateGroups,
  decideTickChecklistItems,
  type TChecklistSnapshot,
  type TCriterionSnapshot,
  type TDeploymentAction,
  type TDeploymentSnapshot,
  type TDeploymentStatus,
  type TPhaseSnapshot,
  type TSignoffSnapshot,
  type TStepRunSnapshot,
  type TStepSnapshot,
} from "@/lib/domain/deployment/state-machine";

// ---------------------------------------------------------------------------------------------
// Factories

let runSeq = 0;

function run(over: Partial<TStepRunSnapshot> = {}): TStepRunSnapshot {
  runSeq += 1;
  return { id: `run-${runSeq}`, mode: "RUN", attempt: 1, status: "SUCCEEDED", startedById: "lead-1", ...over };
}

function step(over: Partial<TStepSnapshot> = {}): TStepSnapshot {
  return { stepId: "step-sql", kind: "SQL", title: "Rename fixed_cost", runs: [], isWaived: false, ...over };
}

function item(over: Partial<TChecklistSnapshot> = {}): TChecklistSnapshot {
  return { itemId: "item-1", text: "Announce the window in #deploys", isRequired: true, isTicked: false, ...over };
}

function criterion(over: Partial<TCriterionSnapshot> = {}): TCriterionSnapshot {
  return { criterionId: "crit-1", text: "Revenue totals unchanged", boundStepId: null, isMet: null, ...over };
}

function signoff(role: string, userId: string, decision: TSignoffSnapshot["decision"], minute: number): TSignoffSnapshot {
  return { role, userId, decision, createdAt: new Date(Date.UTC(2026, 0, 15, 22, minute)) };
}

function mainPhase(position: number, over: Partial<TPhaseSnapshot> = {}): TPhaseSnapshot {
  return {
    phaseRunId: `main-${position}`,
    procedure: "MAIN",
    position,
    title: `Main phase ${position}`,
    status: "PENDING",
    failurePolicy: "STOP",
    isPointOfNoReturn: false,
    requiredSignoffRoles: [],
    steps: [],
    checklist: [],
    criteria: [],
    signoffs: [],
    ...over,
  };
}

function rollbackPhase(position: number, over: Partial<TPhaseSnapshot> = {}): TPhaseSnapshot {
  return mainPhase(position, { phaseRunId: `rollback-${position}`, procedure: "ROLLBACK", title: `Rollback phase ${position}`, ...over });
}

function deployment(over: Partial<TDeploymentSnapshot> = {}): TDeploymentSnapshot {
  return {
    status: "IN_PROGRESS",
    name: "rename-fixed-cost-2026-01",
    isProduction: false,
    phases: [mainPhase(1, { status: "ACTIVE" }), mainPhase(2), rollbackPhase(1), rollbackPhase(2)],
    pointOfNoReturnApprovals: new Map(),
    ...over,
  };
}

/** ok: false, and the reason names every given thing (case-insensitive). */
function expectRefused(decision: { ok: true } | { ok: false; reason: string }, ...mentions: string[]): void {
  expect(decision.ok).toBe(false);
  if (decision.ok) return;
  expect(decision.reason.length).toBeGreaterThan(0);
  for (const m of mentions) expect(decision.reason.toLowerCase()).toContain(m.toLowerCase());
}

/** "ROLLING_BACK" → "rolling back": how a status appears inside a refusal. */
const statusWords = (s: TDeploymentStatus) => s.toLowerCase().replace("_", " ");

const FINAL: readonly TDeploymentStatus[] = ["SUCCEEDED", "FAILED", "ROLLED_BACK", "ABORTED"];

// ---------------------------------------------------------------------------------------------
// Deployment transitions

describe("decideDeploymentAction", () => {
  const ALLOWED: Readonly<Record<TDeploymentAction, Partial<Record<TDeploymentStatus, TDeploymentStatus>>>> = {
    start: { PLANNED: "IN_PROGRESS" },
    pause: { IN_PROGRESS: "PAUSED", ROLLING_BACK: "PAUSED" },
    resume: { PAUSED: "IN_PROGRESS" },
    abort: { PLANNED: "ABORTED", IN_PROGRESS: "ABORTED", PAUSED: "ABORTED", ROLLING_BACK: "ABORTED" },
    start_rollback: { IN_PROGRESS: "ROLLING_BACK", PAUSED: "ROLLING_BACK", FAILED: "ROLLING_BACK" },
    end_failed: { IN_PROGRESS: "FAILED", PAUSED: "FAILED", ROLLING_BACK: "FAILED" },
    // only with open follow-ups (covered below): a snapshot without them refuses it everywhere
    fail_follow_up: {},
  };
  const ACTION_MENTION: Readonly<Record<TDeploymentAction, string>> = {
    start: "start",
    pause: "pause",
    resume: "resume",
    abort: "abort",
    start_rollback: "rollback",
    end_failed: "failed",
    fail_follow_up: "follow-up",
  };

  // a version with a rollback procedure that has not started: every rule but the status passes
  const phases = [mainPhase(1, { status: "ACTIVE" }), rollbackPhase(1)];

  const table = (Object.keys(ALLOWED) as TDeploymentAction[]).flatMap((action) => DEPLOYMENT_STATUSES.map((status) => ({ action, status, to: ALLOWED[action][status] ?? null })));

  it("covers every action from every one of the 8 statuses", () => {
    expect(DEPLOYMENT_STATUSES).toHaveLength(8);
    expect(table).toHaveLength(7 * 8);
  });

  it.each(table.filter((r) => r.to))("$action from $status → $to", ({ action, status, to }) => {
    expect(decideDeploymentAction({ status, phases }, action)).toEqual({ ok: true, to });
  });

  it.each(table.filter((r) => !r.to))("$action from $status is refused with a sentence naming the status", ({ action, status }) => {
    expectRefused(decideDeploymentAction({ status, phases }, action), "The deployment is", statusWords(status), ACTION_MENTION[action]);
  });

  it("resume returns to ROLLING_BACK when a rollback phase has started", () => {
    for (const status of ["ACTIVE", "AWAITING_SIGNOFF", "DONE", "SKIPPED", "FAILED"] as const) {
      const snapshot = { status: "PAUSED" as const, phases: [mainPhase(1, { status: "FAILED" }), rollbackPhase(1, { status }), rollbackPhase(2)] };
      expect(decideDeploymentAction(snapshot, "resume")).toEqual({ ok: true, to: "ROLLING_BACK" });
    }
  });

  it("resume returns to IN_PROGRESS while every rollback phase is still pending", () => {
    const snapshot = { status: "PAUSED" as const, phases: [mainPhase(1, { status: "ACTIVE" }), rollbackPhase(1), rollbackPhase(2)] };
    expect(decideDeploymentAction(snapshot, "resume")).toEqual({ ok: true, to: "IN_PROGRESS" });
  });

  // openRollback (lib/server/deployments/write-transitions.ts) leaves a point-of-no-return first
  // rollback phase PENDING until its typed confirmation: the snapshot says the rollback started.
  it("resume returns to ROLLING_BACK when the rollback opened but its first phase (a point of no return) is still pending", () => {
    const snapshot = {
      status: "PAUSED" as const,
      isRollbackStarted: true,
      phases: [mainPhase(1, { status: "DONE" }), mainPhase(2, { status: "FAILED" }), rollbackPhase(1, { isPointOfNoReturn: true }), rollbackPhase(2)],
    };
    expect(decideDeploymentAction(snapshot, "resume")).toEqual({ ok: true, to: "ROLLING_BACK" });
    expectRefused(decideDeploymentAction(snapshot, "start_rollback"), "already started");
  });

  it("a step that fails while the lead paused still applies its ROLLBACK policy (rule 7)", () => {
    const phases = [mainPhase(1, { status: "ACTIVE", failurePolicy: "ROLLBACK" }), rollbackPhase(1)];
    expect(failureConsequence({ status: "PAUSED", phases }, phases[0]!, "RUN")).toEqual({ kind: "rollback" });
    expect(failureConsequence({ status: "PAUSED", phases, isRollbackStarted: true }, phases[0]!, "RUN")).toEqual({ kind: "halt" });
  });

  it("start_rollback is refused when the version has no rollback procedure", () => {
    for (const status of ["IN_PROGRESS", "PAUSED", "FAILED"] as const) {
      expectRefused(decideDeploymentAction({ status, phases: [mainPhase(1, { status: "ACTIVE" })] }, "start_rollback"), "no rollback procedure");
    }
  });

  it("start_rollback is refused when the rollback is already underway", () => {
    for (const status of ["IN_PROGRESS", "PAUSED", "FAILED"] as const) {
      const snapshot = { status, phases: [mainPhase(1, { status: "FAILED" }), rollbackPhase(1, { status: "ACTIVE" })] };
      expectRefused(decideDeploymentAction(snapshot, "start_rollback"), "already started");
    }
  });
});

describe("completionOf", () => {
  it("is SUCCEEDED when every MAIN phase is DONE or SKIPPED while IN_PROGRESS", () => {
    const phases = [mainPhase(1, { status: "DONE" }), mainPhase(2, { status: "SKIPPED" }), mainPhase(3, { status: "DONE" }), rollbackPhase(1)];
    expect(completionOf({ status: "IN_PROGRESS", phases })).toBe("SUCCEEDED");
  });

  it("is null while IN_PROGRESS and a MAIN phase is not closed as done or skipped", () => {
    for (const status of ["PENDING", "ACTIVE", "AWAITING_SIGNOFF", "FAILED"] as const) {
      const phases = [mainPhase(1, { status: "DONE" }), mainPhase(2, { status }), rollbackPhase(1, { status: "DONE" })];
      expect(completionOf({ status: "IN_PROGRESS", phases })).toBeNull();
    }
  });

  it("is ROLLED_BACK when every ROLLBACK phase is DONE or SKIPPED while ROLLING_BACK", () => {
    const phases = [mainPhase(1, { status: "DONE" }), mainPhase(2, { status: "FAILED" }), rollbackPhase(1, { status: "DONE" }), rollbackPhase(2, { status: "SKIPPED" })];
    expect(completionOf({ status: "ROLLING_BACK", phases })).toBe("ROLLED_BACK");
  });

  it("is null while ROLLING_BACK and a ROLLBACK phase is open, even if every MAIN phase is done", () => {
    const phases = [mainPhase(1, { status: "DONE" }), mainPhase(2, { status: "DONE" }), rollbackPhase(1, { status: "DONE" }), rollbackPhase(2, { status: "ACTIVE" })];
    expect(completionOf({ status: "ROLLING_BACK", phases })).toBeNull();
  });

  it("is null in every other status, even with every phase done", () => {
    const phases = [mainPhase(1, { status: "DONE" }), rollbackPhase(1, { status: "DONE" })];
    for (const status of DEPLOYMENT_STATUSES.filter((s) => s !== "IN_PROGRESS" && s !== "ROLLING_BACK")) {
      expect(completionOf({ status, phases })).toBeNull();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Phase transitions

describe("decideActivatePhase", () => {
  describe("rule 1: order", () => {
    it("allows the first phase", () => {
      expect(decideActivatePhase(deployment({ phases: [mainPhase(1), mainPhase(2)] }), "main-1")).toEqual({ ok: true });
    });

    it("allows a phase after the previous one is DONE", () => {
      expect(decideActivatePhase(deployment({ phases: [mainPhase(1, { status: "DONE" }), mainPhase(2)] }), "main-2")).toEqual({ ok: true });
    });

    it("allows a phase after the previous one is SKIPPED", () => {
      expect(decideActivatePhase(deployment({ phases: [mainPhase(1, { status: "SKIPPED" }), mainPhase(2)] }), "main-2")).toEqual({ ok: true });
    });

    it("refuses a phase whose previous phase is still pending", () => {
      const snapshot = deployment({ phases: [mainPhase(1), mainPhase(2)] });
      expectRefused(decideActivatePhase(snapshot, "main-2"), "rule 1", "Main phase 1", "Main phase 2");
    });

    it("refuses a phase whose previous phase failed", () => {
      const snapshot = deployment({ phases: [mainPhase(1, { status: "FAILED" }), mainPhase(2)] });
      expectRefused(decideActivatePhase(snapshot, "main-2"), "rule 1", "Main phase 1");
    });

    it("looks only at the immediately previous phase of the same procedure", () => {
      const rolling = deployment({ status: "ROLLING_BACK", phases: [mainPhase(1, { status: "FAILED" }), mainPhase(2), rollbackPhase(1), rollbackPhase(2)] });
      expect(decideActivatePhase(rolling, "rollback-1")).toEqual({ ok: true });
      expectRefused(decideActivatePhase(rolling, "rollback-2"), "rule 1", "Rollback phase 1");
    });
  });

  it("refuses a second active phase: one phase at a time", () => {
    for (const status of ["ACTIVE", "AWAITING_SIGNOFF"] as const) {
      // phase 2 skipped so rule 1 alone would let phase 3 start
      const snapshot = deployment({ phases: [mainPhase(1, { status }), mainPhase(2, { status: "SKIPPED" }), mainPhase(3)] });
      expectRefused(decideActivatePhase(snapshot, "main-3"), "Main phase 1", "one phase");
    }
  });

  it("refuses a phase that is not pending", () => {
    for (const status of ["ACTIVE", "AWAITING_SIGNOFF", "DONE", "SKIPPED", "FAILED"] as const) {
      expectRefused(decideActivatePhase(deployment({ phases: [mainPhase(1, { status })] }), "main-1"), "Main phase 1", "already");
    }
  });

  it("refuses an unknown phase", () => {
    expectRefused(decideActivatePhase(deployment(), "nope"), "not part of the deployment");
  });

  it("refuses while the deployment is paused", () => {
    const snapshot = deployment({ status: "PAUSED", phases: [mainPhase(1, { status: "DONE" }), mainPhase(2)] });
    expectRefused(decideActivatePhase(snapshot, "main-2"), "paused", "resume");
  });

  it.each(["PLANNED", ...FINAL] as TDeploymentStatus[])("refuses while the deployment is %s", (status) => {
    const snapshot = deployment({ status, phases: [mainPhase(1, { status: "DONE" }), mainPhase(2), rollbackPhase(1)] });
    expectRefused(decideActivatePhase(snapshot, "main-2"), statusWords(status));
    expectRefused(decideActivatePhase(snapshot, "rollback-1"), statusWords(status));
  });

  it("refuses a rollback phase unless the deployment is rolling back", () => {
    const snapshot = deployment({ status: "IN_PROGRESS", phases: [mainPhase(1, { status: "DONE" }), mainPhase(2), rollbackPhase(1)] });
    expectRefused(decideActivatePhase(snapshot, "rollback-1"), "rollback has started");
  });

  it("allows a rollback phase while rolling back, and refuses a main phase then", () => {
    const snapshot = deployment({ status: "ROLLING_BACK", phases: [mainPhase(1, { status: "DONE" }), mainPhase(2), rollbackPhase(1)] });
    expect(decideActivatePhase(snapshot, "rollback-1")).toEqual({ ok: true });
    expectRefused(decideActivatePhase(snapshot, "main-2"), "rolling back", "only rollback phases");
  });

  describe("rule 4: point of no return", () => {
    const pnr = (over: Partial<TDeploymentSnapshot> = {}) =>
      deployment({ phases: [mainPhase(1, { status: "DONE" }), mainPhase(2, { title: "Drop old column", isPointOfNoReturn: true })], ...over });

    it("refuses without the typed deployment name", () => {
      expectRefused(decideActivatePhase(pnr(), "main-2"), "Drop old column", "rename-fixed-cost-2026-01", "rule 4");
      expectRefused(decideActivatePhase(pnr(), "main-2", { confirmationName: null }), "rule 4", "rename-fixed-cost-2026-01");
    });

    it("refuses an empty or wrong name", () => {
      for (const confirmationName of ["", "   ", "rename-fixed-cost", "RENAME-FIXED-COST-2026-01", "rename-fixed-cost-2026-01x"]) {
        expectRefused(decideActivatePhase(pnr(), "main-2", { confirmationName }), "Drop old column", "type the deployment's name", "rule 4");
      }
    });

    it("allows the exact name, and tolerates surrounding spaces", () => {
      expect(decideActivatePhase(pnr(), "main-2", { confirmationName: "rename-fixed-cost-2026-01" })).toEqual({ ok: true });
      expect(decideActivatePhase(pnr(), "main-2", { confirmationName: "  rename-fixed-cost-2026-01\t" })).toEqual({ ok: true });
    });

    it("needs no DBA approval outside production", () => {
      expect(decideActivatePhase(pnr({ isProduction: false }), "main-2", { confirmationName: "rename-fixed-cost-2026-01" })).toEqual({ ok: true });
    });

    describe("on production", () => {
      const prod = (decisions: TSignoffSnapshot[] | null, phaseRunId = "main-2") =>
        pnr({ isProduction: true, pointOfNoReturnApprovals: new Map(decisions ? [[phaseRunId, decisions]] : []) });
      const name = { confirmationName: "rename-fixed-cost-2026-01" };

      it("refuses without a DBA approval, even with the right name", () => {
        expectRefused(decideActivatePhase(prod(null), "main-2", name), "Drop old column", "production", "DBA", "rule 4");
        expectRefused(decideActivatePhase(prod([]), "main-2", name), "production", "DBA", "rule 4");
      });

      it("allows with a current DBA approval and the right name", () => {
        expect(decideActivatePhase(prod([signoff("DBA", "dba-1", "APPROVED", 1)]), "main-2", name)).toEqual({ ok: true });
      });

      it("still needs the typed name once approved", () => {
        expectRefused(decideActivatePhase(prod([signoff("DBA", "dba-1", "APPROVED", 1)]), "main-2", { confirmationName: "wrong" }), "type the deployment's name", "rule 4");
      });

      it("refuses when the approving DBA later rejected", () => {
        const decisions = [signoff("DBA", "dba-1", "APPROVED", 1), signoff("DBA", "dba-1", "REJECTED", 2)];
        expectRefused(decideActivatePhase(prod(decisions), "main-2", name), "DBA", "rule 4");
      });

      it("refuses when the approval was withdrawn, and does not count a withdrawal as an approval", () => {
        expectRefused(decideActivatePhase(prod([signoff("DBA", "dba-1", "APPROVED", 1), signoff("DBA", "dba-1", "WITHDRAWN", 2)]), "main-2", name), "DBA", "rule 4");
        expectRefused(decideActivatePhase(prod([signoff("DBA", "dba-1", "WITHDRAWN", 1)]), "main-2", name), "DBA", "rule 4");
      });

      it("counts only the DBA role, only for this phase run, and fails closed on another DBA's rejection", () => {
        expectRefused(decideActivatePhase(prod([signoff("LEAD", "lead-1", "APPROVED", 1)]), "main-2", name), "DBA");
        expectRefused(decideActivatePhase(prod([signoff("DBA", "dba-1", "APPROVED", 1)], "main-1"), "main-2", name), "DBA");
        expectRefused(decideActivatePhase(prod([signoff("DBA", "dba-1", "APPROVED", 1), signoff("DBA", "dba-2", "REJECTED", 2)]), "main-2", name), "DBA");
      });

      it("accepts a re-approval after a rejection by the same DBA", () => {
        const decisions = [signoff("DBA", "dba-1", "REJECTED", 1), signoff("DBA", "dba-1", "APPROVED", 2)];
        expect(decideActivatePhase(prod(decisions), "main-2", name)).toEqual({ ok: true });
      });
    });
  });
});

describe("decideSkipPhase", () => {
  const snapshotWith = (phases: TPhaseSnapshot[], over: Partial<TDeploymentSnapshot> = {}) => deployment({ phases, ...over });

  it("skips an active phase with a reason", () => {
    expect(decideSkipPhase(snapshotWith([mainPhase(1, { status: "ACTIVE" }), mainPhase(2)]), "main-1", "not needed on this environment")).toEqual({ ok: true });
  });

  it("skips a pending phase once the previous one is closed, or when it is the first", () => {
    expect(decideSkipPhase(snapshotWith([mainPhase(1)]), "main-1", "reason")).toEqual({ ok: true });
    for (const status of ["DONE", "SKIPPED"] as const) {
      expect(decideSkipPhase(snapshotWith([mainPhase(1, { status }), mainPhase(2)]), "main-2", "reason")).toEqual({ ok: true });
    }
  });

  it("refuses without a reason", () => {
    for (const reason of ["", "   \n"]) {
      expectRefused(decideSkipPhase(snapshotWith([mainPhase(1, { status: "ACTIVE" })]), "main-1", reason), "why", "skipped");
    }
  });

  it("refuses a phase that is neither pending nor active", () => {
    for (const status of ["AWAITING_SIGNOFF", "DONE", "SKIPPED", "FAILED"] as const) {
      expectRefused(decideSkipPhase(snapshotWith([mainPhase(1, { status })]), "main-1", "reason"), "Main phase 1", "only a waiting or active phase");
    }
  });

  it("refuses while a step of the phase is running, for real or in rehearsal", () => {
    const running = step({ runs: [run({ status: "RUNNING" })] });
    expectRefused(decideSkipPhase(snapshotWith([mainPhase(1, { status: "ACTIVE", steps: [running] })]), "main-1", "reason"), "Main phase 1", "running");
    const rehearsing = step({ runs: [run({ mode: "REHEARSAL", status: "RUNNING" })] });
    expectRefused(decideSkipPhase(snapshotWith([mainPhase(1, { status: "ACTIVE", steps: [rehearsing] })]), "main-1", "reason"), "Main phase 1", "running");
  });

  it("refuses a pending phase whose previous phase is still open (rule 1)", () => {
    for (const status of ["PENDING", "ACTIVE", "AWAITING_SIGNOFF"] as const) {
      expectRefused(decideSkipPhase(snapshotWith([mainPhase(1, { status }), mainPhase(2)]), "main-2", "reason"), "Main phase 1", "rule 1");
    }
  });

  it("refuses while paused, planned or final, and across procedures", () => {
    const phases = [mainPhase(1, { status: "ACTIVE" }), rollbackPhase(1)];
    expectRefused(decideSkipPhase(snapshotWith(phases, { status: "PAUSED" }), "main-1", "reason"), "paused");
    for (const status of ["PLANNED", ...FINAL] as TDeploymentStatus[]) {
      expectRefused(decideSkipPhase(snapshotWith(phases, { status }), "main-1", "reason"), statusWords(status));
    }
    expectRefused(decideSkipPhase(snapshotWith(phases), "rollback-1", "reason"), "rollback has started");
    expectRefused(decideSkipPhase(snapshotWith(phases, { status: "ROLLING_BACK" }), "main-1", "reason"), "rolling back");
  });

  it("refuses an unknown phase", () => {
    expectRefused(decideSkipPhase(deployment(), "nope", "reason"), "not part of the deployment");
  });
});

// ---------------------------------------------------------------------------------------------
// Rule 2: phase gates and completion

describe("unmetGates and decideCompletePhase", () => {
  const active = (over: Partial<TPhaseSnapshot> = {}) => mainPhase(1, { status: "ACTIVE", title: "Rename column", ...over });
  const complete = (phase: TPhaseSnapshot) => decideCompletePhase(deployment({ phases: [phase, mainPhase(2)] }), phase.phaseRunId);
  const ran = (status: TStepRunSnapshot["status"], over: Partial<TStepSnapshot> = {}) => step({ runs: [run({ status })], ...over });

  it("completes an empty active phase straight to DONE", () => {
    expect(unmetGates(active())).toEqual([]);
    expect(complete(active())).toEqual({ ok: true, to: "DONE" });
  });

  it("goes to AWAITING_SIGNOFF when sign-off roles are required", () => {
    expect(complete(active({ requiredSignoffRoles: ["DBA"] }))).toEqual({ ok: true, to: "AWAITING_SIGNOFF" });
  });

  it("is blocked by a required unticked checklist item, not by an optional one", () => {
    const blocked = active({ checklist: [item()] });
    expect(unmetGates(blocked)).toEqual([expect.stringContaining("Announce the window in #deploys")]);
    expectRefused(complete(blocked), "Rename column", "cannot complete", "Announce the window in #deploys");
    expect(complete(active({ checklist: [item({ isTicked: true })] }))).toEqual({ ok: true, to: "DONE" });
    expect(complete(active({ checklist: [item({ isRequired: false })] }))).toEqual({ ok: true, to: "DONE" });
  });

  it("is blocked by a step that never ran — a rehearsal is not a run", () => {
    expectRefused(complete(active({ steps: [step()] })), 'Run "Rename fixed_cost"');
    expectRefused(complete(active({ steps: [step({ runs: [run({ mode: "REHEARSAL", status: "SUCCEEDED" })] })] })), 'Run "Rename fixed_cost"');
  });

  it("is blocked by a running, pending or interrupted step", () => {
    expectRefused(complete(active({ steps: [ran("RUNNING")] })), 'Wait for "Rename fixed_cost" to finish');
    expectRefused(complete(active({ steps: [ran("PENDING")] })), 'Wait for "Rename fixed_cost" to finish');
    expectRefused(complete(active({ steps: [ran("INTERRUPTED")] })), 'Reconcile "Rename fixed_cost"', "interrupted");
    // CONTINUE forgives a failure, never an unknown outcome
    expectRefused(complete(active({ failurePolicy: "CONTINUE", steps: [ran("INTERRUPTED")] })), "interrupted");
  });

  it("is blocked by a failed step under STOP and ROLLBACK, not under CONTINUE", () => {
    expectRefused(complete(active({ failurePolicy: "STOP", steps: [ran("FAILED")] })), '"Rename fixed_cost" failed: retry it');
    expectRefused(complete(active({ failurePolicy: "ROLLBACK", steps: [ran("FAILED")] })), '"Rename fixed_cost" failed: retry it');
    expect(complete(active({ failurePolicy: "CONTINUE", steps: [ran("FAILED")] }))).toEqual({ ok: true, to: "DONE" });
  });

  it("looks at the latest attempt, whatever the order of the runs", () => {
    const retried = step({ runs: [run({ attempt: 2, status: "SUCCEEDED" }), run({ attempt: 1, status: "FAILED" })] });
    expect(complete(active({ steps: [retried] }))).toEqual({ ok: true, to: "DONE" });
    const failedRetry = step({ runs: [run({ attempt: 2, status: "FAILED" }), run({ attempt: 1, status: "SUCCEEDED" })] });
    expectRefused(complete(active({ steps: [failedRetry] })), '"Rename fixed_cost" failed');
  });

  it("passes a waived step whatever its runs", () => {
    for (const runs of [[], [run({ status: "FAILED" })], [run({ status: "INTERRUPTED" })]]) {
      expect(complete(active({ steps: [step({ isWaived: true, runs })] }))).toEqual({ ok: true, to: "DONE" });
    }
  });

  it("is blocked by a criterion not yet recorded or not met, passes a met one", () => {
    expectRefused(complete(active({ criteria: [criterion({ isMet: null })] })), "Revenue totals unchanged", "Record whether");
    expectRefused(complete(active({ criteria: [criterion({ isMet: false })] })), "Revenue totals unchanged", "not met");
    expect(complete(active({ criteria: [criterion({ isMet: true })] }))).toEqual({ ok: true, to: "DONE" });
  });

  it("passes a criterion bound to a waived step, not one bound to a step that still counts", () => {
    const waived = step({ stepId: "step-compare", isWaived: true });
    for (const isMet of [null, false]) {
      expect(complete(active({ steps: [waived], criteria: [criterion({ boundStepId: "step-compare", isMet })] }))).toEqual({ ok: true, to: "DONE" });
    }
    const counted = step({ stepId: "step-compare", runs: [run({ status: "SUCCEEDED" })] });
    expectRefused(complete(active({ steps: [counted], criteria: [criterion({ boundStepId: "step-compare", isMet: false })] })), "Revenue totals unchanged");
  });

  it("lists every unmet gate in one sentence", () => {
    const phase = active({ checklist: [item()], steps: [step()], criteria: [criterion()] });
    expect(unmetGates(phase)).toHaveLength(3);
    expectRefused(complete(phase), "Announce the window", "Rename fixed_cost", "Revenue totals unchanged");
  });

  it("is refused when the phase is not active", () => {
    for (const status of ["PENDING", "AWAITING_SIGNOFF", "DONE", "SKIPPED", "FAILED"] as const) {
      expectRefused(complete(active({ status })), "Rename column", "not active");
    }
  });

  it("is refused while paused, planned or final, and for an unknown phase", () => {
    const phases = [active(), mainPhase(2)];
    expectRefused(decideCompletePhase(deployment({ status: "PAUSED", phases }), "main-1"), "paused");
    for (const status of ["PLANNED", ...FINAL] as TDeploymentStatus[]) {
      expectRefused(decideCompletePhase(deployment({ status, phases }), "main-1"), statusWords(status));
    }
    expectRefused(decideCompletePhase(deployment({ phases }), "nope"), "not part of the deployment");
  });
});

describe("missingSignoffRoles and currentSignoffs", () => {
  const awaiting = (signoffs: TSignoffSnapshot[], roles: string[] = ["DBA", "LEAD"]) => mainPhase(1, { status: "AWAITING_SIGNOFF", requiredSignoffRoles: roles, signoffs });

  it("lists every required role before anyone signs", () => {
    expect(missingSignoffRoles(awaiting([]))).toEqual(["DBA", "LEAD"]);
  });

  it("counts a role once any holder's current decision approves it", () => {
    expect(missingSignoffRoles(awaiting([signoff("DBA", "dba-1", "APPROVED", 1)]))).toEqual(["LEAD"]);
    expect(missingSignoffRoles(awaiting([signoff("DBA", "dba-1", "REJECTED", 1), signoff("DBA", "dba-2", "APPROVED", 2), signoff("LEAD", "lead-1", "APPROVED", 3)]))).toEqual([]);
  });

  it("lets a later decision by the same person and role supersede an earlier one", () => {
    expect(missingSignoffRoles(awaiting([signoff("DBA", "dba-1", "APPROVED", 1), signoff("DBA", "dba-1", "REJECTED", 2)]))).toEqual(["DBA", "LEAD"]);
    expect(missingSignoffRoles(awaiting([signoff("DBA", "dba-1", "REJECTED", 1), signoff("DBA", "dba-1", "APPROVED", 2)]))).toEqual(["LEAD"]);
  });

  it("orders by time, not by position in the list", () => {
    const later = signoff("DBA", "dba-1", "REJECTED", 5);
    const earlier = signoff("DBA", "dba-1", "APPROVED", 1);
    expect(currentSignoffs([later, earlier])).toEqual([later]);
    expect(missingSignoffRoles(awaiting([later, earlier]))).toEqual(["DBA", "LEAD"]);
  });

  it("removes a withdrawn decision", () => {
    const decisions = [signoff("DBA", "dba-1", "APPROVED", 1), signoff("DBA", "dba-1", "WITHDRAWN", 2)];
    expect(currentSignoffs(decisions)).toEqual([]);
    expect(missingSignoffRoles(awaiting(decisions))).toEqual(["DBA", "LEAD"]);
  });

  it("keeps one person's decisions in different roles apart", () => {
    const decisions = [signoff("DBA", "ana", "APPROVED", 1), signoff("LEAD", "ana", "APPROVED", 2)];
    expect(currentSignoffs(decisions)).toHaveLength(2);
    expect(missingSignoffRoles(awaiting(decisions))).toEqual([]);
    // a withdrawal in one role leaves the other standing
    expect(missingSignoffRoles(awaiting([...decisions, signoff("LEAD", "ana", "WITHDRAWN", 3)]))).toEqual(["LEAD"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Rule 5 and 6: step runs

describe("decideStartStep", () => {
  const RUN1 = { mode: "RUN", attempt: 1, isCommandsEnabled: true } as const;
  const withStep = (s: TStepSnapshot, over: Partial<TDeploymentSnapshot> = {}, phaseOver: Partial<TPhaseSnapshot> = {}) =>
    deployment({ phases: [mainPhase(1, { status: "ACTIVE", title: "Rename column", steps: [s], ...phaseOver }), mainPhase(2), rollbackPhase(1)], ...over });

  it("allows attempt 1 of a step that never ran", () => {
    expect(decideStartStep(withStep(step()), "main-1", "step-sql", RUN1)).toEqual({ ok: true });
  });

  it("refuses a first run numbered other than 1", () => {
    expectRefused(decideStartStep(withStep(step()), "main-1", "step-sql", { ...RUN1, attempt: 2 }), "Rename fixed_cost", "attempt 1");
  });

  it("refuses attempt 1 a second time once attempt 1 exists (double click, two tabs, two users)", () => {
    for (const status of ["SUCCEEDED", "FAILED"] as const) {
      const snapshot = withStep(step({ runs: [run({ attempt: 1, status })] }));
      expectRefused(decideStartStep(snapshot, "main-1", "step-sql", RUN1), "Attempt 1", "Rename fixed_cost", "already", "attempt 2");
    }
  });

  it("allows a retry as attempt 2 after a failed attempt 1, and refuses skipping to attempt 3", () => {
    const snapshot = withStep(step({ runs: [run({ attempt: 1, status: "FAILED" })] }));
    expect(decideStartStep(snapshot, "main-1", "step-sql", { ...RUN1, attempt: 2 })).toEqual({ ok: true });
    expectRefused(decideStartStep(snapshot, "main-1", "step-sql", { ...RUN1, attempt: 3 }), "Rename fixed_cost", "attempt 2");
  });

  it("a fanned-out step that succeeded in every schema is not run again: a new attempt runs only failed schemas, and there are none (issue 15)", () => {
    const fanned = (status: "SUCCEEDED" | "FAILED") => withStep(step({ isFanOut: true, runs: [run({ attempt: 1, status })] }));
    expectRefused(decideStartStep(fanned("SUCCEEDED"), "main-1", "step-sql", { ...RUN1, attempt: 2 }), "Rename fixed_cost", "every target", "nothing to run again");
    expect(decideStartStep(fanned("FAILED"), "main-1", "step-sql", { ...RUN1, attempt: 2 })).toEqual({ ok: true });
    // a step that runs once may still be run again after a success
    expect(decideStartStep(withStep(step({ runs: [run({ attempt: 1, status: "SUCCEEDED" })] })), "main-1", "step-sql", { ...RUN1, attempt: 2 })).toEqual({ ok: true });
  });

  it("a RESTORE that ran once per schema of its fanned-out backup and succeeded in each is not run again either (issue 15)", () => {
    // the step has no fan-out of its own: its run fanned out over the backup's schemas
    const restored = withStep(step({ kind: "RESTORE", runs: [run({ attempt: 1, status: "SUCCEEDED", targetCount: 3 })] }));
    expectRefused(decideStartStep(restored, "main-1", "step-sql", { ...RUN1, attempt: 2 }), "every target", "nothing to run again");
  });

  it("refuses while the step is running, whatever attempt is asked", () => {
    const snapshot = withStep(step({ runs: [run({ attempt: 1, status: "RUNNING" })] }));
    for (const attempt of [1, 2]) expectRefused(decideStartStep(snapshot, "main-1", "step-sql", { ...RUN1, attempt }), "Rename fixed_cost", "already running");
  });

  it("refuses after an interruption until the run is reconciled (rule 6)", () => {
    const interrupted = withStep(step({ runs: [run({ attempt: 1, status: "INTERRUPTED" })] }));
    expectRefused(decideStartStep(interrupted, "main-1", "step-sql", { ...RUN1, attempt: 2 }), "Rename fixed_cost", "interrupted", "reconcile", "rule 6");
    expectRefused(decideStartStep(interrupted, "main-1", "step-sql", RUN1), "Attempt 1");
    // reconciled as failed: the retry is attempt 2
    const reconciled = withStep(step({ runs: [run({ attempt: 1, status: "FAILED" })] }));
    expect(decideStartStep(reconciled, "main-1", "step-sql", { ...RUN1, attempt: 2 })).toEqual({ ok: true });
  });

  it("refuses a manual step", () => {
    const snapshot = withStep(step({ stepId: "step-manual", kind: "MANUAL", title: "Tell support" }));
    expectRefused(decideStartStep(snapshot, "main-1", "step-manual", RUN1), "Tell support", "manual");
  });

  it("refuses a command while commands are disabled, allows it when enabled", () => {
    const snapshot = withStep(step({ stepId: "step-cmd", kind: "COMMAND", title: "Restart api" }));
    expectRefused(decideStartStep(snapshot, "main-1", "step-cmd", { ...RUN1, isCommandsEnabled: false }), "Commands are disabled");
    expect(decideStartStep(snapshot, "main-1", "step-cmd", RUN1)).toEqual({ ok: true });
  });

  it("runs every other kind on the target", () => {
    for (const kind of ["SQL", "QUERY_CHECK", "BASELINE_CAPTURE", "BASELINE_COMPARE", "HTTP_CHECK"] as const) {
      expect(decideStartStep(withStep(step({ kind })), "main-1", "step-sql", { ...RUN1, isCommandsEnabled: false })).toEqual({ ok: true });
    }
  });

  it("refuses a run while another step of the deployment is running: one at a time", () => {
    const other = step({ stepId: "step-check", kind: "QUERY_CHECK", title: "Count rows", runs: [run({ status: "RUNNING" })] });
    const samePhase = deployment({ phases: [mainPhase(1, { status: "ACTIVE", steps: [step(), other] })] });
    expectRefused(decideStartStep(samePhase, "main-1", "step-sql", RUN1), "Count rows", "one step runs at a time");
    // a run left over in another phase counts too
    const otherPhase = deployment({ phases: [mainPhase(1, { status: "DONE", steps: [other] }), mainPhase(2, { status: "ACTIVE", steps: [step()] })] });
    expectRefused(decideStartStep(otherPhase, "main-2", "step-sql", RUN1), "Count rows", "one step runs at a time");
  });

  it("refuses unless the phase is active", () => {
    for (const status of ["PENDING", "AWAITING_SIGNOFF", "DONE", "SKIPPED", "FAILED"] as const) {
      expectRefused(decideStartStep(withStep(step(), {}, { status }), "main-1", "step-sql", RUN1), "Rename column", "active");
    }
  });

  it("refuses a real run while paused, planned or final, and in the wrong procedure", () => {
    expectRefused(decideStartStep(withStep(step(), { status: "PAUSED" }), "main-1", "step-sql", RUN1), "paused");
    for (const status of ["PLANNED", ...FINAL] as TDeploymentStatus[]) {
      expectRefused(decideStartStep(withStep(step(), { status }), "main-1", "step-sql", RUN1), statusWords(status));
    }
    expectRefused(decideStartStep(withStep(step(), { status: "ROLLING_BACK" }), "main-1", "step-sql", RUN1), "rolling back");
  });

  it("runs a rollback phase's step while rolling back", () => {
    const snapshot = deployment({ status: "ROLLING_BACK", phases: [mainPhase(1, { status: "FAILED" }), rollbackPhase(1, { status: "ACTIVE", steps: [step()] })] });
    expect(decideStartStep(snapshot, "rollback-1", "step-sql", RUN1)).toEqual({ ok: true });
  });

  it("refuses an unknown phase or step", () => {
    expectRefused(decideStartStep(withStep(step()), "nope", "step-sql", RUN1), "not part of the deployment");
    expectRefused(decideStartStep(withStep(step()), "main-1", "nope", RUN1), "not part of the phase");
  });

  describe("rehearsal", () => {
    const REH1 = { mode: "REHEARSAL", attempt: 1, isCommandsEnabled: true } as const;

    it("rehearses SQL only", () => {
      for (const kind of ["QUERY_CHECK", "BASELINE_CAPTURE", "BASELINE_COMPARE", "HTTP_CHECK", "COMMAND"] as const) {
        expectRefused(decideStartStep(withStep(step({ kind })), "main-1", "step-sql", REH1), "Only SQL, backup and restore steps can be rehearsed");
      }
      expectRefused(decideStartStep(withStep(step({ kind: "MANUAL", title: "Tell support" })), "main-1", "step-sql", REH1), "manual");
    });

    it("rehearses while planned, on a pending phase", () => {
      const planned = deployment({ status: "PLANNED", phases: [mainPhase(1, { steps: [step()] })] });
      expect(decideStartStep(planned, "main-1", "step-sql", REH1)).toEqual({ ok: true });
    });

    it("rehearses while in progress or rolling back", () => {
      expect(decideStartStep(withStep(step()), "main-1", "step-sql", REH1)).toEqual({ ok: true });
      expect(decideStartStep(withStep(step(), { status: "ROLLING_BACK" }), "main-1", "step-sql", REH1)).toEqual({ ok: true });
    });

    it("refuses when the deployment is final or paused", () => {
      for (const status of FINAL) expectRefused(decideStartStep(withStep(step(), { status }), "main-1", "step-sql", REH1), statusWords(status), "nothing in it can run");
      expectRefused(decideStartStep(withStep(step(), { status: "PAUSED" }), "main-1", "step-sql", REH1), "paused");
    });

    it("counts rehearsal attempts apart from real runs", () => {
      const afterRun = withStep(step({ runs: [run({ mode: "RUN", attempt: 1, status: "SUCCEEDED" })] }));
      // issue 10: after the real run the target has changed; a rehearsal would rehearse something else
      expectRefused(decideStartStep(afterRun, "main-1", "step-sql", REH1), "already run for real");
      const afterRehearsal = withStep(step({ runs: [run({ mode: "REHEARSAL", attempt: 1, status: "SUCCEEDED" })] }));
      expect(decideStartStep(afterRehearsal, "main-1", "step-sql", RUN1)).toEqual({ ok: true });
      expectRefused(decideStartStep(afterRehearsal, "main-1", "step-sql", REH1), "Attempt 1", "attempt 2");
      expect(decideStartStep(afterRehearsal, "main-1", "step-sql", { ...REH1, attempt: 2 })).toEqual({ ok: true });
    });

    it("refuses a second rehearsal while one is running", () => {
      const snapshot = withStep(step({ runs: [run({ mode: "REHEARSAL", attempt: 1, status: "RUNNING" })] }));
      expectRefused(decideStartStep(snapshot, "main-1", "step-sql", { ...REH1, attempt: 2 }), "already running");
    });
  });
});

describe("decideManualStep", () => {
  const manual = (over: Partial<TStepSnapshot> = {}) => step({ stepId: "step-manual", kind: "MANUAL", title: "Tell support", ...over });
  const withStep = (s: TStepSnapshot, over: Partial<TDeploymentSnapshot> = {}, phaseOver: Partial<TPhaseSnapshot> = {}) =>
    deployment({ phases: [mainPhase(1, { status: "ACTIVE", title: "Announce", steps: [s], ...phaseOver })], ...over });

  it("records attempt 1, and attempt 2 after a failure", () => {
    expect(decideManualStep(withStep(manual()), "main-1", "step-manual", 1)).toEqual({ ok: true });
    expect(decideManualStep(withStep(manual({ runs: [run({ status: "FAILED" })] })), "main-1", "step-manual", 2)).toEqual({ ok: true });
  });

  it("refuses an attempt that was recorded meanwhile", () => {
    expectRefused(decideManualStep(withStep(manual({ runs: [run({ status: "SUCCEEDED" })] })), "main-1", "step-manual", 1), "Tell support", "recorded meanwhile");
    expectRefused(decideManualStep(withStep(manual()), "main-1", "step-manual", 2), "Tell support", "Reload");
  });

  it("refuses a step that runs on the target", () => {
    expectRefused(decideManualStep(withStep(step()), "main-1", "step-sql", 1), "Rename fixed_cost", "use Run");
  });

  it("refuses unless the phase is active and the deployment is worked on", () => {
    expectRefused(decideManualStep(withStep(manual(), {}, { status: "PENDING" }), "main-1", "step-manual", 1), "Announce", "active");
    expectRefused(decideManualStep(withStep(manual(), { status: "PAUSED" }), "main-1", "step-manual", 1), "paused");
    expectRefused(decideManualStep(withStep(manual(), { status: "SUCCEEDED" }), "main-1", "step-manual", 1), "succeeded");
  });

  it("refuses an unknown phase or step", () => {
    expectRefused(decideManualStep(withStep(manual()), "nope", "step-manual", 1), "not part of the deployment");
    expectRefused(decideManualStep(withStep(manual()), "main-1", "nope", 1), "not part of the phase");
  });
});

describe("decideWaiveStep", () => {
  const withStep = (s: TStepSnapshot, over: Partial<TDeploymentSnapshot> = {}, phaseOver: Partial<TPhaseSnapshot> = {}) =>
    deployment({ phases: [mainPhase(1, { status: "ACTIVE", title: "Rename column", steps: [s], ...phaseOver })], ...over });

  it("waives a step that never ran or failed, with a reason", () => {
    expect(decideWaiveStep(withStep(step()), "main-1", "step-sql", "ran it by hand in psql")).toEqual({ ok: true });
    expect(decideWaiveStep(withStep(step({ runs: [run({ status: "FAILED" })] })), "main-1", "step-sql", "known flaky check")).toEqual({ ok: true });
  });

  it("refuses without a reason", () => {
    for (const reason of ["", "  "]) expectRefused(decideWaiveStep(withStep(step()), "main-1", "step-sql", reason), "why", "waived");
  });

  it("refuses to waive twice", () => {
    expectRefused(decideWaiveStep(withStep(step({ isWaived: true })), "main-1", "step-sql", "again"), "Rename fixed_cost", "already waived");
  });

  it("refuses while the step is running", () => {
    expectRefused(decideWaiveStep(withStep(step({ runs: [run({ status: "RUNNING" })] })), "main-1", "step-sql", "reason"), "Rename fixed_cost", "running");
  });

  it("refuses unless the phase is active and the deployment is worked on", () => {
    expectRefused(decideWaiveStep(withStep(step(), {}, { status: "AWAITING_SIGNOFF" }), "main-1", "step-sql", "reason"), "Rename column", "active");
    expectRefused(decideWaiveStep(withStep(step(), { status: "PAUSED" }), "main-1", "step-sql", "reason"), "paused");
    expectRefused(decideWaiveStep(withStep(step(), { status: "ABORTED" }), "main-1", "step-sql", "reason"), "aborted");
  });
});

describe("decideReconcile (rule 6)", () => {
  it("reconciles an interrupted run with a note, while the deployment is not final", () => {
    for (const status of ["IN_PROGRESS", "PAUSED", "ROLLING_BACK"] as const) {
      expect(decideReconcile(deployment({ status }), run({ status: "INTERRUPTED" }), "checked pg_stat_activity: the rename committed")).toEqual({ ok: true });
    }
  });

  it("refuses any run that is not interrupted, naming its status", () => {
    for (const status of ["PENDING", "RUNNING", "SUCCEEDED", "FAILED"] as const) {
      expectRefused(decideReconcile(deployment(), run({ status }), "note"), "only an interrupted run", status.toLowerCase());
    }
  });

  it("refuses without a note", () => {
    for (const note of ["", " \n "]) expectRefused(decideReconcile(deployment(), run({ status: "INTERRUPTED" }), note), "what you checked");
  });

  it.each(FINAL)("refuses on a %s deployment", (status) => {
    expectRefused(decideReconcile(deployment({ status }), run({ status: "INTERRUPTED" }), "note"), statusWords(status));
  });
});

// ---------------------------------------------------------------------------------------------
// Rule 7: failure policy

describe("failureConsequence", () => {
  const withRollback = { status: "IN_PROGRESS" as const, phases: [mainPhase(1, { status: "ACTIVE" }), rollbackPhase(1)] };
  const withoutRollback = { status: "IN_PROGRESS" as const, phases: [mainPhase(1, { status: "ACTIVE" })] };

  it("does nothing for a rehearsal, whatever the policy", () => {
    for (const failurePolicy of ["STOP", "ROLLBACK", "CONTINUE"] as const) {
      expect(failureConsequence(withRollback, { procedure: "MAIN", failurePolicy }, "REHEARSAL")).toEqual({ kind: "none" });
    }
  });

  it("does nothing under CONTINUE", () => {
    expect(failureConsequence(withRollback, { procedure: "MAIN", failurePolicy: "CONTINUE" }, "RUN")).toEqual({ kind: "none" });
    expect(failureConsequence({ ...withRollback, status: "ROLLING_BACK" }, { procedure: "ROLLBACK", failurePolicy: "CONTINUE" }, "RUN")).toEqual({ kind: "none" });
  });

  it("opens the rollback under ROLLBACK on a main phase with a rollback procedure while in progress", () => {
    expect(failureConsequence(withRollback, { procedure: "MAIN", failurePolicy: "ROLLBACK" }, "RUN")).toEqual({ kind: "rollback" });
  });

  it("halts under ROLLBACK when there is no rollback procedure", () => {
    expect(failureConsequence(withoutRollback, { procedure: "MAIN", failurePolicy: "ROLLBACK" }, "RUN")).toEqual({ kind: "halt" });
  });

  it("halts under ROLLBACK on a rollback phase: a rollback never starts another", () => {
    expect(failureConsequence({ ...withRollback, status: "ROLLING_BACK" }, { procedure: "ROLLBACK", failurePolicy: "ROLLBACK" }, "RUN")).toEqual({ kind: "halt" });
    // the procedure alone decides, whatever the deployment's status says
    expect(failureConsequence(withRollback, { procedure: "ROLLBACK", failurePolicy: "ROLLBACK" }, "RUN")).toEqual({ kind: "halt" });
  });

  it("halts under ROLLBACK on a main phase once the rollback is already running", () => {
    expect(failureConsequence({ ...withRollback, status: "ROLLING_BACK" }, { procedure: "MAIN", failurePolicy: "ROLLBACK" }, "RUN")).toEqual({ kind: "halt" });
  });

  it("halts under STOP", () => {
    expect(failureConsequence(withRollback, { procedure: "MAIN", failurePolicy: "STOP" }, "RUN")).toEqual({ kind: "halt" });
    expect(failureConsequence({ ...withRollback, status: "ROLLING_BACK" }, { procedure: "ROLLBACK", failurePolicy: "STOP" }, "RUN")).toEqual({ kind: "halt" });
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 10: rules the cockpit used to apply on its own, now the state machine's

describe("rules the server decides (issue 10)", () => {
  const withStep = (s: TStepSnapshot, over: Partial<TDeploymentSnapshot> = {}, phaseOver: Partial<TPhaseSnapshot> = {}) =>
    deployment({ phases: [mainPhase(1, { status: "ACTIVE", title: "Rename column", steps: [s], ...phaseOver }), mainPhase(2), rollbackPhase(1)], ...over });
  const RUN1 = { mode: "RUN", attempt: 1, isCommandsEnabled: true } as const;
  const REH1 = { mode: "REHEARSAL", attempt: 1, isCommandsEnabled: true } as const;

  it("a waived step does not run, rehearse or get recorded — a stale tab or a replay is refused", () => {
    const waived = withStep(step({ isWaived: true }));
    expectRefused(decideStartStep(waived, "main-1", "step-sql", RUN1), "waived");
    expectRefused(decideStartStep(waived, "main-1", "step-sql", REH1), "waived");
    const manual = withStep(step({ kind: "MANUAL", isWaived: true }));
    expectRefused(decideManualStep(manual, "main-1", "step-sql", 1), "waived");
  });

  it("a rehearsal comes before the real run, never after it", () => {
    const failedRun = withStep(step({ runs: [run({ mode: "RUN", attempt: 1, status: "FAILED" })] }));
    expectRefused(decideStartStep(failedRun, "main-1", "step-sql", REH1), "already run for real", "attempt 1");
  });

  it("a queued run counts as running: no second attempt, no waiver, no skip, no abort under it", () => {
    const queued = withStep(step({ runs: [run({ status: "QUEUED" })] }));
    expectRefused(decideStartStep(queued, "main-1", "step-sql", { ...RUN1, attempt: 2 }), "already queued");
    expectRefused(decideWaiveStep(queued, "main-1", "step-sql", "done by hand"), "running");
    expectRefused(decideSkipPhase(queued, "main-1", "not needed"), "running");
    for (const action of ["abort", "end_failed", "start_rollback"] as const) expectRefused(decideDeploymentAction(queued, action), "running on the target");
    expect(decideDeploymentAction(queued, "pause")).toMatchObject({ ok: true });
    expect(unmetGates(queued.phases[0]!)).toContain('Wait for "Rename fixed_cost" to finish.');
  });

  it("nothing is waived that already succeeded or was interrupted", () => {
    expectRefused(decideWaiveStep(withStep(step({ runs: [run({ status: "SUCCEEDED" })] })), "main-1", "step-sql", "why"), "succeeded");
    expectRefused(decideWaiveStep(withStep(step({ runs: [run({ status: "INTERRUPTED" })] })), "main-1", "step-sql", "why"), "reconcile");
  });

  it("start is refused while the pre-flight check fails, unless the lead gives a reason", () => {
    const planned = deployment({ status: "PLANNED", phases: [mainPhase(1)] });
    expectRefused(decideDeploymentAction(planned, "start", { preflightFailures: ["Target database answers: no"] }), "pre-flight", "Target database answers");
    expectRefused(decideDeploymentAction(planned, "start", { preflightFailures: ["Target database answers: no"], overrideReason: "  " }), "pre-flight");
    expect(
      decideDeploymentAction(planned, "start", { preflightFailures: ["Target database answers: no"], overrideReason: "target is behind a VPN the check cannot reach" }),
    ).toEqual({ ok: true, to: "IN_PROGRESS" });
    expect(decideDeploymentAction(planned, "start", { preflightFailures: [] })).toEqual({ ok: true, to: "IN_PROGRESS" });
  });

  it("a checklist is ticked only in the active phase of the procedure being worked on", () => {
    const active = deployment({ phases: [mainPhase(1, { status: "ACTIVE", checklist: [item()] }), mainPhase(2, { checklist: [item({ itemId: "item-2" })] })] });
    expect(decideTickChecklistItem(active, "main-1", "item-1")).toEqual({ ok: true });
    expectRefused(decideTickChecklistItem(active, "main-2", "item-2"), "waiting");
    expectRefused(decideTickChecklistItem(active, "main-1", "item-2"), "not part of the phase");
    expectRefused(decideTickChecklistItem({ ...active, status: "PAUSED" }, "main-1", "item-1"), "paused");
    for (const status of FINAL) expectRefused(decideTickChecklistItem({ ...active, status }, "main-1", "item-1"), statusWords(status));
  });

  it("a criterion bound to a check step is met by the step, never by hand", () => {
    const snap = deployment({
      phases: [mainPhase(1, { status: "ACTIVE", steps: [step()], criteria: [criterion(), criterion({ criterionId: "crit-2", boundStepId: "step-sql" })] })],
    });
    expect(decideRecordCriterion(snap, "main-1", "crit-1")).toEqual({ ok: true });
    expectRefused(decideRecordCriterion(snap, "main-1", "crit-2"), "met by the result of", "Rename fixed_cost");
    expectRefused(decideRecordCriterion({ ...snap, status: "PAUSED" }, "main-1", "crit-1"), "paused");
  });

  it("a point-of-no-return approval is a DBA's, before the phase starts, on production only", () => {
    const snap = deployment({ isProduction: true, phases: [mainPhase(1, { status: "DONE" }), mainPhase(2, { isPointOfNoReturn: true })] });
    const dba = { userRoles: ["DBA"], decision: "APPROVED" as const, comment: "" };
    expect(decidePointOfNoReturnApproval(snap, "main-2", dba)).toEqual({ ok: true });
    expectRefused(decidePointOfNoReturnApproval(snap, "main-2", { ...dba, userRoles: ["LEAD"] }), "Only a DBA");
    expectRefused(decidePointOfNoReturnApproval(snap, "main-2", { ...dba, decision: "REJECTED" }), "Say why");
    expectRefused(decidePointOfNoReturnApproval({ ...snap, isProduction: false }, "main-2", dba), "not on a production");
    expectRefused(decidePointOfNoReturnApproval(snap, "main-1", dba), "not a point of no return");
    expectRefused(decidePointOfNoReturnApproval({ ...snap, status: "ABORTED" }, "main-2", dba), "aborted");
  });

  it("a sheet line is signed after the end, once, by its role", () => {
    const line = { lineId: "l1", label: "DBA: data verified", role: "DBA", signedByName: null };
    expect(decideSheetSignoff({ status: "SUCCEEDED" }, line, ["DBA"])).toEqual({ ok: true });
    expectRefused(decideSheetSignoff({ status: "IN_PROGRESS" }, line, ["DBA"]), "once the deployment has ended");
    expectRefused(decideSheetSignoff({ status: "SUCCEEDED" }, line, ["LEAD"]), "DBA role");
    expectRefused(decideSheetSignoff({ status: "SUCCEEDED" }, { ...line, signedByName: "Dana Brooks" }, ["DBA"]), "already signed by Dana Brooks");
  });
});

describe("unmetGateGroups: the blockers summarised (issue 18 item 4)", () => {
  it("counts each kind once, keeps every line, and says the same as unmetGates", () => {
    const phase = mainPhase(1, {
      status: "ACTIVE",
      checklist: Array.from({ length: 12 }, (_, i) => item({ itemId: `i${i}`, text: `Item ${i}` })).concat(item({ itemId: "opt", isRequired: false })),
      steps: [step({ stepId: "a", title: "A" }), step({ stepId: "b", title: "B" }), step({ stepId: "c", title: "C", runs: [run({ status: "FAILED" })] })],
      criteria: [criterion()],
    });
    const groups = unmetGateGroups(phase);
    expect(groups.map((g) => g.summary)).toEqual(["12 checklist items unticked", "2 steps not run", "1 step failed", "1 success criterion not recorded"]);
    expect(groups[0]!.lines).toHaveLength(12);
    expect(groups.flatMap((g) => g.lines).sort()).toEqual([...unmetGates(phase)].sort());
  });
});

describe("decideTickChecklistItems", () => {
  const snapshot = (checklist: TChecklistSnapshot[]) => deployment({ status: "IN_PROGRESS", phases: [mainPhase(1, { status: "ACTIVE", checklist })] });
  it("accepts every unticked item of the active phase, all or nothing", () => {
    const items = [item({ itemId: "a" }), item({ itemId: "b", text: "Second" })];
    expect(decideTickChecklistItems(snapshot(items), "main-1", ["a", "b"]).ok).toBe(true);
    expectRefused(decideTickChecklistItems(snapshot(items), "main-1", []), "already ticked");
    expectRefused(decideTickChecklistItems(snapshot(items), "main-1", ["a", "a"]), "twice");
    expectRefused(decideTickChecklistItems(snapshot(items), "main-1", ["a", "elsewhere"]), "not part of the phase");
    expectRefused(decideTickChecklistItems(snapshot([items[0]!, { ...items[1]!, isTicked: true }]), "main-1", ["a", "b"]), '"Second" is already ticked');
    const paused = { ...snapshot(items), status: "PAUSED" as const };
    expect(decideTickChecklistItems(paused, "main-1", ["a", "b"])).toEqual(decideTickChecklistItem(paused, "main-1", "a"));
  });
});

// ---------------------------------------------------------------------------------------------
// Follow-up phases (issue 15 item 3)

describe("follow-up phases", () => {
  const NOW = new Date(Date.UTC(2026, 0, 16, 3, 0));
  const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
  const followUp = (position: number, over: Partial<TPhaseSnapshot> = {}) =>
    mainPhase(position, { phaseRunId: `follow-${position}`, title: `Check at ${position}`, followUpOffsetMinutes: 240 * position, ...over });
  const succeeded = (followUps: TPhaseSnapshot[], over: Partial<TDeploymentSnapshot> = {}) =>
    deployment({
      status: "SUCCEEDED",
      followUpStatus: "OPEN",
      now: NOW,
      phases: [mainPhase(1, { status: "DONE" }), mainPhase(2, { status: "DONE" }), ...followUps, rollbackPhase(1)],
      ...over,
    });

  it("the main phases alone decide success: pending follow-ups do not hold it", () => {
    const phases = [mainPhase(1, { status: "DONE" }), mainPhase(2, { status: "SKIPPED" }), followUp(3), followUp(4), rollbackPhase(1)];
    expect(completionOf({ status: "IN_PROGRESS", phases })).toBe("SUCCEEDED");
    expect(completionOf({ status: "IN_PROGRESS", phases: [mainPhase(1, { status: "ACTIVE" }), followUp(2)] })).toBeNull();
  });

  it("each follow-up is due at the main phases' end plus its offset", () => {
    const end = new Date(Date.UTC(2026, 0, 15, 23, 0));
    const due = followUpDueTimes([mainPhase(1), followUp(2, { followUpOffsetMinutes: 240 }), followUp(3, { followUpOffsetMinutes: 1440 })], end);
    expect(due.map((d) => [d.phase.phaseRunId, d.dueAt.toISOString()])).toEqual([
      ["follow-2", "2026-01-16T03:00:00.000Z"],
      ["follow-3", "2026-01-16T23:00:00.000Z"],
    ]);
    expect([formatFollowUpOffset(240), formatFollowUpOffset(1440), formatFollowUpOffset(90)]).toEqual(["+4 h", "+1 d", "+90 min"]);
  });

  it("a follow-up starts only when due: before, the refusal says when", () => {
    const early = succeeded([followUp(3, { dueAt: hours(2) })]);
    expectRefused(decideActivatePhase(early, "follow-3"), "Check at 3", "due at 2026-01-16 05:00 UTC");
    expect(decideActivatePhase(succeeded([followUp(3, { dueAt: hours(0) })]), "follow-3")).toEqual({ ok: true });
    expect(decideActivatePhase(succeeded([followUp(3, { dueAt: hours(-5) })]), "follow-3")).toEqual({ ok: true });
    expectRefused(decideActivatePhase(succeeded([followUp(3, { dueAt: null })]), "follow-3"), "no due time");
  });

  it("follow-ups keep their order (rule 1) and one is worked on at a time", () => {
    const snapshot = succeeded([followUp(3, { dueAt: hours(-20) }), followUp(4, { dueAt: hours(-1) })]);
    expectRefused(decideActivatePhase(snapshot, "follow-4"), "Check at 3", "rule 1");
    const first = succeeded([followUp(3, { dueAt: hours(-20), status: "ACTIVE" }), followUp(4, { dueAt: hours(-1) })]);
    expectRefused(decideActivatePhase(first, "follow-4"), "one phase is worked on at a time");
    expect(decideSkipPhase(snapshot, "follow-3", "checked by hand on the dashboard")).toEqual({ ok: true });
  });

  it("while the main phases run, a follow-up cannot be touched; once succeeded, main phases cannot", () => {
    const running = deployment({ phases: [mainPhase(1, { status: "DONE" }), mainPhase(2, { status: "ACTIVE" }), followUp(3)] });
    expectRefused(decideActivatePhase(running, "follow-3"), "follow-up", "+12 h after the main phases finish");
    expectRefused(decideSkipPhase(running, "follow-3", "x"), "follow-up");
    const open = succeeded([followUp(3, { dueAt: hours(-1), status: "ACTIVE", checklist: [item()] })]);
    expect(decideTickChecklistItem(open, "follow-3", "item-1")).toEqual({ ok: true });
    expectRefused(decideSkipPhase(open, "main-2", "x"), "only its follow-up phases");
  });

  it("steps, criteria and sign-offs of an active follow-up work on a SUCCEEDED deployment", () => {
    const check = step({ stepId: "s-check", kind: "QUERY_CHECK", title: "Error rate below 1%" });
    const open = succeeded([followUp(3, { dueAt: hours(-1), status: "ACTIVE", steps: [check], criteria: [criterion()] })]);
    expect(decideStartStep(open, "follow-3", "s-check", { mode: "RUN", attempt: 1, isCommandsEnabled: false })).toEqual({ ok: true });
    expect(decideRecordCriterion(open, "follow-3", "crit-1")).toEqual({ ok: true });
    const awaiting = succeeded([followUp(3, { dueAt: hours(-1), status: "AWAITING_SIGNOFF", requiredSignoffRoles: ["DBA"] })]);
    const request = {
      phaseRunId: "follow-3",
      role: "DBA",
      decision: "APPROVED" as const,
      comment: "",
      userId: "dba-1",
      userRoles: ["DBA"],
      requireSeparationOfDuties: true,
      sqlRunnerIds: new Set<string>(),
    };
    expect(decidePhaseSignoff(awaiting, request)).toEqual({ ok: true, phaseTo: "DONE" });
    expectRefused(decidePhaseSignoff({ ...awaiting, followUpStatus: "PASSED" }, request), "has ended");
    const interrupted = run({ status: "INTERRUPTED" });
    const withInterrupted = succeeded([followUp(3, { dueAt: hours(-1), status: "ACTIVE", steps: [step({ ...check, runs: [interrupted] })] })]);
    expect(decideReconcile(withInterrupted, interrupted, "checked the target")).toEqual({ ok: true });
  });

  it("passes when every follow-up is done or skipped, and not before", () => {
    expect(followUpCompletionOf(succeeded([followUp(3, { status: "DONE" }), followUp(4, { status: "SKIPPED" })]))).toBe("PASSED");
    expect(followUpCompletionOf(succeeded([followUp(3, { status: "DONE" }), followUp(4)]))).toBeNull();
    expect(followUpCompletionOf(succeeded([followUp(3, { status: "DONE" })], { followUpStatus: "FAILED" }))).toBeNull();
  });

  it("a failed follow-up: ROLLBACK opens the rollback, STOP halts for the lead, CONTINUE passes over", () => {
    const open = (failurePolicy: TPhaseSnapshot["failurePolicy"]) => succeeded([followUp(3, { dueAt: hours(-1), status: "ACTIVE", failurePolicy })]);
    const phaseOf = (s: TDeploymentSnapshot) => s.phases.find((p) => p.phaseRunId === "follow-3")!;
    expect(failureConsequence(open("ROLLBACK"), phaseOf(open("ROLLBACK")), "RUN")).toEqual({ kind: "follow_up_rollback" });
    expect(failureConsequence(open("STOP"), phaseOf(open("STOP")), "RUN")).toEqual({ kind: "halt" });
    expect(failureConsequence(open("CONTINUE"), phaseOf(open("CONTINUE")), "RUN")).toEqual({ kind: "none" });
    const noRollback = { ...open("ROLLBACK"), phases: open("ROLLBACK").phases.filter((p) => p.procedure === "MAIN") };
    expect(failureConsequence(noRollback, phaseOf(noRollback), "RUN")).toEqual({ kind: "halt" });
  });

  it("no follow-up can be marked failed before one is due (issue 15: it was offered right after the main phases)", () => {
    const notDue = succeeded([followUp(3, { dueAt: hours(4) }), followUp(4, { dueAt: hours(24) })]);
    expectRefused(decideDeploymentAction(notDue, "fail_follow_up", { overrideReason: "looks wrong" }), "no follow-up is due yet", "Check at 3");
    // due (not started yet), or started: it may
    expect(decideDeploymentAction(succeeded([followUp(3, { dueAt: hours(-1) })]), "fail_follow_up", { overrideReason: "x" })).toEqual({ ok: true, to: "SUCCEEDED" });
  });

  it("the lead marks an open follow-up failed with a reason; then, and only then, a succeeded deployment may roll back", () => {
    const open = succeeded([followUp(3, { dueAt: hours(-1), status: "ACTIVE" })]);
    expect(decideDeploymentAction(open, "fail_follow_up", { overrideReason: "error rate 4 %" })).toEqual({ ok: true, to: "SUCCEEDED" });
    expectRefused(decideDeploymentAction(open, "fail_follow_up", { overrideReason: " " }), "what the follow-up found");
    expectRefused(decideDeploymentAction(open, "start_rollback"), "mark its follow-up failed first");
    const failed = { ...open, followUpStatus: "FAILED" as const };
    expect(decideDeploymentAction(failed, "start_rollback")).toEqual({ ok: true, to: "ROLLING_BACK" });
    expectRefused(decideDeploymentAction(failed, "fail_follow_up"), "failed already");
    expectRefused(decideDeploymentAction({ ...open, followUpStatus: "PASSED" }, "start_rollback"), "cannot start the rollback");
    const busy = succeeded([followUp(3, { dueAt: hours(-1), status: "ACTIVE", steps: [step({ runs: [run({ status: "RUNNING" })] })] })]);
    expectRefused(decideDeploymentAction(busy, "fail_follow_up", { overrideReason: "x" }), "running on the target");
  });
});
