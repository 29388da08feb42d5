"use server";
// Runbook drafts from the editor (PRODUCT.md "Domain"): thin adapters over lib/server/runbooks.
// The action client resolves the session, validates the envelope, checks `runbook.edit`
// (refusals are audited) and maps errors. The draft document itself is validated by saveDraft —
// with ZDraftDocument and the SQL parser — so its field errors keep their full paths
// ("phases.2.steps.0.sql") for the editor, and the CLI or API calling saveDraft get the same checks.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action-client";
import { ZCreateRunbookDraft } from "@/lib/domain/runbook/draft";
import { getPrisma } from "@/lib/db/client";
import { createRunbook } from "@/lib/server/runbooks/create-runbook";
import { saveDraft } from "@/lib/server/runbooks/save-draft";
import { startDraftFromVersion } from "@/lib/server/runbooks/start-draft-from-version";

const ZRunbookId = z.guid("Choose a runbook.");

const ZStartDraftFromVersion = z.object({ runbookId: ZRunbookId });
const ZSaveDraft = z.object({
  versionId: z.guid("Reload the page and try again."),
  /** checked in full by saveDraft (see above) */
  doc: z.record(z.string(), z.unknown(), "Reload the page and try again."),
});

function revalidateRunbook(runbookId: string) {
  revalidatePath("/runbooks");
  revalidatePath(`/runbooks/${runbookId}`, "layout");
}

export const createRunbookDraftAction = defineAction({
  name: "createRunbookDraftAction",
  schema: ZCreateRunbookDraft,
  permission: "runbook.edit",
  handler: async ({ input, user }) => {
    // an empty draft: the same use-case as an import, with no phases yet
    const created = await createRunbook({ prisma: getPrisma(), content: input, actor: { id: user.id, label: user.email }, source: "editor" });
    revalidatePath("/runbooks");
    return created;
  },
});

export const startDraftFromVersionAction = defineAction({
  name: "startDraftFromVersionAction",
  schema: ZStartDraftFromVersion,
  permission: (input) => ({ permission: "runbook.edit", target: { type: "runbook", id: input.runbookId } }),
  handler: async ({ input, user }) => {
    const started = await startDraftFromVersion({ runbookId: input.runbookId, actor: { id: user.id, label: user.email } });
    revalidateRunbook(started.runbookId);
    return started;
  },
});

export const saveDraftAction = defineAction({
  name: "saveDraftAction",
  schema: ZSaveDraft,
  permission: (input) => ({ permission: "runbook.edit", target: { type: "runbook_version", id: input.versionId } }),
  handler: async ({ input, user }) => {
    const saved = await saveDraft({ versionId: input.versionId, doc: input.doc, actor: { id: user.id, label: user.email } });
    revalidateRunbook(saved.runbookId);
    return saved;
  },
});
