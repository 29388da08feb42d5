import Link from "next/link";

export type TBar = { key: string; label: string; value: number; display: string; href?: string; tone?: "accent" | "bad" | "muted" };

type Props = { bars: readonly TBar[]; caption: string /** draw negative values left of a zero line */; isDiverging?: boolean };

const tones = { accent: "bg-accent", bad: "bg-bad-ink", muted: "bg-line-strong" } as const;

/**
 * Horizontal bars, server-rendered HTML (prints, needs no script). Every bar's number is a link
 * to what it counts when `href` is given; the table under each chart repeats the numbers.
 */
export function BarList({ bars, caption, isDiverging = false }: Readonly<Props>) {
  const max = Math.max(1e-9, ...bars.map((b) => Math.abs(b.value)));
  return (
    <figure className="rounded-lg border border-line bg-surface p-4">
      <figcaption className="mb-3 text-xs font-medium text-muted">{caption}</figcaption>
      <ol className="space-y-1.5">
        {bars.map((b) => {
          const width = `${(Math.abs(b.value) / max) * (isDiverging ? 50 : 100)}%`;
          const left = isDiverging ? (b.value < 0 ? `${50 - (Math.abs(b.value) / max) * 50}%` : "50%") : "0%";
          return (
            <li key={b.key} className="grid grid-cols-1 gap-1 text-xs sm:grid-cols-[16rem_1fr_6rem] sm:items-center sm:gap-3">
              <span className="truncate text-ink" title={b.label}>
                {b.label}
              </span>
              <span className="relative h-4 rounded-sm bg-surface-muted/60" aria-hidden="true">
                {isDiverging ? <span className="absolute inset-y-0 left-1/2 w-px bg-line-strong" /> : null}
                <span className={`absolute inset-y-0.5 rounded-sm ${tones[b.tone ?? "accent"]}`} style={{ left, width }} />
              </span>
              <span className="tabular-nums sm:text-right">
                {b.href ? (
                  <Link href={b.href} className="font-medium text-accent-ink hover:underline">
                    {b.display}
                  </Link>
                ) : (
                  b.display
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
