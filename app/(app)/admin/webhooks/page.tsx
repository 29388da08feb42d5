import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { WEBHOOK_EVENT_LABELS, type TWebhookEvent } from "@/lib/domain/webhooks/webhooks";
import { findWebhooks } from "@/lib/server/readers/find-webhooks";
import { getPageUser } from "../../_lib/page-access";
import { CreateWebhookForm } from "./_components/create-webhook-form";
import { EndpointActions } from "./_components/endpoint-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Webhooks" };

const STATUS = { SUCCEEDED: { word: "Delivered", tone: "ok" }, PENDING: { word: "Retrying", tone: "warn" }, FAILED: { word: "Failed", tone: "bad" } } as const;
const eventLabel = (e: string) => WEBHOOK_EVENT_LABELS[e as TWebhookEvent] ?? (e === "webhook.test" ? "Test" : e);

export default async function WebhooksPage() {
  const user = await getPageUser("admin.tokens");
  if (!user) return <ForbiddenView what="Webhooks" />;
  const { endpoints, deliveries } = await findWebhooks({ limit: 50 });
  return (
    <>
      <PageHeader
        eyebrow={<Breadcrumb items={[{ label: "Admin", href: "/admin" }]} />}
        title="Webhooks"
        description="Lifecycle events, queued with the change they report and POSTed signed (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature) — retried with backoff, never redirected, only to allowed hosts."
      />
      <div className="space-y-6">
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <Card as="section" labelledBy="endpoints-title" className="min-w-0 p-5">
            <h2 id="endpoints-title" className="mb-4 text-lg font-semibold tracking-tight">
              Endpoints
            </h2>
            {endpoints.length === 0 ? (
              <EmptyState title="No endpoints yet">Register one to tell a chat channel or a pipeline when a deployment needs attention.</EmptyState>
            ) : (
              <ul className="divide-y divide-line">
                {endpoints.map((e) => (
                  <li key={e.id} className="space-y-2 py-3">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div className="min-w-0">
                        <p className="font-medium text-ink">
                          {e.name} <Badge tone={e.isActive ? "ok" : "neutral"}>{e.isActive ? "Active" : "Disabled"}</Badge>{" "}
                          <Badge tone="outline">{e.format === "SLACK" ? "Slack" : "Standard"}</Badge>
                        </p>
                        <p className="break-all font-mono text-xs text-muted">{e.urlMasked}</p>
                      </div>
                      <EndpointActions endpointId={e.id} name={e.name} isActive={e.isActive} />
                    </div>
                    <p className="text-xs text-muted">
                      {e.events.map(eventLabel).join(" · ")} — allowed: {e.allowedHosts.join(", ")}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card as="section" labelledBy="new-webhook-title" className="min-w-0 p-5">
            <h2 id="new-webhook-title" className="mb-4 text-lg font-semibold tracking-tight">
              New endpoint
            </h2>
            <CreateWebhookForm />
          </Card>
        </div>

        <Card as="section" labelledBy="deliveries-title" className="min-w-0 p-5">
          <h2 id="deliveries-title" className="mb-4 text-lg font-semibold tracking-tight">
            Delivery log
          </h2>
          {deliveries.length === 0 ? (
            <EmptyState title="Nothing sent yet">Deliveries appear here with their status, the receiver&apos;s response code and the attempts made.</EmptyState>
          ) : (
            <div className="relative overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">The newest 50 deliveries</caption>
                <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
                  <tr>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Queued
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Endpoint
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Event
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Status
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Response
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Attempts
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Note
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {deliveries.map((d) => {
                    const status = STATUS[d.status];
                    return (
                      <tr key={d.id}>
                        <td className="py-2 pr-3">
                          <RelativeTime date={d.createdAt} />
                        </td>
                        <td className="py-2 pr-3">{d.endpoint.name}</td>
                        <td className="py-2 pr-3">{eventLabel(d.event)}</td>
                        <td className="py-2 pr-3">
                          <Badge tone={status.tone}>{status.word}</Badge>
                        </td>
                        <td className="py-2 pr-3 font-mono text-xs">{d.lastResponseCode ?? "—"}</td>
                        <td className="py-2 pr-3">{d.attempts}</td>
                        <td className="py-2 text-xs text-muted">
                          {d.lastError ??
                            (d.deliveredAt ? (
                              <>
                                Delivered <RelativeTime date={d.deliveredAt} />
                              </>
                            ) : (
                              "Waiting to be sent"
                            ))}
                          {d.status === "PENDING" && d.attempts > 0 ? (
                            <>
                              {" "}
                              — next try <RelativeTime date={d.nextAttemptAt} />
                            </>
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
