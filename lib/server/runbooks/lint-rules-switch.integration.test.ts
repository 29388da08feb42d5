// Issue 11: a runbook switches schema-design lint warnings off. Stored with the draft (a change is
// audited as runbook.lint_rules_changed in the save's transaction), loaded back by the editor,
// honoured by the lint of the version, carried by export and import — and only the advisory
// rules can be switched off.
import { describe, expect, it } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { ValidationError } from "@/lib/errors";
import { createRunbook } from "./create-runbook";
import { saveDraft } from "./save-draft";
import { getDraft } from "@/lib/server/readers/get-draft";
import { getRunbookRisk } from "@/lib/server/readers/get-runbook-risk";
import { getRunbookVersion } from "@/lib/server/readers/get-runbook-version";
import { exportRunbookVersion } from "./export-runbook-version";
import { importRunbook } from "./import-runbook";
import type { TDraftDocument } from "@/lib/domain/runbook/draft";

async function insertUser() {
  const row = await testPrisma().user.create({ data: { email: `switch-${uniqueSuffix()}@example.test`, name: "Sam Switch", roles: ["LEAD"] } });
  return { id: row.id, label: row.email };
}

const SQL = "CREATE TABLE shipments (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, depot varchar(40), sent_at timestamp);";

function doc(lockVersion: number, disabledLintRules?: TDraftDocument["disabledLintRules"]): TDraftDocument {
  return {
    lockVersion,
    title: `Switch ${uniqueSuffix()}`,
    summary: "",
    riskLevel: "LOW",
    estimatedMinutes: 5,
    rollbackMinutes: null,
    requireSeparationOfDuties: true,
    ...(disabledLintRules ? { disabledLintRules } : {}),
    preamble: "",
    phases: [
      {
        procedure: "MAIN",
        title: "Create",
        objective: "",
        estimatedMinutes: 5,
        failurePolicy: "STOP",
        isPointOfNoReturn: false,
        followUpOffsetMinutes: null,
        requiredSignoffRoles: [],
        notes: "",
        steps: [{ kind: "SQL", title: "Create shipments", instructions: "", language: "sql", sql: SQL, statementTimeoutMs: 30_000, lockTimeoutMs: 2_000 } as never],
        checklistItems: [],
        successCriteria: [],
      },
    ],
    signoffSheet: [],
  };
}

const rulesOf = (risk: Awaited<ReturnType<typeof getRunbookRisk>>) => risk.flaggedSteps.flatMap((s) => s.findings.map((f) => f.rule)).sort();

describe("the per-runbook switch of schema-design lint warnings", () => {
  it("is saved with the draft, audited when it changes, honoured by the lint, and carried by export and import", async () => {
    const actor = await insertUser();
    const created = await createRunbook({ prisma: testPrisma(), content: { title: "Switch", riskLevel: "LOW" }, actor, source: "editor" });
    const saved = await saveDraft({ versionId: created.versionId, doc: doc(1), actor });
    const events = () => testPrisma().auditEvent.findMany({ where: { targetId: created.runbookId, type: "runbook.lint_rules_changed" }, orderBy: { seq: "asc" } });
    expect(await events()).toHaveLength(0);

    // both warnings fire while nothing is switched off
    const versionOf = async () => {
      await testPrisma().runbookVersion.update({
        where: { id: created.versionId },
        data: { status: "PUBLISHED", number: 1, publishedAt: new Date(), publishedById: actor.id, draftOfRunbookId: null },
      });
      return getRunbookVersion({ runbookId: created.runbookId, versionNumber: 1 });
    };
    const draftRisk = async () => {
      const draft = await testPrisma().runbookVersion.findUniqueOrThrow({ where: { id: created.versionId }, select: { disabledLintRules: true } });
      const { getDraftReview } = await import("@/lib/server/readers/get-draft-review");
      return { stored: draft.disabledLintRules, review: await getDraftReview(created.runbookId) };
    };
    expect((await draftRisk()).review.risk?.flaggedSteps.flatMap((s) => s.findings.map((f) => f.rule)).sort()).toEqual(["prefer-text-field", "prefer-timestamptz"]);

    // switched off, in any order and repeated: stored once each, in the rules' order, and audited
    const second = await saveDraft({ versionId: created.versionId, doc: doc(saved.lockVersion, ["prefer-timestamptz", "prefer-text-field", "prefer-text-field"]), actor });
    expect((await draftRisk()).stored).toEqual(["prefer-timestamptz", "prefer-text-field"]);
    expect((await events()).map((e) => e.payload)).toEqual([{ versionId: created.versionId, disabledLintRules: ["prefer-timestamptz", "prefer-text-field"], previous: [] }]);
    expect((await getDraft(created.runbookId)).doc?.disabledLintRules).toEqual(["prefer-timestamptz", "prefer-text-field"]);
    expect((await draftRisk()).review.risk?.flaggedSteps ?? []).toEqual([]);
    // saved again unchanged: no second event
    const third = await saveDraft({ versionId: created.versionId, doc: doc(second.lockVersion, ["prefer-text-field", "prefer-timestamptz"]), actor });
    expect(await events()).toHaveLength(1);
    // only the advisory rules: a risk rule cannot be switched off
    await expect(saveDraft({ versionId: created.versionId, doc: doc(third.lockVersion, ["ban-drop-table"] as never), actor })).rejects.toBeInstanceOf(ValidationError);

    // published: the version page's lint honours it (the warnings fired on the draft before the switch)
    const version = await versionOf();
    expect(rulesOf(await getRunbookRisk(version))).toEqual([]);

    // exported as a visible line, and read back by the import
    const { markdown } = await exportRunbookVersion({ prisma: testPrisma(), versionId: created.versionId });
    expect(markdown).toContain("**Lint off**: prefer-timestamptz, prefer-text-field\n");
    const { saved: imported } = await importRunbook({ prisma: testPrisma(), markdown, actor });
    const back = await testPrisma().runbookVersion.findUniqueOrThrow({ where: { id: imported!.versionId }, select: { disabledLintRules: true } });
    expect(back.disabledLintRules).toEqual(["prefer-timestamptz", "prefer-text-field"]);
  });
});
