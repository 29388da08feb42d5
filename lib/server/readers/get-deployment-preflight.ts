import "server-only";
// The pre-flight check a planned deployment shows before it starts (issue 5 part 1): the target
// answers, every SQL step parses, the risk lint, and every required sign-off role has someone
// active who can sign it. Read-only and unaudited: it runs on every view of the page.
import { getPrisma, type TPrisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { parseSql } from "@/lib/domain/sql/parse-sql";
import { CONNECTION_TEST_TIMEOUT_MS, probe, probeEnvironmentTarget } from "@/lib/server/environments/test-environment-connection";
import { groupDatabaseProblem, readFanOut } from "@/lib/domain/runbook/fan-out";
import { majorVersionOf, type TConnectionTestResult } from "@/lib/domain/environment";
import { lintSqlSteps } from "@/lib/domain/sql/lint-steps";
import { normaliseDisabledRules } from "@/lib/domain/sql/schema-design-rules";
import { formatBytes } from "@/lib/domain/execution/backup";
import { getBackupEstimates, type TBackupEstimate } from "./get-backup-estimates";
import { isSchemaFanOut } from "@/lib/domain/runbook/fan-out-labels";

/** `isBlocking`: a failed blocking check refuses Start unless the lead overrides it with a reason (issue 10). */
export type TPreflightCheck = { label: string; isOk: boolean; detail: string; isBlocking: boolean };

/** The failed blocking checks, each as a sentence for the refusal. */
export function preflightFailures(checks: readonly TPreflightCheck[]): string[] {
  return checks.filter((c) => c.isBlocking && !c.isOk).map((c) => `${c.label}: no — ${c.detail}`);
}

/** Every check, in order; an unknown deployment is a NotFoundError. */
export async function getDeploymentPreflight(deploymentId: string, client?: TPrisma): Promise<TPreflightCheck[]> {
  const prisma = client ?? getPrisma();
  const deployment = await prisma.deployment.findUnique({
    where: { id: deploymentId },
    select: {
      leadId: true,
      environmentId: true,
      runbookVersion: {
        select: {
          requireSeparationOfDuties: true,
          disabledLintRules: true,
          runbookId: true,
          number: true,
          phases: {
            select: {
              title: true,
              requiredSignoffRoles: true,
              steps: { where: { sql: { not: null } }, orderBy: { position: "asc" }, select: { id: true, title: true, sql: true, outsideTransaction: true, fanOut: true } },
            },
          },
        },
      },
    },
  });
  if (!deployment) throw new NotFoundError("This deployment does not exist.");
  const phases = deployment.runbookVersion.phases;
  const [target, parsed, users] = await Promise.all([
    probeEnvironmentTarget(deployment.environmentId, prisma).catch((): TConnectionTestResult => ({ ok: false, reason: "other", message: "The environment could not be read." })),
    Promise.all(phases.flatMap((p) => p.steps.map(async (s) => ({ phase: p.title, step: s.title, result: await parseSql(s.sql ?? "") })))),
    prisma.user.findMany({ where: { isActive: true }, select: { id: true, roles: true } }),
  ]);
  // each phase's steps in order, as they will run (issue 11 item 4), for the target's own major
  // version: a constant default rewrites a table before 11, not after
  const serverVersion = target.ok ? majorVersionOf(target.serverVersion) : undefined;
  const risk = await lintSqlSteps(
    phases.flatMap((p, i) =>
      p.steps.map((s) => ({ id: s.id, sql: s.sql ?? "", phaseKey: String(i), outsideTransaction: s.outsideTransaction, isFanOut: isSchemaFanOut(s.fanOut) })),
    ),
    { ...(serverVersion ? { serverVersion } : {}), disabledRules: normaliseDisabledRules(deployment.runbookVersion.disabledLintRules) },
  );
  // issue 15: what each backup would copy, against its limit, before the window — after the probe,
  // not beside it: the embedded target answers one session at a time
  const backups = target.ok ? await getBackupEstimates(deploymentId, prisma).catch((): TBackupEstimate[] => []) : [];

  const checks: TPreflightCheck[] = [];
  checks.push(
    target.ok
      ? {
          label: "Target database answers",
          isOk: true,
          isBlocking: true,
          detail: `${target.database} — ${target.serverVersion.split(" ").slice(0, 2).join(" ")} (${target.latencyMs} ms)`,
        }
      : { label: "Target database answers", isOk: false, isBlocking: true, detail: target.message },
  );
  // issue 15 item 2: steps fanned out over the environment group's databases need that group
  const groupSteps = phases.flatMap((p) =>
    p.steps.flatMap((s) => {
      const fanOut = readFanOut(s.fanOut);
      return fanOut?.over === "DATABASES" ? [{ phase: p.title, step: s.title, fanOut }] : [];
    }),
  );
  if (groupSteps.length > 0) {
    const members = await prisma.environmentDatabase.findMany({
      where: { environmentId: deployment.environmentId },
      orderBy: { position: "asc" },
      select: { name: true, targetUrlCiphertext: true },
    });
    const names = members.map((m) => m.name);
    const problems = groupSteps.flatMap((g) => {
      const problem = groupDatabaseProblem(g.fanOut, names);
      return problem ? [`"${g.step}" (${g.phase}): ${problem.replace(/ Nothing ran\.$/, "")}`] : [];
    });
    // each database the steps use answers, one at a time (the embedded target answers one session at a time)
    const used = new Set(groupSteps.flatMap((g) => g.fanOut.databases ?? names));
    const unreachable: string[] = [];
    for (const m of members.filter((m) => used.has(m.name))) {
      const answer = await probe(m.targetUrlCiphertext, CONNECTION_TEST_TIMEOUT_MS);
      if (!answer.ok) unreachable.push(`${m.name}: ${answer.message}`);
    }
    checks.push({
      label: "The environment's group databases answer",
      isOk: problems.length === 0 && unreachable.length === 0,
      isBlocking: true,
      detail:
        problems.length || unreachable.length
          ? [...problems, ...unreachable].join("; ")
          : `${used.size} of ${names.length} group ${names.length === 1 ? "database" : "databases"} used by ${groupSteps.length} fanned-out ${groupSteps.length === 1 ? "step" : "steps"}: ${[...used].join(", ")}.`,
    });
  }
  const broken = parsed.filter((p) => !p.result.ok);
  checks.push({
    label: "Every SQL step parses",
    isOk: broken.length === 0,
    isBlocking: true,
    detail: broken.length
      ? broken.map((b) => `"${b.step}" (${b.phase}): ${b.result.ok ? "" : `line ${b.result.error.line}, column ${b.result.error.column}: ${b.result.error.message}`}`).join("; ")
      : `${parsed.length} SQL steps parsed with the Postgres parser.`,
  });
  const { danger, warning } = risk.summary.bySeverity;
  checks.push({
    label: "SQL risk lint",
    // informational: the runbook was reviewed and published with these; the lead reads them again
    isOk: danger === 0,
    isBlocking: false,
    detail: `${
      risk.summary.total
        ? `${danger} dangerous and ${warning} cautionary findings: read them on the runbook version's page before the window.`
        : "No statement locks or loses data the way the lint looks for."
    }${serverVersion ? ` Judged for PostgreSQL ${serverVersion}, the target's version.` : ""}`,
  });
  if (backups.length > 0) {
    const problems = backups.filter((b) => b.isTooLarge || b.error !== null);
    checks.push({
      label: "Backups fit their size limits",
      isOk: problems.length === 0,
      // a backup above its limit is refused when it runs: the lead knows before the window
      isBlocking: true,
      detail: backups
        .map((b) =>
          b.error !== null
            ? `"${b.title}": cannot be estimated — ${b.error}`
            : `"${b.title}": about ${formatBytes(b.estimatedBytes ?? 0)} of ${formatBytes(b.maxBytes)}${b.isTooLarge ? " — above the limit: it will be refused" : ""}`,
        )
        .join("; "),
    });
  }
  const roles = [...new Set(phases.flatMap((p) => p.requiredSignoffRoles))];
  for (const role of roles) {
    // rule 3: with separation of duties the DBA who signs must not be the lead who runs the SQL
    const eligible = users.filter((u) => u.roles.includes(role) && !(role === "DBA" && deployment.runbookVersion.requireSeparationOfDuties && u.id === deployment.leadId));
    checks.push({
      label: `Someone can sign off as ${role}`,
      isOk: eligible.length > 0,
      isBlocking: true,
      detail: eligible.length
        ? `${eligible.length} active ${eligible.length === 1 ? "user holds" : "users hold"} the role.`
        : `No active user other than the lead holds the ${role} role: an administrator must add one.`,
    });
  }
  return checks;
}

export { majorVersionOf };
