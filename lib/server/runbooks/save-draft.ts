// Saving a draft from the editor (PRODUCT.md "Domain", rules 8 and 9). The whole document is
// validated — its shape with ZDraftDocument, every SQL-bearing step with the real Postgres parser
// — before anything is written; a refusal names each field (path → message) and saves nothing.
// The write is optimistic: the version's lockVersion moves only if it is still the one the editor
// loaded *and* the version is still a draft (the check is in the write), so a stale editor gets a
// conflict instead of overwriting, and a published version can never be changed here.
import "server-only";
import { getPrisma } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import { findExecutorRefusals } from "@/lib/domain/sql/executor-rules";
import { parseSql } from "@/lib/domain/sql/parse-sql";
import { checkBackupFilter } from "@/lib/domain/sql/backup-filter";
import { isSqlStepKind, validateDraftDocument, type TDraftDocument, type TDraftFieldErrors } from "@/lib/domain/runbook/draft";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseEntityId } from "./parse-runbook-id";
import { clearVersionContent, writeVersionContent } from "./write-version-content";

export const DRAFT_CONFLICT_MESSAGE = "Someone else saved this draft since you opened it. Your changes are kept below; reload to see theirs.";
export const PUBLISHED_VERSION_MESSAGE = "This version has been published and can no longer change. Start a new draft to edit the runbook.";

export type TSavedDraft = { versionId: string; runbookId: string; lockVersion: number };

/**
 * "line 3, column 8: syntax error at or near …" for each SQL that does not parse, or that the
 * executor would refuse (lib/domain/sql/executor-rules.ts: transaction control, a SET that lifts
 * the step's limits), by field path.
 */
const REFUSAL_MARK = / is not allowed here| would (change|reset) /;

export async function findSqlErrors(doc: Pick<TDraftDocument, "phases">): Promise<TDraftFieldErrors> {
  const errors: TDraftFieldErrors = {};
  const checks = doc.phases.flatMap((phase, p) =>
    phase.steps.flatMap((step, s) =>
      isSqlStepKind(step.kind) && "sql" in step
        ? [
            {
              path: `phases.${p}.steps.${s}.sql`,
              sql: step.sql,
              isOutsideTransaction: "outsideTransaction" in step && step.outsideTransaction,
              owner: step.kind === "SQL" ? ("a SQL step" as const) : ("a check" as const),
            },
          ]
        : [],
    ),
  );
  for (const { path, sql, isOutsideTransaction, owner } of checks) {
    const parsed = await parseSql(sql);
    if (!parsed.ok) {
      errors[path] = [`line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message}`];
      continue;
    }
    const refusals = findExecutorRefusals(parsed.statements, { isOutsideTransaction, owner });
    if (refusals.length > 0) errors[path] = refusals.map((r) => `line ${r.line}, column ${r.column}: ${r.message} ${r.advice}`);
  }
  // issue 15 item 2: a fan-out's query runs read-only on the target: it must parse, as a check does
  for (const [p, phase] of doc.phases.entries()) {
    for (const [s, step] of phase.steps.entries()) {
      const query = "fanOut" in step ? step.fanOut?.query : null;
      if (!query) continue;
      const parsed = await parseSql(query);
      const path = `phases.${p}.steps.${s}.fanOut.query`;
      if (!parsed.ok) errors[path] = [`line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message}`];
      else {
        const refusals = findExecutorRefusals(parsed.statements, { isOutsideTransaction: false, owner: "a check" });
        if (refusals.length > 0) errors[path] = refusals.map((r) => `line ${r.line}, column ${r.column}: ${r.message} ${r.advice}`);
      }
    }
  }
  // issue 15: a BACKUP's row filter is spliced into generated SQL: it must be one condition
  for (const [p, phase] of doc.phases.entries()) {
    for (const [s, step] of phase.steps.entries()) {
      if (step.kind !== "BACKUP" || !step.backupFilter) continue;
      const checked = await checkBackupFilter(step.backupFilter);
      if (!checked.ok) errors[`phases.${p}.steps.${s}.backupFilter`] = [`The row filter is not one condition: ${checked.message}`];
    }
  }
  return errors;
}

export async function saveDraft(input: { versionId: string; doc: unknown; actor: TActor & { id: string } }): Promise<TSavedDraft> {
  const versionId = parseEntityId("draft", input.versionId);
  const validated = validateDraftDocument(input.doc);
  if (!validated.ok) throw new ValidationError("Some fields need attention. Nothing was saved.", validated.fieldErrors);
  const { doc } = validated;

  const sqlErrors = await findSqlErrors(doc);
  const count = Object.keys(sqlErrors).length;
  if (count > 0) {
    const isParseOnly = Object.values(sqlErrors).every((messages) => messages.every((m) => !REFUSAL_MARK.test(m)));
    const what = isParseOnly ? "not parse" : "not parse or would be refused when run";
    throw new ValidationError(`The SQL of ${count === 1 ? "one step does" : `${count} steps do`} ${what}. Nothing was saved.`, sqlErrors);
  }

  const disabledLintRules = doc.disabledLintRules ?? [];
  return getPrisma().$transaction(async (tx) => {
    // what the lint switch was, to audit a change of it (issue 11): read in the same transaction
    const before = await tx.runbookVersion.findUnique({ where: { id: versionId }, select: { disabledLintRules: true } });
    const [updated] = await tx.runbookVersion.updateManyAndReturn({
      where: { id: versionId, status: "DRAFT", lockVersion: doc.lockVersion },
      data: {
        title: doc.title,
        summary: doc.summary,
        riskLevel: doc.riskLevel,
        estimatedMinutes: doc.estimatedMinutes,
        rollbackMinutes: doc.rollbackMinutes,
        requireSeparationOfDuties: doc.requireSeparationOfDuties,
        disabledLintRules,
        preamble: doc.preamble,
        lockVersion: { increment: 1 },
      },
      select: { id: true, runbookId: true, lockVersion: true },
    });
    if (!updated) {
      // nothing was written; read only to say why
      const current = await tx.runbookVersion.findUnique({ where: { id: versionId }, select: { status: true } });
      if (!current) throw new NotFoundError("This draft does not exist. It may have been published or deleted.");
      throw new ConflictError(current.status === "DRAFT" ? DRAFT_CONFLICT_MESSAGE : PUBLISHED_VERSION_MESSAGE);
    }
    await clearVersionContent(tx, versionId);
    await writeVersionContent(tx, versionId, doc);
    await appendAuditEvent(
      tx,
      { actor: input.actor, targetType: "runbook", targetId: updated.runbookId },
      { type: "runbook.draft_saved", payload: { lockVersion: updated.lockVersion } },
    );
    const previous = before?.disabledLintRules ?? [];
    if (previous.join(",") !== disabledLintRules.join(",")) {
      await appendAuditEvent(
        tx,
        { actor: input.actor, targetType: "runbook", targetId: updated.runbookId },
        { type: "runbook.lint_rules_changed", payload: { versionId, disabledLintRules, previous } },
      );
    }
    return { versionId, runbookId: updated.runbookId, lockVersion: updated.lockVersion };
  });
}
