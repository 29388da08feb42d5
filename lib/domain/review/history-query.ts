// The deployment history's view as a URL (PRODUCT.md "Review": filter by runbook, environment,
// status, lead, date). Pure: the page parses its searchParams here, the analytics page builds its
// links here, so a shared link always opens the same view. A bad value is dropped with a note
// saying so — never an error page (PRODUCT.md rule 9).
import { z } from "zod";
import { isCalendarDay } from "@/lib/domain/db-bounds";

export const DEPLOYMENT_STATUSES = ["PLANNED", "IN_PROGRESS", "PAUSED", "SUCCEEDED", "FAILED", "ROLLING_BACK", "ROLLED_BACK", "ABORTED"] as const;
export type TDeploymentStatusName = (typeof DEPLOYMENT_STATUSES)[number];

export const HISTORY_SORTS = ["start", "duration", "outcome"] as const;
export const FOLLOW_UP_STATUSES = ["OPEN", "PASSED", "FAILED"] as const;
export type TFollowUpStatusName = (typeof FOLLOW_UP_STATUSES)[number];
export type THistorySort = (typeof HISTORY_SORTS)[number];

export type THistoryQuery = {
  /** runbook id */
  runbook: string | null;
  /** environment name, e.g. "production" */
  environment: string | null;
  statuses: TDeploymentStatusName[];
  /** lead's user id */
  lead: string | null;
  /** started on or after this UTC day, "YYYY-MM-DD" */
  from: string | null;
  /** started on or before this UTC day (inclusive), "YYYY-MM-DD" */
  to: string | null;
  /** free text matched against the deployment's name, case-insensitive */
  q: string | null;
  /** the follow-ups of succeeded deployments (issue 15): open, passed or failed */
  followUp: TFollowUpStatusName | null;
  /**
   * "change_failed": the deployments DORA's change failure rate counts as failures — failed,
   * rolled back, or succeeded with a failed follow-up (the analytics figure links here)
   */
  outcome: "change_failed" | null;
  sort: THistorySort;
  dir: "asc" | "desc";
  /** opaque keyset cursor of the page's first row */
  after: string | null;
};

export const EMPTY_HISTORY_QUERY: THistoryQuery = {
  runbook: null,
  environment: null,
  statuses: [],
  lead: null,
  from: null,
  to: null,
  q: null,
  followUp: null,
  outcome: null,
  sort: "start",
  dir: "desc",
  after: null,
};

type TRawParams = Record<string, string | string[] | undefined>;

const ZUuid = z.guid();
const ZDay = z.string().refine(isCalendarDay);
const ZEnvironmentName = z.string().trim().min(1).max(100);
const ZText = z.string().trim().min(1).max(200);
const ZStatus = z.enum(DEPLOYMENT_STATUSES);
const ZSort = z.enum(HISTORY_SORTS);
const ZFollowUp = z.preprocess((v) => (typeof v === "string" ? v.toUpperCase() : v), z.enum(FOLLOW_UP_STATUSES));
const ZDir = z.enum(["asc", "desc"]);
const ZOutcome = z.literal("change-failed").transform(() => "change_failed" as const);
const ZCursor = z.string().regex(/^[A-Za-z0-9_-]{1,400}$/);

function values(raw: string | string[] | undefined): string[] {
  if (raw === undefined) return [];
  return (Array.isArray(raw) ? raw : [raw])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/**
 * Parses a history URL's search params into a query and the notes to show for what was ignored.
 * Never throws. `status` may repeat or be comma-separated; an unknown status is dropped alone.
 * Shape: `{ query: THistoryQuery, notes: string[] }`.
 */
export function parseHistoryQuery(raw: TRawParams): { query: THistoryQuery; notes: string[] } {
  const notes: string[] = [];
  const one = <T>(name: string, schema: z.ZodType<T>, label: string): T | null => {
    const [first] = values(raw[name]);
    if (first === undefined) return null;
    const parsed = schema.safeParse(first);
    if (parsed.success) return parsed.data;
    notes.push(`Ignored ${label} "${first.slice(0, 60)}": ${describe(name)}.`);
    return null;
  };
  const statuses: TDeploymentStatusName[] = [];
  for (const value of values(raw.status)) {
    const parsed = ZStatus.safeParse(value.toUpperCase());
    if (parsed.success) {
      if (!statuses.includes(parsed.data)) statuses.push(parsed.data);
    } else notes.push(`Ignored status "${value.slice(0, 60)}": ${describe("status")}.`);
  }
  const query: THistoryQuery = {
    runbook: one("runbook", ZUuid, "runbook"),
    environment: one("environment", ZEnvironmentName, "environment"),
    statuses,
    lead: one("lead", ZUuid, "lead"),
    from: one("from", ZDay, "start date"),
    to: one("to", ZDay, "end date"),
    q: one("q", ZText, "search"),
    followUp: one("followup", ZFollowUp, "follow-up filter"),
    outcome: one("outcome", ZOutcome, "outcome filter"),
    sort: one("sort", ZSort, "sort") ?? "start",
    dir: one("dir", ZDir, "direction") ?? "desc",
    after: one("after", ZCursor, "page cursor"),
  };
  if (query.runbook) query.runbook = query.runbook.toLowerCase();
  if (query.lead) query.lead = query.lead.toLowerCase();
  if (query.from && query.to && query.from > query.to) {
    notes.push(`Ignored the date range: ${query.from} is after ${query.to}.`);
    query.from = null;
    query.to = null;
  }
  return { query, notes };
}

function describe(name: string): string {
  switch (name) {
    case "runbook":
    case "lead":
      return "not an id this page knows";
    case "from":
    case "to":
      return "dates are written YYYY-MM-DD";
    case "status":
      return `a status is one of ${DEPLOYMENT_STATUSES.join(", ")}`;
    case "sort":
      return `sort by ${HISTORY_SORTS.join(", ")}`;
    case "dir":
      return "asc or desc";
    case "q":
      return "at most 200 characters";
    case "followup":
      return "open, passed or failed";
    case "outcome":
      return "the only outcome filter is change-failed";
    case "after":
      return "the page link was damaged; showing the first page";
    default:
      return "not understood";
  }
}

/**
 * The history URL for a query: only what differs from the default view, in a stable order, so
 * equal views have equal links. `after` is dropped unless asked for (a new filter starts at page 1).
 */
export function historyHref(query: Partial<THistoryQuery>, options: { keepCursor?: boolean } = {}): string {
  const q = { ...EMPTY_HISTORY_QUERY, ...query };
  const params = new URLSearchParams();
  if (q.runbook) params.set("runbook", q.runbook);
  if (q.environment) params.set("environment", q.environment);
  for (const status of q.statuses) params.append("status", status);
  if (q.lead) params.set("lead", q.lead);
  if (q.from) params.set("from", q.from);
  if (q.to) params.set("to", q.to);
  if (q.q) params.set("q", q.q);
  if (q.followUp) params.set("followup", q.followUp.toLowerCase());
  if (q.outcome) params.set("outcome", "change-failed");
  if (q.sort !== "start") params.set("sort", q.sort);
  if (q.dir !== "desc") params.set("dir", q.dir);
  if (options.keepCursor && q.after) params.set("after", q.after);
  const search = params.toString();
  return search ? `/deployments?${search}` : "/deployments";
}

/** True when any filter (not sort or page) narrows the history. */
export function isFiltered(query: THistoryQuery): boolean {
  return Boolean(query.runbook || query.environment || query.statuses.length || query.lead || query.from || query.to || query.q || query.followUp || query.outcome);
}

export type THistoryCursor = { key: number | string | null; id: string };

/** Keyset cursor ↔ URL-safe text. A cursor that does not decode is null (the first page). */
export function encodeHistoryCursor(cursor: THistoryCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id]), "utf8").toString("base64url");
}

const ZCursorPayload = z.tuple([z.union([z.number().min(-1e15).max(1e15), z.string().max(40), z.null()]), z.guid()]);

export function decodeHistoryCursor(raw: string | null): THistoryCursor | null {
  if (!raw) return null;
  try {
    const parsed = ZCursorPayload.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? { key: parsed.data[0], id: parsed.data[1].toLowerCase() } : null;
  } catch {
    return null;
  }
}
