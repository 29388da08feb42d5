import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { secondaryButtonClass, smallButton } from "@/components/ui/button-classes";
import type { Metadata } from "next";
import { DeploymentSummary } from "@/components/deployment/deployment-summary";
import { RecordPhase } from "@/components/deployment/record-phase";
import { SignoffList } from "@/components/deployment/signoff-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { FollowUpNote } from "@/components/deployment/deployment-table";
import { getDeployment, getDeploymentRecordSummary, getPhaseRunDetail } from "@/lib/server/readers/get-deployment";
import { getDeploymentPreflight, preflightFailures } from "@/lib/server/readers/get-deployment-preflight";
import { DeploymentCockpit } from "@/components/deployment/cockpit/deployment-cockpit";
import { PreflightPanel } from "@/components/deployment/cockpit/preflight-panel";
import { ForbiddenView } from "@/components/ui/forbidden-view";
import { orNotFound } from "../../_lib/or-not-found";
import { getPageUser } from "../../_lib/page-access";
import { can, type TRole } from "@/lib/auth/permissions";
import { SignSheetLine } from "./_components/sign-sheet-line";
import { SignoffSheetSection } from "@/components/deployment/signoff-sheet-section";
import { AuditTrailLink } from "@/components/audit/audit-trail-link";
import { BackupEstimatesProvider } from "@/components/deployment/backup-estimates";
import { DeploymentBackups } from "@/components/deployment/deployment-backups";
import { decideDropBackup } from "@/lib/domain/execution/backup";
import { findDeploymentBackups } from "@/lib/server/readers/find-deployment-backups";
import { getBackupEstimates } from "@/lib/server/readers/get-backup-estimates";
import { phaseOutcome, phaseOutcomeLabel } from "@/lib/domain/review/report";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Deployment" };

type Props = { params: Promise<{ deploymentId: string }> };

/** Planned or under way: the live cockpit. Finished: the read-only record of what happened. */
export default async function DeploymentPage({ params }: Readonly<Props>) {
  const { deploymentId } = await params;
  const user = await getPageUser("deployment.view");
  if (!user) return <ForbiddenView what="This deployment" />;
  const cockpit = await orNotFound(getDeployment(deploymentId, { mode: "live", viewer: user }));
  if (!cockpit.isFinal) {
    const checks = cockpit.status === "PLANNED" ? await getDeploymentPreflight(cockpit.id) : null;
    // issue 15: read once per page view (they ask the target), never by the cockpit's polling
    const hasBackupSteps = cockpit.phases.some((p) => p.steps.some((s) => s.kind === "BACKUP"));
    const [estimates, backups] = await Promise.all([hasBackupSteps ? getBackupEstimates(cockpit.id) : [], findDeploymentBackups(cockpit.id)]);
    return (
      <>
        <div className="mb-4 flex flex-wrap items-center justify-between gap-2 text-sm">
          <Breadcrumb items={[{ label: "Deployments", href: "/deployments" }]} />
          <div className="flex flex-wrap items-center gap-3">
            {can(user.roles, "report.view") ? (
              <Link href={`/deployments/${cockpit.id}/report`} className="font-medium text-accent-ink hover:underline">
                Report so far
              </Link>
            ) : null}
            {can(user.roles, "audit.view") ? <AuditTrailLink deploymentId={cockpit.id} /> : null}
          </div>
        </div>
        <BackupEstimatesProvider estimates={estimates}>
          <DeploymentCockpit initial={cockpit} preflight={checks ? <PreflightPanel checks={checks} /> : null} preflightFailures={checks ? preflightFailures(checks) : []} />
        </BackupEstimatesProvider>
        <div className="mt-8">
          <DeploymentBackups
            deploymentId={cockpit.id}
            backups={backups}
            dropRefusal={decideDropBackup({ deploymentStatus: cockpit.status, droppedAt: null })}
            canDrop={can(user.roles, "backup.drop")}
          />
        </div>
        {cockpit.status === "SUCCEEDED" ? <SucceededSheet deploymentId={cockpit.id} roles={user.roles} /> : null}
      </>
    );
  }
  // the record: phases as summaries; a phase's detail is fetched when it is opened, except the
  // failed phase's, read now so the evidence is on the page (issue 17 item 2)
  const [deployment, backups] = await Promise.all([orNotFound(getDeploymentRecordSummary(deploymentId)), findDeploymentBackups(cockpit.id)]);
  const openDetails = new Map(
    await Promise.all(deployment.phaseRuns.filter((r) => r.status === "FAILED").map(async (r) => [r.id, await getPhaseRunDetail(deployment.id, r.id)] as const)),
  );
  const mainRuns = deployment.phaseRuns.filter((p) => p.procedure === "MAIN");
  const rollbackRuns = deployment.phaseRuns.filter((p) => p.procedure === "ROLLBACK");
  const sheetSignoffs = deployment.signoffs.filter((s) => s.scope === "SHEET");
  const pointOfNoReturnSignoffs = deployment.signoffs.filter((s) => s.scope === "POINT_OF_NO_RETURN");
  // the report's words for phases a finished deployment never reached ("Not needed", "Not reached"), never "Pending"
  const unreachedLabel = (run: (typeof deployment.phaseRuns)[number]) => {
    const outcome = phaseOutcome(deployment, run);
    return outcome.kind === "status" ? undefined : phaseOutcomeLabel(outcome);
  };
  const hasRollback = rollbackRuns.some((r) => r.status !== "PENDING") || deployment.rollbackStartedAt !== null;

  return (
    <>
      <PageHeader
        eyebrow={<Breadcrumb items={[{ label: "Deployments", href: "/deployments" }]} />}
        title={deployment.name}
        aside={
          <>
            {can(user.roles, "audit.view") ? <AuditTrailLink deploymentId={deployment.id} /> : null}
            <StatusBadge kind="deployment" status={deployment.status} />
            <FollowUpNote status={deployment.followUpStatus} />
            {can(user.roles, "report.view") ? (
              <Link href={`/deployments/${deployment.id}/report`} className={`${secondaryButtonClass} ${smallButton}`}>
                Report
              </Link>
            ) : null}
          </>
        }
        description={
          deployment.statusReason ? (
            <span className="text-ink">
              <span className="font-medium">Reason: </span>
              {deployment.statusReason}
              {deployment.status === "ROLLED_BACK" ? <span className="block text-muted">The rollback procedure completed.</span> : null}
            </span>
          ) : undefined
        }
      />

      <div className="space-y-8">
        <DeploymentSummary deployment={deployment} />

        <section aria-labelledby="phase-runs-title" className="space-y-4">
          <h2 id="phase-runs-title" className="text-xl font-semibold tracking-tight">
            Phases
          </h2>
          {mainRuns.length > 0 ? (
            mainRuns.map((run) => (
              <RecordPhase key={run.id} deploymentId={deployment.id} summary={run} unreachedLabel={unreachedLabel(run)} initialDetail={openDetails.get(run.id)} />
            ))
          ) : (
            <EmptyState title="No phase runs yet">Phase runs are created when the deployment starts.</EmptyState>
          )}
        </section>

        {rollbackRuns.length > 0 ? (
          <section aria-labelledby="rollback-runs-title" className="space-y-4">
            <div className="flex flex-wrap items-baseline gap-3">
              <h2 id="rollback-runs-title" className="text-xl font-semibold tracking-tight">
                Rollback procedure
              </h2>
              <p className="text-sm text-muted">{hasRollback ? "Rollback was started." : "Not used: runs only if a rollback is triggered."}</p>
            </div>
            {rollbackRuns.map((run) => (
              <RecordPhase key={run.id} deploymentId={deployment.id} summary={run} unreachedLabel={unreachedLabel(run)} initialDetail={openDetails.get(run.id)} />
            ))}
          </section>
        ) : null}

        <DeploymentBackups
          deploymentId={deployment.id}
          backups={backups}
          dropRefusal={decideDropBackup({ deploymentStatus: deployment.status, droppedAt: null })}
          canDrop={can(user.roles, "backup.drop")}
        />

        {pointOfNoReturnSignoffs.length > 0 ? (
          <section aria-labelledby="ponr-title" className="space-y-3">
            <h2 id="ponr-title" className="text-xl font-semibold tracking-tight">
              Point-of-no-return approvals
            </h2>
            <div className="rounded-lg border border-line bg-surface p-5">
              <SignoffList signoffs={pointOfNoReturnSignoffs} />
            </div>
          </section>
        ) : null}

        <SignoffSheetSection
          lines={deployment.runbookVersion.signoffSheet}
          signoffs={sheetSignoffs}
          unsignedAction={(line) =>
            can(user.roles, "signoff.sheet") && (!line.role || user.roles.includes(line.role)) ? (
              <SignSheetLine deploymentId={deployment.id} sheetLineId={line.id} label={line.label} />
            ) : null
          }
        />
      </div>
    </>
  );
}

/**
 * A succeeded deployment whose follow-ups are open (or failed, the rollback still possible) stays
 * in the cockpit (issue 15): it has ended, so its sign-off sheet is signed here meanwhile.
 */
async function SucceededSheet({ deploymentId, roles }: Readonly<{ deploymentId: string; roles: readonly TRole[] }>) {
  const deployment = await orNotFound(getDeployment(deploymentId, { mode: "record" }));
  return (
    <div className="mt-6">
      <SignoffSheetSection
        lines={deployment.runbookVersion.signoffSheet}
        signoffs={deployment.signoffs.filter((s) => s.scope === "SHEET")}
        unsignedAction={(line) =>
          can(roles, "signoff.sheet") && (!line.role || roles.includes(line.role as never)) ? (
            <SignSheetLine deploymentId={deployment.id} sheetLineId={line.id} label={line.label} />
          ) : null
        }
      />
    </div>
  );
}
