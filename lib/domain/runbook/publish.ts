// Input of "publish a draft" (PRODUCT.md "Domain": a draft is published as an immutable numbered
// version). Shared by the server action and the review page's form.
import { z } from "zod";
import { zDbVersion } from "@/lib/domain/db-bounds";
import { ZLintAcknowledgement } from "./lint-acknowledgements";

export const ZPublishDraft = z.object({
  versionId: z.guid("This draft does not exist."),
  /** the lockVersion the person reviewed: a draft saved since then is refused, not published unseen */
  expectedLockVersion: z.coerce.number().pipe(zDbVersion("Reload the review page and try again.")),
  /** one per danger lint finding, each with a reason (issue 10 item 6); the server checks coverage */
  acknowledgements: z.array(ZLintAcknowledgement).max(500).default([]),
});
export type TPublishDraft = z.infer<typeof ZPublishDraft>;
export type TPublishDraftInput = z.input<typeof ZPublishDraft>;
