import { formatAbsolute, formatRangeParts, formatRelative } from "./format";

type Props = {
  from: Date | null;
  to: Date | null;
  /** shown when there is no start */
  fallback: string;
  /** shown after the start when there is no end, e.g. "running" */
  openLabel?: string;
};

/** A compact window: the start relative to now, then both ends as absolute UTC times. */
export function TimeRange({ from, to, fallback, openLabel }: Readonly<Props>) {
  if (!from) return <span className="text-faint">{fallback}</span>;
  const parts = formatRangeParts(from, to);
  return (
    <span className="inline-flex flex-col">
      <span title={formatAbsolute(from)}>{formatRelative(from)}</span>
      <span className="text-xs text-muted tabular-nums">
        <time dateTime={from.toISOString()}>{parts.from}</time>
        {to ? (
          <>
            {" → "}
            <time dateTime={to.toISOString()}>{parts.to}</time> UTC
          </>
        ) : (
          <> UTC → {openLabel ?? "…"}</>
        )}
      </span>
    </span>
  );
}
