// Builds what a deployment test needs on the run's real database: people of each role, an
// environment whose target is the test run's target database, a published runbook version (from
// draft-shaped phases, validated like a real save) and a planned deployment. Tests then drive it
// through the use-cases and run queued steps with `runQueuedSteps`, the worker's own code.
import pg from "pg";
import type { z } from "zod";
import type { TRole } from "@/lib/auth/permissions";
import { encryptSecret, maskDatabaseUrl } from "@/lib/crypto";
import { ZDraftPhase, type TDraftPhase } from "@/lib/domain/runbook/draft";
import { writeVersionContent } from "@/lib/server/runbooks/write-version-content";
import { planDeployment } from "@/lib/server/deployments/plan-deployment";
import type { TDeploymentActor } from "@/lib/server/deployments/change-deployment";
import { claimNextStepRun, executeClaimedStepRun } from "@/lib/server/execution/worker";
import { testPrisma, uniqueSuffix } from "./db";

export type TTestUser = TDeploymentActor;

export async function createTestUser(roles: TRole[], name = roles.join("+")): Promise<TTestUser> {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, "-")}-${uniqueSuffix()}@example.test`;
  const row = await testPrisma().user.create({ data: { email, name, roles } });
  return { id: row.id, email, name, roles };
}

export const targetUrl = () => {
  const url = process.env.PHASELINE_DEMO_TARGET_URL;
  if (!url) throw new Error("PHASELINE_DEMO_TARGET_URL is not set: run the tests through vitest's global setup");
  return url;
};

/** A query on the target, outside any app transaction. */
export async function onTarget<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: targetUrl() });
  client.on("error", () => {});
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function createTestEnvironment(options: { isProduction?: boolean; httpAllowList?: string[] } = {}) {
  const url = targetUrl();
  return testPrisma().environment.create({
    data: {
      name: `env-${uniqueSuffix()}`,
      isProduction: options.isProduction ?? false,
      targetUrlCiphertext: encryptSecret(url),
      targetUrlMasked: maskDatabaseUrl(url),
      httpAllowList: options.httpAllowList ?? [],
    },
    select: { id: true, name: true },
  });
}

export type TPhaseInput = z.input<typeof ZDraftPhase>;

/** A published version holding `phases` (main and rollback), checked by the draft schema. */
export async function createPublishedVersion(
  owner: TTestUser,
  phases: TPhaseInput[],
  options: { requireSeparationOfDuties?: boolean; signoffSheet?: { label: string; role: TRole | null }[] } = {},
) {
  const prisma = testPrisma();
  const parsed: TDraftPhase[] = phases.map((p) => ZDraftPhase.parse(p));
  return prisma.$transaction(async (tx) => {
    const runbook = await tx.runbook.create({ data: { slug: `rb-${uniqueSuffix()}`, ownerId: owner.id } });
    const version = await tx.runbookVersion.create({
      data: {
        runbookId: runbook.id,
        number: 1,
        status: "PUBLISHED",
        title: `Test runbook ${uniqueSuffix()}`,
        riskLevel: "MEDIUM",
        requireSeparationOfDuties: options.requireSeparationOfDuties ?? true,
        createdById: owner.id,
        publishedById: owner.id,
        publishedAt: new Date(),
      },
      select: { id: true },
    });
    await writeVersionContent(tx, version.id, { phases: parsed, signoffSheet: options.signoffSheet ?? [] });
    return { runbookId: runbook.id, versionId: version.id };
  });
}

export async function planTestDeployment(
  lead: TTestUser,
  phases: TPhaseInput[],
  options: { isProduction?: boolean; requireSeparationOfDuties?: boolean; httpAllowList?: string[]; signoffSheet?: { label: string; role: TRole | null }[] } = {},
) {
  const { versionId } = await createPublishedVersion(lead, phases, options);
  // the pre-flight refuses Start unless someone other than the lead can sign each required role
  const roles = new Set(phases.flatMap((p) => p.requiredSignoffRoles ?? []));
  for (const role of roles) await createTestUser([role as TRole], `signer ${role}`);
  const environment = await createTestEnvironment(options);
  const name = `dep-${uniqueSuffix()}`;
  const { deploymentId } = await planDeployment({
    runbookVersionId: versionId,
    environmentId: environment.id,
    leadId: lead.id,
    name,
    plannedStart: null,
    plannedEnd: null,
    actor: lead,
    prisma: testPrisma(),
  });
  return { deploymentId, name, versionId, environmentId: environment.id };
}

/** Runs every queued step run to its end, as a worker would; returns how many ran. */
export async function runQueuedSteps(workerId = `test-worker-${uniqueSuffix()}`): Promise<number> {
  let count = 0;
  for (;;) {
    const id = await claimNextStepRun(testPrisma(), workerId);
    if (!id) return count;
    await executeClaimedStepRun(testPrisma(), id, workerId);
    count++;
  }
}

/** The deployment's phase runs and steps by title, for tests to address them. */
export async function deploymentMap(deploymentId: string) {
  const phaseRuns = await testPrisma().phaseRun.findMany({
    where: { deploymentId },
    orderBy: [{ procedure: "asc" }, { position: "asc" }],
    select: {
      id: true,
      procedure: true,
      position: true,
      status: true,
      phase: {
        select: {
          title: true,
          steps: { orderBy: { position: "asc" }, select: { id: true, title: true } },
          checklistItems: { select: { id: true, text: true } },
          successCriteria: { select: { id: true, text: true } },
        },
      },
    },
  });
  const phase = (title: string) => {
    const p = phaseRuns.find((r) => r.phase.title === title);
    if (!p) throw new Error(`no phase "${title}"`);
    const step = (stepTitle: string) => {
      const s = p.phase.steps.find((x) => x.title === stepTitle);
      if (!s) throw new Error(`no step "${stepTitle}" in "${title}"`);
      return s.id;
    };
    return { phaseRunId: p.id, status: p.status, step, checklist: p.phase.checklistItems, criteria: p.phase.successCriteria };
  };
  return { phaseRuns, phase };
}
