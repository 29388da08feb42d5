import "server-only";
// Publish a draft as the runbook's next numbered version (PRODUCT.md "Domain"). From then on the
// version is immutable: every write path to a version's content checks `status = 'DRAFT'` in its
// own conditional write (saveDraft does), so once this commits nothing edits it again — a later
// edit starts a new draft from it.
//
// Races, all closed inside one transaction:
// - two publishes of the same draft (double click, two tabs, two leads): the runbook row is
//   locked FOR UPDATE first, then the draft is flipped by a conditional update on
//   (status DRAFT, lockVersion). The second publisher waits for the lock, finds no draft row
//   left to flip, and gets a conflict. Numbers are read under the same lock, and the unique
//   (runbookId, number) backs it.
// - a save landing between review and publish: it bumped lockVersion, so the conditional update
//   matches nothing and the person is told to review again. What was checked (SQL parses, has
//   phases) is therefore exactly what gets published.
//
// Danger findings of the SQL risk lint (issue 10 item 6) must each be acknowledged with a reason;
// the acknowledgements are matched against the lint of the draft as it is read here — guarded by
// the same lockVersion — stored on the version, and audited one event per finding in the
// publishing transaction.
import { getPrisma } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/audit/append";
import { can, isRole } from "@/lib/auth/permissions";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseSql } from "@/lib/domain/sql/parse-sql";
import { ZPublishDraft } from "@/lib/domain/runbook/publish";
import { isSqlStepKind } from "@/lib/domain/runbook/step-kinds";
import { lintSqlSteps } from "@/lib/domain/sql/lint-steps";
import { dangerFindingsOf, matchAcknowledgements, type TFindingRef, type TLintAcknowledgement, type TStoredLintAcknowledgement } from "@/lib/domain/runbook/lint-acknowledgements";

export type TPublishActor = { id: string; email: string };

export type TPublishResult = { runbookId: string; versionId: string; number: number };

export const DRAFT_NOT_FOUND_MESSAGE = "This draft does not exist.";
export const STALE_DRAFT_MESSAGE = "This draft was changed after you opened the review. Reload the page and review the latest draft before publishing.";
export const EMPTY_DRAFT_MESSAGE = "This draft has no phases. Add at least one phase before publishing it.";
export const NOT_PUBLISHER_MESSAGE = "Only an active deployment lead can publish a runbook. Your account changed; sign in again.";
export const alreadyPublishedMessage = (number: number | null) =>
  number === null
    ? "This draft is no longer the runbook's draft. Reload the page to see the current state."
    : `This draft was already published as version ${number}. Reload the page to see it.`;

export type TSqlProblem = { phase: string; step: string; message: string };

export const unacknowledgedMessage = (count: number) =>
  count === 1
    ? "One danger finding of the SQL risk lint is not acknowledged. Say why its risk is acceptable, then publish."
    : `${count} danger findings of the SQL risk lint are not acknowledged. Say why each risk is acceptable, then publish.`;

type TPhaseForChecks = {
  procedure: string;
  position: number;
  title: string;
  steps: readonly { id: string; position: number; title: string; kind: string; sql: string | null; outsideTransaction: boolean }[];
};

const phaseNameOf = (phase: Pick<TPhaseForChecks, "procedure" | "position" | "title">) =>
  `${phase.procedure === "ROLLBACK" ? "Rollback phase" : "Phase"} ${phase.position} “${phase.title}”`;

/** The danger findings of the draft's lint not covered by an acknowledgement, and those that are. */
async function checkDangerAcknowledgements(
  phases: readonly TPhaseForChecks[],
  acknowledgements: readonly TLintAcknowledgement[],
): Promise<{ missing: string[]; matched: TLintAcknowledgement[] }> {
  const steps = phases.flatMap((phase) => phase.steps.map((step) => ({ phase, step })));
  // the same input the review page lints (lib/server/readers/get-runbook-risk.ts): every step with
  // SQL, each phase's steps in order as they will run (issue 11 item 4) — otherwise a finding the
  // page does not show (SET NOT NULL after a validated CHECK in an earlier step) asked for an acknowledgement
  const ordered = [...steps].sort(
    (a, b) => (a.phase.procedure === b.phase.procedure ? 0 : a.phase.procedure === "MAIN" ? -1 : 1) || a.phase.position - b.phase.position || a.step.position - b.step.position,
  );
  const risk = await lintSqlSteps(
    ordered.flatMap(({ phase, step }) =>
      step.sql ? [{ id: step.id, sql: step.sql, phaseKey: `${phase.procedure}:${phase.position}`, outsideTransaction: step.outsideTransaction }] : [],
    ),
  );
  const { missing, matched } = matchAcknowledgements(dangerFindingsOf(risk.findingsByStep), acknowledgements);
  const byId = new Map(steps.map(({ phase, step }) => [step.id, `${phaseNameOf(phase)}, step ${step.position} “${step.title}”`]));
  const describe = (ref: TFindingRef) => `${byId.get(ref.stepId) ?? ref.stepId}: ${ref.rule} at line ${ref.line}`;
  return { missing: missing.map(describe), matched };
}

/**
 * Every SQL-bearing step must hold SQL that the Postgres parser accepts; a version that cannot run
 * must not become the thing deployments run (PRODUCT.md rule 9: invalid SQL changes nothing).
 */
async function findSqlProblems(phases: readonly TPhaseForChecks[]): Promise<TSqlProblem[]> {
  const problems: TSqlProblem[] = [];
  const ordered = [...phases].sort((a, b) => (a.procedure === b.procedure ? a.position - b.position : a.procedure === "MAIN" ? -1 : 1));
  for (const phase of ordered) {
    const phaseName = phaseNameOf(phase);
    for (const step of [...phase.steps].sort((a, b) => a.position - b.position)) {
      if (!isSqlStepKind(step.kind)) continue;
      const stepName = `step ${step.position} “${step.title}”`;
      if (!step.sql?.trim()) {
        problems.push({ phase: phaseName, step: stepName, message: "has no SQL" });
        continue;
      }
      const parsed = await parseSql(step.sql);
      if (!parsed.ok) {
        const { line, column, message } = parsed.error;
        problems.push({ phase: phaseName, step: stepName, message: `line ${line}, column ${column}: ${message}` });
      }
    }
  }
  return problems;
}

export async function publishDraft(input: {
  versionId: string;
  expectedLockVersion: number;
  acknowledgements?: readonly TLintAcknowledgement[];
  actor: TPublishActor;
}): Promise<TPublishResult> {
  const parsedInput = ZPublishDraft.safeParse(input);
  if (!parsedInput.success) {
    const isAckProblem = parsedInput.error.issues.every((issue) => issue.path[0] === "acknowledgements");
    if (isAckProblem) {
      throw new ValidationError("Each acknowledgement needs a reason of at most 1000 characters.", {
        acknowledgements: parsedInput.error.issues.map((issue) => issue.message),
      });
    }
    throw new NotFoundError(DRAFT_NOT_FOUND_MESSAGE);
  }
  const { versionId, expectedLockVersion, acknowledgements } = parsedInput.data;
  const { actor } = input;
  const prisma = getPrisma();

  // checks that need no lock, made first so a refusal is quick and says everything wrong at once
  const draft = await prisma.runbookVersion.findUnique({
    where: { id: versionId.toLowerCase() },
    select: {
      id: true,
      runbookId: true,
      status: true,
      number: true,
      lockVersion: true,
      phases: {
        select: { procedure: true, position: true, title: true, steps: { select: { id: true, position: true, title: true, kind: true, sql: true, outsideTransaction: true } } },
      },
    },
  });
  if (!draft) throw new NotFoundError(DRAFT_NOT_FOUND_MESSAGE);
  if (draft.status !== "DRAFT") throw new ConflictError(alreadyPublishedMessage(draft.number));
  if (draft.lockVersion !== expectedLockVersion) throw new ConflictError(STALE_DRAFT_MESSAGE);
  if (!draft.phases.some((p) => p.procedure === "MAIN")) throw new ValidationError(EMPTY_DRAFT_MESSAGE);
  const problems = await findSqlProblems(draft.phases);
  if (problems.length > 0) {
    throw new ValidationError(
      problems.length === 1
        ? "The SQL of one step does not parse. Fix it in the draft before publishing."
        : `The SQL of ${problems.length} steps does not parse. Fix them in the draft before publishing.`,
      { sql: problems.map((p) => `${p.phase}, ${p.step}: ${p.message}`) },
    );
  }
  const dangers = await checkDangerAcknowledgements(draft.phases, acknowledgements);
  if (dangers.missing.length > 0) {
    throw new ValidationError(unacknowledgedMessage(dangers.missing.length), { acknowledgements: dangers.missing });
  }
  const publishedAt = new Date();
  const stored: TStoredLintAcknowledgement[] = dangers.matched.map((ack) => ({
    ...ack,
    acknowledgedById: actor.id,
    acknowledgedByLabel: actor.email,
    acknowledgedAt: publishedAt.toISOString(),
  }));

  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Runbook" WHERE "id" = ${draft.runbookId} FOR UPDATE`;
    if (locked.length !== 1) throw new NotFoundError(DRAFT_NOT_FOUND_MESSAGE);

    // the session was checked when the request began; under the lock the row decides (a lead demoted meanwhile publishes nothing)
    const actorRow = await tx.user.findUnique({ where: { id: actor.id }, select: { isActive: true, roles: true } });
    if (!actorRow?.isActive || !can(actorRow.roles.filter(isRole), "runbook.publish")) throw new ForbiddenError(NOT_PUBLISHER_MESSAGE);

    const latest = await tx.runbookVersion.aggregate({ where: { runbookId: draft.runbookId, status: "PUBLISHED" }, _max: { number: true } });
    const number = (latest._max.number ?? 0) + 1;

    const { count } = await tx.runbookVersion.updateMany({
      where: { id: draft.id, runbookId: draft.runbookId, status: "DRAFT", draftOfRunbookId: draft.runbookId, lockVersion: expectedLockVersion },
      data: {
        status: "PUBLISHED",
        number,
        publishedAt,
        publishedById: actor.id,
        lintAcknowledgements: stored,
        draftOfRunbookId: null,
        lockVersion: { increment: 1 },
      },
    });
    if (count !== 1) {
      const current = await tx.runbookVersion.findUnique({ where: { id: draft.id }, select: { status: true, number: true } });
      throw new ConflictError(current?.status === "DRAFT" ? STALE_DRAFT_MESSAGE : alreadyPublishedMessage(current?.number ?? null));
    }

    await appendAuditEvent(
      tx,
      { actor: { id: actor.id, label: actor.email }, targetType: "runbook", targetId: draft.runbookId },
      { type: "runbook.published", payload: { versionId: draft.id, number } },
    );
    for (const ack of dangers.matched) {
      await appendAuditEvent(
        tx,
        { actor: { id: actor.id, label: actor.email }, targetType: "runbook", targetId: draft.runbookId },
        { type: "runbook.lint_acknowledged", payload: { versionId: draft.id, number, stepId: ack.stepId, rule: ack.rule, line: ack.line, reason: ack.reason } },
      );
    }
    return { runbookId: draft.runbookId, versionId: draft.id, number };
  });
}
