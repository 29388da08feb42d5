// Formatting shared by the read-only views. Absolute times are UTC, labelled as such, so people in
// different time zones reading the same deployment agree on what happened when.

const absoluteFormat = new Intl.DateTimeFormat("en-GB", {
  year: "numeric",
  month: "short",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
  timeZone: "UTC",
});

export function formatAbsolute(date: Date): string {
  return `${absoluteFormat.format(date)} UTC`;
}

const clockWithSecondsFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false, timeZone: "UTC" });

/** "21:30:05 UTC": a time of day under the same rule as every other time shown (UTC, labelled). */
export function formatClock(date: Date): string {
  return `${clockWithSecondsFormat.format(date)} UTC`;
}

const relativeFormat = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

export function formatRelative(date: Date, now: Date = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return seconds <= 0 ? "just now" : "in a few seconds";
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ["minute", 60],
    ["hour", 3600],
    ["day", 86_400],
    ["week", 604_800],
    ["month", 2_629_800],
    ["year", 31_557_600],
  ];
  let chosen: [Intl.RelativeTimeFormatUnit, number] = units[0]!;
  for (const unit of units) if (abs >= unit[1] * 0.9) chosen = unit;
  return relativeFormat.format(Math.round(seconds / chosen[1]), chosen[0]);
}

/** "45 min", "1 h 30 min" */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return "—";
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A measured duration between two instants: "850 ms", "42 s", "3 min 05 s", "1 h 12 min". */
export function formatDuration(from: Date | null | undefined, to: Date | null | undefined): string {
  if (!from || !to) return "—";
  const ms = Math.max(0, to.getTime() - from.getTime());
  if (ms < 1000) return `${ms} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  if (min < 10) return `${min} min ${String(s % 60).padStart(2, "0")} s`;
  if (min < 60) return `${min} min`;
  return formatMinutes(min);
}

export function minutesBetween(from: Date | null | undefined, to: Date | null | undefined): number | null {
  if (!from || !to) return null;
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000));
}

export function humanize(value: string): string {
  const lower = value.replace(/_/g, " ").toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "short", day: "2-digit", timeZone: "UTC" });
const clockFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" });

/** "20 Nov 2026, 04:22" and "05:14" when both fall on the same UTC day. */
export function formatRangeParts(from: Date, to: Date | null): { from: string; to: string | null } {
  if (!to) return { from: `${dayFormat.format(from)}, ${clockFormat.format(from)}`, to: null };
  const sameDay = dayFormat.format(from) === dayFormat.format(to);
  return {
    from: `${dayFormat.format(from)}, ${clockFormat.format(from)}`,
    to: sameDay ? clockFormat.format(to) : `${dayFormat.format(to)}, ${clockFormat.format(to)}`,
  };
}
