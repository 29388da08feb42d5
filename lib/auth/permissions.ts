// Who may do what (PRODUCT.md "People"). Pure: no Prisma, no Next — the same table answers the
// server (requirePermission), the UI (what to show) and the tests. The server is the authority;
// a button hidden in the UI is a courtesy, never the check.

export const ROLES = ["LEAD", "DBA", "MANAGER", "ADMIN"] as const;
export type TRole = (typeof ROLES)[number];

export const PERMISSIONS = [
  "runbook.view",
  "runbook.edit",
  "runbook.publish",
  "deployment.view",
  "deployment.plan",
  /** start, activate phases, tick checklists, run steps, record results, waive, skip */
  "deployment.run",
  /** run SQL steps as a rehearsal: the same transaction, then ROLLBACK */
  "deployment.rehearse",
  /** pause, resume, abort, trigger rollback, confirm a point of no return */
  "deployment.control",
  /** drop a deployment's backup from the target (issue 15): explicit and audited, never silent */
  "backup.drop",
  "signoff.dba",
  "signoff.sheet",
  "report.view",
  "report.export",
  "audit.view",
  "admin.users",
  "admin.environments",
  "admin.tokens",
] as const;
export type TPermission = (typeof PERMISSIONS)[number];

/**
 * Role → permissions. Decisions beyond the People table:
 * - every role views runbooks, deployments and reports (a signed-in person can see the work);
 * - DBAs edit runbooks (they own the SQL) but only leads publish and run them;
 * - rehearsal changes nothing on the target, so leads and DBAs may both rehearse;
 * - MANAGER is read-only: it views, exports and reads the audit trail, never changes anything;
 * - ADMIN administers and reads the audit trail (sign-in failures, refusals) but does not run
 *   deployments or sign off; a person who needs both holds both roles.
 */
const GRANTS: Readonly<Record<TRole, readonly TPermission[]>> = {
  LEAD: [
    "runbook.view",
    "runbook.edit",
    "runbook.publish",
    "deployment.view",
    "deployment.plan",
    "deployment.run",
    "deployment.rehearse",
    "deployment.control",
    "backup.drop",
    "signoff.sheet",
    "report.view",
    "report.export",
  ],
  DBA: ["runbook.view", "runbook.edit", "deployment.view", "deployment.rehearse", "signoff.dba", "signoff.sheet", "report.view", "report.export"],
  MANAGER: ["runbook.view", "deployment.view", "report.view", "report.export", "audit.view"],
  ADMIN: ["runbook.view", "deployment.view", "report.view", "audit.view", "admin.users", "admin.environments", "admin.tokens", "backup.drop"],
};

const ROLE_SET: ReadonlySet<string> = new Set(ROLES);
const PERMISSION_SET: ReadonlySet<string> = new Set(PERMISSIONS);

export function isRole(value: unknown): value is TRole {
  return typeof value === "string" && ROLE_SET.has(value);
}

export function isPermission(value: unknown): value is TPermission {
  return typeof value === "string" && PERMISSION_SET.has(value);
}

/** Fails closed: unknown roles grant nothing, an unknown permission is never granted. */
export function can(roles: readonly string[] | null | undefined, permission: TPermission): boolean {
  if (!roles || !isPermission(permission)) return false;
  return roles.some((role) => isRole(role) && GRANTS[role].includes(permission));
}

/** Every permission the roles grant, in the order of PERMISSIONS. */
export function permissionsOf(roles: readonly string[] | null | undefined): TPermission[] {
  return PERMISSIONS.filter((permission) => can(roles, permission));
}
