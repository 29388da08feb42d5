// The one way a deployment changes: lock it, load its snapshot, let the state machine decide,
// write the change and its audit events in the same transaction (rule 8). A refusal rolls the
// transaction back, is itself audited in a transaction of its own, and reaches the person as a
// ConflictError carrying the state machine's sentence.
import "server-only";
import { getPrisma, type TPrisma, type TTx } from "@/lib/db/client";
import { appendAuditEvent, type TActor } from "@/lib/audit/append";
import type { TAuditEventInput } from "@/lib/audit/events";
import { AppError, ConflictError, NotFoundError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import type { TDecision } from "@/lib/domain/deployment/state-machine";
import { loadDeploymentForChange, type TLockedDeployment } from "./deployment-snapshot";
import { enqueueWebhooks } from "@/lib/server/webhooks/enqueue-webhooks";
import { classifyEvents, getChangeFeed, notifyDeploymentChange, type TLiveChange } from "@/lib/server/live/change-feed";

/** The person acting: the signed-in user, as the session knows them. */
export type TDeploymentActor = { id: string; email: string; name: string; roles: readonly string[] };

export const auditActor = (actor: TDeploymentActor): TActor => ({ id: actor.id, label: actor.email });

/** Thrown inside a change to refuse it; carries the sentence for the person. */
export class RefusedError extends AppError {
  constructor(reason: string) {
    super("CONFLICT", reason);
  }
}

export function ensure(decision: TDecision): void {
  if (!decision.ok) throw new RefusedError(decision.reason);
}

export type TChangeContext = TLockedDeployment & {
  tx: TTx;
  audit: (event: TAuditEventInput, target?: { type: string; id: string }) => Promise<void>;
};

type TChangeOptions = {
  deploymentId: string;
  actor: TDeploymentActor | null;
  /** names the attempt in a refusal's audit event, e.g. "step.run" */
  action: string;
  /** what the attempt aimed at, e.g. "step:<id>" */
  target?: string;
  prisma?: TPrisma;
  /** a unique-constraint violation means someone else made the same change first */
  duplicateMessage?: string;
};

export async function changeDeployment<T>(options: TChangeOptions, change: (ctx: TChangeContext) => Promise<T>): Promise<T> {
  const prisma = options.prisma ?? getPrisma();
  const actor: TActor = options.actor ? auditActor(options.actor) : { id: null, label: "system" };
  let isLocked = false;
  let committed: TLiveChange | null = null;
  try {
    const result = await prisma.$transaction(
      async (tx) => {
        const locked = await loadDeploymentForChange(tx, options.deploymentId);
        isLocked = true;
        const eventTypes: string[] = [];
        const audit = async (event: TAuditEventInput, target?: { type: string; id: string }) => {
          await appendAuditEvent(tx, { actor, deploymentId: options.deploymentId, targetType: target?.type ?? "deployment", targetId: target?.id ?? options.deploymentId }, event);
          await enqueueWebhooks(tx, options.deploymentId, event); // the outbox: rolls back with the change
          eventTypes.push(event.type);
        };
        const value = await change({ ...locked, tx, audit });
        // every viewer hears of the change once it commits (issue 17: push, not poll)
        if (eventTypes.length) committed = await notifyDeploymentChange(tx, options.deploymentId, classifyEvents(eventTypes));
        return value;
      },
      { timeout: 20_000, maxWait: 20_000 },
    );
    if (committed) getChangeFeed().announceCommitted(committed);
    return result;
  } catch (error) {
    let refusal: string | null = null;
    if (error instanceof RefusedError) refusal = error.message;
    else if (options.duplicateMessage && isUniqueViolation(error)) refusal = options.duplicateMessage;
    // an unknown phase, step or item of a deployment that exists is a refused attempt too (rule 8)
    else if (error instanceof NotFoundError && isLocked) refusal = error.message;
    if (refusal === null) throw error;
    await prisma.$transaction((tx) =>
      appendAuditEvent(
        tx,
        { actor, deploymentId: options.deploymentId, targetType: "deployment", targetId: options.deploymentId },
        { type: "deployment.action_refused", payload: { action: options.action, reason: refusal, ...(options.target ? { target: options.target } : {}) } },
      ),
    );
    throw error instanceof NotFoundError ? error : new ConflictError(refusal);
  }
}
