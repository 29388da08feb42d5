import { describe, expect, it } from "vitest";
import { decodeHistoryCursor, encodeHistoryCursor, historyHref, parseHistoryQuery } from "./history-query";

const RUNBOOK = "01a2298f-047e-766b-8d4c-e67b8eb31b51";

describe("the history's URL", () => {
  it("parses every filter, repeated or comma-separated statuses, and writes the same view back", () => {
    const { query, notes } = parseHistoryQuery({
      runbook: RUNBOOK.toUpperCase(),
      environment: "production",
      status: ["ROLLED_BACK", "failed,ROLLED_BACK"],
      from: "2026-10-01",
      to: "2026-10-31",
      q: " hotfix ",
      sort: "duration",
      dir: "asc",
    });
    expect(notes).toEqual([]);
    expect(query).toMatchObject({
      runbook: RUNBOOK,
      environment: "production",
      statuses: ["ROLLED_BACK", "FAILED"],
      from: "2026-10-01",
      to: "2026-10-31",
      q: "hotfix",
      sort: "duration",
      dir: "asc",
    });
    const href = historyHref(query);
    expect(href).toBe(`/deployments?runbook=${RUNBOOK}&environment=production&status=ROLLED_BACK&status=FAILED&from=2026-10-01&to=2026-10-31&q=hotfix&sort=duration&dir=asc`);
    const again = parseHistoryQuery(Object.fromEntries([...new URLSearchParams(href.split("?")[1]).keys()].map((k) => [k, new URLSearchParams(href.split("?")[1]).getAll(k)])));
    expect(again.query).toEqual(query);
    expect(historyHref({})).toBe("/deployments");
  });

  it("carries the change-failure outcome filter the analytics link to", () => {
    const { query, notes } = parseHistoryQuery({ outcome: "change-failed", environment: "production" });
    expect(notes).toEqual([]);
    expect(query.outcome).toBe("change_failed");
    expect(historyHref(query)).toBe("/deployments?environment=production&outcome=change-failed");
    expect(parseHistoryQuery({ outcome: "everything" }).notes).toEqual(['Ignored outcome filter "everything": the only outcome filter is change-failed.']);
  });

  it("drops each bad value with a note saying why, keeping the rest", () => {
    const { query, notes } = parseHistoryQuery({
      runbook: "42",
      status: "EXPLODED,SUCCEEDED",
      from: "2026-02-30",
      sort: "colour",
      dir: "up",
      lead: "'; DROP TABLE",
      q: "x".repeat(300),
    });
    expect(query.statuses).toEqual(["SUCCEEDED"]);
    expect(query).toMatchObject({ runbook: null, lead: null, from: null, sort: "start", dir: "desc", q: null });
    expect(notes).toHaveLength(7);
    expect(notes).toContain('Ignored start date "2026-02-30": dates are written YYYY-MM-DD.');
    const reversed = parseHistoryQuery({ from: "2026-10-31", to: "2026-10-01" });
    expect(reversed.query.from).toBeNull();
    expect(reversed.notes).toEqual(["Ignored the date range: 2026-10-31 is after 2026-10-01."]);
  });

  it("round-trips keyset cursors and treats a damaged one as the first page", () => {
    const cursor = { key: "2026-10-21T18:01:00.000Z", id: RUNBOOK };
    expect(decodeHistoryCursor(encodeHistoryCursor(cursor))).toEqual(cursor);
    expect(decodeHistoryCursor(encodeHistoryCursor({ key: null, id: RUNBOOK }))).toEqual({ key: null, id: RUNBOOK });
    expect(decodeHistoryCursor("bm90LWEtY3Vyc29y")).toBeNull();
    expect(decodeHistoryCursor(null)).toBeNull();
  });
});
