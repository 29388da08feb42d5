import { describe, expect, it } from "vitest";
import { phaseOutcome, renderReportMarkdown, reportTotals, timelineRows, type TReportDeployment, type TReportPhaseRun, type TReportTarget } from "./report";

const lee = { name: "Lee Adebayo", email: "lead@example.test" };
const dana = { name: "Dana Brooks", email: "dba@example.test" };
const at = (hhmm: string) => new Date(`2026-10-14T${hhmm}:00Z`);

function phaseRun(over: Partial<TReportPhaseRun> & { id: string; title: string }): TReportPhaseRun {
  return {
    procedure: "MAIN",
    position: 1,
    status: "DONE",
    activatedAt: null,
    completedAt: null,
    reason: null,
    stepRuns: [],
    checklistTicks: [],
    criterionResults: [],
    signoffs: [],
    waivers: [],
    ...over,
    phase: {
      title: over.title,
      objective: "",
      estimatedMinutes: 10,
      failurePolicy: "STOP",
      isPointOfNoReturn: false,
      requiredSignoffRoles: [],
      steps: [],
      checklistItems: [],
      successCriteria: [],
      ...over.phase,
    },
  };
}

const deployment: TReportDeployment = {
  id: "d1",
  name: "rename | staging",
  status: "SUCCEEDED",
  statusReason: null,
  plannedStart: at("18:00"),
  plannedEnd: at("19:00"),
  startedAt: at("18:00"),
  finishedAt: at("18:50"),
  rollbackStartedAt: null,
  environment: { name: "staging", isProduction: false },
  lead: lee,
  runbookVersion: {
    title: "Rename fixed_cost",
    number: 3,
    estimatedMinutes: null,
    signoffSheet: [
      { id: "s1", label: "Deployment Lead", role: "LEAD" },
      { id: "s2", label: "Database Admin", role: "DBA" },
    ],
  },
  phaseRuns: [
    phaseRun({ id: "r1", title: "Restore the column", procedure: "ROLLBACK", position: 1, status: "PENDING" }),
    phaseRun({
      id: "p2",
      title: "Validate",
      position: 2,
      activatedAt: at("18:20"),
      completedAt: at("18:50"),
      phase: {
        title: "Validate",
        objective: "",
        estimatedMinutes: 20,
        failurePolicy: "ROLLBACK",
        isPointOfNoReturn: false,
        requiredSignoffRoles: ["DBA"],
        steps: [{ id: "st1", position: 1, kind: "BASELINE_COMPARE", title: "Compare revenue" }],
        checklistItems: [{ id: "c1", text: "Dashboards open", isRequired: true }],
        successCriteria: [],
      },
      stepRuns: [
        {
          id: "sr1",
          stepId: "st1",
          mode: "RUN",
          attempt: 1,
          status: "FAILED",
          startedAt: at("18:21"),
          finishedAt: at("18:22"),
          output: "1 mismatch\n```\n",
          isOutputTruncated: false,
          result: { passed: false, comparedRows: 2, mismatchCount: 1, mismatches: [{ key: { id: 7 }, column: "revenue", baseline: "10.00", current: "10.50", difference: 0.5 }] },
          errorMessage: null,
          note: null,
          reconciledAt: null,
          startedBy: lee,
          reconciledBy: null,
        },
      ],
      checklistTicks: [{ checklistItemId: "c1", isTicked: true, tickedAt: at("18:20"), tickedBy: lee }],
      waivers: [{ stepId: "st1", reason: "Rounding in the old view, agreed with finance", createdAt: at("18:30"), waivedBy: lee }],
      signoffs: [
        { id: "so1", scope: "PHASE", role: "DBA", decision: "REJECTED", comment: "Explain the 0.50", createdAt: at("18:35"), sheetLineId: null, user: dana },
        { id: "so2", scope: "PHASE", role: "DBA", decision: "APPROVED", comment: "", createdAt: at("18:45"), sheetLineId: null, user: dana },
      ],
    }),
    phaseRun({ id: "p1", title: "Prepare", position: 1, activatedAt: at("18:00"), completedAt: at("18:12") }),
  ],
  signoffs: [{ id: "so3", scope: "SHEET", role: "LEAD", decision: "APPROVED", comment: "All good", createdAt: at("18:51"), sheetLineId: "s1", user: lee }],
};

const audit = [
  {
    seq: 41n,
    createdAt: at("18:00"),
    type: "deployment.status_changed",
    actorLabel: "lead@example.test",
    payload: { from: "PLANNED", to: "IN_PROGRESS", deploymentId: "d1" },
    hash: "abcdef0123456789",
  },
  {
    seq: 57n,
    createdAt: at("18:50"),
    type: "deployment.status_changed",
    actorLabel: "lead@example.test",
    payload: { from: "IN_PROGRESS", to: "SUCCEEDED" },
    hash: "0123456789abcdef",
  },
];

describe("the deployment report", () => {
  it("orders main phases, then rollback; estimated vs actual and offsets from the start in minutes", () => {
    const rows = timelineRows(deployment);
    expect(rows.map((r) => [r.label, r.estimatedMinutes, r.actualMinutes, r.deltaMinutes, r.startOffsetMinutes, r.endOffsetMinutes])).toEqual([
      ["Phase 1", 10, 12, 2, 0, 12],
      ["Phase 2", 20, 30, 10, 20, 50],
      ["Rollback 1", 10, null, null, null, null],
    ]);
  });

  it('calls an unreached rollback phase of a finished deployment "not needed", never "Pending"', () => {
    expect(phaseOutcome(deployment, { procedure: "ROLLBACK", status: "PENDING" })).toEqual({ kind: "not_needed" });
    expect(phaseOutcome(deployment, { procedure: "MAIN", status: "PENDING" })).toEqual({ kind: "not_reached" });
    expect(phaseOutcome({ status: "IN_PROGRESS", rollbackStartedAt: null }, { procedure: "ROLLBACK", status: "PENDING" })).toEqual({ kind: "status", status: "PENDING" });
    expect(phaseOutcome({ status: "ROLLED_BACK", rollbackStartedAt: at("18:30") }, { procedure: "ROLLBACK", status: "PENDING" })).toEqual({ kind: "not_reached" });
  });

  it("totals: started → finished against the runbook estimate, else the main phases' sum", () => {
    expect(reportTotals(deployment)).toEqual({ actualMinutes: 50, estimatedMinutes: 30, estimateSource: "phases" });
    expect(reportTotals({ ...deployment, runbookVersion: { ...deployment.runbookVersion, estimatedMinutes: 45 } })).toEqual({
      actualMinutes: 50,
      estimatedMinutes: 45,
      estimateSource: "runbook",
    });
  });

  it("renders a Markdown document with who did what, mismatches, waivers, sign-off rounds, the sheet and the audit chain positions", () => {
    const md = renderReportMarkdown(deployment, audit, new Date("2026-11-01T09:00:00Z"));
    expect(md).toMatch(/^# Deployment report: rename \| staging\n/);
    expect(md).toContain("| Total time | 50 min against an estimate of 30 min (sum of the phases) |");
    expect(md).toContain("| Phase 2 | Validate | Done | 20 min | 30 min | +10 min |");
    expect(md).toContain("| Rollback 1 | Restore the column | Not needed | 10 min | — | — |");
    expect(md).not.toMatch(/Restore the column \| Pending/);
    expect(md.indexOf("## Phase 1: Prepare")).toBeLessThan(md.indexOf("## Phase 2: Validate"));
    expect(md).toContain("- [x] Dashboards open — ticked by Lee Adebayo at 2026-10-14 18:20:00 UTC");
    expect(md).toContain("**Waived** by Lee Adebayo at 2026-10-14 18:30:00 UTC: Rounding in the old view, agreed with finance");
    expect(md).toContain("- Attempt 1: **Failed**, by Lee Adebayo, 2026-10-14 18:21:00 UTC → 2026-10-14 18:22:00 UTC");
    expect(md).toContain("  - Result: did not pass · 2 rows compared · 1 mismatches");
    expect(md).toContain("| id=7 | revenue | 10.00 | 10.50 | 0.5 |");
    // output holding a fence is wrapped in a longer one, so the document stays well-formed
    expect(md).toContain("````text\n1 mismatch\n```\n````");
    expect(md).toContain("- DBA — **Rejected** by Dana Brooks at 2026-10-14 18:35:00 UTC: “Explain the 0.50”");
    expect(md).toContain("- DBA — **Approved** by Dana Brooks at 2026-10-14 18:45:00 UTC");
    expect(md).toMatch(/### Deployment Lead \(LEAD\)\n\n- LEAD — \*\*Approved\*\* by Lee Adebayo at 2026-10-14 18:51:00 UTC: “All good”/);
    expect(md).toMatch(/### Database Admin \(DBA\)\n\nNot signed\./);
    expect(md).toContain("| 41 | 2026-10-14 18:00:00 UTC | lead@example.test | deployment.status_changed | from: PLANNED; to: IN_PROGRESS | abcdef012345 |");
    expect(md).toContain("| 57 |");
  });

  it("lists a fanned-out run's result per schema, carried ones with their attempt (issue 15 item 2)", () => {
    const target = (schemaName: string, status: TReportTarget["status"], fromAttempt: number, extra: Partial<TReportTarget> = {}): TReportTarget => ({
      schemaName,
      status,
      fromAttempt,
      durationMs: 12,
      rowCount: 2,
      summary: "1 statement, 2 rows affected, committed",
      errorMessage: null,
      errorCode: null,
      ...extra,
    });
    const [first, second] = deployment.phaseRuns;
    const run = second!.stepRuns[0]!;
    const fanned = {
      ...run,
      attempt: 2,
      status: "FAILED",
      result: { fanOut: { total: 3, succeeded: 1, failed: 1, notRun: 1, carried: 1 } },
      targets: [
        target("tenant_acme", "SUCCEEDED", 1),
        target("tenant_globex", "FAILED", 2, { errorCode: "42P01", errorMessage: 'relation "fees" does not exist', rowCount: null }),
        target("tenant_initech", "PENDING", 2, { durationMs: null, rowCount: null, summary: null }),
      ],
    };
    const md = renderReportMarkdown({ ...deployment, phaseRuns: [first!, { ...second!, stepRuns: [fanned] }] }, audit, new Date("2026-11-01T09:00:00Z"));
    expect(md).toContain("  - Result: fan-out: 1 of 3 schemas succeeded, 1 failed, 1 not run");
    expect(md).toContain("Per schema (1 of 3 succeeded, 1 failed):");
    expect(md).toContain("| tenant_acme | Succeeded (attempt 1) | 12 ms | 2 | 1 statement, 2 rows affected, committed |");
    expect(md).toContain('| tenant_globex | Failed | 12 ms | — | 42P01: relation "fees" does not exist |');
    expect(md).toContain("| tenant_initech | Not run | — | — |  |");

    // issue 15 item 2: over the databases of the environment's group, the report names databases
    const overDatabases = {
      ...fanned,
      result: { fanOut: { over: "DATABASES", total: 2, succeeded: 1, failed: 1, notRun: 0, carried: 0 } },
      targets: [target("shard_eu", "SUCCEEDED", 2, { isDatabase: true }), target("shard_us", "FAILED", 2, { isDatabase: true, errorCode: "42P06", errorMessage: "schema exists" })],
    };
    const byDatabase = renderReportMarkdown({ ...deployment, phaseRuns: [first!, { ...second!, stepRuns: [overDatabases] }] }, audit, new Date("2026-11-01T09:00:00Z"));
    expect(byDatabase).toContain("  - Result: fan-out: 1 of 2 databases succeeded, 1 failed");
    expect(byDatabase).toContain("Per database (1 of 2 succeeded, 1 failed):");
    expect(byDatabase).toContain("| Database | Status | Took | Rows | Result |");
    expect(byDatabase).toContain("| shard_us | Failed | 12 ms | 2 | 42P06: schema exists |");
  });
});
