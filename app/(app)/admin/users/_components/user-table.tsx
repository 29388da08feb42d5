import Link from "next/link";
import type { TUserListItem } from "@/lib/server/readers/find-users";
import { RelativeTime } from "@/components/ui/relative-time";
import { RoleBadges, UserStatusBadge } from "./user-badges";

type Props = { users: TUserListItem[]; currentUserId: string };

const th = "px-4 py-2.5 text-left text-xs font-medium uppercase tracking-wide text-muted";
const td = "px-4 py-3 align-top";

export function UserTable({ users, currentUserId }: Readonly<Props>) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">Users</caption>
        <thead className="border-b border-line bg-surface-muted">
          <tr>
            <th scope="col" className={th}>
              Name
            </th>
            <th scope="col" className={th}>
              Email
            </th>
            <th scope="col" className={th}>
              Roles
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={th}>
              Last sign-in
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {users.map((user) => (
            <tr key={user.id} className={`hover:bg-surface-muted/60 ${user.isActive ? "" : "text-muted"}`}>
              <td className={`${td} whitespace-nowrap`}>
                <Link href={`/admin/users/${user.id}`} className="font-medium text-ink hover:text-accent-ink hover:underline">
                  {user.name}
                </Link>
                {user.id === currentUserId ? <span className="ml-2 text-xs text-muted">(you)</span> : null}
              </td>
              <td className={`${td} break-all`}>{user.email}</td>
              <td className={td}>
                <RoleBadges roles={user.roles} />
              </td>
              <td className={td}>
                <UserStatusBadge isActive={user.isActive} />
              </td>
              <td className={`${td} whitespace-nowrap`}>
                <RelativeTime date={user.lastSignInAt} layout="stacked" fallback="Never signed in" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
