import Link from "next/link";
import { Card } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import { FieldList } from "@/components/ui/field-list";
import { RelativeTime } from "@/components/ui/relative-time";
import { beforeAfter } from "@/lib/domain/audit/filters";
import { targetLabel, type TAuditNamesProp } from "./audit-event-table";

type Props = {
  event: {
    seq: bigint;
    createdAt: Date;
    type: string;
    actorId: string | null;
    actorLabel: string;
    deploymentId: string | null;
    targetType: string | null;
    targetId: string | null;
    payload: unknown;
    prevHash: string;
    hash: string;
  };
  previous: { seq: bigint; hash: string } | null;
  names: TAuditNamesProp;
  isHashValid: boolean;
  isLinked: boolean;
};

const show = (v: unknown) => (v === null || v === undefined ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v));

/** One audit event: who, when, on what, its payload, before/after values, and its link in the chain. */
export function AuditEventDetail({ event, previous, names, isHashValid, isLinked }: Readonly<Props>) {
  const changes = beforeAfter(event.payload);
  const seq = event.seq.toString();
  return (
    <div className="space-y-4">
      <Card as="section" labelledBy="event-facts" className="p-4">
        <h2 id="event-facts" className="sr-only">
          Event
        </h2>
        <FieldList
          items={[
            { label: "When", value: <RelativeTime date={event.createdAt} layout="stacked" /> },
            { label: "Who", value: event.actorId ? (names.users[event.actorId] ?? event.actorLabel) : event.actorLabel },
            {
              label: "Deployment",
              value: event.deploymentId ? (
                <Link href={`/deployments/${event.deploymentId}`} className="text-accent-ink hover:underline">
                  {names.deployments[event.deploymentId] ?? event.deploymentId}
                </Link>
              ) : (
                "—"
              ),
            },
            { label: "Target", value: targetLabel(event, names) ?? "—" },
          ]}
        />
      </Card>
      {changes.length ? (
        <Card as="section" labelledBy="event-changes" className="p-4">
          <h2 id="event-changes" className="mb-2 text-sm font-semibold text-ink">
            Before and after
          </h2>
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">
                  Field
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  Before
                </th>
                <th scope="col" className="py-1 font-medium">
                  After
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {changes.map((c) => (
                <tr key={c.field}>
                  <td className="py-1 pr-4 font-medium text-ink">{c.field}</td>
                  <td className="py-1 pr-4 font-mono text-xs text-ink">{show(c.before)}</td>
                  <td className="py-1 font-mono text-xs text-ink">{show(c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}
      <section aria-labelledby="event-payload">
        <h2 id="event-payload" className="mb-2 text-sm font-semibold text-ink">
          Payload
        </h2>
        <CodeBlock code={JSON.stringify(event.payload, null, 2)} language="json" label={`Payload of event ${seq}`} showLineNumbers={false} />
      </section>
      <Card as="section" labelledBy="event-chain" className="p-4">
        <h2 id="event-chain" className="mb-2 text-sm font-semibold text-ink">
          Its link in the hash chain
        </h2>
        <dl className="space-y-2 text-sm">
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-muted">Sequence</dt>
            <dd className="tabular-nums text-ink">{seq}</dd>
          </div>
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-muted">Hash</dt>
            <dd className="break-all font-mono text-xs text-ink">{event.hash}</dd>
          </div>
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-muted">Previous hash</dt>
            <dd className="break-all font-mono text-xs text-ink">
              {event.prevHash}{" "}
              {previous ? (
                <Link href={`/audit/${previous.seq}`} className="font-sans text-accent-ink hover:underline">
                  (event #{previous.seq.toString()})
                </Link>
              ) : (
                <span className="font-sans text-muted">(the genesis)</span>
              )}
            </dd>
          </div>
        </dl>
        <p className={`mt-3 text-sm font-medium ${isHashValid && isLinked ? "text-ok-ink" : "text-bad-ink"}`}>
          {isHashValid ? "✓ Its content gives its hash." : "✕ Its content does not give its hash: it was edited."}{" "}
          {isLinked ? "✓ Its previous hash is the hash of the event before it." : "✕ Its previous hash is not the hash of the event before it."}
        </p>
      </Card>
    </div>
  );
}
