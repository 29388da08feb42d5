// The values of the database's enum columns a deployment's replies carry, spelt out for the
// declared reply schemas (live-view.ts, record-view.ts): lib/domain may not import Prisma. The
// readers assign their rows to those schemas' types, so a value the schema gains and this list
// lacks fails the type check. Step kinds live with the runbook (lib/domain/runbook/step-kinds.ts).
import { z } from "zod";
import { DB_INT_MAX, DB_INT_MIN } from "../db-bounds";

export { STEP_KINDS } from "../runbook/step-kinds";
export const PROCEDURES = ["MAIN", "ROLLBACK"] as const;
export const DEPLOYMENT_STATUSES = ["PLANNED", "IN_PROGRESS", "PAUSED", "SUCCEEDED", "FAILED", "ROLLING_BACK", "ROLLED_BACK", "ABORTED"] as const;
export const PHASE_RUN_STATUSES = ["PENDING", "ACTIVE", "AWAITING_SIGNOFF", "DONE", "FAILED", "SKIPPED"] as const;
export const STEP_RUN_MODES = ["RUN", "REHEARSAL"] as const;
export const STEP_RUN_STATUSES = ["PENDING", "QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "INTERRUPTED"] as const;
export const FAILURE_POLICIES = ["STOP", "ROLLBACK", "CONTINUE"] as const;
export const ROLES = ["LEAD", "DBA", "MANAGER", "ADMIN"] as const;
export const SIGNOFF_SCOPES = ["PHASE", "POINT_OF_NO_RETURN", "SHEET"] as const;
export const SIGNOFF_DECISIONS = ["APPROVED", "REJECTED", "WITHDRAWN"] as const;
export const FOLLOW_UP_STATUSES = ["OPEN", "PASSED", "FAILED"] as const;

/** every number in a reply is an integer column or a count: bounded like the columns (lib/domain/db-bounds.ts) */
export const ZReplyInt = z.number().int().min(DB_INT_MIN).max(DB_INT_MAX);
/** a user as a reply names them */
export const ZReplyUser = z.object({ id: z.string(), name: z.string(), email: z.string() });
