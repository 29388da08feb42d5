import type { Metadata } from "next";
import Link from "next/link";
import { stepAnchor } from "@/components/runbook/anchors";
import { RiskSummary } from "@/components/runbook/risk-summary";
import { SqlLintFindings } from "@/components/runbook/sql-lint-findings";
import { VersionDiff } from "@/components/runbook/version-diff";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { can } from "@/lib/auth/permissions";
import { dangerFindingsOf } from "@/lib/domain/runbook/lint-acknowledgements";
import { requireUser } from "@/lib/auth/session";
import { getDraftReview } from "@/lib/server/readers/get-draft-review";
import { orNotFound } from "../../../../_lib/or-not-found";
import { PublishDraftForm, type TDangerFindingView } from "./_components/publish-draft-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review and publish" };

type Props = { params: Promise<{ runbookId: string }> };

export default async function ReviewDraftPage({ params }: Readonly<Props>) {
  const { runbookId } = await params;
  const [user, review] = await Promise.all([requireUser(), orNotFound(getDraftReview(runbookId))]);
  const canPublish = can(user.roles, "runbook.publish");
  const draftHref = `/runbooks/${review.runbookId}/draft`;
  const invalidSqlSteps = review.risk.flaggedSteps.filter((s) => s.findings.some((f) => f.rule === "invalid-sql"));
  // what the lead must acknowledge: the danger findings exactly as the server judges them (lib/domain)
  const stepsById = new Map(review.risk.flaggedSteps.map((step) => [step.stepId, step]));
  const dangerFindings: TDangerFindingView[] = dangerFindingsOf(review.risk.findingsByStep).flatMap((ref) => {
    const step = stepsById.get(ref.stepId);
    const finding = step?.findings.find((f) => f.rule === ref.rule && f.line === ref.line);
    if (!step || !finding) return [];
    const where = `${step.procedure === "ROLLBACK" ? "Rollback phase" : "Phase"} ${step.phasePosition}, step ${step.stepPosition}`;
    return [{ ...ref, where, stepTitle: step.stepTitle, message: finding.message }];
  });

  const breadcrumb = (
    <nav aria-label="Breadcrumb">
      <ol className="flex items-center gap-1.5">
        <li>
          <Link href="/runbooks" className="hover:text-accent-ink hover:underline">
            Runbooks
          </Link>
        </li>
        <li aria-hidden="true">/</li>
        <li>
          <Link href={`/runbooks/${review.runbookId}`} className="font-mono hover:text-accent-ink hover:underline">
            {review.slug}
          </Link>
        </li>
        <li aria-hidden="true">/</li>
        <li>
          <Link href={draftHref} className="hover:text-accent-ink hover:underline">
            Draft
          </Link>
        </li>
      </ol>
    </nav>
  );

  if (!review.draft) {
    return (
      <>
        <PageHeader eyebrow={breadcrumb} title="Review and publish" />
        <EmptyState
          title="No draft to review"
          action={
            review.latestPublished ? (
              <Link href={`/runbooks/${review.runbookId}/versions/${review.latestPublished.number}`} className="text-sm font-medium text-accent-ink hover:underline">
                Open version {review.latestPublished.number}
              </Link>
            ) : null
          }
        >
          This runbook has no open draft: it was published, or nobody has started editing it. Start a new draft from the latest version to change it.
        </EmptyState>
      </>
    );
  }

  const { draft } = review;
  return (
    <>
      <PageHeader
        eyebrow={breadcrumb}
        title="Review and publish"
        description={
          <>
            <span className="font-medium text-ink">{draft.title}</span> — read the SQL risk and what changes
            {review.latestPublished ? ` against version ${review.latestPublished.number}` : ""}, then publish it as version {review.nextNumber}.
          </>
        }
        aside={
          <>
            <Badge tone="outline">Draft</Badge>
            <span className="text-xs text-muted">
              saved <RelativeTime date={draft.updatedAt} />
            </span>
          </>
        }
      />

      <div className="space-y-8">
        <Card as="section" labelledBy="publish-title" className="space-y-3 p-5">
          <h2 id="publish-title" className="text-base font-semibold text-ink">
            Publish
          </h2>
          {draft.mainPhaseCount === 0 ? (
            <p className="text-sm text-ink">
              <span aria-hidden="true" className="mr-1">
                !
              </span>
              This draft has no phases yet, so it cannot be published.{" "}
              <Link href={draftHref} className="font-medium text-accent-ink hover:underline">
                Add phases in the editor
              </Link>
              .
            </p>
          ) : null}
          {invalidSqlSteps.length > 0 ? (
            <p className="text-sm text-ink">
              <span aria-hidden="true" className="mr-1">
                !
              </span>
              {invalidSqlSteps.length === 1 ? "One step has SQL" : `${invalidSqlSteps.length} steps have SQL`} that does not parse: publishing will be refused until{" "}
              {invalidSqlSteps.length === 1 ? "it is" : "they are"} fixed in the editor.
            </p>
          ) : null}
          {canPublish ? (
            <>
              <p className="text-sm text-muted">
                Publishing freezes this draft as version {review.nextNumber}. Deployments run published versions only, and a published version never changes.
              </p>
              <PublishDraftForm
                key={draft.lockVersion}
                runbookId={review.runbookId}
                versionId={draft.id}
                lockVersion={draft.lockVersion}
                nextNumber={review.nextNumber}
                dangerFindings={dangerFindings}
              />
            </>
          ) : (
            <p className="text-sm text-muted">Only a deployment lead can publish. Ask a lead to review and publish this draft.</p>
          )}
        </Card>

        <section aria-labelledby="risk-title" className="space-y-4">
          <h2 id="risk-title" className="text-xl font-semibold tracking-tight">
            Risk
          </h2>
          <RiskSummary summary={review.risk.summary} sqlStepCount={review.risk.sqlStepCount} flaggedSteps={review.risk.flaggedSteps} />
          {review.risk.flaggedSteps.length > 0 ? (
            <ol className="space-y-4">
              {review.risk.flaggedSteps.map((step) => {
                const where = `${step.procedure === "ROLLBACK" ? "Rollback phase" : "Phase"} ${step.phasePosition}, step ${step.stepPosition}`;
                return (
                  <li key={step.stepId} id={stepAnchor(step.procedure, step.phasePosition, step.stepPosition)} className="scroll-mt-6 space-y-2">
                    <h3 className="text-sm font-semibold text-ink">
                      <span className="mr-1.5 font-medium text-muted">{where}</span>
                      {step.stepTitle}
                      <span className="ml-1.5 font-normal text-muted">in “{step.phaseTitle}”</span>
                    </h3>
                    <SqlLintFindings findings={step.findings} label={where} />
                  </li>
                );
              })}
            </ol>
          ) : null}
        </section>

        <section aria-labelledby="changes-title" className="space-y-4">
          <h2 id="changes-title" className="text-xl font-semibold tracking-tight">
            {review.latestPublished ? `Changes against version ${review.latestPublished.number}` : "Contents of the first version"}
          </h2>
          {review.diff ? (
            <VersionDiff
              diff={review.diff}
              fromLabel={review.latestPublished ? `version ${review.latestPublished.number}` : "nothing"}
              toLabel="This draft"
              isFirstVersion={!review.latestPublished}
            />
          ) : null}
        </section>
      </div>
    </>
  );
}
