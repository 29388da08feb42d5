// Every number a person or a client can send is bounded by what its column holds (issue 17 item
// 5: a lockVersion of 2^40 got "Something went wrong"). Walks every zod schema exported by
// lib/domain — found from the modules themselves, so a new schema is checked without a list.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DB_INT_MAX, DB_INT_MIN, isCalendarDay, isWithinPlanningHorizon, zDbInt, zDbVersion } from "./db-bounds";

const modules = import.meta.glob<Record<string, unknown>>(["./**/*.ts", "!./**/*.test.ts", "!./**/__fixtures__/**"], { eager: true });

type TJson = { type?: string | string[]; minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number } & Record<string, unknown>;

/** Paths of numeric nodes lacking a bound inside the database's integer range (or any bound, for non-integers). */
function unbounded(node: unknown, path: string, out: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((n, i) => {
      unbounded(n, `${path}[${i}]`, out);
    });
    return;
  }
  if (!node || typeof node !== "object") return;
  const json = node as TJson;
  const types = Array.isArray(json.type) ? json.type : [json.type];
  // an expectation's values and a comparison's tolerances are stored as JSON (doubles), not in an integer column
  // as are a backup's measured table sizes (read from the target, never typed by anyone)
  const isJsonValue = /expectation|tolerances/.test(path);
  const isMeasured = /^measured/.test(path);
  if (!isMeasured && (types.includes("integer") || (types.includes("number") && !isJsonValue))) {
    const max = json.maximum ?? json.exclusiveMaximum;
    const min = json.minimum ?? json.exclusiveMinimum;
    if (max === undefined || min === undefined || max > DB_INT_MAX || min < DB_INT_MIN) out.push(`${path || "(root)"}: [${min}, ${max}]`);
  }
  for (const [key, value] of Object.entries(json)) unbounded(value, path ? `${path}.${key}` : key, out);
}

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => value instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${file}#${name}`, schema: schema as z.ZodType })),
);

describe("numeric inputs are bounded by their columns", () => {
  it("finds the domain's schemas", () => {
    expect(schemas.length).toBeGreaterThan(30);
  });

  it("no exported schema accepts a number outside Postgres's integer range", () => {
    const offenders: string[] = [];
    for (const { name, schema } of schemas) {
      const json = z.toJSONSchema(schema, { io: "output", unrepresentable: "any", cycles: "ref", reused: "inline" });
      const found: string[] = [];
      unbounded(json, name.includes("Expectation") ? "expectation" : /#ZBackupTables?$/.test(name) ? "measured" : "", found);
      offenders.push(...found.map((f) => `${name} ${f}`));
    }
    expect(offenders).toEqual([]);
  });

  it("zDbInt and zDbVersion refuse 2^40 and fractions with the sentence given", () => {
    expect(zDbVersion().safeParse(2 ** 40).error?.issues[0]?.message).toBe("Reload the page and try again.");
    expect(zDbVersion().safeParse(DB_INT_MAX).success).toBe(true);
    expect(zDbInt("Enter a line.", { min: 1 }).safeParse(1.5).success).toBe(false);
    expect(zDbInt("x", { max: 10 ** 12 }).safeParse(DB_INT_MAX + 1).success).toBe(false);
  });
});

describe("dates", () => {
  const now = new Date("2026-11-30T00:00:00Z");
  it("a planned date lies within a year back and five years ahead", () => {
    expect(isWithinPlanningHorizon(new Date("2027-01-01T10:00:00Z"), now)).toBe(true);
    expect(isWithinPlanningHorizon(new Date("9999-12-31T23:59:00Z"), now)).toBe(false);
    expect(isWithinPlanningHorizon(new Date("2020-01-01T00:00:00Z"), now)).toBe(false);
    expect(isWithinPlanningHorizon(new Date("nope"), now)).toBe(false);
  });

  it("a filter's day exists on the calendar", () => {
    expect(isCalendarDay("2026-02-28")).toBe(true);
    for (const bad of ["2026-02-31", "9999-12-31", "0000-01-01", "2026-13-01", "2026-1-1", "x"]) expect(isCalendarDay(bad), bad).toBe(false);
  });
});

describe("the schemas that use them", async () => {
  const { ZPlanDeployment } = await import("./deployment/inputs");
  const { parseAuditQuery } = await import("./audit/filters");
  const { parseHistoryQuery, decodeHistoryCursor } = await import("./review/history-query");
  const ids = { runbookVersionId: crypto.randomUUID(), environmentId: crypto.randomUUID(), leadId: crypto.randomUUID(), name: "dep-1" };

  it("a deployment cannot be planned for the year 9999", () => {
    const result = ZPlanDeployment.safeParse({ ...ids, plannedStart: "9999-12-31T10:00", plannedEnd: "9999-12-31T12:00" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["plannedStart", "Choose a date within the last year or the next 5 years."],
      ["plannedEnd", "Choose a date within the last year or the next 5 years."],
    ]);
    const soon = new Date(Date.now() + 86_400_000).toISOString();
    expect(ZPlanDeployment.safeParse({ ...ids, plannedStart: soon, plannedEnd: null }).success).toBe(true);
  });

  it("filters drop days that do not exist and sequence numbers past bigint", () => {
    const audit = parseAuditQuery({ from: "2026-02-31", to: "9999-12-31", before: "9999999999999999999" });
    expect(audit.filters).toEqual({});
    expect(audit.before).toBeNull();
    expect(parseHistoryQuery({ from: "2026-02-31" }).query.from ?? null).toBeNull();
    const cursor = Buffer.from(JSON.stringify([2 ** 60, crypto.randomUUID()])).toString("base64url");
    expect(decodeHistoryCursor(cursor)).toBeNull();
  });
});
