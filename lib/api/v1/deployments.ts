import "server-only";
// /api/v1/deployments (issue 14): the history with its filters, one deployment, its status, and —
// with a `run` token — plan, start/control, run a step, tick a checklist item. Every change goes
// through the use-case the server actions call (lib/server/deployments/*), with the permission
// the action checks: there is no second path.
import { z } from "zod";
import { defineRoute, type TPermissionRequirement } from "@/lib/api/define-route";
import type { TPermission } from "@/lib/auth/permissions";
import type { TTokenPrincipal } from "@/lib/server/api-tokens/authenticate-api-token";
import { ValidationError } from "@/lib/errors";
import { DEPLOYMENT_ACTIONS, ZControlDeployment, ZPlanDeployment, ZStartStepRun, ZTickChecklistItem, ZTickChecklistItems } from "@/lib/domain/deployment/inputs";
import { findDeploymentPage } from "@/lib/server/readers/find-deployments";
import { getDeployment } from "@/lib/server/readers/get-deployment";
import { getDeploymentStatus } from "@/lib/server/readers/get-deployment-status";
import { planDeployment } from "@/lib/server/deployments/plan-deployment";
import { controlDeployment } from "@/lib/server/deployments/control-deployment";
import { startStepRun } from "@/lib/server/deployments/start-step-run";
import { tickChecklistItem } from "@/lib/server/deployments/tick-checklist-item";
import { tickChecklistItems } from "@/lib/server/deployments/tick-checklist-items";
import { DEPLOYMENT_STATUSES, ZControlled, ZDeployment, ZDeploymentList, ZDeploymentStatus, ZPlanned, ZStepRunStarted, ZTicked, ZTickedMany, ZUuid } from "./schemas";

const ZDeploymentParams = z.object({ deploymentId: ZUuid });
const actorOf = (principal: TTokenPrincipal) => ({ ...principal.user });
const on = (permission: TPermission, deploymentId: string): TPermissionRequirement => ({ permission, target: { type: "deployment", id: deploymentId, deploymentId } });

export const ZDeploymentListQuery = z.object({
  status: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").map((s) => s.trim().toUpperCase()) : []))
    .pipe(z.array(z.enum(DEPLOYMENT_STATUSES, "Use statuses such as IN_PROGRESS,SUCCEEDED.")))
    .meta({ description: "comma-separated statuses", example: "IN_PROGRESS,PAUSED" }),
  environmentId: ZUuid.optional(),
  runbookId: ZUuid.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: ZUuid.optional().meta({ description: "nextCursor of the previous page" }),
});

export const listDeployments = defineRoute(
  {
    method: "GET",
    path: "/api/v1/deployments",
    operationId: "listDeployments",
    tag: "deployments",
    summary: "Deployments, newest first, filtered and keyset-paged",
    permission: "deployment.view",
    query: ZDeploymentListQuery,
    response: ZDeploymentList,
  },
  async ({ query }) => {
    const { deployments, nextCursor } = await findDeploymentPage({
      limit: query.limit,
      before: query.before ?? null,
      filter: { statuses: query.status, environmentId: query.environmentId, runbookId: query.runbookId },
    });
    return { items: deployments, nextCursor };
  },
);

export const getDeploymentRoute = defineRoute(
  {
    method: "GET",
    path: "/api/v1/deployments/{deploymentId}",
    operationId: "getDeployment",
    tag: "deployments",
    summary: "One deployment with its phase runs, step runs, ticks and sign-offs",
    permission: (i) => on("deployment.view", i.params.deploymentId),
    params: ZDeploymentParams,
    response: ZDeployment,
  },
  async ({ params }) => getDeployment(params.deploymentId, { mode: "record" }),
);

export const getDeploymentStatusRoute = defineRoute(
  {
    method: "GET",
    path: "/api/v1/deployments/{deploymentId}/status",
    operationId: "getDeploymentStatus",
    tag: "deployments",
    summary: "A deployment's status and its phases' — what a pipeline gates on",
    permission: (i) => on("deployment.view", i.params.deploymentId),
    // a pipeline may know only the name it gave the deployment
    params: z.object({ deploymentId: z.string().min(1).max(200).meta({ description: "the deployment's id, or its unique name" }) }),
    response: ZDeploymentStatus,
  },
  async ({ params }) => getDeploymentStatus(params.deploymentId),
);

/** The domain schema validates again with the path's id: the rules (reasons, windows) live there only. */
function withDeployment<T extends z.ZodType>(schema: T, value: Record<string, unknown>): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fields[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  throw new ValidationError("Some of the input is not valid.", fields);
}

export const planDeploymentRoute = defineRoute(
  {
    method: "POST",
    path: "/api/v1/deployments",
    operationId: "planDeployment",
    tag: "deployments",
    summary: "Plan a deployment of a published version (scope run)",
    permission: "deployment.plan",
    body: ZPlanDeployment,
    response: ZPlanned,
    successStatus: 201,
  },
  async ({ body }, { principal }) => planDeployment({ ...body, actor: actorOf(principal) }),
);

export const ZControlBody = z.object({ action: z.enum(DEPLOYMENT_ACTIONS, "Choose what to do."), reason: z.string().max(4000).optional() });

export const controlDeploymentRoute = defineRoute(
  {
    method: "POST",
    path: "/api/v1/deployments/{deploymentId}/control",
    operationId: "controlDeployment",
    tag: "deployments",
    summary: "Start, pause, resume, abort, roll back or end a deployment as failed (scope run)",
    // as the server action: starting is running it, the rest is control
    permission: (i) => on(i.body.action === "start" ? "deployment.run" : "deployment.control", i.params.deploymentId),
    params: ZDeploymentParams,
    body: ZControlBody,
    response: ZControlled,
  },
  async ({ params, body }, { principal }) =>
    controlDeployment({ ...withDeployment(ZControlDeployment, { ...body, deploymentId: params.deploymentId }), actor: actorOf(principal) }),
);

export const ZStartStepBody = ZStartStepRun.omit({ deploymentId: true });

export const startStepRunRoute = defineRoute(
  {
    method: "POST",
    path: "/api/v1/deployments/{deploymentId}/step-runs",
    operationId: "startStepRun",
    tag: "deployments",
    summary: "Run (or rehearse) attempt N of a step; a worker executes it (scope run)",
    permission: (i) => on(i.body.mode === "REHEARSAL" ? "deployment.rehearse" : "deployment.run", i.params.deploymentId),
    params: ZDeploymentParams,
    body: ZStartStepBody,
    response: ZStepRunStarted,
    successStatus: 201,
  },
  async ({ params, body }, { principal }) => startStepRun({ ...body, deploymentId: params.deploymentId, actor: actorOf(principal) }),
);

/** one item ({ itemId, isTicked }), or several ticked at once, all or nothing ({ itemIds, checklistVersion }) */
export const ZTickBody = z.union([ZTickChecklistItem.omit({ deploymentId: true }), ZTickChecklistItems.omit({ deploymentId: true })]);

export const tickChecklistItemRoute = defineRoute(
  {
    method: "POST",
    path: "/api/v1/deployments/{deploymentId}/checklist-ticks",
    operationId: "tickChecklistItem",
    tag: "deployments",
    summary:
      "Tick or untick a checklist item of the active phase, or tick several at once with the phase's checklistVersion (all or nothing; a stale version is refused) (scope run)",
    permission: (i) => on("deployment.run", i.params.deploymentId),
    params: ZDeploymentParams,
    body: ZTickBody,
    response: z.union([ZTicked, ZTickedMany]),
  },
  async ({ params, body }, { principal }) =>
    "itemIds" in body
      ? tickChecklistItems({ ...body, deploymentId: params.deploymentId, actor: actorOf(principal) })
      : tickChecklistItem({ ...body, deploymentId: params.deploymentId, actor: actorOf(principal) }),
);
