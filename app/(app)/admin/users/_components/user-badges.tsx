import type { TRole } from "@/lib/auth/permissions";
import { roleLabels } from "@/components/runbook/phase-labels";
import { Badge } from "@/components/ui/badge";

/** Active or deactivated, always in words beside the colour. */
export function UserStatusBadge({ isActive }: Readonly<{ isActive: boolean }>) {
  return isActive ? (
    <Badge tone="ok" icon="●">
      Active
    </Badge>
  ) : (
    <Badge tone="idle" icon="⊘">
      Deactivated
    </Badge>
  );
}

export function RoleBadges({ roles }: Readonly<{ roles: readonly TRole[] }>) {
  if (roles.length === 0) return <span className="text-faint">No roles</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Roles">
      {roles.map((role) => (
        <li key={role}>
          <Badge tone="neutral">{roleLabels[role]}</Badge>
        </li>
      ))}
    </ul>
  );
}
