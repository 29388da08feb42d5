// The outbox (issue 14): a lifecycle event's deliveries are rows written in the SAME transaction
// as the change they report, so a change that rolls back sends nothing, and a committed one is
// sent even if the process dies before the worker gets to it. Called from the one place every
// deployment change audits through (lib/server/deployments/change-deployment.ts).
import type { TTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAuditEventInput } from "@/lib/audit/events";
import { getEnv } from "@/lib/env";
import { standardPayload, webhookEventOf, type TDeploymentState, type TWebhookEvent } from "@/lib/domain/webhooks/webhooks";

export async function enqueueWebhooks(tx: TTx, deploymentId: string, event: TAuditEventInput): Promise<number> {
  const type = webhookEventOf(event);
  if (!type) return 0;
  const endpoints = await tx.webhookEndpoint.findMany({ where: { isActive: true, events: { has: type } }, select: { id: true } });
  if (!endpoints.length) return 0;
  const deployment = await readDeploymentState(tx, deploymentId);
  const payload = standardPayload(type, new Date(), deployment, { ...event.payload, summary: summaryOf(type, event) });
  await tx.webhookDelivery.createMany({ data: endpoints.map((e) => ({ endpointId: e.id, event: type, payload: asJson(payload) })) });
  return endpoints.length;
}

/** The deployment as this transaction sees it: after the change, before the commit. */
export async function readDeploymentState(tx: Pick<TTx, "deployment">, deploymentId: string): Promise<TDeploymentState | null> {
  const row = await tx.deployment.findUnique({
    where: { id: deploymentId },
    select: {
      id: true,
      name: true,
      status: true,
      statusReason: true,
      environment: { select: { name: true, isProduction: true } },
      runbookVersion: { select: { title: true, number: true } },
      phaseRuns: { orderBy: [{ procedure: "asc" }, { position: "asc" }], select: { procedure: true, position: true, status: true, phase: { select: { title: true } } } },
    },
  });
  if (!row) return null;
  const base = getEnv().NEXTAUTH_URL;
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    statusReason: row.statusReason,
    environment: row.environment,
    runbook: { title: row.runbookVersion.title, versionNumber: row.runbookVersion.number },
    phases: row.phaseRuns.map((p) => ({ procedure: p.procedure, position: p.position, title: p.phase.title, status: p.status })),
    url: base ? new URL(`/deployments/${row.id}`, base).toString() : null,
  };
}

function summaryOf(type: TWebhookEvent, event: TAuditEventInput): string {
  switch (event.type) {
    case "phase.status_changed":
      return `"${event.payload.phaseTitle}" awaits sign-off`;
    case "signoff.recorded":
      return `${event.payload.role} ${event.payload.decision.toLowerCase()}${event.payload.comment ? `: ${event.payload.comment.slice(0, 200)}` : ""}`;
    case "step.finished":
    case "step.recorded":
      return `"${event.payload.stepTitle}" failed`;
    case "step.interrupted":
      return `"${event.payload.stepTitle}" was interrupted: someone must reconcile it`;
    case "deployment.status_changed":
      return event.payload.reason ? event.payload.reason.slice(0, 200) : type.replace("deployment.", "").replace("_", " ");
    default:
      return type;
  }
}

/** JSON as Postgres stores it (no undefined, dates as strings). */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
