// Input of "publish a draft" (PRODUCT.md "Domain": a draft is published as an immutable numbered
// version). Shared by the server action and the review page's form.
import { z } from "zod";

export const ZPublishDraft = z.object({
  versionId: z.guid("This draft does not exist."),
  /** the lockVersion the person reviewed: a draft saved since then is refused, not published unseen */
  expectedLockVersion: z.coerce.number().int().positive("Reload the review page and try again."),
});
export type TPublishDraft = z.infer<typeof ZPublishDraft>;

/** Step kinds whose `sql` runs or is queried: each must parse before a version is published. */
export const SQL_STEP_KINDS: ReadonlySet<string> = new Set(["SQL", "QUERY_CHECK", "BASELINE_CAPTURE", "BASELINE_COMPARE"]);
