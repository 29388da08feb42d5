import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";

type TEvent = {
  seq: bigint;
  createdAt: Date;
  type: string;
  actorId: string | null;
  actorLabel: string;
  deploymentId: string | null;
  targetType: string | null;
  targetId: string | null;
  payload: unknown;
  hash: string;
};

export type TAuditNamesProp = { users: Record<string, string>; deployments: Record<string, string>; targets: Record<string, string> };

export function summarisePayload(payload: unknown): string {
  if (!payload || typeof payload !== "object") return "";
  return Object.entries(payload as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join(" · ");
}

/** "runbook: Rename fixed_cost" — a target by its name when known, else its type and a short id. */
export function targetLabel(e: Pick<TEvent, "targetType" | "targetId">, names: TAuditNamesProp): string | null {
  if (!e.targetType) return null;
  const type = e.targetType.replace(/_/g, " ");
  if (!e.targetId) return type;
  return `${type}: ${names.targets[e.targetId] ?? `${e.targetId.slice(0, 8)}…`}`;
}

export function AuditEventTable({ events, names }: Readonly<{ events: readonly TEvent[]; names: TAuditNamesProp }>) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              #
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              When
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Event
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Who
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              On
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Details
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {events.map((e) => {
            const seq = e.seq.toString();
            const target = targetLabel(e, names);
            return (
              <tr key={seq} className="align-top">
                <td className="px-3 py-2 tabular-nums">
                  <Link href={`/audit/${seq}`} className="font-medium text-accent-ink hover:underline" aria-label={`Event ${seq}: details and hashes`}>
                    {seq}
                  </Link>
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  <RelativeTime date={e.createdAt} layout="stacked" />
                </td>
                <td className="px-3 py-2 font-mono text-xs text-ink">{e.type}</td>
                <td className="px-3 py-2 text-ink">{e.actorId ? (names.users[e.actorId] ?? e.actorLabel) : e.actorLabel}</td>
                <td className="px-3 py-2 text-ink">
                  {e.deploymentId ? (
                    <Link href={`/deployments/${e.deploymentId}`} className="block text-accent-ink hover:underline">
                      {names.deployments[e.deploymentId] ?? "deployment"}
                    </Link>
                  ) : null}
                  {target && !(e.targetType === "deployment" && e.targetId === e.deploymentId) ? <span className="block text-muted">{target}</span> : null}
                </td>
                <td className="max-w-md px-3 py-2 text-muted">
                  <span className="break-words">{summarisePayload(e.payload)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
