import { formatAbsolute, formatRelative } from "./format";

type Props = {
  date: Date | null | undefined;
  /** shown when there is no date */
  fallback?: string;
  /** "stacked": relative above absolute (tables); "inline": one line */
  layout?: "stacked" | "inline";
};

/**
 * A server-rendered time: the relative label for a quick read, the absolute UTC time beside it
 * for the record, and a machine-readable dateTime.
 */
export function RelativeTime({ date, fallback = "—", layout = "inline" }: Readonly<Props>) {
  if (!date) return <span className="text-faint">{fallback}</span>;
  const absolute = formatAbsolute(date);
  const relative = formatRelative(date);
  return (
    <time dateTime={date.toISOString()} title={absolute} className={layout === "stacked" ? "inline-flex flex-col" : undefined}>
      <span>{relative}</span>
      {layout === "stacked" ? <span className="text-xs text-muted tabular-nums">{absolute}</span> : <span className="text-muted tabular-nums"> · {absolute}</span>}
    </time>
  );
}
