import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { TEnvironmentAdminView } from "@/lib/server/readers/find-environments";

type Props = { environments: TEnvironmentAdminView[] };

const th = "px-3 py-2.5 text-left text-xs font-medium uppercase tracking-wide text-muted";
const td = "px-3 py-3 align-top";

/** Presentational: the environments, with their targets masked (the only form a page ever gets). */
export function EnvironmentTable({ environments }: Readonly<Props>) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">Environments, by name</caption>
        <thead className="border-b border-line bg-surface-muted">
          <tr>
            <th scope="col" className={th}>
              Name
            </th>
            <th scope="col" className={th}>
              Kind
            </th>
            <th scope="col" className={th}>
              Target database
            </th>
            <th scope="col" className={th}>
              HTTP allow-list
            </th>
            <th scope="col" className={th}>
              Last updated
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {environments.map((e) => (
            <tr key={e.id} className="hover:bg-surface-muted/60">
              <td className={td}>
                <Link href={`/admin/environments/${e.id}`} className="font-medium text-ink hover:text-accent-ink hover:underline">
                  {e.name}
                </Link>
                {e.description ? <p className="mt-0.5 max-w-xs text-xs text-muted">{e.description}</p> : null}
              </td>
              <td className={`${td} whitespace-nowrap`}>
                {e.isProduction ? (
                  <Badge tone="strong" icon="▲">
                    Production
                  </Badge>
                ) : (
                  <Badge tone="outline">Non-production</Badge>
                )}
              </td>
              <td className={td}>
                {e.targetUrlMasked ? <code className="break-all font-mono text-xs text-ink">{e.targetUrlMasked}</code> : <span className="text-faint">No target yet</span>}
              </td>
              <td className={td}>
                {e.httpAllowList.length ? (
                  <ul className="space-y-0.5 font-mono text-xs">
                    {e.httpAllowList.map((host) => (
                      <li key={host}>{host}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-faint">None: HTTP checks cannot run</span>
                )}
              </td>
              <td className={`${td} whitespace-nowrap`}>
                <span className="block">{e.updatedBy?.name ?? <span className="text-faint">Unknown</span>}</span>
                <span className="text-xs text-muted">
                  <RelativeTime date={e.updatedAt} layout="stacked" />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
