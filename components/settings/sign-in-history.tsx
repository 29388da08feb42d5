import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";

export type TSignInHistoryRow = { id: string; at: Date; ipAddress: string; isSuccess: boolean };

type Props = { entries: readonly TSignInHistoryRow[]; limit: number };

const th = "px-4 py-2.5 text-left text-xs font-medium uppercase tracking-wide text-muted";
const td = "px-4 py-2.5 align-top";

/** A person's latest sign-in attempts with email and password: when, from where, and whether it worked. */
export function SignInHistory({ entries, limit }: Readonly<Props>) {
  if (entries.length === 0) {
    return <p className="text-sm text-muted">No sign-in with email and password yet. Sign-ins through single sign-on are in the audit trail.</p>;
  }
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">Your last {limit} sign-in attempts, newest first</caption>
        <thead className="border-b border-line bg-surface-muted">
          <tr>
            <th scope="col" className={th}>
              When
            </th>
            <th scope="col" className={th}>
              Address
            </th>
            <th scope="col" className={th}>
              Outcome
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className={td}>
                <RelativeTime date={entry.at} layout="stacked" />
              </td>
              <td className={`${td} break-all font-mono text-xs`}>{entry.ipAddress}</td>
              <td className={td}>
                {entry.isSuccess ? (
                  <Badge tone="ok" icon="✓">
                    Signed in
                  </Badge>
                ) : (
                  <Badge tone="bad" icon="!">
                    Failed
                  </Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
