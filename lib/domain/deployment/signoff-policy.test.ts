// Phase sign-off (PRODUCT.md rules 2 and 3): who may decide, once per person per role, separation
// of duties for DBAs who ran the SQL, and where each decision leaves the phase.
import { describe, expect, it } from "vitest";
import { decidePhaseSignoff, type TPhaseSignoffRequest } from "@/lib/domain/deployment/signoff-policy";
import type { TDeploymentSnapshot, TDeploymentStatus, TPhaseSnapshot, TSignoffSnapshot } from "@/lib/domain/deployment/state-machine";

// ---------------------------------------------------------------------------------------------
// Factories

function signoff(role: string, userId: string, decision: TSignoffSnapshot["decision"], minute: number): TSignoffSnapshot {
  return { role, userId, decision, createdAt: new Date(Date.UTC(2026, 0, 15, 22, minute)) };
}

function phase(over: Partial<TPhaseSnapshot> = {}): TPhaseSnapshot {
  return {
    phaseRunId: "main-3",
    procedure: "MAIN",
    position: 3,
    title: "Rename column",
    status: "AWAITING_SIGNOFF",
    failurePolicy: "STOP",
    isPointOfNoReturn: false,
    requiredSignoffRoles: ["DBA"],
    steps: [],
    checklist: [],
    criteria: [],
    signoffs: [],
    ...over,
  };
}

function deployment(phaseOver: Partial<TPhaseSnapshot> = {}, over: Partial<TDeploymentSnapshot> = {}): TDeploymentSnapshot {
  return { status: "IN_PROGRESS", name: "rename-fixed-cost-2026-01", isProduction: true, phases: [phase(phaseOver)], pointOfNoReturnApprovals: new Map(), ...over };
}

function request(over: Partial<TPhaseSignoffRequest> = {}): TPhaseSignoffRequest {
  return {
    phaseRunId: "main-3",
    role: "DBA",
    decision: "APPROVED",
    comment: "",
    userId: "dba-1",
    userRoles: ["DBA"],
    requireSeparationOfDuties: true,
    sqlRunnerIds: new Set(["lead-1"]),
    ...over,
  };
}

function expectRefused(decision: { ok: true } | { ok: false; reason: string }, ...mentions: string[]): void {
  expect(decision.ok).toBe(false);
  if (decision.ok) return;
  for (const m of mentions) expect(decision.reason.toLowerCase()).toContain(m.toLowerCase());
}

// ---------------------------------------------------------------------------------------------

describe("decidePhaseSignoff", () => {
  it("completes the phase (DONE) with the only required approval", () => {
    expect(decidePhaseSignoff(deployment(), request())).toEqual({ ok: true, phaseTo: "DONE" });
  });

  it("keeps the phase AWAITING_SIGNOFF until every required role has approved", () => {
    const roles = { requiredSignoffRoles: ["DBA", "LEAD"] };
    expect(decidePhaseSignoff(deployment(roles), request())).toEqual({ ok: true, phaseTo: "AWAITING_SIGNOFF" });
    const afterDba = deployment({ ...roles, signoffs: [signoff("DBA", "dba-1", "APPROVED", 1)] });
    expect(decidePhaseSignoff(afterDba, request({ role: "LEAD", userId: "lead-2", userRoles: ["LEAD"] }))).toEqual({ ok: true, phaseTo: "DONE" });
  });

  it("does not count an approval that was withdrawn towards completion", () => {
    const roles = { requiredSignoffRoles: ["DBA", "LEAD"], signoffs: [signoff("DBA", "dba-1", "APPROVED", 1), signoff("DBA", "dba-1", "WITHDRAWN", 2)] };
    expect(decidePhaseSignoff(deployment(roles), request({ role: "LEAD", userId: "lead-2", userRoles: ["LEAD"] }))).toEqual({ ok: true, phaseTo: "AWAITING_SIGNOFF" });
  });

  it("sends the phase back to ACTIVE on a rejection with a comment", () => {
    expect(decidePhaseSignoff(deployment(), request({ decision: "REJECTED", comment: "The lock_timeout is too long for peak hours." }))).toEqual({ ok: true, phaseTo: "ACTIVE" });
  });

  it("refuses a rejection without a comment", () => {
    for (const comment of ["", "   \n"]) {
      expectRefused(decidePhaseSignoff(deployment(), request({ decision: "REJECTED", comment })), "why you reject", "comment");
    }
  });

  it("refuses a phase that is not awaiting sign-off", () => {
    for (const status of ["PENDING", "ACTIVE", "DONE", "SKIPPED", "FAILED"] as const) {
      expectRefused(decidePhaseSignoff(deployment({ status }), request()), "Rename column", "not awaiting sign-off");
    }
  });

  it("refuses a role the phase does not require, naming the roles it needs", () => {
    expectRefused(decidePhaseSignoff(deployment(), request({ role: "MANAGER", userRoles: ["MANAGER", "DBA"] })), "Rename column", "MANAGER sign-off", "needs DBA");
  });

  it("refuses a person who does not hold the role", () => {
    expectRefused(decidePhaseSignoff(deployment(), request({ userId: "lead-2", userRoles: ["LEAD"] })), "holding the DBA role");
    expectRefused(decidePhaseSignoff(deployment(), request({ userId: "nobody", userRoles: [] })), "holding the DBA role");
  });

  it("refuses a second decision by the same person in the same role (rule 3)", () => {
    const twoRoles = { requiredSignoffRoles: ["DBA", "LEAD"] };
    for (const earlier of ["APPROVED", "REJECTED"] as const) {
      const snapshot = deployment({ ...twoRoles, signoffs: [signoff("DBA", "dba-1", earlier, 1)] });
      expectRefused(decidePhaseSignoff(snapshot, request()), "already signed", "Rename column", "rule 3");
      expectRefused(decidePhaseSignoff(snapshot, request({ decision: "REJECTED", comment: "changed my mind" })), "already signed", "rule 3");
    }
  });

  it("lets another person with the same role decide", () => {
    const snapshot = deployment({ requiredSignoffRoles: ["DBA", "LEAD"], signoffs: [signoff("DBA", "dba-1", "APPROVED", 1)] });
    expect(decidePhaseSignoff(snapshot, request({ userId: "dba-2" }))).toEqual({ ok: true, phaseTo: "AWAITING_SIGNOFF" });
  });

  it("lets a person sign again after withdrawing", () => {
    const snapshot = deployment({ signoffs: [signoff("DBA", "dba-1", "APPROVED", 1), signoff("DBA", "dba-1", "WITHDRAWN", 2)] });
    expect(decidePhaseSignoff(snapshot, request())).toEqual({ ok: true, phaseTo: "DONE" });
  });

  it("lets one person holding two roles sign once per role", () => {
    const ana = { userId: "ana", userRoles: ["LEAD", "DBA"] };
    const roles = { requiredSignoffRoles: ["DBA", "LEAD"] };
    expect(decidePhaseSignoff(deployment(roles), request({ ...ana, role: "DBA" }))).toEqual({ ok: true, phaseTo: "AWAITING_SIGNOFF" });
    const afterDba = deployment({ ...roles, signoffs: [signoff("DBA", "ana", "APPROVED", 1)] });
    expect(decidePhaseSignoff(afterDba, request({ ...ana, role: "LEAD" }))).toEqual({ ok: true, phaseTo: "DONE" });
    expectRefused(decidePhaseSignoff(afterDba, request({ ...ana, role: "DBA" })), "already signed", "as DBA");
  });

  describe("rule 3: separation of duties", () => {
    const ranSql = { userId: "dba-1", sqlRunnerIds: new Set(["dba-1"]) };

    it("refuses a DBA's approval of a phase whose SQL they ran", () => {
      expectRefused(decidePhaseSignoff(deployment(), request(ranSql)), "ran SQL", "Rename column", "another DBA", "separation of duties");
    });

    it("allows it when the runbook turns separation of duties off", () => {
      expect(decidePhaseSignoff(deployment(), request({ ...ranSql, requireSeparationOfDuties: false }))).toEqual({ ok: true, phaseTo: "DONE" });
    });

    it("still lets that DBA reject, and another DBA approve", () => {
      expect(decidePhaseSignoff(deployment(), request({ ...ranSql, decision: "REJECTED", comment: "row counts differ" }))).toEqual({ ok: true, phaseTo: "ACTIVE" });
      expect(decidePhaseSignoff(deployment(), request({ userId: "dba-2", sqlRunnerIds: new Set(["dba-1"]) }))).toEqual({ ok: true, phaseTo: "DONE" });
    });

    it("applies to the DBA role only: a lead who ran the SQL signs as LEAD", () => {
      const snapshot = deployment({ requiredSignoffRoles: ["DBA", "LEAD"] });
      const lead = { userId: "lead-1", userRoles: ["LEAD", "DBA"], sqlRunnerIds: new Set(["lead-1"]) };
      expect(decidePhaseSignoff(snapshot, request({ ...lead, role: "LEAD" }))).toEqual({ ok: true, phaseTo: "AWAITING_SIGNOFF" });
      expectRefused(decidePhaseSignoff(snapshot, request({ ...lead, role: "DBA" })), "separation of duties");
    });
  });

  it.each(["SUCCEEDED", "FAILED", "ROLLED_BACK", "ABORTED"] as TDeploymentStatus[])("refuses on a %s deployment", (status) => {
    expectRefused(decidePhaseSignoff(deployment({}, { status }), request()), "deployment has ended");
  });

  it("refuses an unknown phase", () => {
    expectRefused(decidePhaseSignoff(deployment(), request({ phaseRunId: "nope" })), "not part of the deployment");
  });
});
