"use server";
// Deployments (PRODUCT.md rules 1–9, "Live work"). Thin adapters over lib/server/deployments:
// the action client authenticates, validates, checks the permission and audits refusals; each
// use-case locks the deployment, asks the state machine, and writes the change with its audit
// event. The cockpit polls for the result, so nothing here revalidates more than the page.
import { revalidatePath } from "next/cache";
import { defineAction } from "./action-client";
import type { TSessionUser } from "@/lib/auth/session";
import {
  ZActivatePhase,
  ZCompletePhase,
  ZControlDeployment,
  ZExplainStep,
  ZPlanDeployment,
  ZReconcileStepRun,
  ZRecordCriterion,
  ZRecordManualStep,
  ZRecordPhaseSignoff,
  ZRecordPointOfNoReturnApproval,
  ZRecordSheetSignoff,
  ZSkipPhase,
  ZStartStepRun,
  ZTickChecklistItem,
  ZTickChecklistItems,
  ZWaiveStep,
} from "@/lib/domain/deployment/inputs";
import type { TPermission } from "@/lib/auth/permissions";
import { planDeployment } from "@/lib/server/deployments/plan-deployment";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { activatePhase } from "@/lib/server/deployments/activate-phase";
import { completePhase } from "@/lib/server/deployments/complete-phase";
import { skipPhase } from "@/lib/server/deployments/skip-phase";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { recordManualStep } from "@/lib/server/deployments/record-manual-step";
import { waiveStep } from "@/lib/server/deployments/waive-step";
import { reconcileStepRun } from "@/lib/server/deployments/reconcile-step-run";
import { tickChecklistItem } from "@/lib/server/deployments/tick-checklist-item";
import { tickChecklistItems } from "@/lib/server/deployments/tick-checklist-items";
import { recordCriterion } from "@/lib/server/deployments/record-criterion";
import { recordPhaseSignoff } from "@/lib/server/deployments/record-phase-signoff";
import { recordPointOfNoReturnApproval } from "@/lib/server/deployments/record-point-of-no-return-approval";
import { recordSheetSignoff } from "@/lib/server/deployments/record-sheet-signoff";
import { explainStep } from "@/lib/server/deployments/explain-step";

const actorOf = (user: TSessionUser) => ({ id: user.id, email: user.email, name: user.name, roles: user.roles });
const on = (permission: TPermission) => (input: { deploymentId: string }) => ({
  permission,
  target: { type: "deployment", id: input.deploymentId, deploymentId: input.deploymentId },
});
const refresh = (deploymentId: string) => revalidatePath(`/deployments/${deploymentId}`);

export const planDeploymentAction = defineAction({
  name: "planDeploymentAction",
  schema: ZPlanDeployment,
  permission: "deployment.plan",
  handler: async ({ input, user }) => {
    const result = await planDeployment({ ...input, actor: actorOf(user) });
    revalidatePath("/deployments");
    return result;
  },
});

/** Pause, resume, abort, roll back, end as failed are control; starting the run is running it. */
export const controlDeploymentAction = defineAction({
  name: "controlDeploymentAction",
  schema: ZControlDeployment,
  permission: (input) => on(input.action === "start" ? "deployment.run" : "deployment.control")(input),
  handler: async ({ input, user }) => {
    const result = await controlDeployment({ ...input, actor: actorOf(user) });
    refresh(input.deploymentId);
    revalidatePath("/deployments");
    return result;
  },
});

/** Opening a point of no return is a control decision (rule 4); other phases are running. */
export const activatePhaseAction = defineAction({
  name: "activatePhaseAction",
  schema: ZActivatePhase,
  permission: (input) => on(input.confirmationName ? "deployment.control" : "deployment.run")(input),
  handler: async ({ input, user }) => {
    const result = await activatePhase({ ...input, actor: actorOf(user) });
    refresh(input.deploymentId);
    return result;
  },
});

export const completePhaseAction = defineAction({
  name: "completePhaseAction",
  schema: ZCompletePhase,
  permission: on("deployment.run"),
  handler: async ({ input, user }) => {
    const result = await completePhase({ ...input, actor: actorOf(user) });
    refresh(input.deploymentId);
    return result;
  },
});

export const skipPhaseAction = defineAction({
  name: "skipPhaseAction",
  schema: ZSkipPhase,
  permission: on("deployment.run"),
  handler: async ({ input, user }) => {
    const result = await skipPhase({ ...input, actor: actorOf(user) });
    refresh(input.deploymentId);
    return result;
  },
});

/** A real run changes the target (deployment.run); a rehearsal rolls back (deployment.rehearse). */
export const startStepRunAction = defineAction({
  name: "startStepRunAction",
  schema: ZStartStepRun,
  permission: (input) => on(input.mode === "REHEARSAL" ? "deployment.rehearse" : "deployment.run")(input),
  handler: async ({ input, user }) => startStepRun({ ...input, actor: actorOf(user) }),
});

/**
 * EXPLAIN (without ANALYZE) of a SQL step against the deployment's target, for the reviewer (issue
 * 11 item 6). Read-only and never executes the statements, so it asks what a rehearsal asks:
 * deployment.rehearse (LEAD and DBA). Nothing changes but the audit trail: no revalidation.
 */
export const explainStepAction = defineAction({
  name: "explainStepAction",
  schema: ZExplainStep,
  permission: on("deployment.rehearse"),
  handler: async ({ input, user }) => explainStep({ ...input, actor: actorOf(user) }),
});

export const recordManualStepAction = defineAction({
  name: "recordManualStepAction",
  schema: ZRecordManualStep,
  permission: on("deployment.run"),
  handler: async ({ input, user }) => recordManualStep({ ...input, actor: actorOf(user) }),
});

export const waiveStepAction = defineAction({
  name: "waiveStepAction",
  schema: ZWaiveStep,
  permission: on("deployment.run"),
  handler: async ({ input, user }) => waiveStep({ ...input, actor: actorOf(user) }),
});

export const reconcileStepRunAction = defineAction({
  name: "reconcileStepRunAction",
  schema: ZReconcileStepRun,
  permission: on("deployment.run"),
  handler: async ({ input, user }) => reconcileStepRun({ ...input, actor: actorOf(user) }),
});

export const tickChecklistItemAction = defineAction({
  name: "tickChecklistItemAction",
  schema: ZTickChecklistItem,
  permission: on("deployment.run"),
  handler: async ({ input, user }) => tickChecklistItem({ ...input, actor: actorOf(user) }),
});

/** A group of a phase's checklist items in one action, all or nothing (issue 18 item 4). */
export const tickChecklistItemsAction = defineAction({
  name: "tickChecklistItemsAction",
  schema: ZTickChecklistItems,
  permission: on("deployment.run"),
  handler: async ({ input, user }) => tickChecklistItems({ ...input, actor: actorOf(user) }),
});

export const recordCriterionAction = defineAction({
  name: "recordCriterionAction",
  schema: ZRecordCriterion,
  permission: on("deployment.run"),
  handler: async ({ input, user }) => recordCriterion({ ...input, actor: actorOf(user) }),
});

/**
 * A DBA sign-off needs signoff.dba; a sign-off in another role needs the person to hold that role,
 * which the use-case checks against the user's row (a lead signs as LEAD).
 */
export const recordPhaseSignoffAction = defineAction({
  name: "recordPhaseSignoffAction",
  schema: ZRecordPhaseSignoff,
  permission: (input) => on(input.role === "DBA" ? "signoff.dba" : input.role === "LEAD" ? "deployment.run" : "deployment.view")(input),
  handler: async ({ input, user }) => {
    const result = await recordPhaseSignoff({ ...input, actor: actorOf(user) });
    refresh(input.deploymentId);
    return result;
  },
});

/** Rule 4: a DBA approves starting a point of no return on production. */
export const recordPointOfNoReturnApprovalAction = defineAction({
  name: "recordPointOfNoReturnApprovalAction",
  schema: ZRecordPointOfNoReturnApproval,
  permission: on("signoff.dba"),
  handler: async ({ input, user }) => {
    const result = await recordPointOfNoReturnApproval({ ...input, actor: actorOf(user) });
    refresh(input.deploymentId);
    return result;
  },
});

/** A line of the final sign-off sheet; the line's role is checked against the user's row. */
export const recordSheetSignoffAction = defineAction({
  name: "recordSheetSignoffAction",
  schema: ZRecordSheetSignoff,
  permission: on("signoff.sheet"),
  handler: async ({ input, user }) => {
    const result = await recordSheetSignoff({ ...input, actor: actorOf(user) });
    refresh(input.deploymentId);
    return result;
  },
});
