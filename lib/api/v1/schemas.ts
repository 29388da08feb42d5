// The REST API's wire shapes (issue 14): what a client receives, dates as ISO strings. The
// OpenAPI document is generated from these, and the route test parses every answer with them.
import { z } from "zod";

export const ZIso = z.string().meta({ format: "date-time" });
export const ZUuid = z.guid();
const ZUser = z.object({ id: z.string(), name: z.string(), email: z.string() });
const ZEnvironment = z.object({ id: z.string(), name: z.string(), isProduction: z.boolean() });

export const DEPLOYMENT_STATUSES = ["PLANNED", "IN_PROGRESS", "PAUSED", "SUCCEEDED", "FAILED", "ROLLING_BACK", "ROLLED_BACK", "ABORTED"] as const;
export const ZDeploymentStatusValue = z.enum(DEPLOYMENT_STATUSES);
const ZPhaseStatus = z.enum(["PENDING", "ACTIVE", "AWAITING_SIGNOFF", "DONE", "FAILED", "SKIPPED"]);
const ZRisk = z.enum(["LOW", "MEDIUM", "HIGH", "CRITICAL"]);

export const ZRunbookList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      title: z.string(),
      summary: z.string(),
      riskLevel: ZRisk,
      estimatedMinutes: z.number().nullable(),
      latestVersionNumber: z.number().nullable(),
      hasDraft: z.boolean(),
      owner: ZUser,
      deploymentCount: z.number(),
      lastDeployment: z.object({ id: z.string(), name: z.string(), status: ZDeploymentStatusValue, createdAt: ZIso }).nullable(),
    }),
  ),
});

export const ZRunbook = z.object({ runbookId: z.string(), title: z.string(), latestPublishedNumber: z.number().nullable() });

export const ZRunbookVersion = z.object({
  id: z.string(),
  runbookId: z.string(),
  number: z.number().nullable(),
  status: z.string(),
  title: z.string(),
  summary: z.string(),
  riskLevel: ZRisk,
  estimatedMinutes: z.number().nullable(),
  rollbackMinutes: z.number().nullable(),
  publishedAt: ZIso.nullable(),
  mainPhases: z.array(z.object({ id: z.string(), title: z.string() }).loose()),
  rollbackPhases: z.array(z.object({ id: z.string(), title: z.string() }).loose()),
  publishedVersions: z.array(z.object({ number: z.number(), publishedAt: ZIso.nullable() })),
});

export const ZMarkdown = z.string().meta({ description: "the version as Markdown, re-importable" });

const ZDeploymentListItem = z.object({
  id: z.string(),
  name: z.string(),
  status: ZDeploymentStatusValue,
  plannedStart: ZIso.nullable(),
  plannedEnd: ZIso.nullable(),
  startedAt: ZIso.nullable(),
  finishedAt: ZIso.nullable(),
  createdAt: ZIso,
  environment: ZEnvironment,
  lead: ZUser,
  runbookVersion: z.object({ id: z.string(), number: z.number().nullable(), title: z.string(), runbookId: z.string() }),
});

export const ZDeploymentList = z.object({ items: z.array(ZDeploymentListItem), nextCursor: z.string().nullable() });

export const ZDeployment = ZDeploymentListItem.extend({
  statusReason: z.string().nullable(),
  phaseRuns: z.array(
    z
      .object({
        id: z.string(),
        procedure: z.enum(["MAIN", "ROLLBACK"]),
        position: z.number(),
        status: ZPhaseStatus,
        version: z.number().meta({ description: "the checklistVersion a group tick (POST …/checklist-ticks with itemIds) names" }),
      })
      .loose(),
  ),
}).loose();

export const ZDeploymentStatus = z.object({
  id: z.string(),
  name: z.string(),
  status: ZDeploymentStatusValue,
  statusReason: z.string().nullable(),
  environment: z.string(),
  runbook: z.object({ id: z.string(), title: z.string(), versionNumber: z.number().nullable() }),
  startedAt: ZIso.nullable(),
  finishedAt: ZIso.nullable(),
  phases: z.array(z.object({ procedure: z.enum(["MAIN", "ROLLBACK"]), position: z.number(), title: z.string(), status: ZPhaseStatus })),
});

export const ZPlanned = z.object({ deploymentId: z.string(), name: z.string() });
export const ZControlled = z.object({ status: ZDeploymentStatusValue });
export const ZStepRunStarted = z.object({ stepRunId: z.string(), attempt: z.number() });
export const ZTicked = z.object({ isTicked: z.boolean() });
export const ZTickedMany = z.object({ ticked: z.number().int(), checklistVersion: z.number().int() });

export const ZAuditEventList = z.object({
  items: z.array(
    z.object({
      seq: z.string(),
      createdAt: ZIso,
      type: z.string(),
      actorLabel: z.string(),
      deploymentId: z.string().nullable(),
      targetType: z.string().nullable(),
      targetId: z.string().nullable(),
      payload: z.record(z.string(), z.unknown()),
      hash: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
