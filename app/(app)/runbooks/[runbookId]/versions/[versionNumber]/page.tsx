import type { Metadata } from "next";
import Link from "next/link";
import { phaseAnchor } from "@/components/runbook/anchors";
import { PhaseCard } from "@/components/runbook/phase-card";
import { PhaseOutline } from "@/components/runbook/phase-outline";
import { RiskSummary } from "@/components/runbook/risk-summary";
import { SignoffSheet } from "@/components/runbook/signoff-sheet";
import { VersionOverview } from "@/components/runbook/version-overview";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AuditTrailLink } from "@/components/audit/audit-trail-link";
import { TextBlock } from "@/components/ui/text-block";
import { getRunbookRisk } from "@/lib/server/readers/get-runbook-risk";
import { findLintTargetChoices, getLintTarget } from "@/lib/server/readers/get-lint-target";
import { LintTargetForm } from "@/components/runbook/lint-target-form";
import { getRunbookVersion, type TPhaseDetail } from "@/lib/server/readers/get-runbook-version";
import { orNotFound } from "../../../../_lib/or-not-found";
import { StartDraftButton } from "../../../_components/start-draft-button";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Runbook version" };

type Props = { params: Promise<{ runbookId: string; versionNumber: string }>; searchParams: Promise<{ environment?: string | string[] }> };

const anchorFor = (phase: TPhaseDetail) => phaseAnchor(phase.procedure, phase.position);

/** this version against the one before it (the oldest: against the latest) */
function compareHref(runbookId: string, number: number | null, published: readonly { number: number }[]): string {
  const older = published.find((v) => number !== null && v.number < number)?.number;
  return older !== undefined ? `/runbooks/${runbookId}/diff?from=${older}&to=${number}` : `/runbooks/${runbookId}/diff?from=${number}&to=${published[0]?.number ?? number}`;
}

export default async function RunbookVersionPage({ params, searchParams }: Readonly<Props>) {
  const [{ runbookId, versionNumber }, query] = await Promise.all([params, searchParams]);
  const [version, user, choices] = await Promise.all([orNotFound(getRunbookVersion({ runbookId, versionNumber })), requireUser(), findLintTargetChoices()]);
  const latest = version.publishedVersions[0]?.number;
  // the server it will run on: the chosen environment's target, asked for its version (issue 11)
  const lintTarget = await getLintTarget(typeof query.environment === "string" ? query.environment : undefined, choices);
  // linted from the rows just read (no second query); cached per version id and server version, versions being immutable
  const risk = await getRunbookRisk(version, lintTarget.kind === "environment" ? { serverVersion: lintTarget.serverVersion } : {});

  return (
    <>
      <PageHeader
        eyebrow={
          <nav aria-label="Breadcrumb">
            <ol className="flex items-center gap-1.5">
              <li>
                <Link href="/runbooks" className="hover:text-accent-ink hover:underline">
                  Runbooks
                </Link>
              </li>
              <li aria-hidden="true">/</li>
              <li className="font-mono">{version.runbook.slug}</li>
            </ol>
          </nav>
        }
        title={version.title}
        description={version.summary || undefined}
        aside={
          <>
            <Badge tone="accent">Version {version.number}</Badge>
            {version.number === latest ? <Badge tone="outline">Latest</Badge> : null}
            <a
              href={`/api/runbooks/${version.runbookId}/versions/${version.number}/markdown`}
              download
              className="rounded-md border border-line-strong px-3 py-1.5 text-sm font-medium text-ink hover:bg-surface-muted"
            >
              Export Markdown
            </a>
            {can(user.roles, "deployment.plan") ? (
              <Link href={`/deployments/new?version=${version.id}`} className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-on-accent hover:opacity-90">
                Plan deployment
              </Link>
            ) : null}
            {can(user.roles, "runbook.edit") ? <StartDraftButton runbookId={version.runbookId} hasDraft={version.runbook.draft !== null} /> : null}
            {can(user.roles, "audit.view") ? <AuditTrailLink runbookId={version.runbookId} /> : null}
          </>
        }
      >
        {version.publishedVersions.length > 1 ? (
          <nav aria-label="Versions" className="flex flex-wrap items-center gap-1 text-sm">
            <span className="mr-1 text-muted">Versions:</span>
            {version.publishedVersions.map((v) => (
              <Link
                key={v.number}
                href={`/runbooks/${version.runbookId}/versions/${v.number}`}
                aria-current={v.number === version.number ? "page" : undefined}
                aria-label={`Version ${v.number}`}
                className={`rounded px-2 py-0.5 font-mono tabular-nums ${
                  v.number === version.number ? "bg-accent-soft text-accent-ink" : "text-muted hover:bg-surface-muted hover:text-ink"
                }`}
              >
                v{v.number}
              </Link>
            ))}
            <Link href={compareHref(version.runbookId, version.number, version.publishedVersions)} className="ml-3 font-medium text-accent-ink hover:underline">
              Compare versions
            </Link>
          </nav>
        ) : null}
      </PageHeader>

      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <div className="min-w-0 space-y-8">
          <VersionOverview version={version} />
          <RiskSummary summary={risk.summary} sqlStepCount={risk.sqlStepCount} flaggedSteps={risk.flaggedSteps}>
            {risk.sqlStepCount > 0 ? <LintTargetForm action={`/runbooks/${version.runbookId}/versions/${version.number}`} choices={choices} target={lintTarget} /> : null}
          </RiskSummary>

          {version.preamble.trim() ? (
            <details className="group rounded-lg border border-line bg-surface">
              <summary className="flex items-center gap-2 px-5 py-3 text-sm font-medium text-ink">
                <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-90">
                  ▸
                </span>
                Preamble — overview, contacts and appendices from the source document
              </summary>
              <div className="border-t border-line px-5 py-4">
                <TextBlock text={version.preamble} label="Preamble" />
              </div>
            </details>
          ) : null}

          <section aria-labelledby="phases-title" className="space-y-4">
            <h2 id="phases-title" className="text-xl font-semibold tracking-tight">
              Phases
            </h2>
            {version.mainPhases.length > 0 ? (
              version.mainPhases.map((phase) => (
                <PhaseCard key={phase.id} phase={phase} anchor={anchorFor(phase)} lintByStepId={risk.findingsByStep} lintAcknowledgements={version.lintAcknowledgements} />
              ))
            ) : (
              <EmptyState title="This version has no phases" />
            )}
          </section>

          <section aria-labelledby="rollback-title" className="space-y-4">
            <h2 id="rollback-title" className="text-xl font-semibold tracking-tight">
              Rollback procedure
            </h2>
            {version.rollbackPhases.length > 0 ? (
              version.rollbackPhases.map((phase) => (
                <PhaseCard key={phase.id} phase={phase} anchor={anchorFor(phase)} lintByStepId={risk.findingsByStep} lintAcknowledgements={version.lintAcknowledgements} />
              ))
            ) : (
              <EmptyState title="No rollback procedure">A failure under a roll-back policy will have nothing to run. Add rollback phases in a new version.</EmptyState>
            )}
          </section>

          <section id="signoff-sheet" aria-labelledby="signoff-sheet-title" className="scroll-mt-6 space-y-4">
            <h2 id="signoff-sheet-title" className="text-xl font-semibold tracking-tight">
              Sign-off sheet
            </h2>
            <SignoffSheet lines={version.signoffSheet} />
          </section>
        </div>

        <aside className="hidden lg:block">
          <div className="sticky top-6">
            <PhaseOutline mainPhases={version.mainPhases} rollbackPhases={version.rollbackPhases} anchorFor={anchorFor} />
          </div>
        </aside>
      </div>
    </>
  );
}
