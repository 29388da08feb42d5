"use server";
// Publishing a draft (PRODUCT.md "Domain"): a thin adapter over lib/server/runbooks/publish-draft.
// The action client resolves the session, validates, and checks `runbook.publish` (leads only;
// a refusal is audited as access.denied); the use-case re-checks the actor's row, flips the
// draft and appends `runbook.published` in one transaction.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action-client";
import { ZPublishDraft } from "@/lib/domain/runbook/publish";
import { publishDraft } from "@/lib/server/runbooks/publish-draft";

export const publishDraftAction = defineAction({
  name: "publishDraftAction",
  schema: ZPublishDraft,
  permission: (input) => ({ permission: "runbook.publish", target: { type: "runbook_version", id: input.versionId } }),
  handler: async ({ input, user }) => {
    const result = await publishDraft({ ...input, actor: user });
    revalidatePath("/runbooks");
    revalidatePath(`/runbooks/${result.runbookId}`, "layout");
    return result;
  },
});
