import Link from "next/link";
import type { TRunbookVersionDetail } from "@/lib/server/readers/get-runbook-version";
import { Card } from "@/components/ui/card";
import { FieldList } from "@/components/ui/field-list";
import { formatMinutes } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";
import { RiskBadge } from "@/components/ui/risk-badge";
import { describeEstimate } from "./estimate";

type Props = { version: TRunbookVersionDetail };

export function VersionOverview({ version }: Readonly<Props>) {
  const estimate = describeEstimate(
    version.estimatedMinutes,
    version.mainPhases.map((p) => p.estimatedMinutes),
  );
  return (
    <Card as="section" labelledBy="overview-title" className="p-5">
      <h2 id="overview-title" className="sr-only">
        Overview
      </h2>
      <FieldList
        items={[
          { label: "Risk", value: <RiskBadge level={version.riskLevel} /> },
          {
            label: "Estimated duration",
            value: (
              <>
                {estimate.figure}
                {estimate.note ? <span className="block text-muted">{estimate.note}</span> : null}
              </>
            ),
          },
          { label: "Rollback time", value: formatMinutes(version.rollbackMinutes) },
          { label: "Owner", value: version.runbook.owner.name },
          { label: "Published by", value: version.publishedBy?.name ?? <span className="text-faint">—</span> },
          { label: "Published", value: <RelativeTime date={version.publishedAt} layout="stacked" /> },
          {
            label: "Separation of duties",
            value: version.requireSeparationOfDuties ? (
              <>
                On <span className="text-muted">— whoever ran a phase&apos;s SQL cannot be its only DBA approver</span>
              </>
            ) : (
              <>Off</>
            ),
          },
          {
            label: "Deployments of this version",
            value:
              version._count.deployments > 0 ? (
                <Link href="/deployments" className="text-accent-ink hover:underline">
                  {version._count.deployments}
                </Link>
              ) : (
                "None yet"
              ),
          },
        ]}
      />
    </Card>
  );
}
