// Every audit event type, in one discriminated union (STYLE.md practice 3). A payload holds
// what a reviewer needs to understand the event later — never a secret.
import { z } from "zod";

const ZId = z.string().min(1);
const ZReason = z.string().max(4000);

export const ZAuditEvent = z.discriminatedUnion("type", [
  // system
  z.object({ type: z.literal("system.seeded"), payload: z.object({ users: z.number(), runbooks: z.number(), deployments: z.number() }) }),
  z.object({ type: z.literal("system.step_runs_interrupted"), payload: z.object({ stepRunIds: z.array(ZId) }) }),
  // sign-in and access
  z.object({ type: z.literal("auth.signed_in"), payload: z.object({ method: z.enum(["credentials", "oidc"]), ipAddress: z.string().optional() }) }),
  z.object({ type: z.literal("auth.sign_in_failed"), payload: z.object({ email: z.string(), ipAddress: z.string().optional(), reason: z.string() }) }),
  z.object({ type: z.literal("auth.sign_in_throttled"), payload: z.object({ email: z.string(), ipAddress: z.string().optional() }) }),
  z.object({ type: z.literal("access.denied"), payload: z.object({ permission: z.string(), target: z.string().optional(), reason: z.string().optional() }) }),
  z.object({ type: z.literal("input.rejected"), payload: z.object({ action: z.string(), fields: z.array(z.string()) }) }),
  // administration
  z.object({ type: z.literal("user.created"), payload: z.object({ email: z.string(), roles: z.array(z.string()) }) }),
  z.object({ type: z.literal("user.updated"), payload: z.object({ changes: z.record(z.string(), z.unknown()) }) }),
  z.object({ type: z.literal("user.deactivated"), payload: z.object({ email: z.string() }) }),
  z.object({
    type: z.literal("environment.created"),
    payload: z.object({ name: z.string(), isProduction: z.boolean(), /** issue 15: days a backup is kept, when set */ backupRetentionDays: z.number().int().optional() }),
  }),
  z.object({ type: z.literal("environment.updated"), payload: z.object({ changes: z.array(z.string()) }) }),
  z.object({ type: z.literal("api_token.created"), payload: z.object({ name: z.string(), prefix: z.string() }) }),
  z.object({ type: z.literal("api_token.revoked"), payload: z.object({ name: z.string() }) }),
  // runbooks
  z.object({ type: z.literal("runbook.created"), payload: z.object({ title: z.string(), source: z.enum(["editor", "import", "seed"]) }) }),
  z.object({ type: z.literal("runbook.draft_saved"), payload: z.object({ lockVersion: z.number() }) }),
  // issue 11: the schema-design lint warnings a draft switches off, when they change
  z.object({ type: z.literal("runbook.lint_rules_changed"), payload: z.object({ versionId: ZId, disabledLintRules: z.array(z.string()), previous: z.array(z.string()) }) }),
  z.object({ type: z.literal("runbook.published"), payload: z.object({ versionId: ZId, number: z.number() }) }),
  // deployments
  z.object({ type: z.literal("deployment.planned"), payload: z.object({ name: z.string(), runbookVersionId: ZId, environmentId: ZId, leadId: ZId }) }),
  z.object({
    type: z.literal("deployment.status_changed"),
    payload: z.object({ from: z.string(), to: z.string(), reason: ZReason.optional() }),
  }),
  z.object({
    type: z.literal("phase.status_changed"),
    payload: z.object({ phaseRunId: ZId, phaseTitle: z.string(), from: z.string(), to: z.string(), reason: ZReason.optional() }),
  }),
  z.object({
    type: z.literal("step.started"),
    payload: z.object({ stepRunId: ZId, stepTitle: z.string(), kind: z.string(), mode: z.enum(["RUN", "REHEARSAL"]), attempt: z.number() }),
  }),
  // issue 13: a worker took a queued run (QUEUED → RUNNING): from here rule 6 may interrupt it
  z.object({
    type: z.literal("step.claimed"),
    payload: z.object({ stepRunId: ZId, stepTitle: z.string(), kind: z.string(), mode: z.enum(["RUN", "REHEARSAL"]), attempt: z.number(), workerId: z.string() }),
  }),
  z.object({
    type: z.literal("step.finished"),
    payload: z.object({ stepRunId: ZId, stepTitle: z.string(), status: z.string(), summary: z.string().optional() }),
  }),
  // issue 11 item 6: a reviewer asked the target for EXPLAIN (without ANALYZE) of a SQL step; nothing executed
  z.object({
    type: z.literal("step.explained"),
    payload: z.object({ stepId: ZId, stepTitle: z.string(), statements: z.number(), explained: z.number(), failed: z.number() }),
  }),
  // issue 15 item 2: a fanned-out run's outcome, counted per target schema (or database of the group); failedSchemas names either
  z.object({
    type: z.literal("step.fan_out_finished"),
    payload: z.object({
      stepRunId: ZId,
      stepTitle: z.string(),
      attempt: z.number(),
      status: z.string(),
      /** issue 15 item 2: the targets were the environment group's databases; absent in events before it: schemas */
      over: z.enum(["SCHEMAS", "DATABASES"]).optional(),
      source: z.string(),
      total: z.number(),
      succeeded: z.number(),
      failed: z.number(),
      notRun: z.number(),
      carried: z.number(),
      ran: z.number(),
      failedSchemas: z.array(z.string()),
    }),
  }),
  z.object({ type: z.literal("step.waived"), payload: z.object({ stepId: ZId, stepTitle: z.string(), reason: ZReason }) }),
  z.object({ type: z.literal("step.reconciled"), payload: z.object({ stepRunId: ZId, status: z.string(), note: ZReason }) }),
  z.object({ type: z.literal("checklist.ticked"), payload: z.object({ phaseRunId: ZId, itemId: ZId, text: z.string(), isTicked: z.boolean() }) }),
  z.object({ type: z.literal("criterion.recorded"), payload: z.object({ phaseRunId: ZId, criterionId: ZId, isMet: z.boolean(), evidence: z.string() }) }),
  z.object({ type: z.literal("baseline.captured"), payload: z.object({ name: z.string(), rowCount: z.number() }) }),
  // issue 15: a BACKUP step's copy on the target, and its explicit removal (never silent)
  z.object({
    type: z.literal("backup.taken"),
    payload: z.object({
      key: z.string(),
      schemaName: z.string(),
      tables: z.array(z.object({ table: z.string(), rowCount: z.number(), bytes: z.number(), checksum: z.string() })),
      totalBytes: z.number(),
      /** a fanned-out backup (issue 15 item 2): the target schemas (or group databases, isDatabase) copied so far, each into a backup schema of its own */
      targets: z.array(z.object({ target: z.string(), schemaName: z.string(), isDatabase: z.boolean().optional() })).optional(),
    }),
  }),
  z.object({
    type: z.literal("backup.dropped"),
    payload: z.object({
      backupId: ZId,
      key: z.string(),
      schemaName: z.string(),
      reason: z.string(),
      wasOnTarget: z.boolean(),
      /** dropped by the retention sweep (actor: system, reason "retention"): the environment's retention then */
      retentionDays: z.number().int().optional(),
      /** a backup over the environment group's databases (issue 15 item 2): the databases whose copies were dropped */
      databases: z.array(z.string()).optional(),
    }),
  }),
  z.object({
    type: z.literal("signoff.recorded"),
    payload: z.object({
      signoffId: ZId,
      scope: z.enum(["PHASE", "POINT_OF_NO_RETURN", "SHEET"]),
      role: z.string(),
      decision: z.enum(["APPROVED", "REJECTED", "WITHDRAWN"]),
      phaseRunId: ZId.optional(),
      comment: z.string().optional(),
      coveredStepRunIds: z.array(ZId).optional(),
    }),
  }),
  // environments and secrets: outcomes and counts only, never a URL or a key
  z.object({
    type: z.literal("environment.connection_tested"),
    payload: z.object({ outcome: z.enum(["ok", "failed"]), reason: z.string().optional(), latencyMs: z.number().optional() }),
  }),
  z.object({ type: z.literal("secrets.rotated"), payload: z.object({ count: z.number() }) }),
  // issue 15 item 2: the databases of an environment's group, by name — never a URL
  z.object({ type: z.literal("environment.database_added"), payload: z.object({ databaseId: ZId, name: z.string() }) }),
  z.object({ type: z.literal("environment.database_updated"), payload: z.object({ databaseId: ZId, name: z.string(), changes: z.array(z.string()) }) }),
  z.object({ type: z.literal("environment.database_removed"), payload: z.object({ databaseId: ZId, name: z.string() }) }),
  z.object({
    type: z.literal("environment.database_tested"),
    payload: z.object({ databaseId: ZId, name: z.string(), outcome: z.enum(["ok", "failed"]), reason: z.string().optional(), latencyMs: z.number().optional() }),
  }),
  // users: who and what changed, never a password or its hash
  z.object({ type: z.literal("user.reactivated"), payload: z.object({ email: z.string() }) }),
  z.object({ type: z.literal("user.password_reset"), payload: z.object({ email: z.string() }) }),
  // runbook drafts: a new draft copied from a published version
  z.object({ type: z.literal("runbook.draft_started"), payload: z.object({ versionId: ZId, basedOnVersionId: ZId, basedOnNumber: z.number() }) }),
  // deployments: a refused attempt (rule 8), a manual step's record, an interrupted run found at start-up
  z.object({ type: z.literal("deployment.action_refused"), payload: z.object({ action: z.string(), reason: ZReason, target: z.string().optional() }) }),
  z.object({ type: z.literal("step.recorded"), payload: z.object({ stepRunId: ZId, stepTitle: z.string(), status: z.string(), attempt: z.number(), note: ZReason }) }),
  z.object({ type: z.literal("step.interrupted"), payload: z.object({ stepRunId: ZId, stepTitle: z.string(), workerId: z.string().nullable() }) }),
  z.object({ type: z.literal("signoff.withdrawn"), payload: z.object({ signoffId: ZId, phaseRunId: ZId, role: z.string(), reason: ZReason }) }),
  z.object({ type: z.literal("deployment.preflight_overridden"), payload: z.object({ failures: z.array(z.string()), reason: ZReason }) }),
  z.object({ type: z.literal("step.late_result"), payload: z.object({ stepRunId: ZId, stepTitle: z.string(), status: z.string(), summary: z.string() }) }),
  // sessions and publishing (issue 10 items 4 and 6): a person's own password change (never the
  // password), and each danger lint finding acknowledged at publish with its reason
  z.object({ type: z.literal("user.password_changed"), payload: z.object({ email: z.string(), otherSessionsEnded: z.boolean() }) }),
  z.object({
    type: z.literal("runbook.lint_acknowledged"),
    payload: z.object({ versionId: ZId, number: z.number(), stepId: ZId, rule: z.string(), line: z.number(), reason: ZReason }),
  }),
  // API tokens and webhooks (issue 14): a refused token names its prefix, never the token
  z.object({
    type: z.literal("api_token.issued"),
    payload: z.object({ name: z.string(), prefix: z.string(), scope: z.enum(["READ", "RUN"]), forUser: z.string(), expiresAt: z.string().nullable() }),
  }),
  z.object({ type: z.literal("api_token.refused"), payload: z.object({ prefix: z.string(), reason: z.enum(["revoked", "expired", "user_inactive"]) }) }),
  z.object({ type: z.literal("webhook.endpoint_created"), payload: z.object({ name: z.string(), host: z.string(), events: z.array(z.string()), format: z.string() }) }),
  z.object({ type: z.literal("webhook.endpoint_changed"), payload: z.object({ name: z.string(), isActive: z.boolean() }) }),
  z.object({ type: z.literal("webhook.test_queued"), payload: z.object({ name: z.string() }) }),
  // the audit trail's own checks (issue 13): a verification and its outcome, a signed checkpoint anchored outside the database
  z.object({
    type: z.literal("audit.verified"),
    payload: z.object({
      scope: z.enum(["full", "since_checkpoint"]),
      trigger: z.enum(["cli", "button", "schedule"]),
      outcome: z.enum(["intact", "broken"]),
      fromSeq: z.string(),
      checked: z.number(),
      headSeq: z.string().optional(),
      brokenAtSeq: z.string().optional(),
      reason: z.string().optional(),
    }),
  }),
  // follow-up phases (issue 15 item 3): their due times when the main phases finish, and the outcome
  z.object({
    type: z.literal("deployment.follow_ups_scheduled"),
    payload: z.object({
      mainFinishedAt: z.string(),
      phases: z.array(z.object({ phaseRunId: ZId, phaseTitle: z.string(), offsetMinutes: z.number(), dueAt: z.string() })),
    }),
  }),
  z.object({
    type: z.literal("deployment.follow_up_status_changed"),
    payload: z.object({ from: z.string(), to: z.enum(["PASSED", "FAILED"]), reason: ZReason.optional() }),
  }),
  z.object({
    type: z.literal("audit.checkpoint_anchored"),
    payload: z.object({ seq: z.string(), hash: z.string(), keyId: z.string(), file: z.string().optional(), trigger: z.enum(["cli", "button", "schedule"]) }),
  }),
]);

export type TAuditEventInput = z.infer<typeof ZAuditEvent>;
export type TAuditEventType = TAuditEventInput["type"];
