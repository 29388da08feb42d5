import { describe, expect, it } from "vitest";
import { stepNumberPrefix, summarisePhaseRun, summaryParts, type TPhaseRunDetail } from "./record-view";

describe("stepNumberPrefix", () => {
  it("numbers a step whose title has no number of its own", () => {
    expect(stepNumberPrefix(2, "Capture baseline")).toBe("2.");
    expect(stepNumberPrefix(3, "2026 figures")).toBe("3.");
  });

  it("leaves the number out when the author's title already starts with one: never 1. 1. Capture baseline", () => {
    expect(stepNumberPrefix(1, "1. Capture baseline")).toBe("");
    expect(stepNumberPrefix(4, "4) Verify")).toBe("");
    expect(stepNumberPrefix(2, "2.1 Check rows")).toBe("");
  });
});

describe("summarisePhaseRun: sign-offs", () => {
  const user = (id: string, name: string) => ({ id, name, email: `${id}@example.test` });
  const at = (minute: number) => new Date(Date.UTC(2026, 9, 21, 18, minute));
  const decision = (id: string, who: ReturnType<typeof user>, verdict: "APPROVED" | "REJECTED" | "WITHDRAWN", minute: number) => ({
    id,
    scope: "PHASE" as const,
    role: "DBA" as const,
    decision: verdict,
    comment: "",
    createdAt: at(minute),
    phaseRunId: "run-2",
    sheetLineId: null,
    user: who,
  });
  const run = (signoffs: ReturnType<typeof decision>[]): TPhaseRunDetail => ({
    id: "run-2",
    procedure: "MAIN",
    position: 2,
    status: "DONE",
    version: 5,
    activatedAt: at(0),
    completedAt: at(30),
    reason: null,
    phase: {
      id: "phase-2",
      title: "Database Migration",
      objective: "",
      estimatedMinutes: 5,
      failurePolicy: "STOP",
      isPointOfNoReturn: true,
      requiredSignoffRoles: ["DBA"],
      steps: [],
      checklistItems: [],
      successCriteria: [],
    },
    stepRuns: [],
    checklistTicks: [],
    criterionResults: [],
    signoffs,
    waivers: [],
  });
  const sam = user("u-sam", "Sam Ortiz");
  const dana = user("u-dana", "Dana Brooks");

  it("counts the required roles approved in the round that closed the phase, never more than are required", () => {
    // round 1: Sam approves, Dana rejects (the phase returns to ACTIVE); round 2: Dana approves
    const summary = summarisePhaseRun(run([decision("s1", sam, "APPROVED", 10), decision("s2", dana, "REJECTED", 11), decision("s3", dana, "APPROVED", 20)]));
    expect(summary.signoffs).toEqual({ required: 1, approved: 1, rejected: 1 });
    expect(summaryParts(summary)).toContain("1 of 1 sign-off approved after 1 rejection");
  });

  it("does not count an approval its signer withdrew", () => {
    const summary = summarisePhaseRun({ ...run([decision("s1", sam, "APPROVED", 10), decision("s2", sam, "WITHDRAWN", 12)]), status: "AWAITING_SIGNOFF", completedAt: null });
    expect(summary.signoffs.approved).toBe(0);
  });

  it("says a rejection that still stands as such", () => {
    const summary = summarisePhaseRun({ ...run([decision("s1", dana, "REJECTED", 11)]), status: "ACTIVE", completedAt: null });
    expect(summaryParts(summary)).toContain("0 of 1 sign-off approved, 1 rejected");
  });
});
