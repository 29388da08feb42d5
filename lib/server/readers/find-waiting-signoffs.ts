import "server-only";
// "Waiting for you" (issue 6 part 3): the sign-offs and approvals a person could give now — phases
// awaiting a role they hold and have not signed in this round, and, for DBAs, production points of
// no return whose lead waits for an approval to start, and the unsigned lines of the final
// sign-off sheet of a deployment the person took part in that ended in the last SHEET_DAYS days
// (issue 10). Rule 3 applies: a DBA who ran a phase's SQL is not asked to approve it. And for the
// lead, the follow-up phases of their succeeded deployments that are due now (issue 15).
import { getPrisma } from "@/lib/db/client";
import type { TSessionUser } from "@/lib/auth/session";
import { currentSignoffs, decideSheetSignoff, FINAL_DEPLOYMENT_STATUSES, missingSignoffRoles, hasPointOfNoReturnApproval } from "@/lib/domain/deployment/state-machine";
import { can } from "@/lib/auth/permissions";

/** How long after a deployment ends its unsigned sheet lines keep asking the people who ran it. */
export const SHEET_DAYS = 14;

export type TWaitingItem = {
  deploymentId: string;
  deploymentName: string;
  environmentName: string;
  isProduction: boolean;
  /** the phase run, or for SHEET the sheet line */
  phaseRunId: string;
  /** the phase's title, or for SHEET the line's label */
  phaseTitle: string;
  /** FOLLOW_UP: a follow-up phase of the lead's deployment that is due (since: its due time) */
  kind: "PHASE" | "POINT_OF_NO_RETURN" | "SHEET" | "FOLLOW_UP";
  roles: string[];
  since: string | null;
};

const OPEN = ["IN_PROGRESS", "PAUSED", "ROLLING_BACK"] as const;

export async function findWaitingSignoffs(user: Pick<TSessionUser, "id" | "roles">): Promise<TWaitingItem[]> {
  const prisma = getPrisma();
  const phaseRuns = await prisma.phaseRun.findMany({
    where: {
      OR: [
        // a follow-up phase is signed off on a SUCCEEDED deployment whose follow-ups are open
        {
          status: "AWAITING_SIGNOFF",
          phase: { requiredSignoffRoles: { hasSome: user.roles } },
          deployment: { OR: [{ status: { in: [...OPEN] } }, { followUpStatus: "OPEN" }] },
        },
        ...(user.roles.includes("DBA")
          ? [{ status: "PENDING" as const, phase: { isPointOfNoReturn: true }, deployment: { status: { in: [...OPEN] }, environment: { isProduction: true } } }]
          : []),
      ],
    },
    orderBy: { updatedAt: "asc" },
    take: 200,
    select: {
      id: true,
      status: true,
      procedure: true,
      position: true,
      awaitingSignoffAt: true,
      phase: { select: { title: true, requiredSignoffRoles: true, steps: { where: { kind: "SQL" }, select: { id: true } } } },
      stepRuns: { where: { mode: "RUN" }, select: { stepId: true, startedById: true } },
      signoffs: { select: { scope: true, role: true, userId: true, decision: true, createdAt: true } },
      deployment: {
        select: {
          id: true,
          name: true,
          status: true,
          environment: { select: { name: true, isProduction: true } },
          runbookVersion: { select: { requireSeparationOfDuties: true } },
          phaseRuns: { select: { procedure: true, position: true, status: true } },
        },
      },
    },
  });

  const items: TWaitingItem[] = [];
  for (const pr of phaseRuns) {
    const base = {
      deploymentId: pr.deployment.id,
      deploymentName: pr.deployment.name,
      environmentName: pr.deployment.environment.name,
      isProduction: pr.deployment.environment.isProduction,
      phaseRunId: pr.id,
      phaseTitle: pr.phase.title,
    };
    if (pr.status === "AWAITING_SIGNOFF") {
      const roundStart = pr.awaitingSignoffAt?.getTime() ?? 0;
      const round = pr.signoffs.filter((s) => s.scope === "PHASE" && s.createdAt.getTime() >= roundStart);
      const snapshot = { requiredSignoffRoles: pr.phase.requiredSignoffRoles, signoffs: round.map((s) => ({ ...s })) };
      const mine = new Set(
        currentSignoffs(snapshot.signoffs)
          .filter((s) => s.userId === user.id)
          .map((s) => s.role),
      );
      const sqlStepIds = new Set(pr.phase.steps.map((s) => s.id));
      const ranSql = pr.stepRuns.some((r) => sqlStepIds.has(r.stepId) && r.startedById === user.id);
      const roles = missingSignoffRoles(snapshot).filter(
        (role) => user.roles.includes(role as never) && !mine.has(role) && !(role === "DBA" && ranSql && pr.deployment.runbookVersion.requireSeparationOfDuties),
      );
      if (roles.length) items.push({ ...base, kind: "PHASE", roles, since: pr.awaitingSignoffAt?.toISOString() ?? null });
      continue;
    }
    // a production point of no return: asked for once the phase before it is closed
    const previous = pr.deployment.phaseRuns.find((p) => p.procedure === pr.procedure && p.position === pr.position - 1);
    if (previous && previous.status !== "DONE" && previous.status !== "SKIPPED") continue;
    const approvals = new Map([[pr.id, pr.signoffs.filter((s) => s.scope === "POINT_OF_NO_RETURN")]]);
    const isApproved = hasPointOfNoReturnApproval(
      { status: pr.deployment.status, name: pr.deployment.name, isProduction: true, phases: [], pointOfNoReturnApprovals: approvals },
      pr.id,
    );
    if (!isApproved) items.push({ ...base, kind: "POINT_OF_NO_RETURN", roles: ["DBA"], since: null });
  }
  if (can(user.roles, "deployment.run")) items.push(...(await findDueFollowUps(user)));
  if (can(user.roles, "signoff.sheet")) items.push(...(await findWaitingSheetLines(user)));
  return items;
}

/** The lead's follow-up phases that are due now, on the database's clock (issue 15). */
async function findDueFollowUps(user: Pick<TSessionUser, "id">): Promise<TWaitingItem[]> {
  const prisma = getPrisma();
  const [rows, clock] = await Promise.all([
    prisma.phaseRun.findMany({
      where: { status: "PENDING", dueAt: { not: null }, deployment: { leadId: user.id, status: "SUCCEEDED", followUpStatus: "OPEN" } },
      orderBy: { dueAt: "asc" },
      take: 50,
      select: {
        id: true,
        dueAt: true,
        phase: { select: { title: true } },
        deployment: { select: { id: true, name: true, environment: { select: { name: true, isProduction: true } } } },
      },
    }),
    prisma.$queryRaw<{ now: Date }[]>`SELECT now() AS now`,
  ]);
  const now = clock[0]?.now.getTime() ?? Date.now();
  return rows
    .filter((r) => r.dueAt && r.dueAt.getTime() <= now)
    .map((r) => ({
      deploymentId: r.deployment.id,
      deploymentName: r.deployment.name,
      environmentName: r.deployment.environment.name,
      isProduction: r.deployment.environment.isProduction,
      phaseRunId: r.id,
      phaseTitle: r.phase.title,
      kind: "FOLLOW_UP" as const,
      roles: [],
      since: r.dueAt?.toISOString() ?? null,
    }));
}

async function findWaitingSheetLines(user: Pick<TSessionUser, "id" | "roles">): Promise<TWaitingItem[]> {
  const since = new Date(Date.now() - SHEET_DAYS * 24 * 3600 * 1000);
  const deployments = await getPrisma().deployment.findMany({
    where: {
      status: { in: [...FINAL_DEPLOYMENT_STATUSES] },
      finishedAt: { gte: since },
      // the people who took part: the lead, whoever ran a step, whoever signed a phase
      OR: [{ leadId: user.id }, { stepRuns: { some: { startedById: user.id } } }, { signoffs: { some: { userId: user.id } } }],
    },
    orderBy: { finishedAt: "asc" },
    take: 50,
    select: {
      id: true,
      name: true,
      status: true,
      finishedAt: true,
      environment: { select: { name: true, isProduction: true } },
      runbookVersion: { select: { signoffSheet: { orderBy: { position: "asc" }, select: { id: true, label: true, role: true } } } },
      signoffs: { where: { scope: "SHEET", decision: "APPROVED" }, select: { sheetLineId: true, user: { select: { name: true } } } },
    },
  });
  const items: TWaitingItem[] = [];
  for (const d of deployments) {
    for (const line of d.runbookVersion.signoffSheet) {
      const signedBy = d.signoffs.find((s) => s.sheetLineId === line.id)?.user.name ?? null;
      if (!decideSheetSignoff(d, { lineId: line.id, label: line.label, role: line.role, signedByName: signedBy }, user.roles).ok) continue;
      items.push({
        deploymentId: d.id,
        deploymentName: d.name,
        environmentName: d.environment.name,
        isProduction: d.environment.isProduction,
        phaseRunId: line.id,
        phaseTitle: line.label,
        kind: "SHEET",
        roles: line.role ? [line.role] : [],
        since: d.finishedAt?.toISOString() ?? null,
      });
    }
  }
  return items;
}
