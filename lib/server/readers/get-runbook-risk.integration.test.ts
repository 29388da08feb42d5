// The risk lint of published versions on the real database: the runbook list's indicator (latest
// published version only, archived runbooks left out), the version page's summary, and the cache
// per version id.
import { beforeEach, describe, expect, it } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { importRunbook } from "@/lib/server/runbooks/import-runbook";
import { clearRiskCache, findLatestVersionRisks, getRunbookRisk } from "./get-runbook-risk";
import { getRunbookVersion } from "./get-runbook-version";
import { getLintTarget } from "./get-lint-target";
import { createTestEnvironment, onTarget } from "@/lib/testing/deployment-fixture";
import { majorVersionOf } from "@/lib/domain/environment";

const doc = (title: string, sql: string) => `# ${title}

## Phase 1: Schema (5 minutes)

\`\`\`sql
${sql}
\`\`\`

## Phase 2: Check (1 minute)

\`\`\`sql
SELECT count(*) FROM orders;
\`\`\`

## Rollback Procedure

### Step 1: Undo

\`\`\`sql
DROP TABLE orders_new;
\`\`\`
`;

async function insertLead() {
  const user = await testPrisma().user.create({ data: { email: `risk-${uniqueSuffix()}@example.test`, name: "Rita Risk", roles: ["LEAD"] } });
  return { id: user.id, label: user.email };
}

/** Imports a document and publishes it as the given version number (the publish use-case is tested elsewhere). */
async function publishedVersion(actor: { id: string; label: string }, markdown: string, runbookId?: string, number = 1) {
  const { saved } = await importRunbook({ prisma: testPrisma(), markdown, actor });
  const version = await testPrisma().runbookVersion.update({
    where: { id: saved!.versionId },
    data: { status: "PUBLISHED", number, publishedAt: new Date(), publishedById: actor.id, draftOfRunbookId: null, ...(runbookId ? { runbookId } : {}) },
  });
  return { runbookId: version.runbookId, versionId: version.id, importedRunbookId: saved!.runbookId };
}

beforeEach(() => clearRiskCache());

describe("findLatestVersionRisks", () => {
  it("summarises the latest published version of each runbook, not older ones nor drafts", async () => {
    const actor = await insertLead();
    const v1 = await publishedVersion(actor, doc(`Risky ${uniqueSuffix()}`, "ALTER TABLE orders RENAME COLUMN total TO amount;"));
    const v2 = await publishedVersion(actor, doc(`Risky v2 ${uniqueSuffix()}`, "CREATE INDEX i ON orders (a);\nUPDATE orders SET a = 1;"), v1.runbookId, 2);
    // a draft-only runbook has no indicator
    const { saved: draftOnly } = await importRunbook({ prisma: testPrisma(), markdown: doc(`Draft ${uniqueSuffix()}`, "DROP TABLE x;"), actor });

    const risks = await findLatestVersionRisks();
    expect(risks[v1.runbookId]).toEqual({
      versionId: v2.versionId,
      versionNumber: 2,
      summary: {
        total: 3,
        bySeverity: { danger: 3, warning: 0 },
        byRule: { "require-concurrent-index-creation": 1, "update-without-where": 1, "ban-drop-table": 1 },
        highest: "danger",
      },
    });
    expect(risks[draftOnly!.runbookId]).toBeUndefined();
  });

  it("leaves archived runbooks out", async () => {
    const actor = await insertLead();
    const v = await publishedVersion(actor, doc(`Archived ${uniqueSuffix()}`, "SELECT 1;"));
    await testPrisma().runbook.update({ where: { id: v.runbookId }, data: { archivedAt: new Date() } });
    expect((await findLatestVersionRisks())[v.runbookId]).toBeUndefined();
  });

  it("lints a published version once: later calls answer from the cache", async () => {
    const actor = await insertLead();
    const v = await publishedVersion(actor, doc(`Cached ${uniqueSuffix()}`, "SELECT 1;"));
    expect((await findLatestVersionRisks())[v.runbookId]!.summary.bySeverity).toEqual({ danger: 1, warning: 0 });
    // published versions never change; were one changed behind the app's back, the cache would not notice
    const step = await testPrisma().step.findFirstOrThrow({ where: { phase: { versionId: v.versionId, procedure: "MAIN", position: 1 } } });
    await testPrisma().step.update({ where: { id: step.id }, data: { sql: "DROP TABLE a; DROP TABLE b;" } });
    expect((await findLatestVersionRisks())[v.runbookId]!.summary.bySeverity).toEqual({ danger: 1, warning: 0 });
    clearRiskCache();
    expect((await findLatestVersionRisks())[v.runbookId]!.summary.bySeverity).toEqual({ danger: 3, warning: 0 });
  });
});

describe("getRunbookRisk", () => {
  it("maps findings to the steps of the version page, main procedure first, with counts", async () => {
    const actor = await insertLead();
    const v = await publishedVersion(actor, doc(`Page ${uniqueSuffix()}`, "ALTER TABLE orders RENAME COLUMN total TO amount;"));
    const version = await getRunbookVersion({ runbookId: v.runbookId, versionNumber: 1 });
    const risk = await getRunbookRisk(version);
    expect(risk.sqlStepCount).toBe(3);
    expect(risk.summary).toMatchObject({ total: 2, bySeverity: { warning: 1, danger: 1 } });
    expect(risk.flaggedSteps.map((s) => [s.procedure, s.phasePosition, s.stepPosition, s.findings.map((f) => f.rule)])).toEqual([
      ["MAIN", 1, 1, ["rename-column"]],
      ["ROLLBACK", 1, 1, ["ban-drop-table"]],
    ]);
    const checkStep = version.mainPhases[1]!.steps[0]!;
    expect(risk.findingsByStep[checkStep.id]).toBeUndefined();
  });
});

describe("the version page's lint for the server it will run on (issue 11)", () => {
  it("answers version-dependent rules for the chosen environment's target, cached apart from the current server's", async () => {
    const actor = await insertLead();
    const v = await publishedVersion(actor, doc(`Versioned ${uniqueSuffix()}`, "ALTER TABLE orders ADD COLUMN region int NOT NULL DEFAULT 0;"));
    const version = await getRunbookVersion({ runbookId: v.runbookId, versionNumber: 1 });
    const rulesOf = (risk: Awaited<ReturnType<typeof getRunbookRisk>>) => risk.flaggedSteps.flatMap((s) => s.findings.map((f) => f.rule));

    // a constant default rewrites the table before PostgreSQL 11, not after
    expect(rulesOf(await getRunbookRisk(version))).not.toContain("adding-field-with-default");
    expect(rulesOf(await getRunbookRisk(version, { serverVersion: 10 }))).toContain("adding-field-with-default");
    expect(rulesOf(await getRunbookRisk(version))).not.toContain("adding-field-with-default");

    // the environment's own target says which version it runs
    const environment = await createTestEnvironment();
    const choice = { id: environment.id, name: environment.name, isProduction: false };
    const [row] = await onTarget<{ version: string }>("SELECT version()");
    const target = await getLintTarget(environment.id, [choice]);
    expect(target).toMatchObject({ kind: "environment", environment: choice, serverVersion: majorVersionOf(row!.version) });
    // an id that is not among the choices, or none: a current server
    expect(await getLintTarget("not-an-id", [choice])).toEqual({ kind: "current" });
    expect(await getLintTarget(undefined, [choice])).toEqual({ kind: "current" });
  });
});
