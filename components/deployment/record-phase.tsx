"use client";
// One phase of a finished deployment's record (issue 17 item 2): collapsed to its summary — status,
// time against estimate, what its steps, checklist and sign-offs came to, the failure reason — and
// opened on demand, when its detail is fetched from GET /api/deployments/[id]/phase-runs/[phaseRunId]
// and parsed with the declared schema. A disclosure button inside the heading (WAI-ARIA
// disclosure pattern): Enter or Space opens it, a screen reader hears "collapsed"/"expanded". The
// failed phase arrives open with its detail read on the server, and a phase named in the URL's hash
// (#phase-run-3, as the report's links and shared links name it) opens itself, so evidence stays in view.
import { useEffect, useId, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { TPhaseRunDetail, TPhaseRunSummary } from "@/lib/domain/deployment/record-view";
import { phaseRunAnchor, summaryParts } from "@/lib/domain/deployment/record-labels";
import { deploymentKeys } from "@/lib/query-keys";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { minutesBetween } from "@/components/ui/format";
import { EstimateVsActual, PhaseRunBody } from "./phase-run-card";

type Props = {
  deploymentId: string;
  summary: TPhaseRunSummary;
  /** a finished deployment's word for a phase it never reached ("Not needed", "Not reached"), shown instead of "Pending" */
  unreachedLabel?: string;
  /** the phase's detail read with the page: it starts open (the failed phase) */
  initialDetail?: TPhaseRunDetail;
};

async function fetchPhaseRun(deploymentId: string, phaseRunId: string): Promise<TPhaseRunDetail> {
  const response = await fetch(`/api/deployments/${deploymentId}/phase-runs/${phaseRunId}`, { cache: "no-store", headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(response.status === 401 ? "Your session has ended: sign in again." : `This phase could not be loaded (HTTP ${response.status}).`);
  // the schema (and zod) load with the first phase opened, not with the page (issue 17)
  const { ZPhaseRunDetail } = await import("@/lib/domain/deployment/record-view");
  return ZPhaseRunDetail.parse(await response.json());
}

export function RecordPhase({ deploymentId, summary, unreachedLabel, initialDetail }: Readonly<Props>) {
  const anchor = phaseRunAnchor(summary.procedure, summary.position);
  const panelId = useId();
  const context = `${summary.procedure === "ROLLBACK" ? "Rollback phase" : "Phase"} ${summary.position}`;
  const [isOpen, setIsOpen] = useState(initialDetail !== undefined);

  // a phase named in the address opens itself (a link from the report or a shared link)
  useEffect(() => {
    const openIfNamed = () => {
      if (window.location.hash === `#${anchor}`) setIsOpen(true);
    };
    openIfNamed();
    window.addEventListener("hashchange", openIfNamed);
    return () => window.removeEventListener("hashchange", openIfNamed);
  }, [anchor]);

  const detail = useQuery({
    queryKey: deploymentKeys.phaseRun(deploymentId, summary.id),
    queryFn: () => fetchPhaseRun(deploymentId, summary.id),
    enabled: isOpen && !summary.isUntouched,
    initialData: initialDetail,
    // a finished record does not change under the reader
    staleTime: Number.POSITIVE_INFINITY,
  });

  const actual = minutesBetween(summary.activatedAt, summary.completedAt);
  const parts = summaryParts(summary);

  return (
    <section id={anchor} aria-labelledby={`${anchor}-title`} className="scroll-mt-4 rounded-lg border border-line bg-surface">
      <div className="px-4 py-3 sm:px-5">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={`${anchor}-title`} className="min-w-0 text-base font-semibold tracking-tight">
            {summary.isUntouched ? (
              <span className="inline-flex items-baseline gap-2">
                <span className="shrink-0 whitespace-nowrap text-sm font-medium text-muted">{context}</span>
                <span>{summary.title}</span>
              </span>
            ) : (
              <button
                type="button"
                aria-expanded={isOpen}
                aria-controls={panelId}
                onClick={() => setIsOpen((open) => !open)}
                className="group inline-flex items-baseline gap-2 rounded text-left hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
              >
                <span aria-hidden="true" className={`inline-block w-3 text-muted transition-transform ${isOpen ? "rotate-90" : ""}`}>
                  ▸
                </span>
                <span className="shrink-0 whitespace-nowrap text-sm font-medium text-muted">{context}</span>
                <span>{summary.title}</span>
              </button>
            )}
          </h3>
          {unreachedLabel ? (
            <Badge tone="idle" icon="–">
              {unreachedLabel}
            </Badge>
          ) : (
            <StatusBadge kind="phase" status={summary.status} />
          )}
          {summary.isPointOfNoReturn ? (
            <Badge tone="strong" icon="⚑">
              Point of no return
            </Badge>
          ) : null}
        </div>
        <p className="mt-1.5 flex flex-wrap gap-x-3 gap-y-0.5 pl-5 text-sm text-muted">
          {summary.activatedAt ? <EstimateVsActual estimated={summary.estimatedMinutes} actual={actual} isOpen={false} /> : null}
          {parts.map((part) => (
            <span key={part}>{part}</span>
          ))}
        </p>
        {summary.reason ? (
          <p className="mt-1.5 pl-5 text-sm">
            <span className="font-medium">{summary.status === "SKIPPED" ? "Skipped because: " : "Reason: "}</span>
            {summary.reason}
          </p>
        ) : null}
      </div>
      {summary.isUntouched ? null : (
        <div id={panelId} hidden={!isOpen} className="border-t border-line">
          {!isOpen ? null : detail.data ? (
            <PhaseRunBody phaseRun={detail.data} context={context} className="px-4 py-4 sm:px-5" />
          ) : detail.isError ? (
            <p role="alert" className="px-5 py-4 text-sm text-bad-ink">
              {detail.error.message}{" "}
              <button type="button" className="font-medium underline" onClick={() => detail.refetch()}>
                Try again
              </button>
            </p>
          ) : (
            <p role="status" className="px-5 py-4 text-sm text-muted">
              Loading the phase&apos;s steps, checklist and sign-offs…
            </p>
          )}
        </div>
      )}
    </section>
  );
}
