// Issue 18 item 6: a succeeded query's rows, shown in the cockpit while it ran, are shown in the
// finished record (the deployment's page and its report) too.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { TStepRunDetail } from "@/lib/domain/deployment/record-view";
import { StepRunItem } from "./step-run-item";
import { StepRunView } from "./cockpit/step-run-view";
import type { TCockpitRun } from "@/lib/domain/deployment/live-view";

function runWith(result: unknown): TStepRunDetail {
  return {
    id: "run-1",
    stepId: "step-1",
    status: "SUCCEEDED",
    mode: "RUN",
    attempt: 1,
    startedAt: new Date("2026-10-14T18:02:00Z"),
    finishedAt: new Date("2026-10-14T18:02:01Z"),
    startedBy: { name: "Lee Adebayo" },
    result,
    errorMessage: null,
    note: null,
    output: null,
    isOutputTruncated: false,
    reconciledBy: null,
    targets: [],
    reconciledAt: null,
  } as unknown as TStepRunDetail;
}

const render = (result: unknown) => renderToStaticMarkup(createElement(StepRunItem, { run: runWith(result), label: "Phase 1, step 2, attempt 1" }));

describe("StepRunItem", () => {
  it("shows a SQL step's SELECT results as a table", () => {
    const html = render({
      statements: 1,
      rowsAffected: 0,
      isCommitted: true,
      resultSets: [
        {
          command: "SELECT",
          columns: ["company_id", "total_revenue"],
          rows: [
            [1, "1200.50"],
            [2, "80.00"],
          ],
          rowCount: 2,
          isTruncated: false,
        },
      ],
    });
    expect(html).toContain("<table");
    expect(html).toContain("Phase 1, step 2, attempt 1: SELECT — 2 rows");
    expect(html).toContain('<th scope="col" class="px-2 py-1 font-semibold">total_revenue</th>');
    expect(html).toContain("1200.50");
  });

  it("shows the rows a query check read", () => {
    const html = render({ passed: true, observed: 0, rowCount: 1, columns: ["long_running"], rows: [[0]], isTruncated: false });
    expect(html).toContain("rows the check read — 1 row");
    expect(html).toContain("long_running");
  });

  it("shows no table for a result without rows", () => {
    expect(render({ exitCode: 0, durationMs: 12 })).not.toContain("<table");
    expect(render({ baselineName: "product_revenue", rowCount: 40, columns: ["company_id"] })).not.toContain("<table");
  });

  it("shows a baseline comparison's differing values and missing keys, worded as the cockpit words them", () => {
    const html = render({ passed: false, mismatchCount: 1, mismatches: [{ key: { id: 7 }, column: "total", baseline: 10, current: 12, difference: 2 }], missingKeys: [{ id: 9 }] });
    expect(html).toContain("Phase 1, step 2, attempt 1: 1 value differs from the baseline");
    expect(html).toContain("id=7");
    expect(html).toContain("rows in the baseline, missing now");
  });
});

// One table component everywhere (it was written twice): the cockpit's view of a run shows the
// same tables as the record — before, the cockpit left out a query check's rows.
describe("StepRunView (the cockpit)", () => {
  const view = (result: unknown) =>
    renderToStaticMarkup(
      createElement(StepRunView, {
        run: {
          ...runWith(result),
          startedAt: "2026-10-14T18:02:00.000Z",
          finishedAt: "2026-10-14T18:02:01.000Z",
          output: "",
          isOutputCut: false,
          isQueued: false,
          late: null,
        } as unknown as TCockpitRun,
        label: "Step 2",
        now: Date.parse("2026-10-14T18:03:00Z"),
      }),
    );

  it("shows the rows a query check read and a baseline's differences, as the record does", () => {
    expect(view({ passed: true, observed: 0, rowCount: 1, columns: ["long_running"], rows: [[0]], isTruncated: false })).toContain("Step 2: rows the check read — 1 row");
    expect(view({ passed: false, mismatchCount: 3, mismatches: [{ key: 1, column: "c", baseline: 1, current: 2 }] })).toContain(
      "Step 2: 3 values differ from the baseline (first 1 shown)",
    );
  });
});
