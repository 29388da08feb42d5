// Danger findings of the SQL risk lint must be acknowledged, each with a reason, before a version
// is published (issue 10 item 6: safety checks that only warned). Pure: the publish use-case, the
// review form and the version page share it. A finding is named by step id + rule id + line — the
// lint's own output, used as is (lib/domain/sql/lint-sql.ts).
import { z } from "zod";
import { zDbInt } from "@/lib/domain/db-bounds";
import type { TLintFinding } from "@/lib/domain/sql/lint-sql";

export const ACK_REASON_MAX = 1000;

/** What the lead sends for one danger finding. */
export const ZLintAcknowledgement = z.object({
  stepId: z.guid("This step does not exist."),
  rule: z.string().trim().min(1).max(100),
  line: z.coerce.number().pipe(zDbInt("Reload the review page and try again.", { min: 1 })),
  reason: z.string().trim().min(1, "Say why this risk is acceptable.").max(ACK_REASON_MAX, `Keep the reason under ${ACK_REASON_MAX} characters.`),
});
export type TLintAcknowledgement = z.infer<typeof ZLintAcknowledgement>;

/** What the version keeps (RunbookVersion.lintAcknowledgements) and the version page shows. */
export const ZStoredLintAcknowledgement = ZLintAcknowledgement.extend({
  acknowledgedById: z.string(),
  acknowledgedByLabel: z.string(),
  /** ISO 8601 */
  acknowledgedAt: z.string(),
});
export type TStoredLintAcknowledgement = z.infer<typeof ZStoredLintAcknowledgement>;

export type TFindingRef = { stepId: string; rule: string; line: number };

export function findingKey({ stepId, rule, line }: TFindingRef): string {
  return `${stepId}|${rule}|${line}`;
}

/** Every danger finding of a version's lint, as references, in the lint's order. */
export function dangerFindingsOf(findingsByStep: Readonly<Record<string, readonly TLintFinding[]>>): TFindingRef[] {
  const refs: TFindingRef[] = [];
  const seen = new Set<string>();
  for (const [stepId, findings] of Object.entries(findingsByStep)) {
    for (const finding of findings) {
      if (finding.severity !== "danger") continue;
      const ref = { stepId, rule: finding.rule, line: finding.line };
      if (seen.has(findingKey(ref))) continue; // two findings of one rule on one line: one acknowledgement
      seen.add(findingKey(ref));
      refs.push(ref);
    }
  }
  return refs;
}

/**
 * Matches the acknowledgements sent against the danger findings of the draft as it is now.
 * `missing`: danger findings without one (publishing is refused while any is missing).
 * `matched`: the acknowledgements kept, one per danger finding; those naming no current danger
 * finding (a warning, a finding that has gone) are dropped, never stored.
 */
export function matchAcknowledgements(
  dangers: readonly TFindingRef[],
  acknowledgements: readonly TLintAcknowledgement[],
): { missing: TFindingRef[]; matched: TLintAcknowledgement[] } {
  const byKey = new Map(acknowledgements.map((ack) => [findingKey({ ...ack, stepId: ack.stepId.toLowerCase() }), ack]));
  const missing: TFindingRef[] = [];
  const matched: TLintAcknowledgement[] = [];
  for (const danger of dangers) {
    const ack = byKey.get(findingKey(danger));
    if (ack) matched.push({ ...ack, stepId: danger.stepId });
    else missing.push(danger);
  }
  return { missing, matched };
}

/** A stored list read back from the database; anything malformed is left out, never shown half. */
export function parseStoredAcknowledgements(value: unknown): TStoredLintAcknowledgement[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = ZStoredLintAcknowledgement.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
