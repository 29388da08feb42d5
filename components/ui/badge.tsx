import type { ReactNode } from "react";

export type TBadgeTone = "neutral" | "strong" | "outline" | "accent" | "ok" | "warn" | "bad" | "run" | "idle";

const toneClasses: Record<TBadgeTone, string> = {
  neutral: "bg-surface-muted text-ink border-line",
  strong: "bg-ink text-canvas border-ink",
  outline: "bg-transparent text-muted border-line-strong",
  accent: "bg-accent-soft text-accent-ink border-accent/30",
  ok: "bg-ok text-ok-ink border-ok-line",
  warn: "bg-warn text-warn-ink border-warn-line",
  bad: "bg-bad text-bad-ink border-bad-line",
  run: "bg-run text-run-ink border-run-line",
  idle: "bg-idle text-idle-ink border-idle-line",
};

type Props = {
  tone?: TBadgeTone;
  /** a glyph shown before the text; decorative, the text always carries the meaning */
  icon?: ReactNode;
  title?: string;
  children: ReactNode;
};

export function Badge({ tone = "neutral", icon, title, children }: Readonly<Props>) {
  return (
    <span title={title} className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-px text-xs font-medium leading-5 ${toneClasses[tone]}`}>
      {icon ? (
        <span aria-hidden="true" className="text-[0.7rem] leading-none">
          {icon}
        </span>
      ) : null}
      <span>{children}</span>
    </span>
  );
}
