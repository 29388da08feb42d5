// The sections of the app a person may open, from their roles. A courtesy of the UI: every page
// and action checks its permission on the server regardless.
import { can, type TPermission, type TRole } from "./permissions";

const SECTIONS: ReadonlyArray<{ href: string; label: string; anyOf: readonly TPermission[] }> = [
  { href: "/runbooks", label: "Runbooks", anyOf: ["runbook.view"] },
  { href: "/deployments", label: "Deployments", anyOf: ["deployment.view"] },
  { href: "/analytics", label: "Analytics", anyOf: ["report.view"] },
  { href: "/audit", label: "Audit", anyOf: ["audit.view"] },
  { href: "/admin", label: "Admin", anyOf: ["admin.users", "admin.environments", "admin.tokens"] },
];

export function navigationFor(roles: readonly TRole[]): Array<{ href: string; label: string }> {
  return SECTIONS.filter((s) => s.anyOf.some((p) => can(roles, p))).map(({ href, label }) => ({ href, label }));
}
