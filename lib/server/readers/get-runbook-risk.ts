import "server-only";
// The SQL risk lint of published versions (issue 4 part 3), for the version page and the runbook
// list. Published versions are immutable, so a version's findings are computed once per server
// process and kept by version id; drafts are never cached (they change with every save).
import { getPrisma } from "@/lib/db/client";
import type { Procedure } from "@/lib/generated/prisma/enums";
import type { TLintFinding, TRiskSummary } from "@/lib/domain/sql/lint-sql";
import { lintSqlSteps, type TSqlStepInput, type TStepsLintOptions, type TStepsRisk } from "@/lib/domain/sql/lint-steps";
import type { TRunbookVersionDetail } from "./get-runbook-version";
import { normaliseDisabledRules } from "@/lib/domain/sql/schema-design-rules";
import { isSchemaFanOut } from "@/lib/domain/runbook/fan-out-labels";

const disabledOf = (rules: readonly string[]): TStepsLintOptions => {
  const disabledRules = normaliseDisabledRules(rules);
  return disabledRules.length ? { disabledRules } : {};
};

/** Enough for every version anyone looks at; the oldest entry goes first beyond it. */
const CACHE_LIMIT = 1000;
const publishedRiskCache = new Map<string, Promise<TStepsRisk>>();

/** One entry per version and server version linted for. */
const riskKey = (versionId: string, serverVersion?: number) => `${versionId}:${serverVersion ?? "current"}`;

function lintPublishedVersion(versionId: string, load: () => Promise<TSqlStepInput[]>, options: TStepsLintOptions): Promise<TStepsRisk> {
  const key = riskKey(versionId, options.serverVersion);
  const cached = publishedRiskCache.get(key);
  if (cached) return cached;
  const pending = load().then((steps) => lintSqlSteps(steps, options));
  // a failure (the parser's WASM did not load) is not remembered: the next request tries again
  pending.catch(() => publishedRiskCache.delete(key));
  publishedRiskCache.set(key, pending);
  if (publishedRiskCache.size > CACHE_LIMIT) {
    const oldest = publishedRiskCache.keys().next().value;
    if (oldest !== undefined) publishedRiskCache.delete(oldest);
  }
  return pending;
}

export type TFlaggedStep = {
  stepId: string;
  procedure: Procedure;
  phasePosition: number;
  phaseTitle: string;
  stepPosition: number;
  stepTitle: string;
  findings: TLintFinding[];
};

export type TVersionRisk = TStepsRisk & {
  /** steps that carry SQL, linted or not */
  sqlStepCount: number;
  /** steps with findings, in the order of the runbook (main procedure, then rollback) */
  flaggedSteps: TFlaggedStep[];
};

/**
 * The lint of a version already read for its page: no further query. `serverVersion`: the major
 * version of the server it will run on (version-dependent rules answer for it); absent: a current one.
 */
export async function getRunbookRisk(
  version: Pick<TRunbookVersionDetail, "id" | "status" | "mainPhases" | "rollbackPhases"> & { disabledLintRules?: readonly string[] },
  options: Pick<TStepsLintOptions, "serverVersion"> = {},
): Promise<TVersionRisk> {
  const phases = [...version.mainPhases, ...version.rollbackPhases];
  // each phase's steps in order, as they will run (issue 11 item 4)
  const sqlSteps = phases.flatMap((phase) =>
    phase.steps.flatMap((step) =>
      step.sql ? [{ id: step.id, sql: step.sql, phaseKey: phase.id, outsideTransaction: step.outsideTransaction, isFanOut: isSchemaFanOut(step.fanOut) }] : [],
    ),
  );
  // the schema-design warnings the runbook switches off (issue 11): a published version's are as immutable as its SQL
  const lintOptions: TStepsLintOptions = { ...(options.serverVersion ? { serverVersion: options.serverVersion } : {}), ...disabledOf(version.disabledLintRules ?? []) };
  const risk = version.status === "PUBLISHED" ? await lintPublishedVersion(version.id, async () => sqlSteps, lintOptions) : await lintSqlSteps(sqlSteps, lintOptions);
  const flaggedSteps = phases.flatMap((phase) =>
    phase.steps.flatMap((step) => {
      const findings = risk.findingsByStep[step.id];
      if (!findings) return [];
      return [
        {
          stepId: step.id,
          procedure: phase.procedure,
          phasePosition: phase.position,
          phaseTitle: phase.title,
          stepPosition: step.position,
          stepTitle: step.title,
          findings,
        },
      ];
    }),
  );
  return { ...risk, sqlStepCount: sqlSteps.length, flaggedSteps };
}

export type TRunbookRiskIndicator = { versionId: string; versionNumber: number; summary: TRiskSummary };

/**
 * The lint summary of each runbook's latest published version, by runbook id. Two queries at most
 * (the latest versions; the SQL of those not cached yet), whatever the number of runbooks.
 */
export async function findLatestVersionRisks(): Promise<Record<string, TRunbookRiskIndicator>> {
  const prisma = getPrisma();
  const latest = await prisma.runbookVersion.findMany({
    where: { status: "PUBLISHED", runbook: { archivedAt: null } },
    orderBy: [{ runbookId: "asc" }, { number: "desc" }],
    distinct: ["runbookId"],
    select: { id: true, runbookId: true, number: true, disabledLintRules: true },
  });

  // taken once: an entry evicted meanwhile must not be re-linted from SQL that was never loaded
  const cached = new Map(
    latest.flatMap((v) => {
      const hit = publishedRiskCache.get(riskKey(v.id));
      return hit ? [[v.id, hit] as const] : [];
    }),
  );
  const uncachedIds = latest.filter((v) => !cached.has(v.id)).map((v) => v.id);
  const sqlByVersion = new Map<string, TSqlStepInput[]>();
  if (uncachedIds.length > 0) {
    const steps = await prisma.step.findMany({
      where: { sql: { not: null }, phase: { versionId: { in: uncachedIds } } },
      select: { id: true, sql: true, phase: { select: { versionId: true } } },
    });
    for (const step of steps) {
      const list = sqlByVersion.get(step.phase.versionId) ?? [];
      list.push({ id: step.id, sql: step.sql ?? "" });
      sqlByVersion.set(step.phase.versionId, list);
    }
  }

  const entries = await Promise.all(
    latest.map(async (version) => {
      const risk = await (cached.get(version.id) ?? lintPublishedVersion(version.id, async () => sqlByVersion.get(version.id) ?? [], disabledOf(version.disabledLintRules)));
      return [version.runbookId, { versionId: version.id, versionNumber: version.number ?? 0, summary: risk.summary }] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** For tests: forget what was cached. */
export function clearRiskCache(): void {
  publishedRiskCache.clear();
}
