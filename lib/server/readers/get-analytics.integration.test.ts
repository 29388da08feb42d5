import { beforeAll, describe, expect, it } from "vitest";
import type { DeploymentStatus } from "@/lib/generated/prisma/enums";
import { changeFailureRate } from "@/lib/domain/analytics/dora";
import { parseHistoryQuery } from "@/lib/domain/review/history-query";
import { createPublishedVersion, createTestEnvironment, createTestUser } from "@/lib/testing/deployment-fixture";
import { testPrisma } from "@/lib/testing/db";
import { getAnalytics } from "./get-analytics";
import { findDeployments } from "./find-deployments";

// Its own runbook, so the other test files' deployments never count. Hand-computed expectations.
describe("getAnalytics", () => {
  let runbookId = "";
  const h = (hours: number) => new Date(Date.UTC(2026, 5, 1) + hours * 3_600_000);

  beforeAll(async () => {
    const lead = await createTestUser(["LEAD"], "Analytics Lead");
    const dba = await createTestUser(["DBA"], "Analytics DBA");
    const version = await createPublishedVersion(lead, [
      { title: "Migrate", estimatedMinutes: 10, requiredSignoffRoles: ["DBA"], steps: [{ kind: "MANUAL" as const, title: "Run it", instructions: "x" }] },
      { title: "Verify", estimatedMinutes: 5, steps: [{ kind: "MANUAL" as const, title: "Check it", instructions: "x" }] },
      // a follow-up: its 24 h estimate is the watch, not the work (left out of duration against estimate)
      { title: "Watch", estimatedMinutes: 1440, followUpOffsetMinutes: 1440, steps: [{ kind: "MANUAL" as const, title: "Look at it", instructions: "x" }] },
    ]);
    runbookId = version.runbookId;
    const production = await createTestEnvironment({ isProduction: true });
    const staging = await createTestEnvironment();
    const prisma = testPrisma();
    const phases = await prisma.phase.findMany({ where: { versionId: version.versionId }, orderBy: { position: "asc" } });
    // production: June — succeeded (0 h), failed (24 h), succeeded (26 h: recovers after 2 h), rolled back (48 h, never recovered);
    // July — succeeded (720 h); staging: June — succeeded, aborted
    const plan: Array<[string, DeploymentStatus, number, string]> = [
      [production.id, "SUCCEEDED", 0, "a"],
      [production.id, "FAILED", 24, "b"],
      [production.id, "SUCCEEDED", 26, "c"],
      [production.id, "ROLLED_BACK", 48, "d"],
      [production.id, "SUCCEEDED", 720, "e"],
      [staging.id, "SUCCEEDED", 5, "f"],
      [staging.id, "ABORTED", 6, "g"],
    ];
    for (const [environmentId, status, at, tag] of plan) {
      const d = await prisma.deployment.create({
        data: {
          name: `analytics-${tag}-${runbookId}`,
          runbookVersionId: version.versionId,
          environmentId,
          leadId: lead.id,
          createdById: lead.id,
          status,
          startedAt: h(at),
          finishedAt: h(at + 0.5),
        },
      });
      const failedFirst = status === "FAILED" || status === "ROLLED_BACK";
      // Migrate took 12, 14, 16 … minutes (estimate 10); Verify 5 min (estimate 5) when reached
      const migrateMinutes = 12 + 2 * plan.findIndex((p) => p[3] === tag);
      const migrate = await prisma.phaseRun.create({
        data: {
          deploymentId: d.id,
          phaseId: phases[0]!.id,
          procedure: "MAIN",
          position: 1,
          status: failedFirst ? "FAILED" : "DONE",
          activatedAt: h(at),
          completedAt: new Date(h(at).getTime() + migrateMinutes * 60_000),
          awaitingSignoffAt: h(at),
        },
      });
      if (!failedFirst) {
        await prisma.phaseRun.create({
          data: {
            deploymentId: d.id,
            phaseId: phases[1]!.id,
            procedure: "MAIN",
            position: 2,
            status: "DONE",
            activatedAt: h(at + 0.3),
            completedAt: new Date(h(at + 0.3).getTime() + 5 * 60_000),
          },
        });
        if (tag === "a") {
          await prisma.phaseRun.create({
            data: { deploymentId: d.id, phaseId: phases[2]!.id, procedure: "MAIN", position: 3, status: "DONE", activatedAt: h(at + 24.5), completedAt: h(at + 24.6) },
          });
        }
        // the DBA decided 10 minutes after the phase awaited sign-off
        await prisma.signoff.create({
          data: {
            deploymentId: d.id,
            phaseRunId: migrate.id,
            scope: "PHASE",
            role: "DBA",
            decision: "APPROVED",
            userId: dba.id,
            createdAt: new Date(h(at).getTime() + 10 * 60_000),
          },
        });
      }
    }
  });

  it("counts outcomes per month and overall, over the deployments the history lists", async () => {
    const a = await getAnalytics({ runbook: runbookId, environment: null, from: null, to: null });
    expect(a.outcomes).toEqual({ SUCCEEDED: 4, FAILED: 1, ROLLED_BACK: 1, ABORTED: 1 });
    expect(a.months).toEqual([
      { month: "2026-06", counts: { SUCCEEDED: 3, FAILED: 1, ROLLED_BACK: 1, ABORTED: 1 }, total: 6 },
      { month: "2026-07", counts: { SUCCEEDED: 1 }, total: 1 },
    ]);
    // the history behind "succeeded" lists exactly as many
    const listed = await findDeployments(parseHistoryQuery({ runbook: runbookId, status: "SUCCEEDED" }).query);
    expect(listed.total).toBe(4);
  });

  it("change failure rate and recovery time on production only, as DORA defines them", async () => {
    const a = await getAnalytics({ runbook: runbookId, environment: null, from: null, to: null });
    expect(changeFailureRate({ succeeded: a.production.SUCCEEDED ?? 0, failed: a.production.FAILED ?? 0, rolledBack: a.production.ROLLED_BACK ?? 0 })).toEqual({
      count: 2,
      of: 5,
      rate: 0.4,
    });
    // b failed at 24.5 h, c succeeded at 26.5 h → 2 h; d rolled back at 48.5 h, e succeeded at 720.5 h → 672 h
    expect(a.recovery).toEqual({ failures: 2, recovered: 2, medianSeconds: (7200 + 672 * 3600) / 2, p90Seconds: 7200 + 0.9 * (672 * 3600 - 7200) });
    const june = await getAnalytics({ runbook: runbookId, environment: null, from: "2026-06-01", to: "2026-06-30" });
    expect(june.production).toEqual({ SUCCEEDED: 2, FAILED: 1, ROLLED_BACK: 1 });
  });

  it("duration against estimate per phase (median, p90), what fails most and sign-off waits", async () => {
    const a = await getAnalytics({ runbook: runbookId, environment: null, from: null, to: null });
    // Migrate DONE in a, c, e, f, g (12, 16, 20, 22, 24 min; estimate 10) → Δ 2, 6, 10, 12, 14:
    // median 10; p90 at rank 3.6 → 12 + 0.6 × 2 = 13.2
    const migrate = a.phaseDurations.find((p) => p.title === "Migrate");
    expect(migrate).toMatchObject({ runs: 5, estimatedMinutes: 10, medianDeltaMinutes: 10 });
    expect(migrate!.p90DeltaMinutes).toBeCloseTo(13.2, 6);
    expect(a.phaseDurations.find((p) => p.title === "Verify")).toMatchObject({ runs: 5, medianDeltaMinutes: 0, p90DeltaMinutes: 0 });
    // a follow-up phase took 6 minutes of its "24 h": not a phase 23 h 54 min early
    expect(a.phaseDurations.find((p) => p.title === "Watch")).toBeUndefined();
    expect(a.phaseFailures).toEqual([{ runbookId, procedure: "MAIN", position: 1, title: "Migrate", failed: 2, runs: 7 }]);
    expect(a.signoffWaits).toEqual([{ role: "DBA", decisions: 5, medianSeconds: 600, p90Seconds: 600 }]);
  });
});
