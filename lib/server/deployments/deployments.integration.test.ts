// Running deployments on the real database and target (issue 5; PRODUCT.md rules 1–8): the
// use-cases the cockpit's actions call, and the worker that executes steps.
import { describe, expect, it } from "vitest";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { ConflictError } from "@/lib/errors";
import { createTestUser, deploymentMap, onTarget, planTestDeployment, runQueuedSteps, type TPhaseInput } from "@/lib/testing/deployment-fixture";
import { controlDeployment } from "./control-deployment";
import { activatePhase } from "./activate-phase";
import { completePhase } from "./complete-phase";
import { skipPhase } from "./skip-phase";
import { startStepRun } from "./start-step-run";
import { recordManualStep } from "./record-manual-step";
import { waiveStep } from "./waive-step";
import { reconcileStepRun } from "./reconcile-step-run";
import { tickChecklistItem } from "./tick-checklist-item";
import { recordCriterion } from "./record-criterion";
import { recordPhaseSignoff } from "./record-phase-signoff";
import { recordPointOfNoReturnApproval } from "./record-point-of-no-return-approval";
import { recoverInterruptedStepRuns } from "@/lib/server/execution/recover-interrupted-runs";
import { verifyAuditChain } from "@/lib/audit/verify";

const prisma = () => testPrisma();
const status = async (deploymentId: string) => (await prisma().deployment.findUniqueOrThrow({ where: { id: deploymentId }, select: { status: true } })).status;
const phaseStatus = async (phaseRunId: string) => await prisma().phaseRun.findUniqueOrThrow({ where: { id: phaseRunId }, select: { status: true, reason: true } });
const events = (deploymentId: string, type?: string) => prisma().auditEvent.findMany({ where: { deploymentId, ...(type ? { type } : {}) }, orderBy: { seq: "asc" } });

const sqlPhase = (title: string, sql: string, extra: Partial<TPhaseInput> = {}): TPhaseInput => ({
  title,
  steps: [{ kind: "SQL", title: `${title} SQL`, sql, statementTimeoutMs: 10_000, lockTimeoutMs: 2_000 }],
  ...extra,
});

describe("a step runs at most once per attempt (rule 5)", () => {
  it("twenty simultaneous Run clicks from different sessions make one run row and one execution on the target", async () => {
    const table = `once_${uniqueSuffix()}`;
    await onTarget(`CREATE TABLE ${table} (n int)`);
    const leads = await Promise.all(Array.from({ length: 4 }, () => createTestUser(["LEAD"])));
    const { deploymentId } = await planTestDeployment(leads[0]!, [sqlPhase("Insert", `INSERT INTO ${table} VALUES (1);`)]);
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: leads[0]!, prisma: prisma() });
    const map = await deploymentMap(deploymentId);
    const phase = map.phase("Insert");

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Insert SQL"), mode: "RUN", attempt: 1, actor: leads[i % leads.length]!, prisma: prisma() }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refusals = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refusals).toHaveLength(19);
    for (const r of refusals) expect(r.reason).toBeInstanceOf(ConflictError);

    // other files' runs may wait in the shared queue too: count this deployment's
    await runQueuedSteps();
    expect(await prisma().stepRun.count({ where: { deploymentId } })).toBe(1);
    expect(await onTarget<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).toEqual([{ n: 1 }]);
    // every refused attempt is in the audit trail too (rule 8)
    expect(await events(deploymentId, "deployment.action_refused")).toHaveLength(19);
  });

  it("a retry is an explicit new attempt, allowed only after the previous one ended", async () => {
    const lead = await createTestUser(["LEAD"]);
    const table = `retry_${uniqueSuffix()}`;
    const { deploymentId } = await planTestDeployment(lead, [sqlPhase("Create", `CREATE TABLE ${table} (n int); INSERT INTO ${table} VALUES (1/0);`)]);
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
    const phase = (await deploymentMap(deploymentId)).phase("Create");
    const ref = { deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Create SQL"), mode: "RUN" as const, actor: lead, prisma: prisma() };
    await startStepRun({ ...ref, attempt: 1 });
    await expect(startStepRun({ ...ref, attempt: 2 })).rejects.toThrow(/already queued/);
    await runQueuedSteps();
    const failed = await prisma().stepRun.findFirstOrThrow({ where: { deploymentId, attempt: 1 } });
    expect(failed).toMatchObject({ status: "FAILED" });
    expect(failed.errorMessage).toMatch(/division by zero/);
    // the failed script left nothing behind: one transaction
    expect(await onTarget(`SELECT to_regclass('${table}') AS t`)).toEqual([{ t: null }]);
    await expect(startStepRun({ ...ref, attempt: 1 })).rejects.toThrow(/Attempt 1 .* has already been made/);
    await startStepRun({ ...ref, attempt: 2 });
    expect(await prisma().stepRun.count({ where: { deploymentId } })).toBe(2);
  });
});

describe("phases (rules 1 and 2)", () => {
  it("goes phase by phase: gates block completion, a rejection returns the phase with its comment, approval completes the deployment", async () => {
    const lead = await createTestUser(["LEAD"]);
    const dba = await createTestUser(["DBA"]);
    const table = `flow_${uniqueSuffix()}`;
    const { deploymentId } = await planTestDeployment(lead, [
      {
        title: "Prepare",
        steps: [
          { kind: "MANUAL", title: "Announce" },
          {
            kind: "SQL",
            title: "Create",
            sql: `CREATE TABLE ${table} (id int primary key, v numeric); INSERT INTO ${table} VALUES (1, 10), (2, 20);`,
            statementTimeoutMs: 10_000,
            lockTimeoutMs: 2_000,
          },
          { kind: "QUERY_CHECK", title: "Two rows", sql: `SELECT count(*) FROM ${table}`, expectation: { type: "scalar_equals", value: 2 } },
        ],
        checklistItems: [{ text: "Team on the call" }, { text: "Coffee", isRequired: false }],
        successCriteria: [{ text: "Rows present", boundStepIndex: 2 }, { text: "Nobody objects" }],
      },
      {
        title: "Change",
        requiredSignoffRoles: ["DBA"],
        steps: [{ kind: "SQL", title: "Update", sql: `UPDATE ${table} SET v = v * 2;`, statementTimeoutMs: 10_000, lockTimeoutMs: 2_000 }],
      },
    ]);
    const map = await deploymentMap(deploymentId);
    const prepare = map.phase("Prepare");
    const change = map.phase("Change");
    const actor = { actor: lead, prisma: prisma() };

    // nothing runs before the deployment starts
    await expect(startStepRun({ deploymentId, phaseRunId: prepare.phaseRunId, stepId: prepare.step("Create"), mode: "RUN", attempt: 1, ...actor })).rejects.toThrow(/planned/);
    await controlDeployment({ deploymentId, action: "start", reason: "", ...actor });
    expect((await phaseStatus(prepare.phaseRunId)).status).toBe("ACTIVE");
    // rule 1: the next phase waits for this one
    await expect(activatePhase({ deploymentId, phaseRunId: change.phaseRunId, confirmationName: null, ...actor })).rejects.toThrow(/Finish "Prepare" first/);

    await startStepRun({ deploymentId, phaseRunId: prepare.phaseRunId, stepId: prepare.step("Create"), mode: "RUN", attempt: 1, ...actor });
    await runQueuedSteps();
    await startStepRun({ deploymentId, phaseRunId: prepare.phaseRunId, stepId: prepare.step("Two rows"), mode: "RUN", attempt: 1, ...actor });
    await runQueuedSteps();
    const check = await prisma().stepRun.findFirstOrThrow({ where: { deploymentId, stepId: prepare.step("Two rows") } });
    expect(check).toMatchObject({ status: "SUCCEEDED", result: expect.objectContaining({ passed: true }) });

    // rule 2: manual step, required checklist item and manual criterion still open
    await expect(completePhase({ deploymentId, phaseRunId: prepare.phaseRunId, ...actor })).rejects.toThrow(/Tick "Team on the call".*Run "Announce".*"Nobody objects"/);
    await recordManualStep({
      deploymentId,
      phaseRunId: prepare.phaseRunId,
      stepId: prepare.step("Announce"),
      attempt: 1,
      status: "SUCCEEDED",
      note: "posted in #deploys",
      ...actor,
    });
    await tickChecklistItem({ deploymentId, phaseRunId: prepare.phaseRunId, itemId: prepare.checklist.find((c) => c.text === "Team on the call")!.id, isTicked: true, ...actor });
    await recordCriterion({
      deploymentId,
      phaseRunId: prepare.phaseRunId,
      criterionId: prepare.criteria.find((c) => c.text === "Nobody objects")!.id,
      isMet: true,
      evidence: "no objections in 5 min",
      ...actor,
    });
    // the bound criterion was met by the check's result, not by a person
    await expect(
      recordCriterion({
        deploymentId,
        phaseRunId: prepare.phaseRunId,
        criterionId: prepare.criteria.find((c) => c.text === "Rows present")!.id,
        isMet: false,
        evidence: "x",
        ...actor,
      }),
    ).rejects.toThrow(/met by the result/);
    expect(await completePhase({ deploymentId, phaseRunId: prepare.phaseRunId, ...actor })).toMatchObject({ phaseStatus: "DONE", deploymentStatus: null });

    await activatePhase({ deploymentId, phaseRunId: change.phaseRunId, confirmationName: null, ...actor });
    await startStepRun({ deploymentId, phaseRunId: change.phaseRunId, stepId: change.step("Update"), mode: "RUN", attempt: 1, ...actor });
    await runQueuedSteps();
    expect(await completePhase({ deploymentId, phaseRunId: change.phaseRunId, ...actor })).toMatchObject({ phaseStatus: "AWAITING_SIGNOFF" });
    // the lead holds no DBA role: refused
    await expect(recordPhaseSignoff({ deploymentId, phaseRunId: change.phaseRunId, role: "DBA", decision: "APPROVED", comment: "", ...actor })).rejects.toThrow(
      /holding the DBA role/,
    );

    await recordPhaseSignoff({
      deploymentId,
      phaseRunId: change.phaseRunId,
      role: "DBA",
      decision: "REJECTED",
      comment: "Show me the row counts first",
      actor: dba,
      prisma: prisma(),
    });
    expect(await phaseStatus(change.phaseRunId)).toMatchObject({ status: "ACTIVE", reason: expect.stringContaining("Show me the row counts first") });
    expect(await completePhase({ deploymentId, phaseRunId: change.phaseRunId, ...actor })).toMatchObject({ phaseStatus: "AWAITING_SIGNOFF" });
    // a new round: the same DBA decides again
    expect(await recordPhaseSignoff({ deploymentId, phaseRunId: change.phaseRunId, role: "DBA", decision: "APPROVED", comment: "ok", actor: dba, prisma: prisma() })).toMatchObject(
      { phaseStatus: "DONE", deploymentStatus: "SUCCEEDED" },
    );
    await expect(
      recordPhaseSignoff({ deploymentId, phaseRunId: change.phaseRunId, role: "DBA", decision: "APPROVED", comment: "again", actor: dba, prisma: prisma() }),
    ).rejects.toThrow(/ended/);

    expect(await status(deploymentId)).toBe("SUCCEEDED");
    expect(await onTarget(`SELECT id, v::text FROM ${table} ORDER BY id`)).toEqual([
      { id: 1, v: "20" },
      { id: 2, v: "40" },
    ]);
    const types = (await events(deploymentId)).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        "deployment.planned",
        "deployment.status_changed",
        "phase.status_changed",
        "step.started",
        "step.finished",
        "step.recorded",
        "checklist.ticked",
        "criterion.recorded",
        "signoff.recorded",
      ]),
    );
    expect((await verifyAuditChain(prisma())).isIntact).toBe(true);
  });

  it("a skipped phase needs a reason and lets the next one start", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [
      { title: "Optional", steps: [{ kind: "MANUAL", title: "Maybe" }] },
      { title: "Last", steps: [] },
    ]);
    const map = await deploymentMap(deploymentId);
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
    await expect(skipPhase({ deploymentId, phaseRunId: map.phase("Optional").phaseRunId, reason: "  ", actor: lead, prisma: prisma() })).rejects.toThrow(/Say why/);
    await skipPhase({ deploymentId, phaseRunId: map.phase("Optional").phaseRunId, reason: "not needed on staging", actor: lead, prisma: prisma() });
    await activatePhase({ deploymentId, phaseRunId: map.phase("Last").phaseRunId, confirmationName: null, actor: lead, prisma: prisma() });
    expect(await completePhase({ deploymentId, phaseRunId: map.phase("Last").phaseRunId, actor: lead, prisma: prisma() })).toMatchObject({ deploymentStatus: "SUCCEEDED" });
  });
});

describe("failure policies (rule 7)", () => {
  it("STOP halts: the phase stays active, the lead retries, waives, or ends the deployment", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [sqlPhase("Stop here", "SELECT 1/0;", { failurePolicy: "STOP" })]);
    const phase = (await deploymentMap(deploymentId)).phase("Stop here");
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
    await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Stop here SQL"), mode: "RUN", attempt: 1, actor: lead, prisma: prisma() });
    await runQueuedSteps();
    expect(await status(deploymentId)).toBe("IN_PROGRESS");
    expect((await phaseStatus(phase.phaseRunId)).status).toBe("ACTIVE");
    await expect(completePhase({ deploymentId, phaseRunId: phase.phaseRunId, actor: lead, prisma: prisma() })).rejects.toThrow(/failed: retry it or waive it/);
    await waiveStep({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Stop here SQL"), reason: "done by hand by the DBA", actor: lead, prisma: prisma() });
    expect(await completePhase({ deploymentId, phaseRunId: phase.phaseRunId, actor: lead, prisma: prisma() })).toMatchObject({ deploymentStatus: "SUCCEEDED" });
  });

  it("CONTINUE records the failure and lets the phase complete", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [sqlPhase("Best effort", "SELECT 1/0;", { failurePolicy: "CONTINUE" })]);
    const phase = (await deploymentMap(deploymentId)).phase("Best effort");
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
    await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Best effort SQL"), mode: "RUN", attempt: 1, actor: lead, prisma: prisma() });
    await runQueuedSteps();
    expect(await completePhase({ deploymentId, phaseRunId: phase.phaseRunId, actor: lead, prisma: prisma() })).toMatchObject({ deploymentStatus: "SUCCEEDED" });
  });

  it("ROLLBACK opens the rollback procedure, which runs with the same machinery and ends ROLLED_BACK", async () => {
    const lead = await createTestUser(["LEAD"]);
    const table = `rb_${uniqueSuffix()}`;
    await onTarget(`CREATE TABLE ${table} (id int, name text); INSERT INTO ${table} VALUES (1, 'a')`);
    const { deploymentId } = await planTestDeployment(lead, [
      sqlPhase("Rename", `ALTER TABLE ${table} RENAME COLUMN name TO label;`),
      {
        title: "Validate",
        failurePolicy: "ROLLBACK",
        steps: [{ kind: "QUERY_CHECK", title: "Two rows", sql: `SELECT count(*) FROM ${table}`, expectation: { type: "scalar_equals", value: 2 } }],
      },
      { ...sqlPhase("Undo rename", `ALTER TABLE ${table} RENAME COLUMN label TO name;`), procedure: "ROLLBACK" },
    ]);
    const map = await deploymentMap(deploymentId);
    const by = { actor: lead, prisma: prisma() };
    await controlDeployment({ deploymentId, action: "start", reason: "", ...by });
    await startStepRun({ deploymentId, phaseRunId: map.phase("Rename").phaseRunId, stepId: map.phase("Rename").step("Rename SQL"), mode: "RUN", attempt: 1, ...by });
    await runQueuedSteps();
    await completePhase({ deploymentId, phaseRunId: map.phase("Rename").phaseRunId, ...by });
    await activatePhase({ deploymentId, phaseRunId: map.phase("Validate").phaseRunId, confirmationName: null, ...by });
    await startStepRun({ deploymentId, phaseRunId: map.phase("Validate").phaseRunId, stepId: map.phase("Validate").step("Two rows"), mode: "RUN", attempt: 1, ...by });
    await runQueuedSteps();

    expect(await status(deploymentId)).toBe("ROLLING_BACK");
    expect(await phaseStatus(map.phase("Validate").phaseRunId)).toMatchObject({ status: "FAILED", reason: expect.stringContaining("failure policy ROLLBACK") });
    const undo = map.phase("Undo rename");
    expect((await phaseStatus(undo.phaseRunId)).status).toBe("ACTIVE");
    // main phases are closed while the rollback runs
    await expect(activatePhase({ deploymentId, phaseRunId: map.phase("Validate").phaseRunId, confirmationName: null, ...by })).rejects.toThrow(/rolling back/);
    await startStepRun({ deploymentId, phaseRunId: undo.phaseRunId, stepId: undo.step("Undo rename SQL"), mode: "RUN", attempt: 1, ...by });
    await runQueuedSteps();
    expect(await completePhase({ deploymentId, phaseRunId: undo.phaseRunId, ...by })).toMatchObject({ deploymentStatus: "ROLLED_BACK" });
    // why it rolled back stays the deployment's reason; that the rollback completed is said apart
    const ended = await prisma().deployment.findUniqueOrThrow({ where: { id: deploymentId }, select: { statusReason: true } });
    expect(ended.statusReason).toMatch(/failed in "Validate" \(failure policy ROLLBACK\)/);
    const changes = await prisma().auditEvent.findMany({ where: { deploymentId, type: "deployment.status_changed" }, orderBy: { seq: "asc" }, select: { payload: true } });
    expect(changes.map((c) => c.payload)).toContainEqual({ from: "ROLLING_BACK", to: "ROLLED_BACK", reason: "the rollback procedure is complete" });
    expect(await onTarget(`SELECT column_name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`)).toEqual([
      { column_name: "id" },
      { column_name: "name" },
    ]);
  });
});

describe("rehearsal", () => {
  it("runs the same transaction and rolls it back, with the same output, without counting as a run", async () => {
    const lead = await createTestUser(["LEAD"]);
    const dba = await createTestUser(["DBA"]);
    const table = `rehearse_${uniqueSuffix()}`;
    const { deploymentId } = await planTestDeployment(lead, [sqlPhase("Create", `CREATE TABLE ${table} (n int); INSERT INTO ${table} VALUES (1), (2);`)]);
    const phase = (await deploymentMap(deploymentId)).phase("Create");
    // a DBA rehearses before the window, while the deployment is only planned
    await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Create SQL"), mode: "REHEARSAL", attempt: 1, actor: dba, prisma: prisma() });
    await runQueuedSteps();
    const rehearsal = await prisma().stepRun.findFirstOrThrow({ where: { deploymentId, mode: "REHEARSAL" } });
    expect(rehearsal).toMatchObject({ status: "SUCCEEDED", result: expect.objectContaining({ rowsAffected: 2, isCommitted: false }) });
    expect(await onTarget(`SELECT to_regclass('${table}') AS t`)).toEqual([{ t: null }]);
    // the real run is still attempt 1
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
    await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Create SQL"), mode: "RUN", attempt: 1, actor: lead, prisma: prisma() });
    await runQueuedSteps();
    expect(await onTarget<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).toEqual([{ n: 2 }]);
  });
});

describe("recovery (rule 6)", () => {
  it("a run whose worker stopped becomes INTERRUPTED, is not re-run, and is reconciled by a person", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [sqlPhase("Long", "SELECT 1;", { failurePolicy: "STOP" })]);
    const phase = (await deploymentMap(deploymentId)).phase("Long");
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
    const { stepRunId } = await startStepRun({
      deploymentId,
      phaseRunId: phase.phaseRunId,
      stepId: phase.step("Long SQL"),
      mode: "RUN",
      attempt: 1,
      actor: lead,
      prisma: prisma(),
    });
    // a worker claimed it, then its process died: the heartbeat stopped a minute ago
    await prisma().stepRun.update({ where: { id: stepRunId }, data: { status: "RUNNING", workerId: "dead-worker", heartbeatAt: new Date(Date.now() - 60_000) } });

    expect(await recoverInterruptedStepRuns({ prisma: prisma(), staleAfterMs: 15_000 })).toContain(stepRunId);
    expect(await prisma().stepRun.findUniqueOrThrow({ where: { id: stepRunId } })).toMatchObject({ status: "INTERRUPTED" });
    expect(await events(deploymentId, "step.interrupted")).toHaveLength(1);
    // never claimed again, and not retried before a person reconciles it
    await runQueuedSteps();
    expect(await prisma().stepRun.findUniqueOrThrow({ where: { id: stepRunId } })).toMatchObject({ status: "INTERRUPTED", workerId: "dead-worker" });
    await expect(
      startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Long SQL"), mode: "RUN", attempt: 2, actor: lead, prisma: prisma() }),
    ).rejects.toThrow(/interrupted: reconcile it/);
    await expect(reconcileStepRun({ deploymentId, stepRunId, status: "FAILED", note: "", actor: lead, prisma: prisma() })).rejects.toThrow(/what you checked/);
    await reconcileStepRun({ deploymentId, stepRunId, status: "FAILED", note: "pg_stat_activity shows nothing; not applied", actor: lead, prisma: prisma() });
    await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Long SQL"), mode: "RUN", attempt: 2, actor: lead, prisma: prisma() });
    await runQueuedSteps();
    expect(await completePhase({ deploymentId, phaseRunId: phase.phaseRunId, actor: lead, prisma: prisma() })).toMatchObject({ deploymentStatus: "SUCCEEDED" });
  });

  it("leaves a run with a live heartbeat alone", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [sqlPhase("Live", "SELECT 1;")]);
    const phase = (await deploymentMap(deploymentId)).phase("Live");
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: lead, prisma: prisma() });
    const { stepRunId } = await startStepRun({
      deploymentId,
      phaseRunId: phase.phaseRunId,
      stepId: phase.step("Live SQL"),
      mode: "RUN",
      attempt: 1,
      actor: lead,
      prisma: prisma(),
    });
    await prisma().stepRun.update({ where: { id: stepRunId }, data: { status: "RUNNING", workerId: "busy-worker", heartbeatAt: new Date() } });
    expect(await recoverInterruptedStepRuns({ prisma: prisma(), staleAfterMs: 15_000 })).not.toContain(stepRunId);
    expect(await prisma().stepRun.findUniqueOrThrow({ where: { id: stepRunId } })).toMatchObject({ status: "RUNNING" });
    await prisma().stepRun.update({ where: { id: stepRunId }, data: { status: "SUCCEEDED", finishedAt: new Date() } });
  });
});

describe("sign-off rules (rules 3 and 4)", () => {
  it("whoever ran the phase's SQL cannot approve it as DBA; another DBA can", async () => {
    const leadDba = await createTestUser(["LEAD", "DBA"]);
    const otherDba = await createTestUser(["DBA"]);
    const { deploymentId } = await planTestDeployment(leadDba, [sqlPhase("Migrate", "SELECT 1;", { requiredSignoffRoles: ["DBA"] })]);
    const phase = (await deploymentMap(deploymentId)).phase("Migrate");
    await controlDeployment({ deploymentId, action: "start", reason: "", actor: leadDba, prisma: prisma() });
    await startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("Migrate SQL"), mode: "RUN", attempt: 1, actor: leadDba, prisma: prisma() });
    await runQueuedSteps();
    await completePhase({ deploymentId, phaseRunId: phase.phaseRunId, actor: leadDba, prisma: prisma() });
    await expect(
      recordPhaseSignoff({ deploymentId, phaseRunId: phase.phaseRunId, role: "DBA", decision: "APPROVED", comment: "", actor: leadDba, prisma: prisma() }),
    ).rejects.toThrow(/separation of duties/);
    expect(await prisma().signoff.count({ where: { deploymentId } })).toBe(0);
    expect(
      await recordPhaseSignoff({ deploymentId, phaseRunId: phase.phaseRunId, role: "DBA", decision: "APPROVED", comment: "", actor: otherDba, prisma: prisma() }),
    ).toMatchObject({ phaseStatus: "DONE" });
  });

  it("a point of no return needs the typed name, and on production a DBA's approval first", async () => {
    const lead = await createTestUser(["LEAD"]);
    const dba = await createTestUser(["DBA"]);
    const { deploymentId, name } = await planTestDeployment(lead, [{ title: "Intro", steps: [] }, sqlPhase("Cut over", "SELECT 1;", { isPointOfNoReturn: true })], {
      isProduction: true,
    });
    const map = await deploymentMap(deploymentId);
    const by = { actor: lead, prisma: prisma() };
    await controlDeployment({ deploymentId, action: "start", reason: "", ...by });
    await completePhase({ deploymentId, phaseRunId: map.phase("Intro").phaseRunId, ...by });
    const cut = map.phase("Cut over").phaseRunId;
    await expect(activatePhase({ deploymentId, phaseRunId: cut, confirmationName: name, ...by })).rejects.toThrow(/DBA must approve/);
    await recordPointOfNoReturnApproval({ deploymentId, phaseRunId: cut, decision: "APPROVED", comment: "", actor: dba, prisma: prisma() });
    await expect(activatePhase({ deploymentId, phaseRunId: cut, confirmationName: "wrong", ...by })).rejects.toThrow(/type the deployment's name/);
    await activatePhase({ deploymentId, phaseRunId: cut, confirmationName: name, ...by });
    expect((await phaseStatus(cut)).status).toBe("ACTIVE");
  });
});

describe("control", () => {
  it("pauses and resumes, refuses work while paused, and aborts with a reason", async () => {
    const lead = await createTestUser(["LEAD"]);
    const { deploymentId } = await planTestDeployment(lead, [sqlPhase("One", "SELECT 1;")]);
    const phase = (await deploymentMap(deploymentId)).phase("One");
    const by = { actor: lead, prisma: prisma() };
    await controlDeployment({ deploymentId, action: "start", reason: "", ...by });
    await controlDeployment({ deploymentId, action: "pause", reason: "", ...by });
    await expect(startStepRun({ deploymentId, phaseRunId: phase.phaseRunId, stepId: phase.step("One SQL"), mode: "RUN", attempt: 1, ...by })).rejects.toThrow(/paused/);
    await controlDeployment({ deploymentId, action: "resume", reason: "", ...by });
    await controlDeployment({ deploymentId, action: "abort", reason: "window closed", ...by });
    expect(await prisma().deployment.findUniqueOrThrow({ where: { id: deploymentId } })).toMatchObject({
      status: "ABORTED",
      statusReason: "window closed",
      finishedAt: expect.any(Date),
    });
    await expect(controlDeployment({ deploymentId, action: "resume", reason: "", ...by })).rejects.toThrow(/aborted/);
  });
});
