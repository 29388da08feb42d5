// Follow-up phases (PRODUCT.md "Follow-up phase", issue 15 item 3): a phase due at an offset after
// the main phases finish. One spelling of the offset for the editor, the pages, the diff and the
// Markdown marker (`**Follow-up**: +24 h after the main phases`), read back by parseFollowUpOffset.

/** A follow-up's offset after the main phases finish: 1 minute to 30 days. */
export const FOLLOW_UP_LIMITS = { minMinutes: 1, maxMinutes: 30 * 24 * 60 } as const;

/** "+24 h", "+90 min", "+2 d" */
export function formatFollowUpOffset(minutes: number): string {
  if (minutes % 1440 === 0) return `+${minutes / 1440} d`;
  if (minutes % 60 === 0) return `+${minutes / 60} h`;
  return `+${minutes} min`;
}

/** The visible Markdown marker's value: "+24 h after the main phases". */
export const followUpMarkerValue = (minutes: number) => `${formatFollowUpOffset(minutes)} after the main phases`;

/** A "**Follow-up**:" label (case, hyphen and a trailing "phase" do not matter). */
export const FOLLOW_UP_KEY_RE = /^follow[\s-]?up(?: phase)?$/;

const OFFSET_RE = /^\+\s*(\d+(?:\.\d+)?)\s*(minutes?|mins?|m|hours?|hrs?|h|days?|d)\.?(?:\s+after\s+(?:the\s+)?main\s+phases(?:\s+finish)?)?\.?$/i;

/**
 * "+24 h after the main phases", "+4 hours", "+30 min" → minutes; null when the text is anything
 * else (a plain "24 hours" is an estimate, not an offset: the "+" is what makes it one).
 */
export function parseFollowUpOffset(text: string): number | null {
  const m = OFFSET_RE.exec(text.replace(/[*_`]/g, "").trim());
  if (!m) return null;
  const unit = m[2]!.toLowerCase();
  const minutes = Math.round(Number(m[1]) * (unit.startsWith("d") ? 1440 : unit.startsWith("h") ? 60 : 1));
  return minutes >= FOLLOW_UP_LIMITS.minMinutes && minutes <= FOLLOW_UP_LIMITS.maxMinutes ? minutes : null;
}
