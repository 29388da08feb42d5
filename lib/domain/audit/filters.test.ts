import { describe, expect, it } from "vitest";
import { auditQueryString, beforeAfter, dayRange, parseAuditQuery } from "./filters";

describe("audit filters", () => {
  it("drops a cursor that is no number instead of throwing (the page answered 500 for before=xyz)", () => {
    for (const before of ["xyz", "-1", "1e3", "0", "99999999999999999999", "12abc"]) expect(parseAuditQuery({ before }).before).toBeNull();
    expect(parseAuditQuery({ before: "9223372036854775807" }).before).toBe(9223372036854775807n);
  });

  it("keeps valid filters and the cursor", () => {
    const q = parseAuditQuery({ actor: "u1", type: "deployment.status_changed", from: "2026-01-02", to: "2026-01-03", before: "42" });
    expect(q).toEqual({ filters: { actor: "u1", type: "deployment.status_changed", from: "2026-01-02", to: "2026-01-03" }, before: 42n, ignored: [] });
  });

  it("drops what does not parse and says so, never throws", () => {
    const q = parseAuditQuery({ actor: "'; drop table", type: "x", from: "2026-13-45", to: ["2026-01-01", "2026-01-02"], before: "-1", runbook: "a".repeat(300) });
    expect(q.filters).toEqual({ to: "2026-01-01" });
    expect(q.before).toBeNull();
    expect(q.ignored.sort()).toEqual(["actor", "from", "runbook", "type"]);
  });

  it("ignores an end before the start", () => {
    expect(parseAuditQuery(new URLSearchParams("from=2026-02-01&to=2026-01-01"))).toMatchObject({ filters: { from: "2026-02-01" }, ignored: ["to"] });
  });

  it("covers whole days, the end day included", () => {
    expect(dayRange({ from: "2026-01-02", to: "2026-01-02" })).toEqual({ gte: new Date("2026-01-02T00:00:00Z"), lt: new Date("2026-01-03T00:00:00Z") });
  });

  it("writes filters back in a stable order", () => {
    expect(auditQueryString({ to: "2026-01-01", actor: "u" }, { before: "9" })).toBe("?actor=u&to=2026-01-01&before=9");
    expect(auditQueryString({})).toBe("");
  });

  it("finds before and after values in payloads", () => {
    expect(beforeAfter({ from: "PLANNED", to: "IN_PROGRESS" })).toEqual([{ field: "status", before: "PLANNED", after: "IN_PROGRESS" }]);
    expect(beforeAfter({ changes: { roles: { from: ["LEAD"], to: ["DBA"] } } })).toEqual([{ field: "roles", before: ["LEAD"], after: ["DBA"] }]);
    expect(beforeAfter({ permission: "x" })).toEqual([]);
  });
});
