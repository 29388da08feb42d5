// The analytics page's view as a URL: runbook, environment and a period on the deployments'
// start — the same filters, with the same meaning, as the history (history-query.ts), so every
// number links to a history view that lists exactly the deployments it counts.
import { EMPTY_HISTORY_QUERY, parseHistoryQuery, type THistoryQuery } from "@/lib/domain/review/history-query";

export type TAnalyticsQuery = Pick<THistoryQuery, "runbook" | "environment" | "from" | "to">;

export const PERIOD_PRESETS = [
  { days: 30, label: "Last 30 days" },
  { days: 90, label: "Last 90 days" },
  { days: 182, label: "Last 6 months" },
  { days: 365, label: "Last 12 months" },
] as const;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** `from` for a preset ending today (UTC), e.g. 182 days → the day 181 days before today. */
export function presetFrom(days: number, now: Date): string {
  return day(new Date(now.getTime() - (days - 1) * 86_400_000));
}

/**
 * Parses the analytics search params. Without a period the view covers the last 12 months
 * (`period=all` for all time). Never throws; ignored values come back as notes.
 */
export function parseAnalyticsQuery(raw: Record<string, string | string[] | undefined>, now: Date): { query: TAnalyticsQuery; notes: string[]; isAllTime: boolean } {
  const { query, notes } = parseHistoryQuery({ runbook: raw.runbook, environment: raw.environment, from: raw.from, to: raw.to });
  const isAllTime = raw.period === "all";
  const hasPeriod = query.from !== null || query.to !== null;
  return {
    query: { runbook: query.runbook, environment: query.environment, from: hasPeriod || isAllTime ? query.from : presetFrom(365, now), to: query.to },
    notes,
    isAllTime: isAllTime && !hasPeriod,
  };
}

export function analyticsHref(query: Partial<TAnalyticsQuery> & { period?: "all" }): string {
  const params = new URLSearchParams();
  if (query.runbook) params.set("runbook", query.runbook);
  if (query.environment) params.set("environment", query.environment);
  if (query.period === "all") params.set("period", "all");
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  const s = params.toString();
  return s ? `/analytics?${s}` : "/analytics";
}

/** The history view behind a number: the analytics filters plus what the number counts. */
export function historyQueryFor(query: TAnalyticsQuery, extra: Partial<THistoryQuery> = {}): THistoryQuery {
  return { ...EMPTY_HISTORY_QUERY, ...query, ...extra };
}

/** The first and last day of a "YYYY-MM" month, clipped to the period. */
export function monthRange(month: string, period: Pick<TAnalyticsQuery, "from" | "to">): { from: string; to: string } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const first = `${month}-01`;
  const last = day(new Date(Date.UTC(y, m, 0)));
  return { from: period.from && period.from > first ? period.from : first, to: period.to && period.to < last ? period.to : last };
}
