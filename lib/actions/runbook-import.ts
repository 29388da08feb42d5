"use server";
// Markdown import from the browser (PRODUCT.md "Import and export"; issue 4 part 5): thin adapters
// over importRunbook. Both need `runbook.edit` — a preview shows the document's structure and
// nothing else, but it is the first half of writing a runbook. The preview is a dry run: it parses
// and checks, writes nothing and appends no audit event; saving creates the runbook and its draft
// with `runbook.created` in one transaction.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db/client";
import { ZImportRunbookInput, ZSaveRunbookImportInput } from "@/lib/domain/markdown/import-input";
import type { TParsedRunbook } from "@/lib/domain/markdown/types";
import type { TLintFinding } from "@/lib/domain/sql/lint-sql";
import { lintSqlSteps } from "@/lib/domain/sql/lint-steps";
import { normaliseDisabledRules } from "@/lib/domain/sql/schema-design-rules";
import type { TSessionUser } from "@/lib/auth/session";
import { importRunbook } from "@/lib/server/runbooks/import-runbook";
import { isSchemaFanOut } from "@/lib/domain/runbook/fan-out-labels";

const actorOf = (user: TSessionUser) => ({ id: user.id, label: user.email });

export type TImportPreview = {
  runbook: TParsedRunbook;
  /** risk lint of each SQL step, keyed "main:<phase index>:<step index>" / "rollback:…" (0-based) */
  sqlFindings: Record<string, TLintFinding[]>;
};

export const previewRunbookImportAction = defineAction({
  name: "previewRunbookImportAction",
  schema: ZImportRunbookInput,
  permission: "runbook.edit",
  handler: async ({ input, user }): Promise<TImportPreview> => {
    const { parsed } = await importRunbook({ prisma: getPrisma(), markdown: input.markdown, actor: actorOf(user), dryRun: true });
    const sqlSteps = [
      ...parsed.phases.map((phase, p) => ({ phase, key: `main:${p}` })),
      ...(parsed.rollback?.phases ?? []).map((phase, p) => ({ phase, key: `rollback:${p}` })),
    ].flatMap(({ phase, key }) =>
      phase.steps.flatMap((step, s) =>
        step.kind === "SQL"
          ? [{ id: `${key}:${s}`, sql: step.text, phaseKey: key, outsideTransaction: step.details?.outsideTransaction ?? false, isFanOut: isSchemaFanOut(step.details?.fanOut) }]
          : [],
      ),
    );
    const { findingsByStep } = await lintSqlSteps(sqlSteps, { disabledRules: normaliseDisabledRules(parsed.disabledLintRules ?? []) });
    return { runbook: parsed, sqlFindings: findingsByStep };
  },
});

export type TImportSaved = { runbookId: string; versionId: string; slug: string };

export const importRunbookAction = defineAction({
  name: "importRunbookAction",
  schema: ZSaveRunbookImportInput,
  permission: "runbook.edit",
  handler: async ({ input, user }): Promise<TImportSaved> => {
    // the previewed structure is saved as the lead arranged it (checked again); the document is not parsed twice
    const { saved } = await importRunbook({ prisma: getPrisma(), markdown: input.markdown, parsed: input.parsed, actor: actorOf(user) });
    // importRunbook returns null only on a dry run
    if (!saved) throw new Error("importRunbook saved nothing");
    revalidatePath("/runbooks");
    return saved;
  },
});
