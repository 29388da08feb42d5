// The audit viewer's and export's filters (issue 13), parsed from a URL's query. Pure. A value
// that does not parse is dropped and named in `ignored` — a hand-edited URL never fails the page.
import { z } from "zod";
import { isCalendarDay, isPositiveBigintText } from "@/lib/domain/db-bounds";

const ZId = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\w.:@-]+$/);
const ZDay = z.string().refine(isCalendarDay, "not a date");
// a sequence number the bigint column can hold: 19 digits reach past its maximum
const ZSeq = z.string().refine(isPositiveBigintText);
const ZType = z.string().regex(/^[a-z_]+\.[a-z_]+$/);

export const AUDIT_FILTER_KEYS = ["actor", "type", "deployment", "runbook", "target", "from", "to"] as const;
export type TAuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];

const FIELDS = { actor: ZId, type: ZType, deployment: ZId, runbook: ZId, target: ZId, from: ZDay, to: ZDay } satisfies Record<TAuditFilterKey, z.ZodType<string>>;

/** What the viewer shows: all optional; `from` / `to` are whole UTC days, both inclusive. */
export type TAuditFilters = Partial<Record<TAuditFilterKey, string>>;

export type TAuditQuery = { filters: TAuditFilters; before: bigint | null; ignored: TAuditFilterKey[] };

type TSearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Parses `?actor=…&type=…&deployment=…&runbook=…&target=…&from=YYYY-MM-DD&to=YYYY-MM-DD&before=SEQ`. */
export function parseAuditQuery(params: TSearchParams | URLSearchParams): TAuditQuery {
  const get = (key: string) => (params instanceof URLSearchParams ? (params.get(key) ?? undefined) : first(params[key]));
  const filters: TAuditFilters = {};
  const ignored: TAuditFilterKey[] = [];
  for (const key of AUDIT_FILTER_KEYS) {
    const raw = get(key);
    if (raw === undefined || raw.trim() === "") continue;
    const parsed = FIELDS[key].safeParse(raw.trim());
    if (parsed.success) filters[key] = parsed.data;
    else ignored.push(key);
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    ignored.push("to");
    delete filters.to;
  }
  const beforeRaw = get("before");
  const before = beforeRaw && ZSeq.safeParse(beforeRaw).success ? BigInt(beforeRaw) : null;
  return { filters, before, ignored };
}

/** The query string for filters (and a cursor), keys in a stable order; "" when empty. */
export function auditQueryString(filters: TAuditFilters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) if (filters[key]) params.set(key, filters[key]!);
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The instants a day range covers: [from 00:00 UTC, the day after `to` 00:00 UTC). */
export function dayRange(filters: TAuditFilters): { gte?: Date; lt?: Date } {
  const out: { gte?: Date; lt?: Date } = {};
  if (filters.from) out.gte = new Date(`${filters.from}T00:00:00.000Z`);
  if (filters.to) out.lt = new Date(Date.parse(`${filters.to}T00:00:00.000Z`) + 86_400_000);
  return out;
}

/** Old and new values an event carries (status changes, field edits), for the detail view. */
export function beforeAfter(payload: unknown): { field: string; before: unknown; after: unknown }[] {
  if (!payload || typeof payload !== "object") return [];
  const p = payload as Record<string, unknown>;
  const out: { field: string; before: unknown; after: unknown }[] = [];
  if ("from" in p || "to" in p) out.push({ field: "status", before: p.from ?? null, after: p.to ?? null });
  if (p.changes && typeof p.changes === "object" && !Array.isArray(p.changes)) {
    for (const [field, change] of Object.entries(p.changes as Record<string, unknown>)) {
      if (change && typeof change === "object" && ("from" in change || "to" in change)) {
        const c = change as Record<string, unknown>;
        out.push({ field, before: c.from ?? null, after: c.to ?? null });
      } else out.push({ field, before: null, after: change });
    }
  }
  return out;
}
