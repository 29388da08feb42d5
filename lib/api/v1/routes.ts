import "server-only";
// Every /api/v1 route, for the OpenAPI document. app/api/v1/**/route.ts export these; the route
// test fails when a route file exports a handler missing here, or this lists one no file serves.
import type { TApiRoute } from "@/lib/api/define-route";
import { exportRunbookVersionRoute, getRunbook, getRunbookVersionRoute, listRunbooks } from "./runbooks";
import {
  controlDeploymentRoute,
  getDeploymentRoute,
  getDeploymentStatusRoute,
  listDeployments,
  planDeploymentRoute,
  startStepRunRoute,
  tickChecklistItemRoute,
} from "./deployments";
import { listAuditEvents } from "./audit-events";

export const API_ROUTES: readonly TApiRoute[] = [
  listRunbooks,
  getRunbook,
  getRunbookVersionRoute,
  exportRunbookVersionRoute,
  listDeployments,
  planDeploymentRoute,
  getDeploymentRoute,
  getDeploymentStatusRoute,
  controlDeploymentRoute,
  startStepRunRoute,
  tickChecklistItemRoute,
  listAuditEvents,
];
