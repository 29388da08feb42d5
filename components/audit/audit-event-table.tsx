import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";

type TEvent = {
  seq: bigint;
  createdAt: Date;
  type: string;
  actorLabel: string;
  deploymentId: string | null;
  targetType: string | null;
  targetId: string | null;
  payload: unknown;
  hash: string;
};

function summarise(payload: unknown): string {
  if (!payload || typeof payload !== "object") return "";
  return Object.entries(payload as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join(" · ");
}

export function AuditEventTable({ events }: Readonly<{ events: readonly TEvent[] }>) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">#</th>
            <th scope="col" className="px-4 py-2 font-medium">When</th>
            <th scope="col" className="px-4 py-2 font-medium">Event</th>
            <th scope="col" className="px-4 py-2 font-medium">Who</th>
            <th scope="col" className="px-4 py-2 font-medium">Details</th>
            <th scope="col" className="px-4 py-2 font-medium">Hash</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {events.map((e) => (
            <tr key={e.seq.toString()} className="align-top">
              <td className="px-4 py-2 tabular-nums text-muted">{e.seq.toString()}</td>
              <td className="whitespace-nowrap px-4 py-2">
                <RelativeTime date={e.createdAt} layout="stacked" />
              </td>
              <td className="px-4 py-2 font-mono text-xs">{e.type}</td>
              <td className="px-4 py-2">{e.actorLabel}</td>
              <td className="max-w-xl px-4 py-2 text-muted">
                {e.deploymentId ? (
                  <Link href={`/deployments/${e.deploymentId}`} className="mr-2 text-accent-ink hover:underline">
                    deployment
                  </Link>
                ) : null}
                <span className="break-words">{summarise(e.payload)}</span>
              </td>
              <td className="px-4 py-2 font-mono text-xs text-faint" title={e.hash}>
                {e.hash.slice(0, 10)}…
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
