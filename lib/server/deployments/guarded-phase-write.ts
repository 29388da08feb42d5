// The short path of a change that concerns one phase run (a checklist tick or untick, a success
// criterion recorded): the cockpit's most frequent writes (issue 17 item 3). The long path
// (change-deployment.ts) holds the deployment's row lock while it reads the whole snapshot, asks
// the state machine, writes and audits — about fifteen round trips, with every other change of the
// deployment queued behind it. Here:
//   1. the phase's state is read without a lock (readPhaseScope: one query) and the state machine
//      decides on it, exactly as the long path would;
//   2. one statement, committed on its own, re-checks under lock that what the decision rested on
//      still holds — the deployment's status and follow-up status (its row locked FOR SHARE: a
//      change of status, which takes it FOR UPDATE, waits, and the row read is the latest
//      version), the phase run's status (its row locked FOR UPDATE, again the latest version) —
//      and only then writes the change, bumps the phase run's version, appends the audit event
//      (the chain head locked last, held to the end of this one statement) and notifies viewers.
// If anything moved between the read and the statement, it writes nothing and answers "moved":
// the caller then takes the long path, which decides again under the deployment's lock and
// audits a refusal. So the server still decides on what was committed (rule 5), a change and its
// event commit together (rule 8), and identical changes sent at once queue on the phase run's row
// and the write itself says whether it changed anything (one effect, one event).
import "server-only";
import { v7 as uuidv7 } from "uuid";
import type { TPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { auditAppendCtes } from "@/lib/audit/append";
import type { TAuditEventInput } from "@/lib/audit/events";
import { webhookEventOf } from "@/lib/domain/webhooks/webhooks";
import { classifyEvents, getChangeFeed, LIVE_CHANNEL } from "@/lib/server/live/change-feed";
import { auditActor, type TDeploymentActor } from "./change-deployment";
import type { TPhaseScope } from "./deployment-snapshot";

export type TGuardedWrite = {
  prisma: TPrisma;
  deploymentId: string;
  /** what the decision rested on, as readPhaseScope read it */
  scope: TPhaseScope;
  actor: TDeploymentActor;
  /**
   * The change, one data-modifying statement for a WITH clause that reads the locked phase run
   * from `locked` (column `id`) and RETURNs a row only when it changed something.
   */
  write: Prisma.Sql;
  /** the phase run's version moves with the change (the checklist's: issue 18 item 4) */
  isVersioned: boolean;
  event: TAuditEventInput;
  target: { type: string; id: string };
};

/** "moved": the state the decision rested on changed — take the long path. */
export type TGuardedResult = "changed" | "unchanged" | "moved";

export async function guardedPhaseWrite(w: TGuardedWrite): Promise<TGuardedResult> {
  // an event that sends webhooks reads the deployment for them: the long path does that
  if (webhookEventOf(w.event)) return "moved";
  const { deployment, phase } = w.scope;
  const changed = Prisma.sql`EXISTS (SELECT 1 FROM w)`;
  const flags = classifyEvents([w.event.type]);
  const rows = await w.prisma.$queryRaw<{ locked: number; changed: number; version: number | null }[]>`
    WITH d AS MATERIALIZED (
      SELECT "id", "version" FROM "Deployment"
       WHERE "id" = ${w.deploymentId} AND "status"::text = ${deployment.status}::text AND "followUpStatus"::text IS NOT DISTINCT FROM ${deployment.followUpStatus}::text
         FOR SHARE
    ), locked AS MATERIALIZED (
      SELECT "id" FROM "PhaseRun"
       WHERE "id" = ${phase.phaseRunId} AND "deploymentId" = (SELECT "id" FROM d) AND "status"::text = ${phase.status}::text
         FOR UPDATE
    ), w AS (
      ${w.write}
    ), bumped AS (
      UPDATE "PhaseRun" SET "version" = "version" + 1, "updatedAt" = (now() AT TIME ZONE 'UTC')
       WHERE ${w.isVersioned}::boolean AND "id" = (SELECT "id" FROM locked) AND ${changed}
      RETURNING "id"
    ), ${auditAppendCtes({ actor: auditActor(w.actor), deploymentId: w.deploymentId, targetType: w.target.type, targetId: w.target.id }, w.event, changed)},
    notified AS (
      SELECT pg_notify(${LIVE_CHANNEL}, json_build_object('d', d."id", 'v', d."version", 's', ${flags.isStatus ? 1 : 0}::int, 'w', ${flags.isWaiting ? 1 : 0}::int)::text) FROM d WHERE EXISTS (SELECT 1 FROM audit_event)
    )
    SELECT (SELECT count(*) FROM locked)::int AS locked, (SELECT count(*) FROM audit_event)::int AS changed,
           (SELECT count(*) FROM notified)::int AS notified, (SELECT "version" FROM d) AS version`;
  const row = rows[0];
  if (!row?.locked) return "moved";
  if (!row.changed) return "unchanged";
  // the statement committed: this process's viewers hear it now, other instances over LISTEN
  getChangeFeed().announceCommitted({ deploymentId: w.deploymentId, version: Number(row.version), ...flags });
  return "changed";
}

/** A row id as Prisma's `@default(uuid(7))` makes it: a version 7 UUID (RFC 9562, time-ordered). */
export const newRowId = (): string => uuidv7();
